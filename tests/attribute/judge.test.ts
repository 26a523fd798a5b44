/**
 * The attribution model: the features it weighs of each attribution the patterns find, its
 * decision (the threshold folded into the bias), and the committed model on sentences written
 * for these tests: each quote shape, and sentences with several attributions.
 */
import { describe, expect, it } from 'vitest';
import { attributeDocument } from '../../src/attribute/index.js';
import { modelJudge, type AttributionJudge } from '../../src/attribute/judge.js';
import { findQuoteSpans } from '../../src/attribute/quotes.js';
import { compileLexicon, findMatches } from '../../src/classify/index.js';
import { loadLinearModel } from '../../src/models/linear.js';
import { segment } from '../../src/segment/index.js';
import { annotate } from '../../src/index.js';

const lexicon = compileLexicon();

interface Seen {
  source: string;
  cue: string;
  content: string;
  features: readonly string[];
}

/** Every attribution the patterns propose in `text`, with the features the model is shown. */
function proposals(text: string): Seen[] {
  const seen: Seen[] = [];
  const recorder: AttributionJudge = {
    keep(features, { attribution: a }) {
      seen.push({ source: a.source.text, cue: a.cue.text, content: text.slice(a.content.start, a.content.end), features });
      return true;
    },
  };
  const inputs = segment(text).map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph, tokens: s.tokens, matches: findMatches(s.tokens, lexicon) }));
  attributeDocument(text, inputs, lexicon, findQuoteSpans(text), recorder);
  return seen;
}

function only(text: string, cue: string): Seen {
  const found = proposals(text).filter((p) => p.cue === cue);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** [source, cue] of each attribution the report carries (the committed model deciding) for the statement holding `words`. */
function reported(text: string, words: string): string[][] {
  const at = text.indexOf(words);
  const statement = annotate(text, { labeller: 'rules' }).statements.find((s) => s.start <= at && at < s.end)!;
  return (statement.attributions ?? []).map((a) => [a.source.text, a.cue.text]);
}

describe('attribution features: the quote shapes', () => {
  it('"…," the mayor said: the content before the cue, the source before it too, after a closing quote', () => {
    const seen = only('Pier\n\n"The pier will stay shut until June," the mayor said.', 'said');
    expect(seen.source).toBe('the mayor');
    expect(seen.content).toContain('The pier will stay shut until June');
    // The main attribution's content is the statement, quotation and all, so it runs around the cue.
    expect(seen.features).toEqual(expect.arrayContaining(['cue:said', 'lemma:say', 'order:source-cue', 'content:around', 'after-closing-quote', 'cue-next:end', 'kind:person', 'role:main', 'position:end']));
  });

  it('"…," said the mayor: the source after the cue', () => {
    const seen = only('Pier\n\n"The pier will stay shut until June," said the mayor.', 'said');
    expect(seen.source).toBe('the mayor');
    expect(seen.features).toEqual(expect.arrayContaining(['order:cue-source', 'after-closing-quote', 'cue-next:the']));
  });

  it('the mayor said: "…": a quotation opens after the cue', () => {
    const seen = only('Pier\n\nThe mayor said: "The pier will stay shut until June."', 'said');
    expect(seen.features).toEqual(expect.arrayContaining(['order:source-cue', 'cue-next:colon', 'position:middle']));
    expect(seen.features).not.toContain('after-closing-quote');
  });

  it('the mayor said that …: a clause in the article’s words', () => {
    const seen = only('Pier\n\nThe mayor said that the pier would stay shut until June.', 'said');
    expect(seen.features).toEqual(expect.arrayContaining(['cue-next:that', 'cue-prev:nominal']));
    expect(seen.features.some((f) => f.startsWith('content-quoted:'))).toBe(false);
  });

  it('according to the mayor, …: a preposition as the cue', () => {
    const seen = proposals('Pier\n\nAccording to the mayor, the pier will stay shut until June.');
    expect(seen.map((s) => s.source)).toContain('the mayor');
    expect(seen.find((s) => s.source === 'the mayor')!.features).toEqual(expect.arrayContaining(['position:start', 'order:cue-source']));
  });
});

describe('the judge', () => {
  // A model written for the test: "say" keeps, a pronoun source drops, the bias leans to drop.
  const model = loadLinearModel({
    model: 'attribution',
    format: 1,
    classes: ['drop', 'keep'],
    temperature: 1,
    features: ['bias', 'kind:pronoun', 'lemma:say'],
    weights: [0, -0.5, 0, -3, 0, 2],
    training: {},
  });
  const judge = modelJudge(model);

  it('keeps an attribution when "keep" is the more probable class', () => {
    expect(judge.keep(['bias', 'lemma:say', 'kind:person'], undefined as never)).toBe(true);
    expect(judge.keep(['bias', 'lemma:say', 'kind:pronoun'], undefined as never)).toBe(false);
    expect(judge.keep(['bias', 'lemma:unknown'], undefined as never)).toBe(false);
  });

  it('counts a repeated feature once and ignores names it does not know', () => {
    expect(judge.keep(['bias', 'lemma:say', 'lemma:say', 'never-seen'], undefined as never)).toBe(true);
  });

  it('refuses a model without a "keep" class', () => {
    expect(() => modelJudge(loadLinearModel({ model: 'x', format: 1, classes: ['a', 'b'], temperature: 1, features: ['bias'], weights: [0, 0], training: {} }))).toThrow(/keep/);
  });
});

describe('the committed model on sentences written for the tests', () => {
  it('keeps the plain shapes', () => {
    expect(reported('Pier\n\n"The pier will stay shut until June," the mayor said.', 'The pier')).toEqual([['the mayor', 'said']]);
    expect(reported('Pier\n\nThe harbour master said the pier would stay shut until June.', 'harbour')).toEqual([['The harbour master', 'said']]);
    expect(reported('Pier\n\nThe harbour master told reporters: "The pier stays shut."', 'harbour')).toEqual([['The harbour master', 'told']]);
  });

  it('keeps two speakers of one sentence', () => {
    expect(reported('Budget row\n\nThe council said the budget was balanced, but auditors said it was short by $2 million.', 'The council')).toEqual([
      ['The council', 'said'],
      ['auditors', 'said'],
    ]);
  });

  it('keeps a second speaker who denies a clause, and a speaker’s "adding that …"', () => {
    expect(reported('Bridge news\n\nSenator Jane Roe said the bridge would reopen in June, but the mayor denied that the repairs were finished.', 'Senator')).toEqual([
      ['Senator Jane Roe', 'said'],
      ['the mayor', 'denied'],
    ]);
    const text = 'Bridge news\n\nSenator Jane Roe said the bridge would reopen in June, adding that repairs were on budget, while the mayor denied it.';
    expect(reported(text, 'Senator')).toEqual([
      ['Senator Jane Roe', 'said'],
      ['Senator Jane Roe', 'adding'],
    ]);
    // The patterns alone keep the third, which the model drops.
    const at = text.indexOf('Senator');
    const patterns = annotate(text, { labeller: 'rules', attribution: 'patterns' }).statements.find((s) => s.start <= at && at < s.end)!;
    expect(patterns.attributions!.map((a) => a.cue.text)).toEqual(['said', 'adding', 'denied']);
  });

  it('a dropped main attribution takes the statement’s source with it', () => {
    const text = 'Pier\n\nThe board came under fire for its failure to speak out on the pier.';
    expect(annotate(text, { attribution: 'patterns' }).statements[1]!.source).toMatchObject({ text: 'The board', cue: { text: 'speak out' } });
    const statement = annotate(text).statements[1]!;
    expect(statement.source).toBeNull();
    expect(statement.attributions).toEqual([]);
  });

  it('a document’s content is no one’s claim: "These documents included a memo outlining …" names no source', () => {
    expect(reported('Memo\n\nThese documents included a memo outlining the risks of the new bridge.', 'These documents')).toEqual([]);
  });

  it('the article’s own voice has none', () => {
    expect(reported('Ferry\n\nThe ferry runs every hour from the north pier.', 'The ferry')).toEqual([]);
  });
});

describe('what the patterns miss: a cue the lexicon lacks, a report inside another', () => {
  it('proposes a verb the cue tagger finds, marked for the model, and only when a model judges', () => {
    const text = 'Pier\n\nThe Gazette learned that the pier had been closed.';
    const learned = only(text, 'learned');
    expect(learned.source).toBe('The Gazette');
    expect(learned.content).toContain('the pier had been closed');
    expect(learned.features).toEqual(expect.arrayContaining(['learned', 'learned|kind:organization', 'learned|next:that']));
    // The lexicon has no "learn": the patterns alone find no one.
    expect(annotate(text, { labeller: 'rules', attribution: 'patterns' }).statements[1]!.source).toBeNull();
    const statement = annotate(text, { labeller: 'rules' }).statements[1]!;
    expect(statement.source).toMatchObject({ text: 'The Gazette', cue: { text: 'learned' } });
    expect(statement.attributions!.map((a) => [a.source.text, a.cue.text])).toEqual([['The Gazette', 'learned']]);
  });

  it('keeps a tagged verb beside a lexicon verb of another speaker', () => {
    const text = 'Pier\n\nSenator Jane Roe filed a complaint over the closure, and the mayor said the pier would reopen.';
    expect(reported(text, 'Senator')).toEqual([
      ['Senator Jane Roe', 'filed'],
      ['the mayor', 'said'],
    ]);
  });

  it('proposes a report nested in what the main cue introduces, and the model keeps one an annotator would mark', () => {
    const text = 'Pier\n\nOfficials familiar with the matter said Senator Roe has insisted that the pier was safe.';
    expect(only(text, 'insisted').features).toContain('nested');
    expect(reported(text, 'Officials')).toEqual([
      ['Officials familiar with the matter', 'said'],
      ['Senator Roe', 'insisted'],
    ]);
    // The patterns alone leave a nested report to its speaker's.
    const patterns = annotate(text, { labeller: 'rules', attribution: 'patterns' }).statements[1]!;
    expect(patterns.attributions!.map((a) => a.cue.text)).toEqual(['said']);
  });

  it('leaves a plain action with no claim alone', () => {
    expect(reported('Ferry\n\nThe ferry left the north pier at noon.', 'The ferry')).toEqual([]);
  });
});
