import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check/policy.js';
import { applyDirectives, isSuppressed, readDirectives, suppressedStatements } from '../../src/check/directives.js';
import { annotate } from '../../src/index.js';
import { extractHtml } from '../../src/read/html.js';
import type { Label } from '../../src/types.js';

describe('readDirectives', () => {
  it.each<[string, string, Array<[string, Label[]]>]>([
    ['Markdown comment', '<!-- factcheck-ignore-next -->\nText.', [['ignore-next', []]]],
    ['comment without spaces', '<!--factcheck-ignore-next-->\nText.', [['ignore-next', []]]],
    ['plain-text line', 'factcheck-ignore-next\nText.', [['ignore-next', []]]],
    ['indented plain line', '   factcheck-ignore-next  \nText.', [['ignore-next', []]]],
    ['disable with a label', '<!-- factcheck-disable unverified -->', [['disable', ['unverified']]]],
    ['labels by comma and space, any case', '<!-- factcheck-disable Unverified, denial -->', [['disable', ['unverified', 'denial']]]],
    ['enable', '<!-- factcheck-enable -->', [['enable', []]]],
    ['CRLF lines', 'A.\r\nfactcheck-disable\r\nB.\r\nfactcheck-enable\r\n', [['disable', []], ['enable', []]]],
    ['not on a line of its own', 'The editor wrote factcheck-ignore-next here.', []],
    ['a longer word', 'factcheck-ignore-nextly\nText.', []],
    ['no directive at all', 'The mayor said so.', []],
  ])('%s', (_name, text, expected) => {
    const found = readDirectives(text);
    expect(found.directives.map((d) => [d.kind, d.labels])).toEqual(expected);
    expect(found.problems).toEqual([]);
  });

  it('blanks each directive with spaces, so offsets still index the input', () => {
    const text = 'Headline\n\n<!-- factcheck-ignore-next -->\nThe mayor may resign.\n  factcheck-ignore-next\nEnd.\n';
    const found = readDirectives(text);
    expect(found.text).toHaveLength(text.length);
    expect(found.text).toBe(text.replace('<!-- factcheck-ignore-next -->', ' '.repeat(30)).replace('factcheck-ignore-next', ' '.repeat(21)));
    const [comment, plain] = found.directives;
    expect(text.slice(comment!.start, comment!.end)).toBe('<!-- factcheck-ignore-next -->');
    expect(text.slice(plain!.start, plain!.end)).toBe('factcheck-ignore-next');
    expect([comment!.line, plain!.line]).toEqual([3, 5]);
  });

  it.each<[string, string, string]>([
    ['unknown label', '<!-- factcheck-disable unverifed -->', 'factcheck-disable: "unverifed" is not a label (did you mean unverified? labels: assertion, denial, unverified, background); the directive is ignored'],
    ['unknown directive', '<!-- factcheck-ignore -->', 'factcheck-ignore is not a directive (directives: factcheck-ignore-next, factcheck-disable, factcheck-enable); it is ignored'],
    ['near miss', '<!-- factcheck-disabel -->', 'factcheck-disabel is not a directive (did you mean factcheck-disable? directives: factcheck-ignore-next, factcheck-disable, factcheck-enable); it is ignored'],
  ])('a directive it cannot understand is blanked, ignored and named: %s', (_name, line, problem) => {
    const found = readDirectives(`A.\n${line}\nB.`);
    expect(found.directives).toEqual([]);
    expect(found.problems).toEqual([{ line: 2, problem }]);
    expect(found.text).toBe(`A.\n${' '.repeat(line.length)}\nB.`);
  });

  it('returns the very text when there is no directive', () => {
    const text = 'No directive here.';
    expect(readDirectives(text).text).toBe(text);
  });
});

describe('suppressedStatements', () => {
  // Statements at offsets 10, 20, 30, … with these labels; directives placed between them.
  const statements = (labels: Label[]): Array<{ start: number; label: Label }> => labels.map((label, i) => ({ start: (i + 1) * 10, label }));
  const at = (start: number, kind: 'ignore-next' | 'disable' | 'enable', labels: Label[] = []) => ({ kind, labels, start, end: start + 1, line: 1 });

  it.each<[string, Label[], ReturnType<typeof at>[], boolean[]]>([
    ['ignore-next covers the next statement only', ['unverified', 'unverified', 'unverified'], [at(15, 'ignore-next')], [false, true, false]],
    ['ignore-next at the start', ['unverified', 'assertion'], [at(0, 'ignore-next')], [true, false]],
    ['ignore-next with a label that does not match covers nothing', ['assertion', 'unverified'], [at(5, 'ignore-next', ['unverified'])], [false, false]],
    ['disable … enable', ['unverified', 'denial', 'unverified', 'unverified'], [at(15, 'disable'), at(35, 'enable')], [false, true, true, false]],
    ['disable without enable runs to the end', ['assertion', 'denial', 'unverified'], [at(15, 'disable')], [false, true, true]],
    ['disable a label', ['unverified', 'denial', 'unverified'], [at(5, 'disable', ['unverified'])], [true, false, true]],
    ['enable one label of a bare disable', ['unverified', 'denial', 'unverified', 'denial'], [at(5, 'disable'), at(25, 'enable', ['unverified'])], [true, true, false, true]],
    ['directives after the last statement do nothing', ['unverified'], [at(50, 'ignore-next'), at(55, 'disable')], [false]],
  ])('%s', (_name, labels, directives, expected) => {
    const list = statements(labels);
    expect(suppressedStatements(list, directives)).toEqual(expected);
    expect(list.map((_, i) => isSuppressed(i, list, directives))).toEqual(expected);
  });
});

describe('directives in an annotated article', () => {
  const article = [
    'Council to vote on budget',
    '',
    '<!-- factcheck-ignore-next -->',
    'The budget may be cut, a source said.',
    '',
    'factcheck-disable unverified',
    'Officials reportedly knew about the shortfall.',
    'The mayor denied any wrongdoing.',
    'factcheck-enable',
    '',
    'The plan might fail, critics said.',
    '',
  ].join('\n');

  it('are no statements, leave every offset in place, and keep the policy from counting what they cover', () => {
    const { text, directives } = readDirectives(article);
    const document = annotate(text, { path: 'a.md' });
    applyDirectives(document.statements, directives);
    for (const s of document.statements) {
      expect(article.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).not.toContain('factcheck-');
    }
    const byText = (prefix: string) => document.statements.find((s) => s.text.startsWith(prefix))!;
    expect(byText('The budget').suppressed).toBe(true);
    expect(byText('Officials').suppressed).toBe(true);
    expect(byText('The mayor').label).toBe('denial');
    expect(byText('The mayor').suppressed).toBeUndefined();
    expect(byText('The plan').suppressed).toBeUndefined();
    // Labels stay; the check no longer flags the accepted statements, nor counts them against a limit.
    expect(byText('The budget').label).toBe('unverified');
    const violations = checkDocument(document, { failOn: ['unverified'], maxUnverified: { kind: 'count', value: 0 } });
    expect(violations.map((v) => [v.policy, v.statement === null ? null : document.statements[v.statement]!.text.slice(0, 8)])).toEqual([
      ['max-unverified', null],
      ['max-unverified', 'The plan'],
      ['fail-on', 'The plan'],
    ]);
    expect(violations[0]!.message).toBe('1 unverified statement, at most 0 allowed (max-unverified 0)');
  });

  it('in a web page, a directive comment stays where it stood, as a line of its own', () => {
    const html = '<article><h1>Budget</h1><p>The mayor said it was final.</p><!-- factcheck-ignore-next --><p>It may be cut, a source said.</p><p>Officials reportedly knew.</p><!-- an ordinary comment --></article>';
    const extracted = extractHtml(html);
    expect(extracted).toBe('Budget\n\nThe mayor said it was final.\n\n<!-- factcheck-ignore-next -->\n\nIt may be cut, a source said.\n\nOfficials reportedly knew.\n');
    const { directives } = readDirectives(extracted);
    expect(directives.map((d) => d.kind)).toEqual(['ignore-next']);
  });
});
