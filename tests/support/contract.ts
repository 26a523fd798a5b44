import { expect } from 'vitest';
import { LABELS, ROLES, CUE_KINDS, SOURCE_KINDS, STANCES, type DocumentReport } from '../../src/types.js';

/**
 * The JSON contract of the 1.0 issue, checked on one document: offsets slice to their texts,
 * statements are ordered, trimmed and cover every non-whitespace character exactly once,
 * counts tally the labels.
 */
export function expectContract(input: string, document: DocumentReport): void {
  expect(document.chars).toBe(input.length);
  const covered = new Uint8Array(input.length);
  let previousEnd = 0;
  document.statements.forEach((statement, i) => {
    expect(statement.index).toBe(i);
    expect(input.slice(statement.start, statement.end)).toBe(statement.text);
    expect(statement.start).toBeGreaterThanOrEqual(previousEnd);
    expect(statement.text.trim()).toBe(statement.text);
    expect(statement.text.length).toBeGreaterThan(0);
    previousEnd = statement.end;
    for (let c = statement.start; c < statement.end; c++) covered[c] = 1;
    expect(LABELS).toContain(statement.label);
    expect(ROLES).toContain(statement.role);
    expect(statement.confidence).toBeGreaterThanOrEqual(0);
    expect(statement.confidence).toBeLessThanOrEqual(1);
    expect(statement.rule.startsWith(`${statement.label}:`)).toBe(true);
    for (const cue of statement.cues) {
      expect(input.slice(cue.start, cue.end)).toBe(cue.text);
      expect(CUE_KINDS).toContain(cue.kind);
    }
    if (statement.source !== null) {
      const { source } = statement;
      expect(input.slice(source.start, source.end)).toBe(source.text);
      expect(input.slice(source.cue.start, source.cue.end)).toBe(source.cue.text);
      expect(STANCES).toContain(source.stance);
      expect(typeof source.named).toBe('boolean');
    }
    // Issue 25: every attribution's spans hold, and the main one is among them.
    if (statement.attributions !== undefined) {
      for (const attribution of statement.attributions) {
        expect(input.slice(attribution.source.start, attribution.source.end)).toBe(attribution.source.text);
        expect(input.slice(attribution.cue.start, attribution.cue.end)).toBe(attribution.cue.text);
        expect(STANCES).toContain(attribution.stance);
        expect(SOURCE_KINDS).toContain(attribution.source.kind);
        expect(attribution.content.start).toBeLessThanOrEqual(attribution.content.end);
      }
      const { source } = statement;
      if (source === null) expect(statement.attributions).toEqual([]);
      else expect(statement.attributions.some((a) => a.source.start === source.start && a.cue.start === source.cue.start)).toBe(true);
    }
  });
  for (let c = 0; c < input.length; c++) {
    if (!/\s/.test(input[c]!)) expect(covered[c], `character ${c} (${JSON.stringify(input[c])}) outside every statement`).toBe(1);
  }
  const tally = Object.fromEntries(LABELS.map((label) => [label, document.statements.filter((s) => s.label === label).length]));
  expect(document.counts).toEqual(tally);
  expectSourcesAndScores(document);
}

/**
 * The sources report and check-worthiness (issue 7): every statement with a source is in a
 * `sources[]` entry (one per source its attributions name, issue 25; in none without a source),
 * each entry's counts tally its statements' labels; assertions and unverified
 * statements have a score in 0..1, the others null. Checked when present (annotate always sets them).
 */
function expectSourcesAndScores(document: DocumentReport): void {
  if (document.sources !== undefined) {
    const attributed = document.statements.filter((s) => s.source !== null).map((s) => s.index);
    const listed = new Set(document.sources.flatMap((source) => source.statements));
    expect([...listed].sort((a, b) => a - b)).toEqual(attributed);
    for (const source of document.sources) expect(new Set(source.statements).size).toBe(source.statements.length);
    for (const source of document.sources) {
      expect(source.name.length).toBeGreaterThan(0);
      expect(SOURCE_KINDS).toContain(source.kind);
      expect(source.mentions.length).toBeGreaterThan(0);
      const labels = source.statements.map((index) => document.statements[index]!.label);
      expect(source.counts).toEqual(Object.fromEntries(LABELS.map((label) => [label, labels.filter((l) => l === label).length])));
    }
  }
  for (const statement of document.statements) {
    if (statement.checkworthiness === undefined) continue;
    if (statement.checkworthiness !== null) {
      expect(statement.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(statement.checkworthiness).toBeLessThanOrEqual(1);
    } else {
      expect(statement.checkworthiness).toBeNull();
      expect(statement.checkSignals).toEqual([]);
    }
  }
}
