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

  it('"Lee’s running mate said": a noun phrase and a verb after it make it a possessive, an appositive between or not', () => {
    for (const sentence of ['Lee’s running mate said it was late.', 'Lee’s running mate, Harbor Gov. Ann Roe, said it was late.']) {
      const tokens = tokensOf(sentence);
      expect(tokens[0]!.text).toBe('Lee’s');
      expect(tokens[0]!.tags.has('Possessive'), sentence).toBe(true);
      expect(tokens.some((t) => t.text === ''), sentence).toBe(false);
    }
  });
});
