import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/index.js';
import { nameWords, sourcesOf, summarizeSources } from '../../src/sources/index.js';
import type { Label, Source, SourceKind, SourceSummary, Statement } from '../../src/types.js';

/*
 * The sources report on hand-built statements: each row of a table is one statement with the
 * source attribution gave it, so the grouping is tested apart from attribution.
 */

interface Row {
  label?: Label;
  /** The source's text, or null for a statement in the article's own voice. */
  source: string | null;
  kind?: SourceKind;
  named?: boolean;
  resolved?: string;
}

function statements(rows: Row[]): Statement[] {
  let offset = 0;
  return rows.map((row, index): Statement => {
    const text = `Statement ${index} of the test.`;
    const start = offset;
    offset += text.length + 1;
    const source: Source | null =
      row.source === null
        ? null
        : {
            text: row.source,
            start,
            end: start + row.source.length,
            verb: 'say',
            cue: { text: 'said', start, end: start + 4 },
            named: row.named ?? true,
            stance: 'neutral',
            kind: row.kind ?? 'person',
            ...(row.resolved === undefined ? {} : { resolved: row.resolved }),
          };
    return { index, start, end: start + text.length, text, role: 'body', label: row.label ?? 'assertion', confidence: 0.9, rule: 'assertion:attributed', reason: '', cues: [], source };
  });
}

/** name -> statement indices, the shape most tests compare. */
function groups(summaries: SourceSummary[]): Record<string, number[]> {
  return Object.fromEntries(summaries.map((s) => [s.name, s.statements]));
}

describe('summarizeSources: one entry per source', () => {
  it('gives nothing for a document without sources', () => {
    expect(summarizeSources([])).toEqual([]);
    expect(summarizeSources(statements([{ source: null }, { source: null }]))).toEqual([]);
  });

  it('lists each source with its kind, namedness, mentions, statements and label counts, in order of first appearance', () => {
    const summaries = summarizeSources(
      statements([
        { source: null },
        { source: 'The port authority', kind: 'organization' },
        { source: 'Harbour master Ana Silva', label: 'unverified' },
        { source: 'The port authority', kind: 'organization', label: 'denial' },
      ]),
    );
    expect(summaries).toEqual([
      { name: 'The port authority', kind: 'organization', named: true, mentions: ['The port authority'], statements: [1, 3], counts: { assertion: 1, denial: 1, unverified: 0, background: 0 } },
      { name: 'Harbour master Ana Silva', kind: 'person', named: true, mentions: ['Harbour master Ana Silva'], statements: [2], counts: { assertion: 0, denial: 0, unverified: 1, background: 0 } },
    ]);
  });

  it('merges a surname into the full mention, whichever comes first', () => {
    const later = summarizeSources(statements([{ source: 'Trump campaign spokesperson Steven Cheung' }, { source: null }, { source: 'Cheung' }]));
    expect(groups(later)).toEqual({ 'Trump campaign spokesperson Steven Cheung': [0, 2] });
    expect(later[0]!.mentions).toEqual(['Trump campaign spokesperson Steven Cheung', 'Cheung']);
    const earlier = summarizeSources(statements([{ source: 'Cheung' }, { source: 'Steven Cheung' }]));
    expect(groups(earlier)).toEqual({ 'Steven Cheung': [0, 1] });
    expect(earlier[0]!.mentions).toEqual(['Cheung', 'Steven Cheung']);
  });

  it('merges a chain of shorter names into the longest ("Cheung", "Steven Cheung", "spokesperson Steven Cheung")', () => {
    const summaries = summarizeSources(statements([{ source: 'Steven Cheung' }, { source: 'Cheung' }, { source: 'campaign spokesperson Steven Cheung' }]));
    expect(groups(summaries)).toEqual({ 'campaign spokesperson Steven Cheung': [0, 1, 2] });
  });

  it('ignores a title in front of a surname', () => {
    const summaries = summarizeSources(statements([{ source: 'Harbour master Ana Silva' }, { source: 'Ms. Silva' }, { source: 'Dr Silva' }]));
    expect(groups(summaries)).toEqual({ 'Harbour master Ana Silva': [0, 1, 2] });
    expect(groups(summarizeSources(statements([{ source: 'Ms. Silva' }, { source: 'Ana Silva' }])))).toEqual({ 'Ana Silva': [0, 1] });
    expect(groups(summarizeSources(statements([{ source: 'Ms. Silva' }, { source: 'Dr Silva' }])))).toEqual({ 'Ms. Silva': [0], 'Dr Silva': [1] });
  });

  it('merges mentions that differ only in case, a leading article, a possessive, curly apostrophes or spacing', () => {
    const summaries = summarizeSources(
      statements([
        { source: 'Iran’s mission to the UN', kind: 'organization' },
        { source: "Iran's Mission to the  UN", kind: 'organization' },
        { source: 'the U.N.', kind: 'organization' },
        { source: 'UN’s', kind: 'organization' },
      ]),
    );
    expect(groups(summaries)).toEqual({ 'Iran’s mission to the UN': [0, 1], 'the U.N.': [2, 3] });
    expect(nameWords('The  Iran’s Mission')).toEqual(["iran's", 'mission']);
    expect(nameWords('U.S.’s')).toEqual(['us']);
  });

  it('matches the last words of the longer name up to its first preposition', () => {
    const summaries = summarizeSources(
      statements([
        { source: 'Iran’s mission to the UN', kind: 'organization' },
        { source: 'The UN', kind: 'organization' },
        { source: 'The mission', kind: 'organization' },
        { source: 'The campaign team of candidate Donald Trump', kind: 'organization' },
        { source: 'Trump', kind: 'organization' },
        { source: 'The campaign team', kind: 'organization' },
      ]),
    );
    expect(groups(summaries)).toEqual({
      'Iran’s mission to the UN': [0, 2],
      'The UN': [1],
      'The campaign team of candidate Donald Trump': [3, 5],
      Trump: [4],
    });
  });

  it('counts a resolved pronoun or short description for the mention it refers to', () => {
    const summaries = summarizeSources(
      statements([
        { source: 'Iran’s mission to the UN', kind: 'organization', label: 'denial' },
        { source: 'The mission', kind: 'organization', resolved: 'Iran’s mission to the UN', label: 'denial' },
        { source: 'It', kind: 'pronoun', resolved: 'Iran’s mission to the UN' },
      ]),
    );
    expect(summaries).toEqual([
      {
        name: 'Iran’s mission to the UN',
        kind: 'organization',
        named: true,
        mentions: ['Iran’s mission to the UN', 'The mission', 'It'],
        statements: [0, 1, 2],
        counts: { assertion: 1, denial: 2, unverified: 0, background: 0 },
      },
    ]);
  });

  it('names a source known only through a pronoun by what the pronoun refers to, with the kind it implies', () => {
    const summaries = summarizeSources(statements([{ source: 'She', kind: 'pronoun', resolved: 'Mayor Jane Roe' }, { source: 'Roe' }]));
    expect(summaries).toEqual([
      { name: 'Mayor Jane Roe', kind: 'person', named: true, mentions: ['She', 'Roe'], statements: [0, 1], counts: { assertion: 2, denial: 0, unverified: 0, background: 0 } },
    ]);
  });

  it('keeps an unresolved pronoun as a pronoun source of its own', () => {
    const summaries = summarizeSources(statements([{ source: 'Steven Cheung' }, { source: 'He', kind: 'pronoun' }]));
    expect(summaries.map((s) => [s.name, s.kind])).toEqual([
      ['Steven Cheung', 'person'],
      ['He', 'pronoun'],
    ]);
  });

  it('leaves a short name alone when it fits several different longer ones', () => {
    const summaries = summarizeSources(
      statements([
        { source: 'Russia’s foreign ministry', kind: 'organization' },
        { source: 'Ukraine’s foreign ministry', kind: 'organization' },
        { source: 'The ministry', kind: 'organization' },
      ]),
    );
    expect(Object.keys(groups(summaries))).toEqual(['Russia’s foreign ministry', 'Ukraine’s foreign ministry', 'The ministry']);
  });

  it('merges a lone surname read as an organization into the person whose name it ends, with the person kind', () => {
    const summaries = summarizeSources(
      statements([
        { source: 'Rep. Ann Roe', kind: 'person' },
        { source: 'Roe', kind: 'organization' },
        // Two words are a body's name, not a surname.
        { source: 'Lee Roe', kind: 'organization' },
        { source: 'Dr. Kim Lee Roe', kind: 'person' },
      ]),
    );
    expect(groups(summaries)).toEqual({ 'Rep. Ann Roe': [0], Roe: [1], 'Lee Roe': [2], 'Dr. Kim Lee Roe': [3] });
    const single = summarizeSources(statements([{ source: 'Rep. Ann Roe', kind: 'person' }, { source: 'Roe', kind: 'organization' }]));
    expect(groups(single)).toEqual({ 'Rep. Ann Roe': [0, 1] });
    expect(single[0]!.kind).toBe('person');
    expect(summaries[0]!.kind).toBe('person');
  });

  it('does not merge across kinds, or a name that only starts or contains the shorter one', () => {
    const summaries = summarizeSources(
      statements([
        { source: 'Friends of Trump', kind: 'organization' },
        { source: 'Trump', kind: 'person' },
        { source: 'Trump campaign', kind: 'organization' },
        { source: 'Anna Cheung Lee', kind: 'person' },
        { source: 'Cheung', kind: 'person' },
      ]),
    );
    expect(Object.keys(groups(summaries))).toEqual(['Friends of Trump', 'Trump', 'Trump campaign', 'Anna Cheung Lee', 'Cheung']);
  });

  it('merges unnamed sources only when their words are the same', () => {
    const summaries = summarizeSources(
      statements([
        { source: 'a source', kind: 'unnamed', named: false, label: 'unverified' },
        { source: 'officials', kind: 'unnamed', named: false, label: 'unverified' },
        { source: 'Officials', kind: 'unnamed', named: false, label: 'unverified' },
        { source: 'a source familiar with the talks', kind: 'unnamed', named: false, label: 'unverified' },
        { source: 'a report', kind: 'document', named: false },
      ]),
    );
    expect(summaries.map((s) => [s.name, s.kind, s.named, s.statements])).toEqual([
      ['a source', 'unnamed', false, [0]],
      ['officials', 'unnamed', false, [1, 2]],
      ['a source familiar with the talks', 'unnamed', false, [3]],
      ['a report', 'document', false, [4]],
    ]);
  });

  it('never merges an unnamed source into a named one', () => {
    const summaries = summarizeSources(statements([{ source: 'Health officials', kind: 'unnamed', named: false }, { source: 'officials', kind: 'unnamed', named: false }, { source: 'State health officials', kind: 'organization' }]));
    expect(summaries).toHaveLength(3);
  });

  it('gives the same result for the same statements', () => {
    const rows: Row[] = [{ source: 'Cheung' }, { source: 'Steven Cheung' }, { source: 'a source', kind: 'unnamed', named: false }];
    expect(summarizeSources(statements(rows))).toEqual(summarizeSources(statements(rows)));
  });
});

describe('sourcesOf', () => {
  it('returns the sources a report carries, and computes them for a report without', () => {
    const list = statements([{ source: 'Cheung' }]);
    const carried: SourceSummary[] = [{ name: 'x', kind: 'person', named: true, mentions: ['x'], statements: [0], counts: { assertion: 1, denial: 0, unverified: 0, background: 0 } }];
    expect(sourcesOf({ statements: list, sources: carried })).toBe(carried);
    expect(sourcesOf({ statements: list })).toEqual(summarizeSources(list));
  });
});

describe('annotate: documents[].sources', () => {
  it('is always there, [] for an article without sources', () => {
    expect(annotate('Bridge reopens\n\nThe bridge reopened on Monday after two years of repairs.').sources).toEqual([]);
  });

  it('merges a surname with the full name in sentences written for the test', () => {
    const text =
      'Water rates to rise\n\n' +
      'City spokesperson Maria Lopez said water rates would rise by 4% in May. ' +
      'The council met on Tuesday. ' +
      'Lopez said the increase pays for new pipes.';
    const report = annotate(text);
    const lopez = report.sources!.find((s) => s.name.includes('Lopez'));
    expect(lopez).toMatchObject({ name: 'City spokesperson Maria Lopez', kind: 'person', named: true, statements: [1, 3] });
    expect(lopez!.mentions).toEqual(['City spokesperson Maria Lopez', 'Lopez']);
  });

  it('lists every statement that has a source exactly once', () => {
    const text =
      'Port strike ends\n\n' +
      'The port authority said the strike ended on Friday. ' +
      'Officials said 40 ships were waiting. ' +
      'A union spokesman, Tom Reyes, said members would vote on Monday. ' +
      'Reyes added that the deal raises pay by 6%.';
    const report = annotate(text);
    const withSource = report.statements.filter((s) => s.source !== null).map((s) => s.index);
    expect(report.sources!.flatMap((s) => s.statements).sort((a, b) => a - b)).toEqual(withSource);
    for (const source of report.sources!) {
      const counted = source.counts.assertion + source.counts.denial + source.counts.unverified + source.counts.background;
      expect(counted).toBe(source.statements.length);
    }
  });
});

describe('the seed article', () => {
  const seed = readFileSync(fileURLToPath(new URL('../../seeds/000_fb5342f5c55fbbe0.txt', import.meta.url)), 'utf8');
  const report = annotate(seed, { path: 'seed' });
  const bySentence = (start: string): number => report.statements.findIndex((s) => s.text.startsWith(start));
  // The source table's row for a statement's main source (a statement with several attributions is in several rows).
  const sourceOf = (index: number): SourceSummary | undefined => {
    const main = report.statements[index]!.source;
    const mention = main === null ? '' : main.text.replace(/\s+/g, ' ').trim();
    return report.sources!.find((s) => s.statements.includes(index) && s.mentions.includes(mention));
  };

  it('names Steven Cheung for both of his statements, the second of which says only "Cheung"', () => {
    const first = bySentence('Trump campaign spokesperson Steven Cheung claimed');
    const second = bySentence('Cheung asserted');
    expect(sourceOf(first)).toBe(sourceOf(second));
    expect(sourceOf(first)).toMatchObject({ name: 'Trump campaign spokesperson Steven Cheung', kind: 'person', named: true });
    expect(sourceOf(first)!.mentions).toEqual(['Trump campaign spokesperson Steven Cheung', 'Cheung']);
  });

  it('names Iran’s mission to the UN for its two denials', () => {
    const first = bySentence('However, in response to Microsoft’s findings');
    const second = bySentence('The mission also emphasised');
    expect(sourceOf(first)).toBe(sourceOf(second));
    expect(sourceOf(first)).toMatchObject({ name: 'Iran’s mission to the UN', kind: 'organization', counts: { denial: 2 } });
  });

  it('names Politico as the source of its disclosure', () => {
    expect(sourceOf(bySentence('This statement followed a report by Politico'))).toMatchObject({ name: 'Politico', kind: 'organization', named: true });
  });

  it('names the Microsoft report as the source of what it indicated', () => {
    const index = bySentence('The Trump campaign also pointed to a report');
    expect(sourceOf(index)).toMatchObject({ name: 'a report released on Friday by Microsoft researchers', kind: 'document', named: true, statements: [index] });
  });
});
