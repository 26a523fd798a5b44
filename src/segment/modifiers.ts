import type { Token } from './token.js';

const BREAK = /[,;:()"“”—–.!?]/;

/**
 * compromise reads "state" in "federal and state officials" and "state and local leaders" as a
 * verb ("to state"), and the phrase then ends before it. A verb paired by "and" or "or" with an
 * adjective, before a noun, is a modifier of that noun: it becomes an adjective.
 */
export function readPairedModifiers(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.tags.has('Verb') || ['Auxiliary', 'Modal', 'Copula', 'Gerund', 'PastTense'].some((tag) => token.tags.has(tag)) || BREAK.test(token.post)) continue;
    const before = joins(tokens[i - 1]) && isModifier(tokens[i - 2]) && headsPhrase(tokens[i + 1]);
    const after = joins(tokens[i + 1]) && isModifier(tokens[i + 2]) && headsPhrase(tokens[i + 3]);
    if (before || after) tokens[i] = { ...token, tags: new Set(['Adjective']) };
  }
}

function isModifier(token: Token | undefined): boolean {
  return token !== undefined && token.tags.has('Adjective') && !BREAK.test(token.post);
}

function headsPhrase(token: Token | undefined): boolean {
  return token !== undefined && token.tags.has('Noun') && !token.tags.has('Pronoun');
}

function joins(token: Token | undefined): boolean {
  return token !== undefined && /^(?:and|or)$/.test(token.normal) && !BREAK.test(token.post);
}
