/**
 * The check-worthiness data: CLEF-2019 CheckThat! Task 1, training split
 * (../shared/data/checkworthiness: one transcript a file, `line  speaker  text  label` a line).
 * It is read from ../shared when training or evaluating and never copied into the project.
 *
 * Each transcript is annotated as `--input-format lines` annotates it, one statement a line, and
 * labelled by the committed label model, so the model learns from the features it will see.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeDocument } from '../../analyze.js';
import { compileLexicon, type Lexicon } from '../../classify/index.js';
import { GoldError } from '../../evaluate/gold.js';
import { labelStatements } from '../../index.js';
import type { LabelModel } from '../../models/labels.js';
import { checkworthinessFeatures } from '../../rank/model.js';
import { scoreStatement, SCORED_LABELS } from '../../rank/index.js';
import type { Feature } from '../../features/index.js';
import { sharedDir } from '../corpus.js';

export interface Sentence {
  speaker: string;
  text: string;
  /** Judged check-worthy. */
  worthy: boolean;
}

export interface Transcript {
  id: string;
  sentences: Sentence[];
}

/** A sentence as the model sees it; `features` null when the line made no statement (blank). */
export interface CheckExample {
  features: Feature[] | null;
  worthy: boolean;
  /** The statement's label is one that gets a score (assertion, unverified). */
  scored: boolean;
  /** The label model's probability that the statement is an assertion or unverified (0 for a blank line). */
  claim: number;
  /** Today's hand-set check-worthiness (src/rank/weights.json), null when not scored. */
  hand: number | null;
  /** The "contains a number" baseline: a digit or a number word that is not an ordinal. */
  number: boolean;
}

export interface CheckDocument {
  id: string;
  examples: CheckExample[];
}

export function checkworthinessDir(): string {
  return join(sharedDir(), 'data/checkworthiness');
}

export async function loadTranscripts(dir = checkworthinessDir()): Promise<Transcript[]> {
  const names = (await readdir(dir).catch(() => {
    throw new GoldError(`cannot read ${dir}: the check-worthiness data is expected in ../shared/data/checkworthiness beside the checkout`);
  }))
    .filter((n) => n.endsWith('.tsv'))
    .sort();
  if (names.length === 0) throw new GoldError(`${dir}: no .tsv transcripts`);
  const transcripts: Transcript[] = [];
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    const sentences = text
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line, i): Sentence => {
        const fields = line.split('\t');
        if (fields.length < 4 || !/^[01]$/.test(fields[3]!.trim())) throw new GoldError(`${name}:${i + 1}: expected line, speaker, text and a 0/1 label separated by tabs`);
        return { speaker: fields[1]!, text: fields[2]!, worthy: fields[3]!.trim() === '1' };
      });
    transcripts.push({ id: name.replace(/\.tsv$/, ''), sentences });
  }
  return transcripts;
}

/**
 * The transcript's sentences as `--input-format lines` reads them: one a line, as
 * `SPEAKER: text`, the line breaks inside a sentence made spaces. Returns the text and where each sentence's line starts.
 */
export function transcriptText(transcript: Transcript): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const sentence of transcript.sentences) {
    if (starts.length > 0) text += '\n';
    starts.push(text.length);
    text += `${speakerLabel(sentence.speaker)}: ${sentence.text.replace(/[\r\n]+/g, ' ')}`;
  }
  return { text, starts };
}

/** The speaker as a `speaker: ` label reads it: "(APPLAUSE) CLINTON" is CLINTON, "SEN. BERNIE SANDERS (D-VT), …" SEN. BERNIE SANDERS. */
export function speakerLabel(speaker: string): string {
  const words = speaker
    .replace(/\([^)]*\)/g, ' ')
    .replace(/,.*$/, '')
    .split(/\s+/)
    .filter((w) => /^[\p{L}][\p{L}.'’-]*$/u.test(w));
  return words.length === 0 ? 'UNKNOWN' : words.slice(-4).join(' ').toUpperCase();
}

const NUMBER_FEATURE = /^cw:number=/;

export function toCheckDocument(transcript: Transcript, labels: LabelModel, lexicon: Lexicon = compileLexicon()): CheckDocument {
  const { text, starts } = transcriptText(transcript);
  const analysis = analyzeDocument(text, lexicon, [], false, true);
  const { statements, context } = labelStatements(analysis, lexicon, 'model', labels);
  const examples: CheckExample[] = transcript.sentences.map((s) => ({ features: null, worthy: s.worthy, scored: false, claim: 0, hand: null, number: false }));
  let line = 0;
  statements.forEach((statement, i) => {
    while (line + 1 < starts.length && starts[line + 1]! <= statement.start) line++;
    const features = checkworthinessFeatures(context, i, statement).list;
    const hand = scoreStatement(statement, analysis.statements[i]!.segment.tokens);
    examples[line] = {
      features,
      worthy: transcript.sentences[line]!.worthy,
      scored: SCORED_LABELS.includes(statement.label),
      claim: (statement.probabilities?.assertion ?? 0) + (statement.probabilities?.unverified ?? 0),
      hand: hand?.score ?? null,
      number: features.some((f) => NUMBER_FEATURE.test(f.name)),
    };
  });
  return { id: transcript.id, examples };
}
