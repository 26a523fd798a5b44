import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/index.js';
import { parseSentences } from '../../src/segment/token.js';

const tagsOf = (sentence: string, word: string): ReadonlySet<string> => parseSentences(sentence, sentence, 0).flat().find((t) => t.text === word)!.tags;

describe('segment: a verb paired with an adjective before a noun is a modifier', () => {
  it('"federal and state officials", "state and local leaders": "state" is an adjective, not the verb', () => {
    for (const sentence of ['Federal and state officials said the harbor fund was abused.', 'Then state and local leaders could call on the volunteers.']) {
      const tags = tagsOf(sentence, 'state');
      expect(tags.has('Verb'), sentence).toBe(false);
      expect(tags.has('Adjective'), sentence).toBe(true);
    }
  });

  it('a verb coordinated with a verb stays a verb: "will state and defend her plan"', () => {
    expect(tagsOf('The mayor will state and defend her plan.', 'state').has('Verb')).toBe(true);
  });

  it('the speaker is the whole phrase, and "state" is not its cue', () => {
    const statement = annotate('Federal and state officials said the harbor fund was abused.').statements[0]!;
    expect([statement.source?.text, statement.source?.cue.text, statement.source?.kind]).toEqual(['Federal and state officials', 'said', 'unnamed']);
  });
});
