import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotate } from '../../src/index.js';
import { extractHtml } from '../../src/read/html.js';
import { documentKind } from '../../src/lsp/analysis.js';
import { Debouncer } from '../../src/lsp/debounce.js';
import { escapeMarkdown, toDiagnostics } from '../../src/lsp/diagnostics.js';
import { checkDocument } from '../../src/check/policy.js';
import type { Violation } from '../../src/types.js';
import { htmlStatementSpans } from '../../src/lsp/html-offsets.js';
import { ignoreNextEdit } from '../../src/lsp/ignore-directive.js';

function spansOf(html: string): string[] {
  const report = annotate(extractHtml(html));
  return htmlStatementSpans(html, report.statements).map((span) => (span === undefined ? '<none>' : html.slice(span.start, span.end)));
}

describe('htmlStatementSpans', () => {
  it('maps each statement to the source it was written as: references, tags, CRLF', () => {
    const html = '<html><body>\r\n<h1>Bridge&nbsp;opens</h1>\r\n<p>The mayor said the bridge &#x1F309; would open\r\nin May. The contractor <b>denied</b> it.</p></body></html>';
    expect(spansOf(html)).toEqual(['Bridge&nbsp;opens', 'The mayor said the bridge &#x1F309; would open\r\nin May.', 'The contractor <b>denied</b> it.']);
  });

  it('finds a repeated sentence at its own place, not the first one', () => {
    const html = '<p>The council met.</p><p>The mayor spoke.</p><p>The council met.</p>';
    const report = annotate(extractHtml(html));
    const spans = htmlStatementSpans(html, report.statements);
    expect(spans.map((span) => span?.start)).toEqual([3, html.indexOf('The mayor'), html.lastIndexOf('The council met.')]);
  });

  it('gives undefined for a statement that is not in the page', () => {
    const report = annotate('The council met on Monday.');
    expect(htmlStatementSpans('<p>Something else entirely.</p>', report.statements)).toEqual([undefined]);
  });
});

describe('ignoreNextEdit', () => {
  const apply = (text: string, kind: 'text' | 'markdown' | 'html', statement: string): string => {
    const document = TextDocument.create('file:///a', kind, 1, text);
    return TextDocument.applyEdits(document, [ignoreNextEdit(document, kind, text.indexOf(statement))]);
  };

  it('puts the directive above a statement that starts its line, with its indentation and line ending', () => {
    expect(apply('A.\r\n  B said so.\r\n', 'text', 'B said')).toBe('A.\r\n  factcheck-ignore-next\r\n  B said so.\r\n');
    expect(apply('- B said so.\n', 'markdown', 'B said')).toBe('<!-- factcheck-ignore-next -->\n- B said so.\n');
    expect(apply('1. B said so.\n', 'markdown', 'B said')).toBe('<!-- factcheck-ignore-next -->\n1. B said so.\n');
  });

  it('moves a statement that starts mid-line to a line of its own', () => {
    expect(apply('A happened.  B said so.\n', 'text', 'B said')).toBe('A happened.\nfactcheck-ignore-next\nB said so.\n');
    expect(apply('<p>B said so.</p>', 'html', 'B said')).toBe('<p>\n<!-- factcheck-ignore-next -->\nB said so.</p>');
    // In plain text a "- " is words, not a list marker.
    expect(apply('- B said so.\n', 'text', 'B said')).toBe('-\nfactcheck-ignore-next\nB said so.\n');
  });
});

describe('documentKind', () => {
  it('goes by the language id, else the extension; other documents are left alone', () => {
    expect(documentKind('file:///a.txt', 'plaintext')).toBe('text');
    expect(documentKind('file:///a', 'markdown')).toBe('markdown');
    expect(documentKind('file:///a.HTM', 'unknown')).toBe('html');
    expect(documentKind('untitled:Untitled-1', 'plaintext')).toBe('text');
    expect(documentKind('file:///a.json', 'json')).toBeUndefined();
    expect(documentKind('file:///a.ts', 'typescript')).toBeUndefined();
  });
});

describe('toDiagnostics', () => {
  it('maps a violation\'s severity: error (or none) to Error, warning to Warning', () => {
    const text = 'The contractor denied that it had missed any deadline.\n';
    const report = annotate(text);
    const [violation] = checkDocument(report, { failOn: ['denial'] });
    const severities = (violations: Violation[]): Array<number | undefined> => {
      const analysis = { kind: 'text' as const, report: { ...report, violations }, spans: [{ start: 0, end: 54 }] };
      return toDiagnostics(analysis, TextDocument.create('file:///a.txt', 'plaintext', 1, text))
        .filter((d) => d.code === 'fail-on')
        .map((d) => d.severity);
    };
    expect(severities([violation!])).toEqual([1]);
    expect(severities([{ ...violation!, severity: 'error' } as Violation])).toEqual([1]);
    expect(severities([{ ...violation!, severity: 'warning' } as Violation])).toEqual([2]);
  });
});

describe('escapeMarkdown', () => {
  it('keeps article text text: no emphasis, code, links or HTML; no list or heading at the start', () => {
    expect(escapeMarkdown('a *b* `c` [d](e) <img src=x> f_g')).toBe('a \\*b\\* \\`c\\` \\[d\\](e) \\<img src=x\\> f\\_g');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('2. not a list\nsecond line')).toBe('\\2. not a list second line');
  });
});

describe('Debouncer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, after the last of a burst; cancel drops a pending run', () => {
    vi.useFakeTimers();
    const runs: string[] = [];
    const debouncer = new Debouncer(100);
    debouncer.schedule('a', () => runs.push('a1'));
    vi.advanceTimersByTime(60);
    debouncer.schedule('a', () => runs.push('a2'));
    debouncer.schedule('b', () => runs.push('b1'));
    vi.advanceTimersByTime(60);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(40);
    expect(runs).toEqual(['a2', 'b1']);
    debouncer.schedule('a', () => runs.push('a3'));
    debouncer.cancel('a');
    vi.advanceTimersByTime(500);
    expect(runs).toEqual(['a2', 'b1']);
  });
});
