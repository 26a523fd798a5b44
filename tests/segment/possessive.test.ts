import { describe, expect, it } from 'vitest';
import { parseSentences } from '../../src/segment/token.js';

const tokensOf = (sentence: string) => parseSentences(sentence, sentence, 0).flat();

describe('segment: a possessive compromise reads as "is"', () => {
  it('"at Lee’s persistent sniffing": after a preposition the word is a possessive, with no zero-width "is"', () => {
    const sentence = 'Ann poked at Lee’s persistent sniffing.';
    const tokens = tokensOf(sentence);
    expect(tokens.map((t) => t.text)).toEqual(['Ann', 'poked', 'at', 'Lee’s', 'persistent', 'sniffing']);
    const lee = tokens[3]!;
    expect(lee.tags.has('Possessive')).toBe(true);
    expect(sentence.slice(lee.start, lee.end)).toBe('Lee’s');
    expect(lee.post).toBe(' ');
  });

  it('a contraction that opens a clause keeps its "is": "because Lee’s late"', () => {
    const tokens = tokensOf('The ferry waits because Lee’s late.');
    expect(tokens.some((t) => t.text === '' && t.tags.has('Copula'))).toBe(true);
  });
});
