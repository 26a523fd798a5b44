import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/index.js';
import { shiftStatement, windows, WINDOW_CHARS } from '../../src/window.js';
import type { Source, Statement } from '../../src/types.js';

describe('windows', () => {
  it('leaves a text of a news article whole', () => {
    const text = 'Officials said so.\n\nThe mayor denied it.\n';
    expect(windows(text)).toEqual([{ start: 0, end: text.length }]);
    expect(windows('x'.repeat(WINDOW_CHARS))).toEqual([{ start: 0, end: WINDOW_CHARS }]);
  });

  it('cuts a long text after a paragraph break past each window length, and covers it in order', () => {
    const paragraph = 'The council met on Tuesday. Officials said the budget would pass.\n';
    const text = Array.from({ length: 40 }, () => paragraph).join('\n');
    const spans = windows(text, 500);
    expect(spans.length).toBeGreaterThan(3);
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(text.length);
    spans.forEach((span, i) => {
      if (i > 0) expect(span.start).toBe(spans[i - 1]!.end);
      if (i < spans.length - 1) {
        expect(span.end - span.start).toBeGreaterThanOrEqual(500);
        // Each window but the last ends with a blank line, and the next starts a paragraph.
        expect(text.slice(span.start, span.end)).toMatch(/\n\n$/);
        expect(text.slice(span.end)).toMatch(/^The council/);
      }
    });
  });

  it('in one endless paragraph, cuts after a sentence; with no space at all, anywhere but inside a surrogate pair', () => {
    const text = 'The cat sat. It rained again. '.repeat(100);
    for (const span of windows(text, 200).slice(0, -1)) expect(text.slice(span.start, span.end)).toMatch(/[.] $/);
    const emoji = '😀'.repeat(300);
    for (const span of windows(emoji, 101)) expect(emoji.slice(span.start, span.end)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});

describe('shiftStatement', () => {
  const source: Source = { text: 'the mayor', start: 10, end: 19, verb: 'say', cue: { text: 'said', start: 20, end: 24 }, named: false, stance: 'neutral', kind: 'person' };
  const statement = (index: number): Statement => ({
    index,
    start: 0,
    end: 30,
    text: 'x',
    role: 'body',
    label: 'assertion',
    confidence: 0.9,
    rule: 'assertion:default',
    reason: '',
    cues: [{ text: 'said', start: 20, end: 24, kind: 'reporting', entry: 'say' }],
    source,
    checkworthiness: null,
    checkSignals: [],
  });

  it('moves every offset of a later window, and keeps one shifted source for statements that shared one', () => {
    const sources = new Map<Source, Source>();
    const [a, b] = [shiftStatement(statement(0), 1000, 7, sources), shiftStatement(statement(1), 1000, 7, sources)];
    expect([a.index, a.start, a.end, a.cues[0]!.start, a.source!.start, a.source!.cue.end]).toEqual([7, 1000, 1030, 1020, 1010, 1024]);
    expect(b.index).toBe(8);
    expect(b.source).toBe(a.source);
    expect(source.start).toBe(10);
  });

  it('returns the first window\'s statements as they are', () => {
    const first = statement(3);
    expect(shiftStatement(first, 0, 0, new Map())).toBe(first);
  });
});

describe('annotate() of a text longer than a window', () => {
  it('gives document offsets, indices in order, and no headline after the first window', () => {
    const paragraphs = [
      'Council Approves Budget',
      'The council approved the budget on Tuesday, the mayor said.',
      '"We will not back down," said Jane Smith, a spokeswoman for the union. "Nobody wanted this."',
      'Critics denied that the vote was fair. The plan could raise taxes, according to one analyst.',
    ];
    const parts: string[] = [];
    for (let length = 0, i = 0; length < 2.3 * WINDOW_CHARS; i++) {
      const paragraph = i === 0 ? paragraphs[0]! : paragraphs[1 + (i % 3)]!;
      parts.push(paragraph);
      length += paragraph.length + 2;
    }
    const text = parts.join('\n\n');
    const report = annotate(text, { labeller: 'rules' });
    expect(windows(text).length).toBe(3);
    report.statements.forEach((statement, i) => {
      expect(statement.index).toBe(i);
      expect(text.slice(statement.start, statement.end)).toBe(statement.text);
      for (const cue of statement.cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
      if (statement.source !== null) {
        expect(text.slice(statement.source.start, statement.source.end)).toBe(statement.source.text);
        expect(text.slice(statement.source.cue.start, statement.source.cue.end)).toBe(statement.source.cue.text);
      }
    });
    expect(report.statements.filter((s) => s.role === 'headline').map((s) => s.index)).toEqual([0]);
    const spokeswoman = report.statements.filter((s) => s.text.startsWith('"Nobody wanted this."'));
    expect(spokeswoman.length).toBeGreaterThan(1000);
    // A quotation's second sentence takes its speaker in every window.
    expect(spokeswoman.every((s) => s.source?.text === 'Jane Smith, a spokeswoman for the union')).toBe(true);
  });
});
