/**
 * `--input-format lines`: one statement a line. Every non-blank line is one body statement,
 * whatever it ends with; lines are never merged and never split, and there is no headline,
 * dek or dateline. A debate transcript or a list of claims is scored sentence by sentence.
 *
 * A line may open with its speaker's name and a colon ("CLINTON: We created 20 million
 * jobs."): the name (at most four words, each capitalised, no sentence mark before the colon)
 * is not part of the statement, which starts after the colon.
 */
import type { Segment } from './index.js';
import { splitLines, trimSpan } from './lines.js';
import { markDocumentNames } from './document-names.js';
import { parseRuns } from './parse.js';

/** "CLINTON: ", "Lester Holt: ", "Q: ": a name of one to four capitalised words, then a colon and a space. */
const SPEAKER = /^[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}:[ \t]+(?=\S)/u;

/** The length of a `speaker: ` label at the start of `line`, or 0. */
export function speakerLabelLength(line: string): number {
  return SPEAKER.exec(line)?.[0].length ?? 0;
}

export function segmentLines(text: string): Segment[] {
  const runs: Array<{ start: number; end: number; speaker?: string }> = [];
  for (const line of splitLines(text)) {
    const span = trimSpan(text, line.start, line.end);
    if (span === null) continue;
    const label = speakerLabelLength(text.slice(span.start, span.end));
    const speaker = text.slice(span.start, span.start + label).replace(/:\s*$/, '');
    runs.push(label === 0 ? span : { start: span.start + label, end: span.end, speaker });
  }
  const parsed = parseRuns(text, runs);
  markDocumentNames(parsed);
  return runs.map((run, i): Segment => {
    const segment: Segment = { text: text.slice(run.start, run.end), start: run.start, end: run.end, role: 'body', tokens: parsed[i]!.sentences.flat(), paragraph: i };
    if (run.speaker !== undefined) segment.speaker = run.speaker;
    return segment;
  });
}
