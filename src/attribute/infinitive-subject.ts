/**
 * Who does what an infinitive says ("… to attack them"): the object of a verb of causing or
 * asking, the noun after "for", the subject of the verb right before "to", or (null) the
 * sentence's subject, as the caller decides.
 */
import type { Token } from '../segment/token.js';
import { anyToken, breaksAfter, isParticiple, phraseEndingAt, type TokenRange } from './noun-phrase.js';
import { isFiniteVerb, isTimeWord, speakerOf, SUBORDINATORS } from './speaker.js';
import controlVerbs from './control-verbs.json' with { type: 'json' };

/** How many words the subject between "for" and "to" may have: "for the new harbor master to". */
const FOR_SUBJECT_WORDS = 5;

/** "will make it difficult for Trump to attack them", "time for us to say": "for" names the infinitive's subject (not "for months"). */
function forSubject(tokens: readonly Token[], to: number): TokenRange | null {
  let first = to;
  const nominal = (t: Token): boolean => (t.tags.has('Noun') || t.tags.has('Determiner') || t.tags.has('Adjective')) && t.normal !== 'for' && !breaksAfter(t);
  while (first > 0 && to - first < FOR_SUBJECT_WORDS && nominal(tokens[first - 1]!)) first--;
  if (first === to || tokens[first - 1]?.normal !== 'for') return null;
  const head = tokens[to - 1]!;
  // ("for its failure to speak out": the possessor's noun takes the infinitive.)
  if (!head.tags.has('Noun') || isTimeWord(tokens, to - 1) || anyToken(tokens, first, to, (t) => t.tags.has('Possessive'))) return null;
  return { first, last: to - 1 };
}

/**
 * "is drawing criticism after he appeared to suggest …": a finite verb right before "to" whose
 * own subject stands just before it does what the infinitive says; null when the verb is
 * coordinated ("could reverse the rules or decline to appeal") or its subject is a preposition's object.
 */
function catenativeSubject(tokens: readonly Token[], to: number): TokenRange | null {
  const verb = to - 1;
  const token = tokens[verb];
  if (token === undefined || !isFiniteVerb(token) || token.tags.has('Auxiliary') || token.tags.has('Copula') || breaksAfter(token)) return null;
  const subject = speakerOf(tokens, verb, verb, false);
  if (subject === null || subject.last !== verb - 1) return null;
  // ("speeches designed to offer …": an -ed form after a common noun describes it.)
  if (isParticiple(token) && !anyToken(tokens, subject.first, subject.last + 1, (t) => t.tags.has('Pronoun') || t.tags.has('ProperNoun'))) return null;
  const opener = tokens[subject.first - 1];
  if (opener !== undefined && (/^(?:and|but|or)$/.test(opener.normal) || (opener.tags.has('Preposition') && !SUBORDINATORS.has(opener.normal)) || opener.tags.has('Adjective') || opener.tags.has('Determiner'))) return null;
  return subject;
}

export const CONTROL_VERBS: ReadonlySet<string> = new Set(controlVerbs.verbs);

/**
 * "The vote prompted NATO to order more troops", "she urged the council to reject it": after a
 * verb of causing or asking, its object does what the infinitive says (control-verbs.json).
 * `to` is the index of "to".
 */
function infinitiveController(tokens: readonly Token[], to: number): TokenRange | null {
  const object = phraseEndingAt(tokens, to - 1);
  if (object === null || object.last !== to - 1) return null;
  const objectIsNoun = anyToken(tokens, object.first, object.last + 1, (t) => t.tags.has('Noun') || t.tags.has('Pronoun'));
  if (!objectIsNoun) return null;
  const before = tokens[object.first - 1];
  // "called on the council to …": a verb and its particle ("call on" in the list).
  const verb = before !== undefined && !before.tags.has('Verb') ? tokens[object.first - 2] : before;
  if (verb === undefined || !verb.tags.has('Verb') || breaksAfter(verb)) return null;
  return CONTROL_VERBS.has(verb === before ? verb.lemma : `${verb.lemma} ${before!.normal}`) ? object : null;
}

/** How far back the first verb of a coordinated infinitive may stand: "to turn the crowds against the moderators and accuse". */
const CONJUNCT_WORDS = 10;

/** The "to" of an infinitive that `and` (its index) joins a second bare verb to, or null. */
export function firstConjunctTo(tokens: readonly Token[], and: number): number | null {
  for (let i = and - 1; i > 0 && i >= and - CONJUNCT_WORDS; i--) {
    if (breaksAfter(tokens[i]!)) return null;
    if (tokens[i]!.normal === 'to' && tokens[i + 1]!.tags.has('Infinitive')) return i;
  }
  return null;
}

/** The infinitive's own subject when its frame names one; `to` is the index of "to". */
export function infinitiveSubject(tokens: readonly Token[], to: number): TokenRange | null {
  return infinitiveController(tokens, to) ?? forSubject(tokens, to) ?? catenativeSubject(tokens, to);
}
