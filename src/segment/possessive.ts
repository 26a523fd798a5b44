import type { Token } from './token.js';

/** Words compromise tags as prepositions that open a clause, after which "Trump's" may well be "Trump is". */
const CLAUSE_OPENERS = new Set(['which', 'that', 'whether', 'if', 'because', 'as', 'than', 'like', 'while', 'since', 'until', 'before', 'after', 'although', 'though', 'unless', 'once']);

/** Words of a noun phrase before its last noun: "the", "new", "harbor". */
const PHRASE_WORD = ['Determiner', 'Adjective', 'Noun'];

/** How many words the possessed noun phrase may have ("Trump's [running mate]"), and an appositive after it. */
const POSSESSED_WORDS = 3;
const APPOSITIVE_WORDS = 8;

const BREAK = /[,;:()"“”—–]/;

/**
 * compromise sometimes reads "'s" as "is" ("poked at Trump’s persistent sniffing" becomes
 * "Trump" and a zero-width "is"), and that "is" then passes for a finite verb with "Trump" as
 * its subject. It is a possessive when the word is a preposition's object (never a clause's
 * subject), or when a noun phrase and then a verb follow it ("Trump’s running mate said", with
 * an appositive between or not): the zero-width copula goes and the word gets the Possessive tag.
 */
export function readPossessives(tokens: Token[]): void {
  for (let i = tokens.length - 1; i >= 1; i--) {
    const phantom = tokens[i]!;
    const host = tokens[i - 1]!;
    if (phantom.text !== '' || !(phantom.tags.has('Copula') || phantom.tags.has('Auxiliary')) || host.post !== '' || !/['’]s$/i.test(host.text) || !host.tags.has('Noun') || host.tags.has('Pronoun')) continue;
    if (!afterPreposition(tokens, i - 1) && !beforeVerb(tokens, i + 1)) continue;
    tokens.splice(i - 1, 2, { ...host, post: phantom.post, tags: new Set([...host.tags, 'Possessive']) });
  }
}

/** "at Trump’s", "at the mayor’s", "of the new mayor’s": the preposition may stand a few words back. */
function afterPreposition(tokens: readonly Token[], host: number): boolean {
  let at = host - 1;
  while (at > 0 && at > host - 4 && PHRASE_WORD.some((tag) => tokens[at]!.tags.has(tag)) && !tokens[at]!.tags.has('Pronoun') && !BREAK.test(tokens[at]!.post)) at--;
  const before = tokens[at];
  return before !== undefined && before.tags.has('Preposition') && !CLAUSE_OPENERS.has(before.normal) && !BREAK.test(before.post);
}

/** "running mate said", "running mate, Indiana Gov. Mike Pence, plans": a noun phrase, then (after an appositive) a finite verb. */
function beforeVerb(tokens: readonly Token[], from: number): boolean {
  if (tokens[from] === undefined || !isPhraseWord(tokens[from]!)) return false;
  let at = from;
  while (at + 1 < tokens.length && at + 1 < from + POSSESSED_WORDS && isPhraseWord(tokens[at + 1]!) && !BREAK.test(tokens[at]!.post)) at++;
  const head = tokens[at]!;
  // ("Politico's Battleground States average shows": compromise reads a noun after a name as an adjective.)
  if (!head.tags.has('Noun') && !(at > from && head.tags.has('Adjective') && tokens[at - 1]!.tags.has('Noun'))) return false;
  let next = at + 1;
  if (/^,\s*$/.test(head.post)) {
    const close = tokens.findIndex((t, k) => k > at && /,/.test(t.post));
    if (close === -1 || close - at > APPOSITIVE_WORDS || tokens.slice(at + 1, close + 1).some((t) => t.tags.has('Verb') || BREAK.test(t.post.replace(/^,\s*$/, '')))) return false;
    next = close + 1;
  } else if (BREAK.test(head.post)) return false;
  const verb = tokens[next];
  if (verb === undefined) return false;
  // ("plans to", "says that", "shows Clinton ahead": an -s verb compromise reads as a plural noun.)
  const after = tokens[next + 1];
  const opensComplement = after !== undefined && (/^(?:to|that)$/.test(after.normal) || after.tags.has('ProperNoun') || after.tags.has('Determiner'));
  const misreadVerb = verb.tags.has('Plural') && /s$/.test(verb.normal) && opensComplement;
  return misreadVerb || (verb.tags.has('Verb') && !verb.tags.has('Gerund') && !verb.tags.has('Participle') && !verb.tags.has('Noun'));
}

function isPhraseWord(token: Token): boolean {
  return PHRASE_WORD.some((tag) => token.tags.has(tag)) && !token.tags.has('Pronoun') && !token.tags.has('Verb');
}
