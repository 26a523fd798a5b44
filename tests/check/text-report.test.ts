import { describe, expect, it } from 'vitest';
import { checkDocument, onlyViolations } from '../../src/check/policy.js';
import { annotate, buildReport } from '../../src/index.js';
import { DEFAULT_FORMAT_OPTIONS } from '../../src/report/formatter.js';
import { textFormatter } from '../../src/report/formatters/text.js';

const text = 'Bridge to reopen\n\nThe mayor said the bridge would reopen on Monday.\n\nIt may be delayed, a source said.\n\nThe company denied the report.\n';

function render(document: ReturnType<typeof annotate>, width = 100): string {
  return textFormatter.format(buildReport([document]), { ...DEFAULT_FORMAT_OPTIONS, width });
}

describe('the text report of a checked document', () => {
  it('lists the problems after the statements: how many, which policies, then each statement number and why', () => {
    const document = annotate(text, { path: 'a.txt' });
    document.violations = checkDocument(document, { maxUnverified: { kind: 'count', value: 0 }, failOn: ['denial'] });
    const lines = render(document).split('\n');
    const at = lines.indexOf('  ✖ 3 problems (3 errors, 0 warnings): max-unverified, fail-on');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '    document     error    1 unverified statement, at most 0 allowed (max-unverified 0)',
      '    statement 3  error    unverified statement 1 of 1, at most 0 allowed (max-unverified 0)',
      '    statement 4  error    labelled denial, which fail-on forbids (fail-on denial)',
    ]);
    // The problems come after the last statement and before the summary.
    expect(lines.findIndex((l) => l.includes('The company denied'))).toBeLessThan(at);
    expect(lines.findIndex((l) => l.startsWith('Summary:'))).toBeGreaterThan(at);
  });

  it('wraps long messages under themselves', () => {
    const document = annotate(text, { path: 'a.txt' });
    document.violations = checkDocument(document, { maxUnverified: { kind: 'percent', value: 0 } });
    const lines = render(document, 50).split('\n');
    const at = lines.findIndex((l) => l.startsWith('    statement 3  '));
    expect(lines[at + 1]).toMatch(/^ {26}\S/);
    for (const line of lines.slice(0, lines.indexOf(''))) expect(line.length).toBeLessThanOrEqual(50);
  });

  it('shows each problem\'s severity, and a document with warnings only under ⚠', () => {
    const document = annotate(text, { path: 'a.txt' });
    document.violations = checkDocument(document, { maxUnverified: { kind: 'count', value: 0 }, failOn: ['denial'] }).map((v) => ({
      ...v,
      severity: v.policy === 'fail-on' ? ('error' as const) : ('warning' as const),
    }));
    const lines = render(document).split('\n');
    const at = lines.indexOf('  ✖ 3 problems (1 error, 2 warnings): max-unverified, fail-on');
    expect(lines.slice(at + 1, at + 4).map((l) => l.slice(0, 26))).toEqual(['    document     warning  ', '    statement 3  warning  ', '    statement 4  error    ']);
    document.violations = document.violations.filter((v) => v.severity === 'warning');
    expect(render(document).split('\n')).toContain('  ⚠ 2 problems (0 errors, 2 warnings): max-unverified');
  });

  it('says when a document passes, and nothing when no policy was applied', () => {
    const document = annotate(text, { path: 'a.txt' });
    expect(render(document)).not.toMatch(/✔|✖/);
    document.violations = [];
    expect(render(document)).toContain('\n  ✔ passes the policy\n');
  });

  it('--quiet shows the flagged statements under their own numbers, and the document\'s full count', () => {
    const document = annotate(text, { path: 'a.txt' });
    document.violations = checkDocument(document, { failOn: ['denial'] });
    const output = render(onlyViolations(document)!);
    expect(output.split('\n')[0]).toBe('a.txt (4 statements, 1 shown)');
    expect(output).toMatch(/^ {2}4 \[DENIAL\] {2}The company denied the report\.$/m);
    expect(output).not.toContain('The mayor');
  });

  it('the header says when the text was extracted from HTML', () => {
    const document = { ...annotate(text, { path: 'page.html' }), extractedFrom: 'html' as const };
    expect(render(document).split('\n')[0]).toBe('page.html (4 statements, text extracted from HTML)');
  });
});
