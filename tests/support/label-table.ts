/**
 * The table runner of the label tests (ESLint's RuleTester pattern): each row is one sentence
 * written for the tests, put in a document under a short headline (`Headline here\n\n` +
 * `before` + `text`) and checked against the statement that covers `text`, which must be
 * exactly that sentence. A row with `fails` documents a case where the code contradicts the
 * spec: it runs as `it.fails` and `fails` says what the code does today.
 */
import { describe, expect, it } from 'vitest';
import { annotate, CUE_KINDS, type CueKind, type Label, type Labeller, type Role, type Statement } from '../../src/index.js';

export interface Row {
  /** The sentence under test. */
  text: string;
  label: Label;
  /** The exact rule, e.g. "unverified:hedge"; omitted where the spec fixes only the label. */
  rule?: string;
  /** The kinds of the deciding cues, in text order. */
  cueKinds?: CueKind[];
  /** The texts of the deciding cues, in text order. */
  cueTexts?: string[];
  /** Text between the headline block and the sentence: a date line, an earlier sentence. */
  before?: string;
  headline?: string;
  /** The role the sentence must have (default body). */
  role?: Role;
  /** What the code does today, for a row that documents a defect. */
  fails?: string;
}

function documentFor(row: Row): string {
  return `${row.headline ?? 'Headline here'}\n\n${row.before ?? ''}${row.text}`;
}

export function statementFor(input: string, text: string, statements: readonly Statement[]): Statement {
  const at = input.lastIndexOf(text);
  const covering = statements.filter((s) => s.start < at + text.length && s.end > at);
  expect(covering.map((s) => s.text), 'the sentence is exactly one statement').toEqual([text]);
  return covering[0]!;
}

/** Invariants every statement of every document must keep. */
export function expectWellFormed(input: string, statements: readonly Statement[]): void {
  for (const s of statements) {
    expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(s.confidence).toBeGreaterThanOrEqual(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
    expect(s.rule.startsWith(`${s.label}:`), `rule ${s.rule} names label ${s.label}`).toBe(true);
    for (const cue of s.cues) {
      expect(CUE_KINDS).toContain(cue.kind);
      expect(input.slice(cue.start, cue.end)).toBe(cue.text);
      expect(cue.start).toBeGreaterThanOrEqual(s.start);
      expect(cue.end).toBeLessThanOrEqual(s.end);
    }
  }
}

function check(row: Row, labeller: Labeller): void {
  const input = documentFor(row);
  // Most tables test the hand-written rules (the label model's features and explanations);
  // tests/classify/model.test.ts tests the model's own labels.
  const report = annotate(input, { labeller });
  expectWellFormed(input, report.statements);
  const statement = statementFor(input, row.text, report.statements);
  expect(statement.role).toBe(row.role ?? 'body');
  expect({ label: statement.label, rule: statement.rule }).toEqual({ label: row.label, rule: row.rule ?? statement.rule });
  if (row.cueKinds !== undefined) expect(statement.cues.map((c) => c.kind)).toEqual(row.cueKinds);
  if (row.cueTexts !== undefined) expect(statement.cues.map((c) => c.text)).toEqual(row.cueTexts);
}

export function table(title: string, rows: Row[], labeller: Labeller = 'rules'): void {
  describe(title, () => {
    for (const row of rows) {
      const name = row.before === undefined ? row.text : `${row.text} (after ${JSON.stringify(row.before.trim())})`;
      (row.fails === undefined ? it : it.fails)(`${name} -> ${row.label}`, () => check(row, labeller));
    }
  });
}

