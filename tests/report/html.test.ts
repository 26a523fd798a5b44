import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { FormatOptions } from '../../src/report/formatter.js';
import { escapeHtml, htmlFormatter } from '../../src/report/formatters/html.js';
import { LABELS, type Report } from '../../src/types.js';
import { onlyViolations } from '../../src/check/policy.js';
import { summarizeSources } from '../../src/sources/index.js';
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
      // Label, source and reason in place, in the summary, with no tooltip to hover for.
      const summary = inside.find((e) => e.tagName === 'summary')!;
      expect(attribute(summary, 'title')).toBeUndefined();
      expect(text(elements(summary).find((e) => attribute(e, 'class') === 'badge')!)).toBe(statement.label);
      const facts = elements(summary).filter((e) => attribute(e, 'class') === 'fact').map(text);
      expect(facts).toEqual([
        `Source ${statement.source === null ? 'no source: the article’s own voice' : `${statement.source.text} (${statement.source.cue.text}, ${statement.source.named ? 'named' : 'unnamed'})`}`,
        `Why ${statement.reason}`,
      ]);
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

  it('writes each violation under its statement, in place', () => {
    const report = checkedFixtureReport();
    const all = elements(parseStrict(format(report)));
    const item = all.find((e) => attribute(e, 'id') === 'doc-1-s3')!;
    const summary = elements(item).find((e) => e.tagName === 'summary')!;
    const violations = elements(summary).filter((e) => attribute(e, 'class') === 'fact violation').map(text);
    const expected = report.documents[0]!.violations!.filter((v) => v.statement === 2).map((v) => `Policy ${v.policy}: ${v.message}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(violations).toEqual(expected);
  });

  it('lists the claims to check first by score, each linking to its statement', () => {
    const report = fixtureReport();
    const scores = [0.2, 0.91, null, 0.5];
    report.documents[0]!.statements.forEach((statement, i) => (statement.checkworthiness = scores[i % scores.length]!));
    report.documents[1]!.statements.forEach((statement) => (statement.checkworthiness = null));
    const all = elements(parseStrict(format(report)));
    const section = all.find((e) => e.tagName === 'section' && attribute(e, 'class') === 'claims')!;
    expect(text(elements(section).find((e) => e.tagName === 'h2')!)).toBe('Claims to check first');
    const rows = elements(section).filter((e) => e.tagName === 'li');
    const expected = report.documents[0]!.statements
      .filter((s) => typeof s.checkworthiness === 'number')
      .sort((a, b) => (b.checkworthiness as number) - (a.checkworthiness as number) || a.index - b.index)
      .slice(0, 10);
    expect(rows.map((row) => text(elements(row).find((e) => attribute(e, 'class') === 'score')!))).toEqual(expected.map((s) => (s.checkworthiness as number).toFixed(2)));
    expect(rows.map((row) => attribute(elements(row).find((e) => e.tagName === 'a')!, 'href'))).toEqual(expected.map((s) => `#doc-1-s${s.index + 1}`));
    // Two documents: each claim says which.
    expect(text(rows[0]!)).toContain(`statement ${expected[0]!.index + 1} of ${report.documents[0]!.path}`);
    expect(text(rows[0]!)).toContain(expected[0]!.text);

    // Scored, but nothing to check; and not scored at all (no ranker): a note, then no section.
    for (const statement of report.documents[0]!.statements) statement.checkworthiness = null;
    const none = elements(parseStrict(format(report))).find((e) => attribute(e, 'class') === 'claims')!;
    expect(text(none)).toContain('No claims to check: every statement is a denial or background.');
    expect(elements(parseStrict(format(fixtureReport()))).some((e) => attribute(e, 'class') === 'claims')).toBe(false);
  });

  // A --quiet check report shows only the flagged statements: the counts are of those.
  const quietReport = (): Report => {
    const report = checkedFixtureReport();
    // As annotate() leaves them: the sources of the whole document.
    report.documents = report.documents
      .map((document) => onlyViolations({ ...document, sources: summarizeSources(document.statements) }))
      .filter((document) => document !== undefined);
    return report;
  };
  it.each([['a report', fixtureReport], ['a --quiet check report', quietReport]])('offers a source filter on %s: every source once with its count, ids in place of names', (_, build) => {
    const report = build();
    const all = elements(parseStrict(format(report)));
    const select = all.find((e) => e.tagName === 'select' && attribute(e, 'data-filter-source') !== undefined)!;
    const label = all.find((e) => e.tagName === 'label')!;
    expect(attribute(label, 'for')).toBe(attribute(select, 'id'));
    const options = elements(select).filter((e) => e.tagName === 'option');
    const statements = report.documents.flatMap((d) => d.statements);
    const items = all.filter((e) => e.tagName === 'li' && attribute(e, 'class') === 'statement');
    expect(attribute(options[0]!, 'value')).toBe('');
    // Each option's count is the number of statements carrying its id, and the ids name no text.
    for (const option of options.slice(1)) {
      const id = attribute(option, 'value')!;
      expect(id).toMatch(/^(s\d+|none)$/);
      const count = items.filter((item) => attribute(item, 'data-source')!.split(' ').includes(id)).length;
      expect(text(option)).toMatch(new RegExp(`\\(${count}\\)$`));
    }
    const none = items.filter((item) => attribute(item, 'data-source') === 'none').length;
    expect(none).toBe(statements.filter((s) => s.source === null).length);
    // A statement's source id leads to an option with its source's name.
    items.forEach((item, i) => {
      const statement = statements[i]!;
      if (statement.source === null) return;
      const option = options.find((o) => attribute(o, 'value') === attribute(item, 'data-source')!.split(' ')[0])!;
      expect(text(option).startsWith(statement.source.text)).toBe(true);
    });
  });

  it('prints: a print style sheet hides the filters and keeps the label colours', () => {
    const style = text(elements(parseStrict(format())).find((e) => e.tagName === 'style')!);
    const print = style.slice(style.indexOf('@media print'));
    expect(print).toMatch(/\.filters, summary::after \{ display: none !important; \}/);
    expect(print).toContain('print-color-adjust: exact');
    expect(print).toContain('break-inside: avoid');
  });

  it('is deterministic', () => {
    expect(format(checkedFixtureReport())).toBe(format(checkedFixtureReport()));
  });
});
