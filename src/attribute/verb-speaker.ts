/**
 * Who a reporting verb gives its statement to: the checks a verb must pass to speak for anyone
 * (a passive's agent, a participle's noun, the complement a verb needs), then the subject
 * that fits where the verb stands (its own, the sentence's, an infinitive's or an -ing clause's).
 */
import { aimsAtClaim } from '../classify/denial.js';
import type { Lexicon } from '../classify/lexicon.js';
import type { Match } from '../classify/match.js';
import { introducesClause } from '../classify/scope.js';
import type { Token } from '../segment/token.js';
import { givesVerdict, hasComplement, namesAsItIs, nextToQuote, opensObjectAfter } from './complement.js';
import { firstConjunctTo, infinitiveSubject } from './infinitive-subject.js';
import { namesDocument, namesPublication } from './naming.js';
import { anyToken, breaksAfter, isParticiple, isRelativePronoun, phraseEndingAt, phraseStartingAt, type TokenRange } from './noun-phrase.js';
import { participleSpeaker } from './participle.js';
import { isFiniteVerb, possessorOf, sentenceSubject, speakerOf, SUBORDINATORS } from './speaker.js';
import pluralModifiers from './plural-modifiers.json' with { type: 'json' };

/**
 * Who a reporting verb gives the statement to, or null when it gives it to no one: a passive
 * without its agent, a verb without the complement it needs, a label.
 */
export function speakerFor(tokens: readonly Token[], match: Match, introduces: boolean, lexicon: Lexicon): TokenRange | null {
  if (match.entry.needs === 'possessor') return possessorOf(tokens, match.first);
  // "In this poll, Trump rose a point": the document a leading or set-off preposition opens
  // ("maintained her lead in the polls" is where, not who).
  if (match.entry.needs === 'document') {
    if (match.first > 0 && !/,/.test(tokens[match.first - 1]!.post)) return null;
    const phrase = phraseStartingAt(tokens, match.first + 1);
    return phrase !== null && phrase.first === match.first + 1 && namesDocument(tokens, phrase) ? phrase : null;
  }
  // "As reported by The Washington Post, …", "as first stated in the report": who or what it is reported by or in.
  if (!introduces && asReported(tokens, match.first)) return reportedByOrIn(tokens, match.last);
  // "was first reported by The Washington Post": a passive's agent speaks; "is said to", "was
  // denied bail", "is believed to": the subject of a passive does not.
  if (!introduces && isPassive(tokens, match.first)) return passiveAgent(tokens, match.last);
  // "Mayor accused of misusing funds", "an aide charged with fraud": an accusation verb with no
  // object before its "of" is a passive participle; the noun is the accused, not the accuser.
  if (!introduces && match.entry.stance === 'accusing' && isParticiple(tokens[match.last]!) && /^(?:of|with|for)$/.test(tokens[match.last + 1]?.normal ?? '') && !breaksAfter(tokens[match.last]!)) return null;
  // "The firm, tied to Fisk, denied …", "was linked to Russia": a verb whose object the phrase
  // expects ("tie * to") with none before its preposition is a passive participle too.
  if (!introduces && lacksExpectedObject(tokens, match)) return null;
  // "came upon a blog written by Rathbun": a participle right after its noun describes the noun.
  if (!introduces && (modifiesNoun(tokens, match) || withoutAuxiliaryBeforeAgent(tokens, match))) return null;
  if (!introduces && readsAsNoun(tokens, match)) return null;
  if (match.entry.needs === 'complement' && !hasComplement(tokens, match)) return null;
  if (match.entry.needs === 'quote' && !nextToQuote(tokens, match)) return null;
  if (match.entry.needs === 'object-predicate' && !hasComplement(tokens, match) && !givesVerdict(tokens, match.last) && !namesAsItIs(tokens, match)) return null;
  // "rejected the offer" is an event; "rejected the claims" reports a denial, and so does
  // "questioned whether …".
  if (match.entry.stance === 'denying' && !aimsAtClaim(tokens, match, lexicon) && !(match.entry.class === 'attitude' && (introducesClause(tokens, match.last) || asksQuestion(tokens, match.last) || doubtsQuality(tokens, match.last)))) return null;
  // A participle's subject is the main clause's: "Writing in a blog post, Ingram dubbed …" takes
  // its source from "dubbed"; "Two objectors had challenged the bid, contending that …" from the
  // sentence's subject. "Trump is demanding …" is a progressive, the clause's own verb.
  const progressive = !introduces && tokens[match.first]!.tags.has('Gerund') && isProgressive(tokens, match.first);
  const participle = !introduces && tokens[match.first]!.tags.has('Gerund') && !progressive;
  // "Trump is demanding that …" reports; "the results are promising for the team" describes.
  if (progressive && !hasComplement(tokens, match) && !opensObjectAfter(tokens, match.last)) return null;
  if (participle) return participleSpeaker(tokens, match);
  // "a policy which, according to AFP, critics condemn": the attribution is the relative clause's
  // (but "has learned that according to a posting, …" is the sentence's).
  const pronoun = tokens[match.first - 1];
  if (introduces && pronoun !== undefined && (/^(?:which|who)$/.test(pronoun.normal) || (pronoun.normal === 'that' && tokens[match.first - 2]?.tags.has('Noun') === true))) return null;
  // "Asked about the plan, the mayor said …": an -ed form opening the sentence before a comma is
  // a participle whose subject is the main clause's, asked, not asking.
  if (!introduces && opensSentence(tokens, match.first) && /ed$/.test(tokens[match.first]!.normal) && !INVERTING_OPENERS.has(tokens[match.first]!.lemma) && leadsMainClause(tokens, match.last)) return null;
  // "Reports: asylum process to change": a label before a colon, not a verb.
  if (match.first === 0 && tokens[match.last]!.post.includes(':')) return null;
  // "Trump is telling veterans … and says he will expand the forces", "Trump took to Twitter to
  // accuse …": a second or infinitive verb shares the sentence's subject.
  const before = tokens[match.first - 1]?.normal ?? '';
  // "was able to consistently tout": adverbs may split an infinitive.
  let to = beforeAdverbs(tokens, match.first - 1);
  // "unable to turn the crowds … and accuse", "encouraged to submit … and suggest": a bare verb
  // after "and" is the second verb of the infinitive before it.
  if (before === 'and' && tokens[match.first]!.tags.has('Infinitive')) to = firstConjunctTo(tokens, match.first - 1) ?? to;
  const infinitiveMark = tokens[to]?.normal === 'to';
  // "The mayor is said to favour the plan": after a passive the infinitive is hearsay, no one's view.
  // ("was able to tout" is no passive: an adjective before "to".)
  if (infinitiveMark && to > 1 && tokens[to - 1]!.tags.has('Verb') && isPassive(tokens, to - 1)) return null;
  // ("officials we spoke to said": a past form after "to" is no infinitive.)
  const infinitive = infinitiveMark && to > 0 && !tokens[match.first]!.tags.has('PastTense');
  const coordinated = !introduces && (/^(?:and|but)$/.test(before) || infinitive || coordinatedAfterAuxiliary(tokens, match.first));
  // "In a statement issued Tuesday, the ministry said …": the speaker is the main clause's subject.
  const leadingFrame = match.entry.words[0] === 'in' && opensSentence(tokens, match.first);
  // "Let's say you think …": a supposition, said by no one.
  if (before === 'us' && tokens[match.first - 2]?.normal === 'let') return null;
  const own = infinitive ? infinitiveSubject(tokens, to) : null;
  if (own !== null) return own;
  const subject = coordinated || leadingFrame ? sentenceSubject(tokens) : speakerOf(tokens, match.first, match.last, introduces, match.entry.words[0]);
  // "There's no way to tell": a dummy subject says nothing.
  return subject !== null && subject.first === subject.last && tokens[subject.first]!.normal === 'there' ? null : subject;
}

/** A phrase verb with a slot for its object ("tie * to", "link * to") matched with the slot empty, as a participle. */
function lacksExpectedObject(tokens: readonly Token[], match: Match): boolean {
  const gap = match.entry.words.indexOf('*');
  if (gap !== 1 || match.entry.words.length !== 3) return false;
  if (match.last !== match.first + 1 || !isParticiple(tokens[match.first]!)) return false;
  // ("Clinton talked about …" is active: only after "be", a comma or a common noun is the form a
  // participle: "an outbreak tied to bagged salads has sickened 23".)
  const previous = tokens[beforeAdverbs(tokens, match.first - 1)];
  if (previous === undefined) return false;
  const commonNoun = previous.tags.has('Noun') && !previous.tags.has('Pronoun') && !previous.tags.has('ProperNoun') && !breaksAfter(previous);
  return previous.lemma === 'be' || /,/.test(previous.post) || commonNoun;
}

/** Verbs that open a sentence as its verb, before their speaker: "Said the mayor: …", "Added Smith, …". */
const INVERTING_OPENERS = new Set(['say', 'add', 'write', 'note']);

/** A comma after the verb and then a finite verb: "Asked about it, [Clinton said] …". */
function leadsMainClause(tokens: readonly Token[], verb: number): boolean {
  const comma = tokens.findIndex((t, i) => i >= verb && /,/.test(t.post));
  return comma !== -1 && anyToken(tokens, comma + 1, tokens.length, isFiniteVerb);
}

/** "… loopholes, and has called for …", "and then also told": a coordinated verb after its auxiliaries and adverbs. */
function coordinatedAfterAuxiliary(tokens: readonly Token[], verb: number): boolean {
  let i = verb - 1;
  const helper = (token: Token): boolean => ['Auxiliary', 'Modal', 'Adverb', 'Negative'].some((tag) => token.tags.has(tag)) || /^(?:has|have|had|since)$/.test(token.normal);
  while (i >= 0 && helper(tokens[i]!) && !breaksAfter(tokens[i]!)) i--;
  return i < verb - 1 && i > 0 && /^(?:and|but)$/.test(tokens[i]!.normal);
}

/** "questioned what kind of person …", "questioned why the plan …": an indirect question after the verb. */
function asksQuestion(tokens: readonly Token[], verb: number): boolean {
  return !/[,;.:]/.test(tokens[verb]!.post) && /^(?:what|why|how|who|whom|whose|which|when|where|whether|if)$/.test(tokens[verb + 1]?.normal ?? '');
}

/** "questioned the integrity of the vote", "question the wisdom of the plan": doubt of a quality of something, not of a person ("questioned the suspect"). */
function doubtsQuality(tokens: readonly Token[], verb: number): boolean {
  let i = verb + 1;
  if (!/^(?:the|its|his|her|their)$/.test(tokens[i]?.normal ?? '')) return false;
  for (i++; i < tokens.length && i <= verb + 4; i++) {
    if (/^(?:of|behind)$/.test(tokens[i]!.normal)) return i > verb + 2 && tokens[i - 1]!.tags.has('Noun') && !tokens[i - 1]!.tags.has('Person');
    if (/[,;.]/.test(tokens[i - 1]!.post)) return false;
  }
  return false;
}

/**
 * A past participle right after a noun, with no "has" or "is" of its own: "a blog written by
 * …". compromise reads an -ed form there as a past tense; it is a participle when the noun is a
 * preposition's object and so no verb's subject ("from a paper published last year").
 */
function modifiesNoun(tokens: readonly Token[], match: Match): boolean {
  const verb = tokens[match.first]!;
  const before = tokens[match.first - 1];
  if (before === undefined || !before.tags.has('Noun') || before.tags.has('Pronoun') || breaksAfter(before)) return false;
  if (verb.tags.has('Participle')) return true;
  if (!isParticiple(verb) || before.tags.has('ProperNoun')) return false;
  // "a group called Lashkar-e-Taiba", "a box labeled “medical problem”": a naming verb after an
  // indefinite noun gives the noun its name ("the president called Clinton a liar" speaks).
  if (NAMING_VERBS.has(verb.lemma)) {
    const noun = phraseEndingAt(tokens, match.first - 1);
    if (noun !== null && /^(?:a|an)$/.test(tokens[noun.first]!.normal)) return true;
  }
  const following = tokens[afterAdverbs(tokens, match.last)];
  if (following === undefined || !following.tags.has('Preposition') || following.normal === 'that') return false;
  // (Not "officials involved in the talks assumed that …": the verb there takes a clause.)
  const noun = phraseEndingAt(tokens, match.first - 1);
  if (noun === null || !tokens[noun.first]!.tags.has('Determiner')) return false;
  const opener = tokens[noun.first - 1];
  if (opener === undefined || breaksAfter(opener)) return noun.first === 0 && mainVerbFollows(tokens, match.last);
  return opener.tags.has('Preposition') && !isRelativePronoun(opener);
}

/**
 * "A study published in the journal Neurology found …": after the participle's phrase comes the
 * subject's own verb, with no clause word or pronoun between ("The campaign announced on
 * Saturday that it had been hacked" reports).
 */
function mainVerbFollows(tokens: readonly Token[], participle: number): boolean {
  for (let i = participle + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.tags.has('Pronoun') || isRelativePronoun(token) || SUBORDINATORS.has(token.normal) || token.normal === 'that') return false;
    if (i > participle + 1 && isFiniteVerb(token) && !token.tags.has('Participle')) return true;
    if (breaksAfter(token)) return false;
  }
  return false;
}

const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'name', 'dub', 'title', 'label', 'nickname']);

const PLURAL_MODIFIERS: ReadonlySet<string> = new Set(pluralModifiers.words);

/**
 * "college savings plans that your state offers", "new emissions rules that promise …": after a
 * noun that modifies in its plural form (plural-modifiers.json), or after an amount ("a $40
 * million plan"), a word read as a verb heads the compound.
 */
function headsPluralCompound(tokens: readonly Token[], verb: number, amount: TokenRange | null): boolean {
  const before = tokens[verb - 1];
  if (before === undefined || breaksAfter(before)) return false;
  // "approved a $40 million plan to rebuild": an amount after an article modifies the noun that follows.
  const measured =
    amount !== null &&
    /^(?:a|an|the)$/.test(tokens[amount.first]!.normal) &&
    anyToken(tokens, amount.first + 1, verb, (t) => t.tags.has('Money')) &&
    !anyToken(tokens, amount.first + 1, verb, (t) => !t.tags.has('Value'));
  return measured || PLURAL_MODIFIERS.has(before.text);
}

/** The word read as a reporting verb heads a noun phrase instead: the phrase before it is computed once for both tests. */
function readsAsNoun(tokens: readonly Token[], match: Match): boolean {
  const before = phraseEndingAt(tokens, match.first - 1);
  return headsPluralCompound(tokens, match.first, before) || readsAsPluralNoun(tokens, match, before) || opensName(tokens, match);
}

/** "State Department officials said": a capitalised first word before a name is the name's first word. */
function opensName(tokens: readonly Token[], match: Match): boolean {
  const next = tokens[match.last + 1];
  // ("Said Ellis: …" is an inverted verb.)
  if (match.first !== 0 || next === undefined || breaksAfter(tokens[match.last]!) || INVERTING_OPENERS.has(tokens[0]!.lemma)) return false;
  return /^\p{Lu}/u.test(tokens[0]!.text) && /^\p{Lu}/u.test(next.text) && next.tags.has('ProperNoun') && !next.tags.has('Verb');
}

/**
 * "with gag orders from the IRS", "a chorus of loud chants", "though media reports and party
 * sources described …": an -s form compromise reads as a verb is a plural noun when the words
 * before it are a preposition's object, or when "and" joins it to another noun phrase before
 * the sentence's verb.
 */
function readsAsPluralNoun(tokens: readonly Token[], match: Match, before: TokenRange | null): boolean {
  const verb = tokens[match.first]!;
  if (match.first !== match.last || !verb.tags.has('PresentTense') || !/[^s]s$/.test(verb.normal) || match.first === 0) return false;
  const opener = before === null ? undefined : tokens[before.first - 1];
  // ("a study released by researchers shows", "in which she advises": an agent and a pronoun are subjects.)
  const nounsOnly = before !== null && !anyToken(tokens, before.first, before.last + 1, (t) => t.tags.has('Pronoun') || isRelativePronoun(t) || t.normal === 'by');
  const prepositionObject = nounsOnly && opener !== undefined && opener.tags.has('Preposition') && opener.normal !== 'by' && !SUBORDINATORS.has(opener.normal) && !breaksAfter(opener) && !breaksAfter(tokens[match.first - 1]!);
  const next = tokens[match.first + 1];
  const after = tokens[match.first + 2];
  const joinedNoun = next?.normal === 'and' && !breaksAfter(verb) && after !== undefined && !after.tags.has('Verb') && (after.tags.has('Noun') || after.tags.has('Determiner') || after.tags.has('Adjective')) && anyToken(tokens, match.first + 3, tokens.length, isFiniteVerb);
  // "Social media posts claim …": an -s form after a plural noun disagrees with it as a verb; a
  // verb right after it is the subject's.
  const previous = tokens[match.first - 1]!;
  const agreesNot = previous.tags.has('Plural') && previous.tags.has('Noun') && !previous.tags.has('Pronoun') && !breaksAfter(previous) && !breaksAfter(verb) && next !== undefined && next.tags.has('Verb') && (next.tags.has('PresentTense') || next.tags.has('PastTense')) && !next.tags.has('Noun');
  return prepositionObject || joinedNoun || agreesNot;
}

/**
 * "a coalition led by the mayor and backed by the unions": an -ed form with its agent after it
 * and no "is" or "has" before it is a participle describing a noun, whoever the agent is
 * (an active past tense takes an object, not "by").
 */
function withoutAuxiliaryBeforeAgent(tokens: readonly Token[], match: Match): boolean {
  if (!isParticiple(tokens[match.first]!) || match.first === 0) return false;
  const by = afterAdverbs(tokens, match.last);
  return tokens[by]?.normal === 'by' && by < tokens.length - 1;
}

/** The index of the first word after `index` that is not an adverb (a break ends the run). */
/** The word at or before `index` once adverbs are skipped: "was able to [consistently] tout". */
function beforeAdverbs(tokens: readonly Token[], index: number): number {
  let at = index;
  while (at > 0 && tokens[at]!.tags.has('Adverb') && !breaksAfter(tokens[at]!)) at--;
  return at;
}

function afterAdverbs(tokens: readonly Token[], index: number): number {
  if (breaksAfter(tokens[index]!)) return tokens.length;
  let next = index + 1;
  while (next < tokens.length - 1 && tokens[next]!.tags.has('Adverb') && !breaksAfter(tokens[next]!)) next++;
  return next;
}

/** "as reported", "as first stated": a participle after "as" (adverbs between). */
function asReported(tokens: readonly Token[], verb: number): boolean {
  if (!isParticiple(tokens[verb]!)) return false;
  let at = verb - 1;
  while (at > 0 && (tokens[at]!.tags.has('Adverb') || tokens[at]!.normal === 'first') && !breaksAfter(tokens[at]!)) at--;
  return tokens[at]?.normal === 'as' && !breaksAfter(tokens[at]!) && (at === verb - 1 || !breaksAfter(tokens[verb - 1]!));
}

/** The agent after "by" ("as reported by Reuters") or the document after "in" ("as stated in the report"). */
function reportedByOrIn(tokens: readonly Token[], verb: number): TokenRange | null {
  const preposition = tokens[verb + 1];
  if (preposition === undefined || breaksAfter(tokens[verb]!) || !/^(?:by|in)$/.test(preposition.normal)) return null;
  const phrase = phraseStartingAt(tokens, verb + 2);
  if (phrase === null || phrase.first !== verb + 2) return null;
  return preposition.normal === 'by' || namesPublication(tokens, phrase) ? phrase : null;
}

/** Only conjunctions stand before `index`: "But in a statement Friday, Trump said …". */
export function opensSentence(tokens: readonly Token[], index: number): boolean {
  return !anyToken(tokens, 0, index, (t) => !t.tags.has('Conjunction'));
}

/** "was first reported by The Washington Post": the noun phrase after "by", a few words on at most. */
function passiveAgent(tokens: readonly Token[], verb: number): TokenRange | null {
  for (let i = verb + 1; i < tokens.length && i <= verb + 3; i++) {
    if (tokens[i]!.normal === 'by') return phraseStartingAt(tokens, i + 1);
    if (/[,;.]/.test(tokens[i - 1]!.post)) return null;
  }
  return null;
}

function isProgressive(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb - 1; i >= 0 && i >= verb - 3; i--) {
    const token = tokens[i]!;
    if (token.lemma === 'be' || token.normal === 'been') return true;
    if (!token.tags.has('Adverb') && !token.tags.has('Negative')) return false;
  }
  return false;
}

/** A form of "be" (or "get") right before the verb, adverbs aside: "was first described", "is said". */
function isPassive(tokens: readonly Token[], verb: number): boolean {
  // "is saying", "was warning": a progressive, not a passive.
  if (tokens[verb]!.tags.has('Gerund') || /ing$/i.test(tokens[verb]!.text)) return false;
  for (let i = verb - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.lemma === 'be' || token.normal === 'been' || token.normal === 'being' || token.lemma === 'get') return true;
    // "were not told", "was never asked".
    if (!token.tags.has('Adverb') && !token.tags.has('Ordinal') && !token.tags.has('Negative')) return false;
  }
  return false;
}
