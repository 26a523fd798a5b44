import { describe, expect, it } from 'vitest';
import { isStreaming, type FormatOptions } from '../../src/report/formatter.js';
import { escapeData, escapeProperty, githubFormatter } from '../../src/report/formatters/github.js';
import { LineIndex } from '../../src/report/locate.js';
import { CAMPAIGN_TEXT, checkedFixtureReport, fixtureReport, fixtureSourceText } from './fixtures.js';

const PLAIN: FormatOptions = { color: false, width: 80, explain: false };
const WITH_TEXT: FormatOptions = { ...PLAIN, sourceText: fixtureSourceText };

function lines(output: string): string[] {
  expect(output.endsWith('\n')).toBe(true);
  return output.slice(0, -1).split('\n');
}

describe('line index', () => {
  it('counts LF, CRLF and lone CR as one line end each, columns from 1', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(2)).toEqual({ line: 1, column: 3 }); // the LF belongs to the line it ends
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(5)).toEqual({ line: 2, column: 3 }); // the CR of CRLF
    expect(index.position(6)).toEqual({ line: 2, column: 4 }); // its LF: still line 2
    expect(index.position(7)).toEqual({ line: 3, column: 1 });
    expect(index.position(10)).toEqual({ line: 4, column: 1 });
    expect(index.position(12)).toEqual({ line: 4, column: 3 }); // the end of the text
    expect(new LineIndex('').position(0)).toEqual({ line: 1, column: 1 });
  });

  it('agrees with splitting the text on every offset', () => {
    const text = 'one\r\n\r\ntwo three\rfour\n\nfive';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const before = text.slice(0, offset);
      const line = before.split(/\r\n|\r|\n/).length;
      // An offset between CR and LF is still on the line the pair ends.
      const { line: found } = index.position(offset);
      expect(found, `offset ${offset}`).toBe(before.endsWith('\r') && text[offset] === '\n' ? line - 1 : line);
    }
  });
});

describe('github formatter', () => {
  it('prints nothing without violations, with or without a policy', () => {
    expect(githubFormatter.format(fixtureReport(), WITH_TEXT)).toBe('');
    const passed = fixtureReport();
    for (const document of passed.documents) document.violations = [];
    expect(githubFormatter.format(passed, WITH_TEXT)).toBe('');
  });

  it('writes one ::error per violation, at the statement line and column (CRLF text)', () => {
    const output = lines(githubFormatter.format(checkedFixtureReport(), WITH_TEXT));
    const campaignLine = CAMPAIGN_TEXT.split('\n')[4]!;
    const hackers = campaignLine.indexOf('The hackers');
    expect(output).toEqual([
      '::warning file=fixtures/campaign.txt,line=5,col=1,endLine=5,endColumn=85,title=require-source::assertion with no source (require-source)',
      `::error file=fixtures/campaign.txt,line=5,col=${hackers + 1},endLine=5,endColumn=${hackers + 60},title=fail-on::labelled unverified, which fail-on forbids (fail-on unverified)`,
      '::error file=fixtures/campaign.txt,title=max-unverified::1 unverified statement of 7 (14.3%25), more than the 10%25 allowed (max-unverified 10%25)',
      '::error file=fixtures/crlf.txt,title=max-denial::1 denial statement, more than the 0 allowed (max-denial 0)',
      // line 3, column 5: "AP: " comes first; CRLF counts as one line end
      '::error file=fixtures/crlf.txt,line=3,col=5,endLine=3,endColumn=64,title=fail-on::labelled unverified, which fail-on forbids (fail-on unverified)',
      // across lines 4 and 5: GitHub takes columns only within one line
      '::error file=fixtures/crlf.txt,line=4,endLine=5,title=max-denial::denial, 1 of 1 where 0 are allowed (max-denial 0)',
      '::error file=fixtures/page.html,title=require-source::unverified statement with no source (require-source) (statement 2 of the text extracted from the page: "The minister may have known about the leak, officials said.")',
    ]);
  });

  it('a lone-CR text gives the same lines as its CRLF twin', () => {
    const report = checkedFixtureReport();
    const crlf = fixtureSourceText('fixtures/crlf.txt')!;
    const cr = crlf.replaceAll('\r\n', '\r');
    const document = report.documents.find((d) => d.path === 'fixtures/crlf.txt')!;
    // Offsets shift by one per removed LF; rebuild them from the CR text.
    let cursor = 0;
    for (const statement of document.statements) {
      statement.text = statement.text.replaceAll('\r\n', '\r');
      statement.start = cr.indexOf(statement.text, cursor);
      statement.end = statement.start + statement.text.length;
      cursor = statement.end;
    }
    document.chars = cr.length;
    const only = { ...report, documents: [document] };
    const output = lines(githubFormatter.format(only, { ...PLAIN, sourceText: () => cr }));
    expect(output[1]).toContain('line=3,col=5,endLine=3,endColumn=64,');
    expect(output[2]).toContain('line=4,endLine=5,');
  });

  it('without the source text, or with a text of another length, names the statement instead of its line', () => {
    for (const options of [PLAIN, { ...PLAIN, sourceText: () => 'not the article' }]) {
      const output = lines(githubFormatter.format(checkedFixtureReport(), options));
      expect(output).toHaveLength(7);
      for (const line of output) expect(line).not.toMatch(/line=|col=/);
      expect(output[0]).toBe(
        '::warning file=fixtures/campaign.txt,title=require-source::assertion with no source (require-source) (statement 3: "Internal emails of the campaign of Senator Jane Roe were published online on…")',
      );
      expect(output[4]).toContain('(statement 3: "The hackers may have used a stolen password, a source said.")');
      expect(output[5]).toContain('(statement 4: "The campaign denied it and called the claim baseless.")');
    }
  });

  it('escapes messages and properties the way the runner parses them', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir:a,b/50%.txt\n')).toBe('dir%3Aa%2Cb/50%25.txt%0A');
    const report = checkedFixtureReport();
    const document = report.documents[0]!;
    document.path = 'news/a,b:c.txt';
    document.violations = [{ policy: 'fail-on', statement: null, message: 'line one\nline two :: 100%' }];
    const output = githubFormatter.format({ ...report, documents: [document] }, PLAIN);
    expect(output).toBe('::error file=news/a%2Cb%3Ac.txt,title=fail-on::line one%0Aline two :: 100%25\n');
  });

  it('streams document by document to the same bytes', () => {
    const report = checkedFixtureReport();
    expect(isStreaming(githubFormatter)).toBe(true);
    const context = { schemaVersion: report.schemaVersion, tool: report.tool };
    const streamed = report.documents.map((d) => githubFormatter.formatDocument(d, context, WITH_TEXT)).join('') + githubFormatter.formatEnd(report, WITH_TEXT);
    expect(streamed).toBe(githubFormatter.format(report, WITH_TEXT));
  });

  it('finds the statement by its index when a report leaves other statements out', () => {
    const report = checkedFixtureReport();
    const document = report.documents[0]!;
    document.statements = document.statements.filter((s) => s.index === 5);
    document.violations = document.violations!.filter((v) => v.statement === 5);
    const output = githubFormatter.format({ ...report, documents: [document] }, WITH_TEXT);
    expect(output).toContain('title=fail-on::');
    expect(output).toMatch(/line=5,col=\d+,/);
  });
});
