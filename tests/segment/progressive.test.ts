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
