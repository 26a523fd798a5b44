import { describe, expect, it } from 'vitest';
import { parseSentences, type Token } from '../../src/segment/token.js';

function tokenOf(sentence: string, word: string): Token {
  const token = parseSentences(sentence, sentence, 0).flat().find((t) => t.text === word);
  if (token === undefined) throw new Error(`${word} not in ${sentence}`);
  return token;
}

describe('segment: a progressive compromise reads as an adjective', () => {
  it('"is demanding Governor Ana Diaz make …": a verb with its infinitive as lemma', () => {
    const token = tokenOf('The mayor is demanding Governor Ana Diaz make a pledge.', 'demanding');
    expect(token.tags.has('Verb')).toBe(true);
    expect(token.tags.has('Adjective')).toBe(false);
    expect(token.lemma).toBe('demand');
  });

  it('a predicative adjective stays one: "is demanding." and "is demanding of"', () => {
    expect(tokenOf('The new job is demanding.', 'demanding').tags.has('Verb')).toBe(false);
    expect(tokenOf('The coach is demanding of his players.', 'demanding').lemma).not.toBe('demand');
  });
});

describe('segment: an -ing participle compromise reads as a noun', () => {
  it('", warning that …" after a comma is a verb', () => {
    const token = tokenOf('The harbor master grew angry, warning that the ferry had left early.', 'warning');
    expect(token.tags.has('Verb')).toBe(true);
    expect(token.tags.has('Gerund')).toBe(true);
    expect(token.tags.has('Noun')).toBe(false);
    expect(token.lemma).toBe('warn');
  });

  it('a noun set off by a comma but not before "that" stays a noun: "…, warning signs went up"', () => {
    const token = tokenOf('The harbor master grew angry, warning signs went up.', 'warning');
    expect(token.tags.has('Noun')).toBe(true);
    expect(token.tags.has('Verb')).toBe(false);
  });
});

describe('segment: irregular participles compromise gives no root', () => {
  it('"has shown", "was written", "had spoken" get their infinitives as lemma', () => {
    expect(tokenOf('Recent polls have shown a shift.', 'shown').lemma).toBe('show');
    expect(tokenOf('The letter was written in May.', 'written').lemma).toBe('write');
    expect(tokenOf('The mayor had spoken to them.', 'spoken').lemma).toBe('speak');
    // compromise's own root is wrong here ("gine").
    expect(tokenOf('The senator has gone after the mayor.', 'gone').lemma).toBe('go');
    // A regular participle keeps its root.
    expect(tokenOf('The fund was reported empty.', 'reported').lemma).toBe('report');
  });
});
