import { describe, expect, it } from 'vitest';
import { annotate, buildReport, getFormatter } from '../../src/index.js';
import type { Report } from '../../src/types.js';
import type { Statement } from '../../src/types.js';
import { annotateByRules } from '../support/rules.js';

// Sentences written for these tests (issue 25): every attribution of a statement, with its cue and content.

function formatReport(report: Report, format: string, options: { color?: boolean } = {}): string {
  return getFormatter(format)!.format(report, { color: options.color ?? false, width: 100, explain: false });
}

function statementWith(doc: string, words: string): Statement {
  const at = doc.indexOf(words);
  return annotateByRules(doc).statements.find((s) => s.start <= at && at < s.end)!;
}

/** [source, cue] of each attribution, and what its content covers. */
function attributionsOf(doc: string, words: string): Array<[string, string, string]> {
  return (statementWith(doc, words).attributions ?? []).map((a) => [a.source.text, a.cue.text, doc.slice(a.content.start, a.content.end)]);
}

describe('every attribution of a sentence', () => {
  it('"X said A, adding B, while Y denied it" holds three', () => {
    const doc = 'Bridge news\n\nSenator Jane Roe said the bridge would reopen in June, adding that repairs were on budget, while the mayor denied it.';
    const found = attributionsOf(doc, 'Senator Jane Roe');
    expect(found.map(([source, cue]) => [source, cue])).toEqual([
      ['Senator Jane Roe', 'said'],
      ['Senator Jane Roe', 'adding'],
      ['the mayor', 'denied'],
    ]);
    // The main attribution covers the statement; "adding" introduces what follows it.
    expect(found[0]![2]).toBe('Senator Jane Roe said the bridge would reopen in June, adding that repairs were on budget, while the mayor denied it.');
    expect(found[1]![2]).toBe('that repairs were on budget, while the mayor denied it');
    const statement = statementWith(doc, 'Senator Jane Roe');
    expect(statement.source).toMatchObject({ text: 'Senator Jane Roe', cue: { text: 'said' } });
    expect(statement.attributions!.map((a) => a.stance)).toEqual(['neutral', 'neutral', 'denying']);
    expect(statement.attributions!.map((a) => [a.source.kind, a.source.named])).toEqual([
      ['person', true],
      ['person', true],
      ['person', true],
    ]);
  });

  it('two speakers joined by "but" are two attributions', () => {
    const doc = 'Budget row\n\nThe council said the budget was balanced, but auditors said it was short by $2 million.';
    expect(attributionsOf(doc, 'The council').map(([source, cue]) => [source, cue])).toEqual([
      ['The council', 'said'],
      ['auditors', 'said'],
    ]);
  });

  it('a view reported inside what the speaker says is no attribution of its own', () => {
    const doc = 'Plans\n\nThe mayor said he believed the plan would work.';
    expect(attributionsOf(doc, 'The mayor').map(([source, cue]) => [source, cue])).toEqual([['The mayor', 'said']]);
  });

  it('a statement in the article’s own voice has none', () => {
    const doc = 'Ferry\n\nThe ferry runs every hour.';
    expect(statementWith(doc, 'The ferry').attributions).toEqual([]);
  });

  it('a document held by another names no one; a document someone issues is theirs', () => {
    expect(attributionsOf('Memo\n\nThese documents included a memo outlining the risks of the new bridge.', 'These documents')).toEqual([]);
    expect(attributionsOf('Memo\n\nThe campaign issued a statement saying the vote was rigged.', 'The campaign').map(([source, cue]) => [source, cue])).toEqual([
      ['The campaign', 'issued a statement'],
      ['The campaign', 'saying'],
    ]);
  });

  it('a pronoun among the other attributions is resolved', () => {
    const doc = 'Pier\n\nHarbour master Tom Lee spoke on Monday. The council said the pier was safe, while he denied that it had ever been closed.';
    const other = statementWith(doc, 'The council').attributions!.find((a) => a.cue.text === 'denied')!;
    expect(other.source).toMatchObject({ text: 'he', resolved: 'Tom Lee' });
  });
});

describe('quotations', () => {
  it('`"A," X said.`: the content is the quotation before the verb', () => {
    const doc = 'Pier\n\n"The pier is safe," the harbour master said.';
    const [attribution] = statementWith(doc, 'The pier').attributions!;
    expect(attribution).toMatchObject({ source: { text: 'the harbour master' }, cue: { text: 'said' } });
    expect(doc.slice(attribution!.content.start, attribution!.content.end)).toBe(doc.slice(doc.indexOf('"The'), doc.length));
  });

  it('`X said: "A. B."`: the quotation’s later sentence carries the speaker, and one content runs over both', () => {
    const doc = 'Pier\n\nThe harbour master said: "The pier is safe. It will reopen in June."';
    const first = statementWith(doc, 'The harbour master');
    const second = statementWith(doc, 'It will reopen');
    expect(first.index).not.toBe(second.index);
    expect(second.attributions).toHaveLength(1);
    expect(second.attributions![0]).toEqual(first.attributions![0]);
    const { content } = second.attributions![0]!;
    expect(doc.slice(content.start, content.end)).toContain('The pier is safe. It will reopen in June.');
  });

  it('`"A. B," X said.`: the sentence before the speaker’s shares its attribution', () => {
    const doc = 'Pier\n\n"The pier is safe. It will reopen in June," the harbour master said.';
    const first = statementWith(doc, 'The pier is safe');
    const second = statementWith(doc, 'It will reopen');
    expect(first.attributions![0]).toEqual(second.attributions![0]);
    expect(first.attributions![0]!.source.text).toBe('the harbour master');
  });

  it('`"A," X said. "B."`: the next quotation goes on in the same speaker’s words', () => {
    const doc = 'Pier\n\n"The pier is safe," the harbour master said. "We will reopen in June."';
    const [attribution] = statementWith(doc, 'We will reopen').attributions!;
    expect(attribution).toMatchObject({ source: { text: 'the harbour master' }, cue: { text: 'said' } });
    expect(doc.slice(attribution!.content.start, attribution!.content.end)).toBe('"We will reopen in June."');
  });

  it('a quotation over two paragraphs keeps its speaker in both', () => {
    const doc = 'Pier\n\nThe harbour master said: "The pier is safe.\n\n"We will reopen in June."';
    const second = statementWith(doc, 'We will reopen');
    expect(second.attributions!.map((a) => a.source.text)).toEqual(['The harbour master']);
  });
});

describe('the reports show every attribution', () => {
  // The patterns' attributions: these tests are of the reports, not of the attribution model's decisions (tests/attribute/judge.test.ts).
  const doc = 'Bridge news\n\nSenator Jane Roe said the bridge would reopen in June, while the mayor denied it.';
  const report = buildReport([annotate(doc, { path: 'bridge.txt', attribution: 'patterns' })]);

  it('JSON: attributions after source, each {source, cue, stance, content} in that order', () => {
    const json = JSON.parse(formatReport(report, 'json'));
    const statement = json.documents[0].statements[1];
    const keys = Object.keys(statement);
    expect(keys.indexOf('attributions')).toBe(keys.indexOf('source') + 1);
    expect(Object.keys(statement.attributions[0])).toEqual(['source', 'cue', 'stance', 'content']);
    expect(Object.keys(statement.attributions[0].source)).toEqual(['text', 'start', 'end', 'kind', 'named']);
    expect(statement.attributions.map((a: { source: { text: string } }) => a.source.text)).toEqual(['Senator Jane Roe', 'the mayor']);
  });

  it('text, Markdown and HTML name the other attribution', () => {
    expect(formatReport(report, 'text', { color: false })).toContain('— also: the mayor (denied, named)');
    expect(formatReport(report, 'markdown')).toContain('also the mayor (denied, named)');
    expect(formatReport(report, 'html')).toContain('<strong>the mayor</strong> · denied');
  });

  it('the sources table counts the statement for each of its sources', () => {
    const sources = report.documents[0]!.sources!;
    expect(sources.map((s) => [s.name, s.statements])).toEqual([
      ['Senator Jane Roe', [1]],
      ['the mayor', [1]],
    ]);
  });
});
