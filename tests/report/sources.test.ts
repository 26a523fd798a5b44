import { describe, expect, it } from 'vitest';
import { htmlFormatter } from '../../src/report/formatters/html.js';
import { markdownFormatter } from '../../src/report/formatters/markdown.js';
import { textFormatter } from '../../src/report/formatters/text.js';
import type { FormatOptions } from '../../src/report/formatter.js';
import { renderSourceTable } from '../../src/report/source-table.js';
import { Chalk } from 'chalk';
import type { Report, SourceSummary } from '../../src/types.js';
import { fixtureReport } from './fixtures.js';

const PLAIN: FormatOptions = { color: false, width: 200, explain: false };
const COLOR: FormatOptions = { color: true, width: 200, explain: false };
const plain = new Chalk({ level: 0 });

function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

function text(options: Partial<FormatOptions> = {}, report: Report = fixtureReport()): string {
  return textFormatter.format(report, { ...PLAIN, ...options });
}

function source(name: string, statements: number[], extra: Partial<SourceSummary> = {}): SourceSummary {
  return { name, kind: 'person', named: true, mentions: [name], statements, counts: { assertion: statements.length, denial: 0, unverified: 0, background: 0 }, ...extra };
}

/** The fixture with the sources report annotate would add: Cheung also as "he", a merged pronoun. */
function reportWithSources(): Report {
  const report = fixtureReport();
  const campaign = report.documents[0]!;
  campaign.sources = [
    source('Spokesperson Steven Cheung', [3], { mentions: ['Steven Cheung'] }),
    source('The rival campaign', [4], { kind: 'organization', counts: { assertion: 0, denial: 1, unverified: 0, background: 0 } }),
    source('a source', [5], { kind: 'unnamed', named: false, counts: { assertion: 0, denial: 0, unverified: 1, background: 0 } }),
  ];
  return report;
}

/** The fixture with scores on its assertions and unverified statements. */
function scoredReport(): Report {
  const report = fixtureReport();
  const scores: Record<string, [number, string[]]> = {
    'fixtures/campaign.txt#0': [0.6, ['accusing', 'headline']],
    'fixtures/campaign.txt#2': [0.4, ['named-actor']],
    'fixtures/campaign.txt#3': [0.8, ['attributed', 'distancing']],
    'fixtures/campaign.txt#5': [0.7, ['unverified', 'prediction']],
    'fixtures/followup.txt#1': [0.8, ['attributed', 'prediction']],
    'fixtures/followup.txt#2': [0.5, ['unverified', 'missing-evidence']],
  };
  for (const document of report.documents) {
    for (const statement of document.statements) {
      const [score, signals] = scores[`${document.path}#${statement.index}`] ?? [null, []];
      statement.checkworthiness = score;
      statement.checkSignals = signals;
    }
  }
  return report;
}

describe('text: the sources table', () => {
  it('follows each document, with kind, statement numbers and label counts; unnamed sources say so', () => {
    const output = text({}, reportWithSources());
    const table = output.slice(output.indexOf('Sources (3)'), output.indexOf('fixtures/followup.txt'));
    expect(table).toMatch(/│ source\s+│ kind\s+│ statements │ assert │ denial │ unverif │/);
    expect(table).toMatch(/│ Spokesperson Steven Cheung │ person\s+│ 4\s+│\s+1 │\s+0 │\s+0 │\n│ also: Steven Cheung\s+│\s+│/);
    expect(table).toMatch(/│ The rival campaign\s+│ organization │ 5\s+│\s+0 │\s+1 │\s+0 │/);
    expect(table).toMatch(/│ a source\s+│ unnamed\s+│ 6\s+│\s+0 │\s+0 │\s+1 │/);
    expect(table).not.toContain('backgr');
  });

  it('computes the sources of a report that has none (hand-built, or older JSON)', () => {
    const output = text();
    expect(output).toMatch(/│ Steven Cheung\s+│ person\s+│ 4\s+│/);
  });

  it('names the source a statement counts for when its mention is shorter', () => {
    expect(text({}, reportWithSources())).toContain('— source: Steven Cheung → Spokesperson Steven Cheung (claimed, named)');
  });

  it('adds a background column only when a source has background statements', () => {
    const table = renderSourceTable([source('The museum', [0, 1], { kind: 'organization', counts: { assertion: 1, denial: 0, unverified: 0, background: 1 } })], plain, 200);
    expect(table).toMatch(/│ assert │ denial │ unverif │ backgr │/);
    expect(table).toMatch(/│ The museum │ organization │ 1, 2\s+│\s+1 │\s+0 │\s+0 │\s+1 │/);
  });

  it('marks an unnamed source of another kind', () => {
    const table = renderSourceTable([source('a report', [2], { kind: 'document', named: false })], plain, 200);
    expect(table).toContain('│ document, unnamed │');
  });

  it('says "Sources: none" for a document without sources', () => {
    expect(renderSourceTable([], plain, 80)).toBe('Sources: none');
  });

  it('wraps long names to the width and rules the rows apart, or lists the sources when too narrow', () => {
    const long = source('The campaign team of Republican US presidential candidate Donald Trump', [5, 6], { kind: 'organization', mentions: ['The campaign team of Republican US presidential candidate Donald Trump', 'The campaign'] });
    const sources = [long, source('Politico', [7])];
    for (const width of [100, 80]) {
      const table = renderSourceTable(sources, plain, width);
      for (const line of table.split('\n')) expect(line.length, line).toBeLessThanOrEqual(width);
      expect(table).toContain('├');
      expect(table).toContain('│ The campaign team of');
      const sourceCells = table.split('\n').flatMap((line) => (line.startsWith('│') ? [line.split('│')[1]!.trim()] : []));
      expect(sourceCells.join(' ')).toContain('The campaign team of Republican US presidential candidate Donald Trump also: The campaign');
    }
    const narrow = renderSourceTable(sources, plain, 40);
    for (const line of narrow.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(narrow.replace(/\s+/g, ' ')).toContain(' Politico — person; statements 8; 1 assert');
    const short = renderSourceTable([source('Politico', [7]), source('Reuters', [8])], plain, 200);
    expect(short.match(/^├/gm)).toHaveLength(1);
    expect(renderSourceTable(sources, plain, 80).match(/^├/gm)).toHaveLength(2);
  });

  it('has no escape codes without colour, and colours only through chalk with it', () => {
    expect(text({}, reportWithSources())).not.toContain('\u001b');
    const colored = text(COLOR, reportWithSources());
    expect(colored).toContain('\u001b[1mSources\u001b[22m');
    expect(colored).toContain('\u001b[1m\u001b[32massert\u001b[39m\u001b[22m');
    expect(stripAnsi(colored)).toBe(text({}, reportWithSources()));
  });

  it('is left out for a document shown in part (check --quiet)', () => {
    const report = reportWithSources();
    report.documents[0]!.statements = report.documents[0]!.statements.slice(0, 2);
    const output = text({}, report);
    expect(output.match(/^Sources /gm)).toHaveLength(1);
  });

  it('escapes control characters in source names', () => {
    const report = reportWithSources();
    report.documents[0]!.sources![0]!.name = 'Steven\u001b[31m Cheung';
    expect(text({}, report)).not.toContain('\u001b');
  });
});

describe('text: --by-source', () => {
  it('groups each document’s statements under their sources, in order of first appearance, the article’s own voice last', () => {
    const output = text({ bySource: true }, reportWithSources());
    const lines = output.split('\n');
    const at = (start: string): number => lines.findIndex((line) => line.startsWith(start));
    const order = [
      at('  Spokesperson Steven Cheung (also: Steven Cheung) — person, 1 statement'),
      at('  4 [ASSERT]  Spokesperson Steven Cheung claimed'),
      at('  The rival campaign — organization, 1 statement'),
      at('  5 [DENIAL]'),
      at('  a source — unnamed, 1 statement'),
      at('  6 [UNVERIF]'),
      at('  The article’s own voice — no source, 4 statements'),
      at('  1 [ASSERT]  (headline)'),
      at('  2 [BACKGR]  (caption)'),
      at('  3 [ASSERT]  Internal emails'),
      at('  7 [BACKGR]  In 2020'),
      at('Sources (3)'),
    ];
    for (const index of order) expect(index).toBeGreaterThan(0);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(lines[order[0]! - 1]).toBe('');
  });

  it('lists every statement once, and leaves out a group with no statement shown', () => {
    const output = text({ bySource: true });
    for (const document of fixtureReport().documents) {
      for (const statement of document.statements) expect(output).toContain(statement.text);
    }
    expect(output.match(/^ {2}\d \[/gm)).toHaveLength(11);
    const report = reportWithSources();
    report.documents[0]!.statements = report.documents[0]!.statements.filter((s) => s.index !== 4);
    expect(text({ bySource: true }, report)).not.toContain('The rival campaign — organization');
  });

  it('has no escape codes without colour', () => {
    expect(text({ bySource: true, width: 40 })).not.toContain('\u001b');
    expect(stripAnsi(text({ ...COLOR, bySource: true }))).toBe(text({ bySource: true }));
  });
});

describe('text: --top', () => {
  it('lists the n highest scores with rank, score, statement number, source and why, and nothing else', () => {
    const output = text({ top: 3 }, scoredReport());
    const lines = output.split('\n');
    expect(lines[0]).toBe('Claims to check first (top 3 of 6 scored)');
    expect(lines.slice(1, 5)).toEqual([
      '  1. 0.800  #4 [ASSERT]  Spokesperson Steven Cheung claimed that the rival campaign was behind the breach.',
      '                         — source: Steven Cheung (claimed, named)',
      '                         — why: attributed, distancing',
      '                         — in: fixtures/campaign.txt',
    ]);
    expect(output).toContain('  2. 0.800  #2 [ASSERT]  Steven Cheung said the campaign would file');
    expect(output).toContain('— why: attributed, prediction');
    expect(output).toContain('  3. 0.700  #6 [UNVERIF] The hackers may have used');
    expect(output).not.toContain('Summary:');
    expect(output).not.toContain('Sources');
    expect(output.endsWith('\n')).toBe(true);
  });

  it('says so for a claim in the article’s own voice, and names no document when there is one', () => {
    const report = scoredReport();
    report.documents = [report.documents[0]!];
    const output = text({ top: 4 }, report);
    expect(output).toContain('  4. 0.400  #3 [ASSERT]  Internal emails');
    expect(output).toContain('— source: none, the article’s own voice');
    expect(output).not.toContain('— in:');
  });

  it('lists what there is when n is larger, and says none when nothing is scored', () => {
    expect(text({ top: 50 }, scoredReport())).toContain('(top 6 of 6 scored)');
    expect(text({ top: 5 })).toBe('Claims to check first (top 0 of 0 scored)\n  none\n');
  });

  it('keeps to the width and has no escape codes without colour', () => {
    const output = text({ top: 6, width: 50 }, scoredReport());
    for (const line of output.split('\n')) expect(line.length).toBeLessThanOrEqual(50);
    expect(output).not.toContain('\u001b');
    expect(stripAnsi(text({ ...COLOR, top: 6, width: 50 }, scoredReport()))).toBe(output);
  });
});

describe('markdown and html: the sources table', () => {
  it('markdown: a table per document after its statements, text escaped', () => {
    const report = reportWithSources();
    report.documents[0]!.sources![0]!.name = 'Steven *Cheung* | spokesperson';
    const output = markdownFormatter.format(report, PLAIN);
    expect(output).toContain(
      [
        '**Sources**',
        '',
        '| source | kind | statements | assertion | denial | unverified |',
        '|:--|:--|:--|--:|--:|--:|',
        '| Steven \\*Cheung\\* \\| spokesperson (also: Steven Cheung) | person | 4 | 1 | 0 | 0 |',
        '| The rival campaign | organization | 5 | 0 | 1 | 0 |',
        '| a source | unnamed | 6 | 0 | 0 | 1 |',
      ].join('\n'),
    );
    expect(output.indexOf('**Sources**')).toBeGreaterThan(output.indexOf('| 7 | **background**'));
  });

  it('html: a table per document linking each statement, text escaped', () => {
    const report = reportWithSources();
    Object.assign(report.documents[0]!.sources![1]!, { name: 'The <rival> campaign', mentions: ['The <rival> campaign'] });
    const output = htmlFormatter.format(report, PLAIN);
    expect(output).toContain('<table class="legend sources"><caption>Sources</caption>');
    expect(output).toContain('<th scope="row">The &lt;rival&gt; campaign</th><td>organization</td><td><a href="#doc-1-s5">5</a></td>');
    expect(output).toContain('<th scope="row">a source</th><td>unnamed</td>');
    expect(output).not.toContain('<rival>');
  });
});
