import { MAX_PARSE_CHARS, parseRun, prepareRun, type ParsedRun } from './sentences.js';
import { parseSentences, type Token } from './token.js';

/**
 * Parses all the runs of a document in as few compromise calls as possible: each call has a
 * fixed cost, and a document has tens of paragraphs. Runs are parsed together in groups of at
 * most GROUP_CHARS, each in the form compromise should read it, with the line breaks between
 * them kept (compromise ends a sentence at each); a run longer than MAX_PARSE_CHARS is parsed
 * on its own, in chunks. The result is what parsing each run alone gives.
 *
 * Groups stay small because a batch worker's young generation is capped (src/batch/pool.ts):
 * what one compromise call keeps alive must fit in it, or every scavenge copies the whole parse
 * and promotes it. With a 16 MB young generation, groups of 4,000 characters and more doubled
 * a worker's CPU time; 2,000 saves a tenth of it against one call per run.
 */
const GROUP_CHARS = 2000;

export interface RunSpan {
  start: number;
  end: number;
}

export function parseRuns(text: string, runs: readonly RunSpan[]): ParsedRun[] {
  const parsed: ParsedRun[] = runs.map(() => ({ sentences: [], cuts: [] }));
  let group: number[] = [];
  const flush = (): void => {
    if (group.length > 0) parseGroup(text, runs, group, parsed);
    group = [];
  };
  runs.forEach((run, i) => {
    if (run.end - run.start > MAX_PARSE_CHARS) {
      flush();
      parsed[i] = parseRun(text, run.start, run.end);
      return;
    }
    const first = runs[group[0] ?? i]!;
    if (group.length > 0 && run.end - first.start > GROUP_CHARS) flush();
    group.push(i);
  });
  flush();
  return parsed;
}

function parseGroup(text: string, runs: readonly RunSpan[], group: readonly number[], parsed: ParsedRun[]): void {
  const from = runs[group[0]!]!.start;
  const to = runs[group[group.length - 1]!]!.end;
  // Between runs only whitespace with a line break stands; it becomes line breaks, so that
  // compromise ends every run's last sentence there whatever the line endings were.
  let prepared = '';
  let cursor = from;
  for (const i of group) {
    const run = runs[i]!;
    prepared += '\n'.repeat(run.start - cursor) + prepareRun(text.slice(run.start, run.end));
    cursor = run.end;
  }
  const sentences = parseSentences(prepared, text.slice(from, to), from);
  let r = 0;
  for (const sentence of sentences) {
    let current: Token[] = [];
    for (const token of sentence) {
      while (r < group.length - 1 && token.start > runs[group[r]!]!.end) {
        if (current.length > 0) parsed[group[r]!]!.sentences.push(current);
        current = [];
        r++;
      }
      current.push(token);
    }
    if (current.length > 0) parsed[group[r]!]!.sentences.push(current);
  }
}
