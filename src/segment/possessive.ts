import type { Token } from './token.js';

/** Words compromise tags as prepositions that open a clause, after which "Trump's" may well be "Trump is". */
const CLAUSE_OPENERS = new Set(['which', 'that', 'whether', 'if', 'because', 'as', 'than', 'like', 'while', 'since', 'until', 'before', 'after', 'although', 'though', 'unless', 'once']);

/** Words of a noun phrase before its last noun: "the", "new", "harbor". */
const PHRASE_WORD = ['Determiner', 'Adjective', 'Noun'];

/**
 * compromise sometimes reads "'s" as "is" ("poked at Trump’s persistent sniffing" becomes
 * "Trump" and a zero-width "is"), and that "is" then passes for a finite verb with "Trump" as
 * its subject. After a preposition the word is its object, never a clause's subject, so the
 * "'s" is a possessive: the zero-width copula goes and the word gets the Possessive tag.
 */
export function readPossessives(tokens: Token[]): void {
  for (let i = tokens.length - 1; i >= 2; i--) {
    const phantom = tokens[i]!;
    const host = tokens[i - 1]!;
    if (phantom.text !== '' || !phantom.tags.has('Copula') || host.post !== '' || !/['’]s$/i.test(host.text) || !host.tags.has('Noun')) continue;
    // "at Trump’s", "at the mayor’s", "of the new mayor’s": the preposition may stand a few words back.
    let at = i - 2;
    while (at > 0 && at > i - 5 && PHRASE_WORD.some((tag) => tokens[at]!.tags.has(tag)) && !tokens[at]!.tags.has('Pronoun') && !/[,;:()"“”—–]/.test(tokens[at]!.post)) at--;
    const before = tokens[at]!;
    if (!before.tags.has('Preposition') || CLAUSE_OPENERS.has(before.normal) || /[,;:()"“”—–]/.test(before.post)) continue;
    tokens.splice(i - 1, 2, { ...host, post: phantom.post, tags: new Set([...host.tags, 'Possessive']) });
  }
}
