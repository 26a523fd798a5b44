import { describe, expect, it } from 'vitest';
import { parseTopOption } from '../../src/cli-options.js';
import { lines, run, SEED } from './run.js';

/*
 * The sources table, --by-source and --top through the built binary, on the seed article and on
 * an article written for the tests.
 */

const ARTICLE = [
  'Port strike ends after a week',
  '',
  'Union spokesman Tom Reyes said the strike ended on Friday after 40 ships were held up.',
  'The port authority said the new contract raises pay by 6% over two years.',
  'Reyes added that members would vote on the deal on Monday.',
  'The port reopened on Saturday.',
  '',
].join('\n');

describe('the sources table', () => {
  it('follows the seed’s statements and names Cheung and the mission once each', () => {
    const result = run([SEED, '--no-color', '--width', '120']);
    expect(result.status).toBe(0);
    const table = result.stdout.slice(result.stdout.indexOf('Sources ('), result.stdout.indexOf('Summary:'));
    expect(table).toMatch(/│ Trump campaign spokesperson Steven Cheung\s+│ person\s+│ 10, 20\s+│\s+2 │\s+0 │\s+0 │\n│ also: Cheung\s+│/);
    expect(table).toMatch(/│ Iran’s mission to the UN\s+│ organization │ 17, 18\s+│\s+0 │\s+2 │\s+0 │\n│ also: The mission\s+│/);
    expect(table).toMatch(/│ Politico\s+│ organization │ 8\s+│\s+1 │/);
    expect(result.stdout).not.toContain('\u001b');
  });
});

describe('--by-source', () => {
  it('groups the statements under who says them, the article’s own voice last', () => {
    const result = run(['-', '--by-source', '--no-color', '--width', '200'], { input: ARTICLE });
    expect(result.status).toBe(0);
    const out = result.stdout;
    const reyes = out.indexOf('  Union spokesman Tom Reyes (also: Reyes) — person, 2 statements');
    const authority = out.search(/ {2}The port authority — \w+, 1 statement/);
    const own = out.indexOf('  The article’s own voice — no source, 2 statements');
    expect(reyes).toBeGreaterThan(0);
    expect(authority).toBeGreaterThan(reyes);
    expect(own).toBeGreaterThan(authority);
    const reyesBlock = out.slice(reyes, authority);
    expect(reyesBlock).toContain('2 [ASSERT]  Union spokesman Tom Reyes said');
    expect(reyesBlock).toContain('4 [ASSERT]  Reyes added');
    expect(out.slice(own)).toContain('1 [ASSERT]  (headline) Port strike ends after a week');
  });

  it('groups the seed’s two Cheung statements and the mission’s two denials', () => {
    const out = run([SEED, '--by-source', '--no-color', '--width', '200']).stdout;
    const cheung = out.indexOf('  Trump campaign spokesperson Steven Cheung (also: Cheung) — person, 2 statements\n  10 [ASSERT]  Trump campaign spokesperson Steven Cheung claimed');
    const second = out.indexOf('\n  20 [ASSERT]  Cheung asserted');
    expect(cheung).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(cheung);
    expect(out.slice(out.indexOf('  10 [ASSERT]', cheung) + 1, second)).not.toMatch(/\n {2}\d+ \[/);
    expect(out).toContain('  Iran’s mission to the UN (also: The mission) — organization, 2 statements\n  17 [DENIAL]');
  });
});

describe('--top', () => {
  it('lists only the n most check-worthy claims of the seed, each with its source and why', () => {
    const result = run([SEED, '--top', '5', '--no-color', '--width', '100']);
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out[0]).toMatch(/^Claims to check first \(top 5 of \d+ scored\)$/);
    const ranks = out.filter((line) => /^ {2}\d\. \d\.\d{3} {2}#\d+/.test(line));
    expect(ranks).toHaveLength(5);
    const scores = ranks.map((line) => Number(line.slice(5, 10)));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(out.filter((line) => line.trim().startsWith('— why: '))).toHaveLength(5);
    expect(out.filter((line) => line.trim().startsWith('— source: '))).toHaveLength(5);
    expect(result.stdout).toContain('#10 [ASSERT]  Trump campaign spokesperson Steven Cheung claimed');
    expect(result.stdout).not.toContain('Summary:');
    expect(result.stdout).not.toContain('[DENIAL]');
    expect(result.stdout).not.toContain('[BACKGR]');
  });

  it('names the document of each claim when there are several', () => {
    const result = run([SEED, '-', '--top', '3', '--no-color'], { input: ARTICLE });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/— in: (seeds\/000_fb5342f5c55fbbe0\.txt|-)\n/);
  });

  it('is a usage error when n is not a positive whole number, or with --by-source', () => {
    for (const args of [['--top', '0'], ['--top', 'five'], ['--top', '-1'], ['--top', '2', '--by-source']]) {
      const result = run([SEED, ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)[0]).toMatch(/^factcheck: /);
    }
  });

  it('warns that it applies to the text format only, and leaves JSON whole', () => {
    const result = run([SEED, '--top', '3', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('factcheck: warning: --by-source and --top apply to the text format only\n');
    const report = JSON.parse(result.stdout);
    expect(report.documents[0].statements).toHaveLength(21);
    expect(report.documents[0].sources.length).toBeGreaterThan(0);
    expect(run([SEED, '--by-source', '--format', 'json', '-q']).stderr).toBe('');
  });

  it('parseTopOption takes positive whole numbers', () => {
    expect(parseTopOption('5')).toBe(5);
    expect(parseTopOption(' 12 ')).toBe(12);
    for (const bad of ['0', '', 'x', '1.5', '-3']) expect(() => parseTopOption(bad), bad).toThrow('positive whole number');
  });
});

describe('JSON', () => {
  it('has documents[].sources and statements[].checkworthiness for the seed', () => {
    const report = JSON.parse(run([SEED, '--format', 'json']).stdout);
    const [document] = report.documents;
    const names = document.sources.map((s: { name: string }) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Politico', 'Trump campaign spokesperson Steven Cheung', 'Iran’s mission to the UN']));
    const cheung = document.sources.find((s: { name: string }) => s.name === 'Trump campaign spokesperson Steven Cheung');
    expect(cheung).toEqual({
      name: 'Trump campaign spokesperson Steven Cheung',
      kind: 'person',
      named: true,
      mentions: ['Trump campaign spokesperson Steven Cheung', 'Cheung'],
      statements: [9, 19],
      counts: { assertion: 2, denial: 0, unverified: 0, background: 0 },
    });
    for (const statement of document.statements) {
      expect(Object.keys(statement).slice(-4)).toEqual(['source', 'attributions', 'checkworthiness', 'checkSignals']);
      // The learned score covers every statement the label model gives some chance of being a claim.
      expect(typeof statement.checkworthiness).toBe('number');
    }
  });
});
