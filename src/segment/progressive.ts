import { infinitiveOf } from './infinitive.js';
import type { Token } from './token.js';

/** Object pronouns: "is telling them", "is urging her". */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

/**
 * compromise often tags the -ing form after "is" as an adjective ("Trump is demanding that …",
 * "the mayor was questioning whether …"), so the verb is not found by its lemma. An -ing
 * "adjective" after a form of "be" (with at most two adverbs between) that is followed by an
 * object or a clause ("that", "whether", a determiner, a name, an object pronoun, a noun before an infinitive) is a
 * progressive verb: it gets the Verb and Gerund tags and its infinitive as lemma. A predicative
 * adjective ("the results are promising", "is encouraging for the team") is left alone. So is
 * an -ing "noun" set off by a comma before "that" ("…, warning that the ferry had left"), or an
 * -ing "adjective" with an object after a set-off "each", "both" or "all" ("…, each touting their
 * record"): a participle, retagged the same way.
 */
export function retagProgressives(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.tags.has('Verb') || !token.normal.endsWith('ing') || !/^[a-z]{3,}ing$/.test(token.normal) || /[,;:.!?]/.test(token.post)) continue;
    // "…, warning that the ferry had left": after a comma and before "that", an -ing noun is a participle.
    const participle = token.tags.has('Noun') && /,/.test(tokens[i - 1]!.post) && tokens[i + 1]!.normal === 'that';
    // "…, each touting their own record": after a quantifier set off by a comma, an -ing form with an object is a participle.
    const distributed = token.tags.has('Adjective') && followsSetOffQuantifier(tokens, i) && opensObject(tokens, i + 1);
    if (!participle && !distributed && (!token.tags.has('Adjective') || !followsCopula(tokens, i) || !opensObject(tokens, i + 1))) continue;
    const tags = new Set(token.tags);
    for (const tag of ['Adjective', 'Noun', 'Singular']) tags.delete(tag);
    for (const tag of ['Verb', 'Gerund', 'PresentTense']) tags.add(tag);
    tokens[i] = { ...token, tags, lemma: infinitiveOf(token.normal, 'Gerund') };
  }
}

const DISTRIBUTIVES = new Set(['each', 'both', 'all']);

function followsSetOffQuantifier(tokens: readonly Token[], index: number): boolean {
  const quantifier = tokens[index - 1]!;
  return index >= 2 && DISTRIBUTIVES.has(quantifier.normal) && /,\s*$/.test(tokens[index - 2]!.post) && !/[,;:]/.test(quantifier.post);
}

function followsCopula(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const before = tokens[k]!;
    if (before.tags.has('Copula')) return !/[,;:]/.test(before.post);
    if (!before.tags.has('Adverb') || /[,;:]/.test(before.post)) return false;
  }
  return false;
}

/** The word after the -ing form starts its object or a clause: "that", "whether", a determiner, a name, an object pronoun (stricter than what src/attribute asks of a progressive: this changes tags). */
function opensObject(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at]!;
  const after = tokens[at + 1];
  if (/[“"(]/.test(next.pre)) return false;
  // "is encouraging citizens to ask …": a noun and an infinitive after it, the verb's object and what it is urged to do.
  if (next.tags.has('Noun') && !next.tags.has('Pronoun') && !/[,;:]/.test(next.post) && after?.normal === 'to' && tokens[at + 2]?.tags.has('Infinitive') === true) return true;
  if (next.normal === 'that' || next.tags.has('QuestionWord') || OBJECT_PRONOUNS.has(next.normal)) return true;
  // "is promising lower taxes": an adjective and its noun.
  if (next.tags.has('Adjective') && after?.tags.has('Noun') === true && !after.tags.has('Pronoun')) return true;
  return ['Determiner', 'Possessive', 'ProperNoun', 'Person'].some((tag) => next.tags.has(tag));
}
