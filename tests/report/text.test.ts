import { describe, expect, it } from 'vitest';
import { formatterNames, getFormatter } from '../../src/report/formatters/index.js';
import { jsonFormatter } from '../../src/report/formatters/json.js';
import { textFormatter } from '../../src/report/formatters/text.js';
import type { FormatOptions } from '../../src/report/formatter.js';
import { toDisplayText, wrapRanges } from '../../src/report/wrap.js';
import { emptyCounts, type Report } from '../../src/types.js';
import { FIXTURE_COUNTS, fixtureReport } from './fixtures.js';

const PLAIN: FormatOptions = { color: false, width: 200, explain: false };
const COLOR: FormatOptions = { color: true, width: 200, explain: false };
const MARKERS = { assertion: '[ASSERT]', denial: '[DENIAL]', unverified: '[UNVERIF]', background: '[BACKGR]' };
// chalk at level 1: bold + underline around a cue, one colour per label.
const CUE_OPEN = '\u001b[1m\u001b[4m';
const CUE_CLOSE = '\u001b[24m\u001b[22m';

function format(options: Partial<FormatOptions> = {}, report: Report = fixtureReport()): string {
  return textFormatter.format(report, { ...PLAIN, ...options });
}

function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

describe('text formatter without colour', () => {
  it('contains no escape code anywhere, table included', () => {
    for (const width of [200, 80, 40, 10]) {
      for (const explain of [false, true]) {
        expect(format({ width, explain })).not.toContain('\u001b');
      }
    }
  });

  it('prints a header per document and every statement numbered, with its marker and role', () => {
    const output = format();
    const report = fixtureReport();
    for (const document of report.documents) {
      expect(output).toContain(`fixtures/${document.path.split('/')[1]} (${document.statements.length} statements)`);
      document.statements.forEach((statement, i) => {
        const role = statement.role === 'body' ? '' : `(${statement.role}) `;
        const marker = MARKERS[statement.label].padEnd(9);
        expect(output).toContain(`\n  ${i + 1} ${marker} ${role}${statement.text}\n`);
      });
    }
    expect(output).toContain('(caption) A protester holds a sign');
    expect(output).toContain('(dateline) WASHINGTON:');
    expect(output).not.toContain('(body)');
    for (const marker of Object.values(MARKERS)) expect(output).toContain(marker);
  });

  it('prints the source under attributed statements', () => {
    const output = format();
    expect(output).toContain('behind the breach.\n              — source: Steven Cheung (claimed, named)\n');
    expect(output).toContain('— source: The rival campaign (denied, named)');
    expect(output).toContain('— source: a source (said, unnamed)');
    expect(output.match(/— source:/g)).toHaveLength(4);
  });

  it('follows each document with its sources and ends with a summary table of counts and percentages', () => {
    const output = format();
    expect(output).toContain('Summary: 2 documents, 11 statements');
    expect(output).toMatch(/│ label\s+│ count │ percent │/);
    const rows: Array<[string, number, string]> = [
      ['assertion', FIXTURE_COUNTS.assertion, '36.4%'],
      ['denial', FIXTURE_COUNTS.denial, '9.1%'],
      ['unverified', FIXTURE_COUNTS.unverified, '18.2%'],
      ['background', FIXTURE_COUNTS.background, '36.4%'],
      ['total', 11, '100.0%'],
    ];
    for (const [label, count, percent] of rows) {
      expect(output).toMatch(new RegExp(`│ ${label}\\s+│\\s+${count} │\\s+${percent.replace('.', '\\.')} │`));
    }
    expect(output.indexOf('Summary:')).toBeGreaterThan(output.lastIndexOf('[BACKGR]'));
    expect(output.match(/^Sources \(\d+\)$/gm)).toEqual(['Sources (3)', 'Sources (1)']);
    expect(output.indexOf('Sources (3)')).toBeLessThan(output.indexOf('fixtures/followup.txt'));
    expect(output).toMatch(/│ Steven Cheung\s+│ person\s+│ 4\s+│\s+1 │\s+0 │\s+0 │\n│ The rival campaign\s+│ person\s+│ 5\s+│\s+0 │\s+1 │\s+0 │\n│ a source\s+│ unnamed\s+│ 6\s+│\s+0 │\s+0 │\s+1 │/);
    expect(output).toMatch(/│ total\s+│\s+11 │\s+100\.0% │\n└[─┴]+┘\n$/);
  });

  it('handles a report with no documents', () => {
    const empty: Report = {
      schemaVersion: 1,
      tool: { name: 'factcheck', version: '1.0.0' },
      documents: [],
      summary: { documents: 0, statements: 0, counts: emptyCounts() },
    };
    const output = format({}, empty);
    expect(output).toContain('Summary: 0 documents, 0 statements');
    expect(output).toMatch(/│ total\s+│\s+0 │\s+0\.0% │/);
    expect(output).not.toContain('Sources');
    expect(output.endsWith('\n')).toBe(true);
  });

  it('neutralises line breaks and control characters from the article', () => {
    const report = fixtureReport();
    const statement = report.documents[0]!.statements[2]!;
    statement.text = 'Internal emails\nwere \u001b[31mpublished\u0007 online.';
    const output = format({}, report);
    expect(output).not.toContain('\u001b');
    expect(output).not.toContain('\u0007');
    expect(output).toContain('  3 [ASSERT]  Internal emails were \uFFFD[31mpublished\uFFFD online.\n');
  });
});

describe('text formatter with colour', () => {
  it('emits escape codes, one colour per label', () => {
    const output = format(COLOR);
    expect(output).toContain('\u001b[32m[ASSERT]\u001b[39m');
    expect(output).toContain('\u001b[31m[DENIAL]\u001b[39m');
    expect(output).toContain('\u001b[33m[UNVERIF]\u001b[39m');
    expect(output).toContain('\u001b[90m[BACKGR]\u001b[39m');
  });

  it('reads the same as the colourless output once the codes are stripped', () => {
    for (const width of [200, 40]) {
      expect(stripAnsi(format({ ...COLOR, width, explain: true }))).toBe(format({ width, explain: true }));
    }
  });

  it('highlights exactly the text of every cue, and nothing else', () => {
    const output = format(COLOR);
    const cues = fixtureReport().documents.flatMap((d) => d.statements.flatMap((s) => s.cues));
    for (const cue of cues) expect(output).toContain(`${CUE_OPEN}${cue.text}${CUE_CLOSE}`);
    expect(output.split(CUE_OPEN)).toHaveLength(cues.length + 1);
  });

  it('finds a cue by its text when its offsets are wrong, and skips one that is not there', () => {
    const report = fixtureReport();
    const [hedge, vague] = report.documents[0]!.statements[5]!.cues;
    hedge!.start += 3;
    vague!.text = 'an insider';
    const output = format(COLOR, report);
    expect(output).toContain(`The hackers ${CUE_OPEN}may${CUE_CLOSE} have used a stolen password, a source said.`);
  });

  it('keeps a highlighted cue intact across a line break', () => {
    const pieces = [...format({ ...COLOR, width: 40 }).matchAll(/\u001b\[1m\u001b\[4m(.*?)\u001b\[24m\u001b\[22m/g)].map((m) => m[1]);
    const cueTexts = fixtureReport().documents.flatMap((d) => d.statements.flatMap((s) => s.cues.map((c) => c.text)));
    for (const piece of pieces) expect(cueTexts.some((text) => text.includes(piece!))).toBe(true);
    expect(words(pieces.join(' '))).toEqual(words(cueTexts.join(' ')));
  });
});

describe('text formatter wrapping', () => {
  it('keeps every line within the width and loses no words', () => {
    for (const color of [false, true]) {
      const output = format({ color, width: 40 });
      for (const line of stripAnsi(output).split('\n')) expect(line.length).toBeLessThanOrEqual(40);
      const stream = words(stripAnsi(output)).join(' ');
      for (const statement of fixtureReport().documents.flatMap((d) => d.statements)) {
        expect(stream).toContain(words(statement.text).join(' '));
      }
    }
  });

  it('indents continuation lines under the text column', () => {
    const lines = format({ width: 40 }).split('\n');
    const first = lines.findIndex((line) => line.startsWith('  4 [ASSERT]  Spokesperson'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(lines[first + 1]).toMatch(/^ {14}\S/);
  });

  it('cuts a word longer than the line without losing characters', () => {
    const url = 'https://example.com/' + 'a'.repeat(60);
    const report = fixtureReport();
    report.documents[0]!.statements[2]!.text = `See ${url} for the emails.`;
    const output = format({ width: 40, explain: true }, report);
    for (const line of output.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    const lines = output.split('\n');
    const start = lines.findIndex((line) => line.startsWith('  3 '));
    expect(lines.slice(start, start + 5).map((line) => line.slice(14)).join('')).toContain(url);
  });

  it('wraps plain text by ranges, breaking only on spaces and never inside a surrogate pair', () => {
    const text = 'one two three four';
    expect(wrapRanges(text, 9).map((r) => text.slice(r.start, r.end))).toEqual(['one two', 'three', 'four']);
    expect(wrapRanges('', 10)).toEqual([{ start: 0, end: 0 }]);
    // An emoji takes two columns, as on a terminal; a line of two holds one.
    const emoji = '😀😀😀';
    expect(wrapRanges(emoji, 2).map((r) => emoji.slice(r.start, r.end))).toEqual(['😀', '😀', '😀']);
    expect(wrapRanges(emoji, 4).map((r) => emoji.slice(r.start, r.end))).toEqual(['😀😀', '😀']);
    expect(toDisplayText('a\tb\nc\u001bd')).toBe('a b c\uFFFDd');
  });
});

describe('display width', () => {
  it('counts terminal columns: CJK and emoji two, a combining accent none; the report keeps to --width in any script', async () => {
    const { visibleWidth } = await import('../../src/report/wrap.js');
    expect(visibleWidth('漢字')).toBe(4);
    expect(visibleWidth('😀a')).toBe(3);
    expect(visibleWidth('e\u0301')).toBe(1);
    const cjk = '東京都は新しい橋の建設を発表したと市長が述べた。'.repeat(3);
    const lines = wrapRanges(`${cjk} ${'café'.repeat(20)}`, 20).map((r) => `${cjk} ${'café'.repeat(20)}`.slice(r.start, r.end));
    for (const line of lines) expect(visibleWidth(line)).toBeLessThanOrEqual(20);
    // A grapheme is never cut: an accent stays on its letter.
    const accented = 'e\u0301'.repeat(30);
    for (const range of wrapRanges(accented, 7)) expect(accented.slice(range.start, range.end)).toMatch(/^(?:e\u0301)+$/);
  });
});

describe('text formatter --explain', () => {
  it('shows the rule, confidence, cues with their kinds, and the stance', () => {
    const output = format({ explain: true });
    expect(output).toContain('rule: unverified:hedge (0.80) · cues: may [hedge], a source [vague-source] · stance: neutral');
    expect(output).toContain('rule: background:role (1.00) · cues: none');
    expect(output).toContain('rule: denial:verb (0.90) · cues: denied [denial], baseless [denial] · stance: denying');
    expect(output.match(/rule: /g)).toHaveLength(11);
  });

  it("leads with the rule's reason", () => {
    expect(format({ explain: true })).toContain('why: fixture reason for unverified:hedge · rule: unverified:hedge');
  });

  it('shows none of it without explain', () => {
    expect(format()).not.toContain('rule:');
    expect(format()).not.toContain('why:');
  });
});

describe('formatter registry', () => {
  it('returns the formatters by name', () => {
    expect(formatterNames()).toEqual(['text', 'json', 'ndjson', 'markdown', 'html', 'csv', 'github', 'sarif']);
    expect(getFormatter('text')).toBe(textFormatter);
    expect(getFormatter('json')).toBe(jsonFormatter);
    for (const name of formatterNames()) {
      expect(getFormatter(name)?.name).toBe(name);
      expect(getFormatter(name)?.description).not.toBe('');
    }
  });

  it('returns undefined for unknown names, inherited ones included', () => {
    expect(getFormatter('nope')).toBeUndefined();
    expect(getFormatter('constructor')).toBeUndefined();
    expect(getFormatter('toString')).toBeUndefined();
  });

  it('formats through the registry with a trailing newline (github: nothing at all without violations)', () => {
    for (const name of formatterNames()) {
      const output = getFormatter(name)!.format(fixtureReport(), PLAIN);
      if (name === 'github') expect(output).toBe('');
      else expect(output.endsWith('\n'), name).toBe(true);
    }
  });
});
