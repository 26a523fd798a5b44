import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { FormatOptions } from '../../src/report/formatter.js';
import { escapeHtml, htmlFormatter } from '../../src/report/formatters/html.js';
import { LABELS, type Report } from '../../src/types.js';
import { checkedFixtureReport, fixtureReport } from './fixtures.js';

const PLAIN: FormatOptions = { color: false, width: 80, explain: false };

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function format(report: Report = fixtureReport(), options: Partial<FormatOptions> = {}): string {
  return htmlFormatter.format(report, { ...PLAIN, ...options });
}

/** Parses as a browser does and fails on any HTML5 parse error (bad characters, stray tags, bad nesting). */
function parseStrict(html: string): DefaultTreeAdapterTypes.Document {
  const errors: string[] = [];
  const document = parse(html, { onParseError: (error) => errors.push(`${error.code} at ${error.startLine}:${error.startCol}`) });
  expect(errors).toEqual([]);
  return document;
}

function elements(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (current: Node): void => {
    if ('tagName' in current) found.push(current);
    const children = 'childNodes' in current ? current.childNodes : [];
    const content = 'content' in current ? (current.content as Node) : undefined;
    for (const child of children) visit(child);
    if (content !== undefined) visit(content);
  };
  visit(node);
  return found;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(text).join('') : '';
}

describe('html formatter', () => {
  it('is one valid HTML5 document with a utf-8 charset, inline style and script', () => {
    const html = format();
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    const all = elements(parseStrict(html));
    expect(all.filter((e) => e.tagName === 'style')).toHaveLength(1);
    expect(all.filter((e) => e.tagName === 'script')).toHaveLength(1);
    expect(all.filter((e) => e.tagName === 'title').map(text)).toEqual(['factcheck report: 2 documents']);
    expect(parseStrict(format(checkedFixtureReport(), { explain: true }))).toBeDefined();
  });

  it('loads nothing: no URL, no src, no link, no external reference of any kind', () => {
    for (const html of [format(), format(checkedFixtureReport())]) {
      expect(html).not.toMatch(/https?:/i);
      // No CSS url() or @import, no protocol-relative //host reference in an attribute or string.
      expect(html).not.toMatch(/\burl\(|@import|["'=(]\s*\/\//);
      const all = elements(parseStrict(html));
      expect(all.filter((e) => ['link', 'img', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'svg', 'base', 'form'].includes(e.tagName))).toEqual([]);
      for (const element of all) {
        expect(attribute(element, 'src')).toBeUndefined();
        const href = attribute(element, 'href');
        if (href !== undefined) expect(href).toMatch(/^#doc-\d+-s\d+$/);
      }
    }
  });

  it('forbids requests with a Content-Security-Policy that allows exactly its own script', () => {
    const html = format();
    const all = elements(parseStrict(html));
    const csp = all.find((e) => e.tagName === 'meta' && attribute(e, 'http-equiv') === 'Content-Security-Policy');
    const policy = attribute(csp!, 'content')!;
    expect(policy).toMatch(/^default-src 'none';/);
    const script = text(all.find((e) => e.tagName === 'script')!);
    const hash = createHash('sha256').update(script).digest('base64');
    expect(policy).toContain(`script-src 'sha256-${hash}'`);
    expect(policy).not.toContain('unsafe-eval');
  });

  it('has a legend with a bar per label and a filter button per label', () => {
    const report = fixtureReport();
    const all = elements(parseStrict(format(report)));
    const legendRows = all.filter((e) => e.tagName === 'tr' && attribute(e, 'data-label') !== undefined);
    expect(legendRows.map((row) => attribute(row, 'data-label'))).toEqual([...LABELS]);
    for (const row of legendRows) {
      const label = attribute(row, 'data-label') as (typeof LABELS)[number];
      expect(text(row)).toContain(String(report.summary.counts[label]));
    }
    const buttons = all.filter((e) => e.tagName === 'button' && attribute(e, 'data-filter') !== undefined);
    expect(buttons.map((b) => attribute(b, 'data-filter'))).toEqual([...LABELS]);
    for (const button of buttons) {
      expect(attribute(button, 'type')).toBe('button');
      expect(attribute(button, 'aria-pressed')).toBe('false');
      // The accessible name starts with the label.
      expect(text(button).trim().startsWith(attribute(button, 'data-filter')!)).toBe(true);
    }
    const bars = all.filter((e) => e.tagName === 'span' && attribute(e, 'class') === 'bar');
    expect(bars.map((bar) => attribute(bar, 'style'))).toEqual(['width:36.4%', 'width:9.1%', 'width:18.2%', 'width:36.4%']);
    // No violations, no violations filter.
    expect(all.some((e) => attribute(e, 'data-filter-flagged') !== undefined)).toBe(false);
  });

  it('renders every statement as a labelled item with its cues marked and a details panel', () => {
    const report = fixtureReport();
    const all = elements(parseStrict(format(report)));
    const items = all.filter((e) => e.tagName === 'li' && attribute(e, 'class') === 'statement');
    const statements = report.documents.flatMap((d) => d.statements);
    expect(items).toHaveLength(statements.length);
    items.forEach((item, i) => {
      const statement = statements[i]!;
      expect(attribute(item, 'data-label')).toBe(statement.label);
      expect(attribute(item, 'data-role')).toBe(statement.role);
      const inside = elements(item);
      const marks = inside.filter((e) => e.tagName === 'summary').flatMap(elements).filter((e) => e.tagName === 'mark');
      expect(marks.map(text)).toEqual(statement.cues.map((cue) => cue.text));
      const summary = inside.find((e) => e.tagName === 'summary')!;
      expect(attribute(summary, 'title')).toContain(statement.rule);
      const panel = inside.find((e) => e.tagName === 'dl')!;
      expect(text(panel)).toContain(statement.rule);
      expect(text(panel)).toContain(statement.source === null ? 'none' : statement.source.text);
    });
    expect(all.filter((e) => e.tagName === 'details' && attribute(e, 'open') !== undefined)).toHaveLength(0);
    const explained = elements(parseStrict(format(report, { explain: true })));
    expect(explained.filter((e) => e.tagName === 'details' && attribute(e, 'open') !== undefined)).toHaveLength(statements.length);
  });

  it('keeps article text as text: <script>, quotes and ampersands are escaped', () => {
    const report = fixtureReport();
    const [document] = report.documents;
    document!.path = 'news/<img src=x onerror=alert(1)>.txt';
    document!.statements[2]!.text = '<script>alert("x")</script> & \'quoted\' "text"';
    document!.statements[3]!.source!.text = '"><script>alert(2)</script>';
    const html = format(report);
    expect(html.match(/<script/g)).toHaveLength(1); // the page's own
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &quot;text&quot;');
    const all = elements(parseStrict(html));
    expect(all.filter((e) => e.tagName === 'img')).toEqual([]);
    const item = all.filter((e) => attribute(e, 'class') === 'statement')[2]!;
    expect(text(elements(item).find((e) => attribute(e, 'class') === 'text')!)).toBe('<script>alert("x")</script> & \'quoted\' "text"');
    expect(all.find((e) => e.tagName === 'h2' && attribute(e, 'id') === 'doc-1-title')!.childNodes.map(text).join('')).toBe(document!.path);
  });

  it('replaces characters HTML5 forbids, one for one', () => {
    expect(escapeHtml('a\u0000b\u0007c\u007fd\u0085e\uFDD0f\uFFFF')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFD');
    expect(escapeHtml('lone \uD800 and \uDC00 surrogates, a pair \uD83D\uDE00 stays')).toBe('lone \uFFFD and \uFFFD surrogates, a pair \uD83D\uDE00 stays');
    expect(escapeHtml('tab\tnewline\ncr\rff\f')).toBe('tab\tnewline\ncr\rff\f');
    const report = fixtureReport();
    report.documents[0]!.statements[2]!.text = 'bell\u0007 lone\uD800 nonchar\uFFFE';
    parseStrict(format(report));
  });

  it('lists violations, flags their statements and offers a violations filter', () => {
    const report = checkedFixtureReport();
    const all = elements(parseStrict(format(report)));
    const flagged = all.filter((e) => e.tagName === 'li' && attribute(e, 'data-flagged') !== undefined);
    expect(flagged.map((e) => attribute(e, 'id'))).toEqual(['doc-1-s3', 'doc-1-s6', 'doc-3-s3', 'doc-3-s4', 'doc-4-s2']);
    expect(text(flagged[0]!)).toContain('require-source');
    const notes = all.filter((e) => (attribute(e, 'class') ?? '').startsWith('policy '));
    expect(notes.map((e) => attribute(e, 'class'))).toEqual(['policy failed', 'policy passed', 'policy failed', 'policy failed']);
    expect(text(notes[0]!)).toContain('max-unverified (document): 1 unverified statement of 7 (14.3%)');
    expect(all.some((e) => e.tagName === 'button' && attribute(e, 'data-filter-flagged') !== undefined)).toBe(true);
    expect(all.filter((e) => attribute(e, 'class') === 'note').map(text)).toEqual([
      'Text extracted from an HTML page: offsets refer to the extracted text, not to the page source.',
    ]);
  });

  it('is deterministic', () => {
    expect(format(checkedFixtureReport())).toBe(format(checkedFixtureReport()));
  });
});
