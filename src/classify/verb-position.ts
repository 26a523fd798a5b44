import type { Token } from '../segment/token.js';

/**
 * compromise reads a present-tense verb right after its subject's noun as a noun: "the poll
 * shows that …", "the campaign plans to …", "the group also views Obama …", "data from the
 * survey show that …". A word tagged as a noun stands where a verb stands when a noun phrase
 * ends just before it (adverbs aside) and a clause, an infinitive or, for an -s form, an object
 * follows it. Only lexicon entries that ask for a verb use this, so the word's meaning is
 * already known; its position decides its part of speech.
 */
export function standsAsVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.tags.has('Verb') || token.tags.has('Possessive') || /^\p{Lu}/u.test(token.text)) return false;
  if (isInvertedTag(tokens, index)) return true;
  if (!token.tags.has('Noun')) return false;
  if (/[,;:.!?)"”—–]/.test(token.post)) return false;
  if (!endsSubject(tokens, index - 1)) return closesAppositive(tokens, index - 1) && opensClause(tokens, index + 1);
  if (inVerbsObject(tokens, index - 1)) return false;
  const thirdPerson = token.tags.has('Plural') && /s$/.test(token.normal);
  // "the analysis reveals just how …": an adverb may stand before what the verb takes.
  let next = index + 1;
  while (next < index + 3 && tokens[next]?.tags.has('Adverb') === true && !/[,;:]/.test(tokens[next]!.post)) next++;
  return opensClause(tokens, next) || (thirdPerson && opensObject(tokens[next]));
}

/** A noun phrase ends at `index`, after at most two adverbs ("the group also views"). */
function endsSubject(tokens: readonly Token[], index: number, beforeComma = false): boolean {
  let at = index;
  while (at >= 0 && at > index - 2 && tokens[at]!.tags.has('Adverb') && !/[,;:]/.test(tokens[at]!.post)) at--;
  const head = tokens[at];
  if (head === undefined || (beforeComma ? /[;:()"“”—–]/ : /[,;:()"“”—–]/).test(head.post)) return false;
  // "another slide shows", "but police also fear": compromise may read the subject's own noun as
  // a verb after a determiner, or where a clause begins.
  const bare = head.tags.has('Infinitive') || (head.tags.has('PresentTense') && !['Auxiliary', 'Modal', 'Copula'].some((tag) => head.tags.has(tag)));
  const opensClauseBefore = at === 0 || /^(?:but|and|so|yet)$/.test(tokens[at - 1]!.normal);
  const misread = bare && (opensClauseBefore || (at > 0 && ['Determiner', 'Adjective', 'ProperNoun'].some((tag) => tokens[at - 1]!.tags.has(tag))));
  // "the RealClearPolitics average shows": a noun compromise reads as an adjective after a name or noun.
  const adjectiveAfterNoun = head.tags.has('Adjective') && at > 0 && (tokens[at - 1]!.tags.has('Noun') || tokens[at - 1]!.tags.has('Possessive')) && !/[,;:()"“”—–]/.test(tokens[at - 1]!.post);
  const nominal = head.tags.has('Noun') || head.tags.has('Date') || head.tags.has('Acronym') || misread || adjectiveAfterNoun;
  return nominal && !head.tags.has('Pronoun') && !head.tags.has('Possessive') && !head.tags.has('Determiner') && !head.tags.has('Preposition');
}

/** Words of a noun phrase before its head: "a court", "the new emissions". */
const PHRASE_TAGS = ['Noun', 'Adjective', 'Determiner', 'Value', 'Possessive', 'ProperNoun'];

/**
 * "granted Mr. Clarke an extension on a court order to …": the noun ends a preposition's
 * object inside what an earlier verb of the clause acts on, so the word after it is no second
 * verb ("order" stays the noun). "Data from the survey show that …" has no verb before.
 */
function inVerbsObject(tokens: readonly Token[], head: number): boolean {
  let at = head;
  while (at > 0 && PHRASE_TAGS.some((tag) => tokens[at - 1]!.tags.has(tag)) && !tokens[at - 1]!.tags.has('Pronoun') && !/[,;:()"“”—–]/.test(tokens[at - 1]!.post)) at--;
  const preposition = tokens[at - 1];
  if (preposition === undefined || !preposition.tags.has('Preposition') || /[,;:]/.test(preposition.post)) return false;
  for (let i = at - 2; i >= 0; i--) {
    const token = tokens[i]!;
    if (/[,;:()"“”—–]/.test(token.post) || /^(?:that|which|who|and|but|or)$/.test(token.normal)) return false;
    // ("an analysis released by the department last month reveals": a past form before a preposition describes a noun.)
    const describesNoun = token.tags.has('PastTense') && tokens[i + 1]!.tags.has('Preposition');
    if (token.tags.has('Verb') && (token.tags.has('PastTense') || token.tags.has('PresentTense')) && !token.tags.has('Gerund') && !token.tags.has('Participle') && !token.tags.has('Auxiliary') && !describesNoun) return true;
  }
  return false;
}

/** How long an appositive may be: "Trump's running mate, Indiana Gov. Mike Pence, plans to …". */
const APPOSITIVE_WORDS = 8;

/**
 * "Trump's running mate, Indiana Gov. Mike Pence, plans to …": a phrase set off by two commas,
 * with no verb in it, after a noun, ends the subject too.
 */
function closesAppositive(tokens: readonly Token[], index: number): boolean {
  const last = tokens[index];
  if (last === undefined || !/^,\s*$/.test(last.post) || !(last.tags.has('Noun') || last.tags.has('ProperNoun')) || last.tags.has('Pronoun')) return false;
  for (let at = index - 1; at > 0 && at >= index - APPOSITIVE_WORDS; at--) {
    const token = tokens[at]!;
    if (token.tags.has('Verb') && !token.tags.has('Noun')) return false;
    if (/[;:()"“”—–]/.test(token.post)) return false;
    if (/^,\s*$/.test(token.post)) return token.tags.has('Noun') && !token.tags.has('Pronoun') && endsSubject(tokens, at - 0, true);
  }
  return false;
}

/** "that" opening a clause (not a relative clause: "the reports that were released"), "to" and a verb, "whether", "how". */
function opensClause(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  if (next === undefined) return false;
  if (/["“]/.test(next.pre)) return true;
  const after = tokens[index + 1];
  // "the reports that were released": "that" and a verb open a relative clause.
  if (next.normal === 'that') return after !== undefined && !['Copula', 'Auxiliary', 'Modal', 'PastTense'].some((tag) => after.tags.has(tag));
  // "plans to employ": "to" and a verb, not "to the city".
  if (next.normal === 'to') return after !== undefined && !['Determiner', 'Possessive', 'ProperNoun', 'Value', 'Pronoun'].some((tag) => after.tags.has(tag));
  // "documents show he took a loss": a subject pronoun and its verb.
  if (/^(?:he|she|they|we|i|it)$/.test(next.normal) && after !== undefined && after.tags.has('Verb')) return true;
  return next.normal === 'whether' || next.normal === 'how' || next.normal === 'why';
}

function opensObject(next: Token | undefined): boolean {
  if (next === undefined) return false;
  // "Mr. Clarke compares his struggles to …": a possessive pronoun opens an object too.
  return ['Determiner', 'ProperNoun', 'Person', 'Value'].some((tag) => next.tags.has(tag)) || /^(?:him|her|them|us|me|it|his|their|its|our|my)$/.test(next.normal);
}

/**
 * "…, noted NBC's Dante Chinni.": after a clause and a comma, a past form that a name ending
 * the sentence follows is a closing tag's verb, whatever compromise tagged it.
 */
export function isInvertedTag(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  if (before === undefined || !/,\s*$/.test(before.post) || !/ed$/.test(token.normal) || index < 3) return false;
  const rest = tokens.slice(index + 1);
  if (rest.length === 0 || rest.length > INVERTED_NAME_WORDS || !/[.!?]/.test(rest[rest.length - 1]!.post)) return false;
  return rest.some((t) => t.tags.has('ProperNoun') || t.tags.has('Person')) && rest.every((t) => !t.tags.has('Verb') || t.tags.has('ProperNoun'));
}

/** How long the name of an inverted closing tag may be: "NBC's senior political analyst Dante Chinni". */
const INVERTED_NAME_WORDS = 6;

