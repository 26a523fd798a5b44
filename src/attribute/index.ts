import { aimsAtClaim } from '../classify/denial.js';
import controlVerbs from './control-verbs.json' with { type: 'json' };
import pluralModifiers from './plural-modifiers.json' with { type: 'json' };
import type { Lexicon } from '../classify/lexicon.js';
import type { Match } from '../classify/match.js';
import { inSideClause, inSubordinateClause, introducesClause } from '../classify/scope.js';
import type { Token } from '../segment/token.js';
import type { Source, Stance } from '../types.js';
import { resolveSources } from './coreference.js';
import { anonymityStated, hasProperNoun, isNamed, isVague, namesDocument, namesOccasion, namesPublication, sourceKind } from './naming.js';
import { inheritFromQuote, speakersTurn } from './inherit.js';
import { colonAttribution, isTurnLabel, signatureAttribution } from './labels.js';
import { anyToken, breaksAfter, isNominal, isParticiple, isRelativePronoun, phraseEndingAt, phraseStartingAt, QUANTIFIERS, spanOf, type TokenRange } from './noun-phrase.js';
import { findQuoteSpans, quoteAt, quotedShare, type QuoteSpan } from './quotes.js';
import { closesQuote, isFiniteVerb, isTimeWord, possessorOf, relativeAntecedent, speakerClosesSentence, speakerOf } from './speaker.js';

export { findQuoteSpans, type QuoteSpan } from './quotes.js';

/** Who a statement comes from, and what the classifier needs to know about it. */
export interface Attribution {
  source: Source | null;
  /** The reporting cue the source was found from; null when none or inherited. */
  reporting: Match | null;
  /** The tokens that carry what the source says: after the verb, or the quote before it. */
  content: TokenRange | null;
  /** The source is unnamed: "a source", "officials", "people familiar with the matter". */
  vague: boolean;
  /** The source comes from the quotation this statement belongs to, not from its own words. */
  inherited: boolean;
  /** Share (0..1) of the statement's characters that lie inside quotation marks. */
  quoted: number;
  /**
   * The source speaks only in a side clause ("Though critics said it might fail, the council
   * approved"): it is who speaks in the statement, but not who makes its claim, so it does not
   * bear on the label (see {@link forLabels}).
   */
  incidental?: boolean;
}

/** One statement as the attribution stage sees it. */
export interface AttributionInput {
  start: number;
  end: number;
  /** Index of the paragraph the statement is in. */
  paragraph: number;
  tokens: readonly Token[];
  matches: readonly Match[];
}

/**
 * Attributes every statement of a document: its own reporting verb first, otherwise the
 * source of the quotation it sits in.
 */
export function attributeDocument(text: string, statements: readonly AttributionInput[], lexicon: Lexicon): Attribution[] {
  const quotes = findQuoteSpans(text);
  const own = statements.map((statement) => attributeStatement(text, statement, quotes, lexicon));
  // In a transcript ("PENCE: …") the speaker of the turn says everything in it, attitudes of
  // others it describes included ("Trump's tweet was mocking …").
  const all = own.map((attribution, i) => {
    if (attribution.source === null) return inheritFromQuote(i, statements, own, quotes);
    const describesView = attribution.incidental === true || attribution.reporting?.entry.class === 'attitude';
    return describesView ? (speakersTurn(i, statements, own) ?? attribution) : attribution;
  });
  const sources = resolveSources(statements, all.map((a) => a.source));
  return all.map((attribution, i) => ({ ...attribution, source: sources[i]! }));
}

export function attributeStatement(text: string, statement: AttributionInput, quotes: readonly QuoteSpan[], lexicon: Lexicon): Attribution {
  const quoted = quotedShare(statement.start, statement.end, quotes);
  const { tokens, matches } = statement;
  const gaps = matches.filter((m) => m.entry.kind === 'missing-evidence' || m.entry.kind === 'no-answer');
  const reporting = matches.filter((m) => m.entry.kind === 'reporting' && !insideQuote(tokens[m.first]!, quotes));
  const inGap = (m: Match, of: readonly Match[] = gaps): boolean => of.some((gap) => gap.first <= m.last && m.first <= gap.last);
  // "has not been able to confirm" reports a gap, not what Reuters confirmed.
  const candidates = byPrecedence(tokens, gaps.length === 0 ? reporting : reporting.filter((m) => !inGap(m)));
  const unanswered = gaps.filter((gap) => gap.entry.kind === 'no-answer');
  const refusals = unanswered.length === 0 ? NO_MATCHES : byPrecedence(tokens, reporting.filter((m) => inGap(m, unanswered)));
  // Who each cue names, worked out once: the later passes try the same cues again.
  const speakers = new Map<Match, TokenRange | null>();
  const inSide = candidates.map((match) => inSideClause(tokens, match));
  const main = candidates.filter((_, i) => !inSide[i]);
  const side = candidates.filter((_, i) => inSide[i]);
  const label = colonAttribution(text, tokens, matches, quoted);
  return (
    (label !== null && isTurnLabel(tokens, label) ? label : null) ??
    verbAttribution(text, statement, main, lexicon, quoted, speakers, false) ??
    label ??
    signatureAttribution(text, tokens, matches, quoted) ??
    verbAttribution(text, statement, side, lexicon, quoted, speakers, true) ??
    // "an explosion that the mayor described as an attack": a view inside a relative clause about a noun.
    verbAttribution(text, statement, candidates, lexicon, quoted, speakers, true, true) ??
    // "The campaign did not respond to requests for comment": who did not answer, though no claim is theirs.
    verbAttribution(text, statement, refusals, lexicon, quoted, speakers, true) ?? { source: null, reporting: null, content: null, vague: false, inherited: false, quoted }
  );
}

const NO_MATCHES: readonly Match[] = [];

/** What the classifier should weigh of an attribution: nothing of a source that speaks only in a side clause. */
export function forLabels(attribution: Attribution): Attribution {
  return attribution.incidental === true ? { ...attribution, source: null, reporting: null, content: null, vague: false, incidental: false } : attribution;
}

/**
 * The statement's source from the first reporting cue, in order of precedence, that names one.
 * `sideClause`: the cues are a side clause's only, or (`objectRelative`) only those of a
 * relative clause about a noun count; either way the source is incidental.
 */
function verbAttribution(
  text: string,
  statement: AttributionInput,
  candidates: readonly Match[],
  lexicon: Lexicon,
  quoted: number,
  speakers: Map<Match, TokenRange | null>,
  sideClause: boolean,
  objectRelative = false,
): Attribution | null {
  const { tokens, matches } = statement;
  for (const match of candidates) {
    const introduces = match.entry.words[0] === 'according' || match.entry.words[0] === 'in';
    let mention = speakers.get(match);
    if (mention === undefined) speakers.set(match, (mention = speakerFor(tokens, match, introduces, lexicon)));
    if (mention === null || inObjectRelative(tokens, mention) !== objectRelative) continue;
    // "the department, which reported": the source is the pronoun, resolved to its antecedent,
    // and it is named, vague and of a kind as the antecedent is.
    const antecedent = relativeAntecedent(tokens, mention);
    const range = antecedent ?? mention;
    const vague = isVague(tokens, range, matches) || anonymityStated(matches);
    // "In this poll": the preposition is the cue, the document it opens the source.
    const opensDocument = match.entry.needs === 'document';
    const source: Source = {
      ...spanOf(text, tokens, mention),
      // "see * as" is "see … as": the words between are the object's.
      verb: opensDocument ? match.entry.words[0]! : match.entry.phrase.replaceAll(' * ', ' … '),
      cue: spanOf(text, tokens, { first: match.first, last: opensDocument ? match.first : match.last }),
      named: !vague && isNamed(tokens, range),
      stance: match.entry.stance ?? ('neutral' as Stance),
      kind: sourceKind(tokens, range, vague),
      ...(antecedent === null ? {} : { resolved: spanOf(text, tokens, antecedent).text }),
    };
    const content = contentOf(tokens, match, mention, introduces);
    // "Several towns asked schools to pay the tax": a request is who asked, not a claim anyone makes.
    // So is "as critics call it": the naming is theirs, the sentence's claim is not.
    const incidental = sideClause || asksOnly(tokens, match) || (match.entry.needs === 'object-predicate' && namesAsItIs(tokens, match));
    return { source, reporting: match, content, vague, inherited: false, quoted, ...(incidental ? { incidental: true } : {}) };
  }
  return null;
}

/**
 * Who a reporting verb gives the statement to, or null when it gives it to no one: a passive
 * without its agent, a verb without the complement it needs, a label.
 */
function speakerFor(tokens: readonly Token[], match: Match, introduces: boolean, lexicon: Lexicon): TokenRange | null {
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
  // "came upon a blog written by Rathbun": a participle right after its noun describes the noun.
  if (!introduces && (modifiesNoun(tokens, match) || withoutAuxiliaryBeforeAgent(tokens, match))) return null;
  if (!introduces && headsPluralCompound(tokens, match.first)) return null;
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
  let to = match.first - 1;
  while (to > 0 && tokens[to]!.tags.has('Adverb') && !breaksAfter(tokens[to]!)) to--;
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
  if (infinitive) {
    const controller = infinitiveController(tokens, to);
    if (controller !== null) return controller;
    const named = forSubject(tokens, to);
    if (named !== null) return named;
    const catenative = catenativeSubject(tokens, to);
    if (catenative !== null) return catenative;
  }
  return coordinated || leadingFrame ? sentenceSubject(tokens) : speakerOf(tokens, match.first, match.last, introduces, match.entry.words[0]);
}

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

const CONTROL_VERBS: ReadonlySet<string> = new Set(controlVerbs.verbs);

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
function firstConjunctTo(tokens: readonly Token[], and: number): number | null {
  for (let i = and - 1; i > 0 && i >= and - CONJUNCT_WORDS; i--) {
    if (breaksAfter(tokens[i]!)) return null;
    if (tokens[i]!.normal === 'to' && tokens[i + 1]!.tags.has('Infinitive')) return i;
  }
  return null;
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

/** Words before an -ing form whose subject is the sentence's: "by telling them", "while showing support", "of criticizing". */
const PARTICIPLE_OPENERS = new Set(['by', 'while', 'in', 'after', 'before', 'of', 'for', 'without', 'when', 'since', 'from']);

/** The last index in [from, to) whose token is `word`, or -1. */
function lastIndexOf(tokens: readonly Token[], word: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (tokens[i]!.normal === word) return i;
  return -1;
}

/** "After saying …", "In defending himself …": an -ing form right after the sentence's first word, a preposition. */
function opensParticipleFrame(tokens: readonly Token[], verb: number): boolean {
  return verb === 1 && PARTICIPLE_OPENERS.has(tokens[0]!.normal) && tokens[1]!.tags.has('Gerund');
}

/**
 * Who speaks in an -ing clause: "with Russia backing the government", ", each saying …" name
 * their own subject just before it; "Two objectors had challenged the bid, contending that …",
 * "Trump spoke to the leaders, promising to lift …", "pitched himself by telling them …" and
 * "Trump avoids condemning …" take the sentence's. A participle that neither opens a clause nor
 * has an object ("the results were encouraging") speaks for no one.
 */
function participleSpeaker(tokens: readonly Token[], match: Match): TokenRange | null {
  if (match.first < 1) return null;
  // "…, tweeting, “Notice …”": a quotation after the comma is what the -ing form says.
  const takesObject = introducesClause(tokens, match.last) || tokens[match.last + 1]?.normal === 'to' || opensObjectAfter(tokens, match.last) || quoteOpensAfter(tokens, match);
  if (!takesObject) return null;
  const before = tokens[match.first - 1]!;
  // "The candidates sparred, each saying the other …": a quantifier set off before the -ing form is its subject.
  if (QUANTIFIERS.has(before.normal) && match.first >= 2 && /,\s*$/.test(tokens[match.first - 2]!.post) && !breaksAfter(before)) return { first: match.first - 1, last: match.first - 1 };
  if (!breaksAfter(before) && isNominal(before) && !before.tags.has('Determiner')) {
    // "released an ad this week showing …": a time between the noun and the -ing form is neither's.
    let end = match.first - 1;
    while (end > 0 && isTimeWord(tokens, end) && !breaksAfter(tokens[end - 1]!)) end--;
    const phrase = phraseEndingAt(tokens, end);
    // "footage of Hillary Clinton asking, “…”", "a group of protesters chanting": the noun after "of" does it.
    const of = phrase === null ? -1 : lastIndexOf(tokens, 'of', phrase.first, end);
    const own = of === -1 ? phrase : { first: of + 1, last: end };
    const opener = own === null ? undefined : tokens[own.first - 1];
    // "Trump unleashed a series of tweets criticizing …", "issued a statement saying …": who put out the document says it.
    const verb = phrase === null ? undefined : tokens[phrase.first - 1];
    if (own !== null && namesDocument(tokens, own) && verb !== undefined && isFiniteVerb(verb) && !verb.tags.has('Copula') && !breaksAfter(verb)) return clauseSubject(tokens, match.first);
    if (own !== null && opener !== undefined && (opener.normal === 'with' || opener.normal === 'of' || /[,;—–]/.test(opener.post))) return own;
  }
  // "After saying her foot was swollen, she …": the sentence's subject.
  if (opensParticipleFrame(tokens, match.first)) return clauseSubject(tokens, match.first);
  if (match.first < 2) return null;
  // "…, perhaps recognizing that …": adverbs before the -ing form do not change what it hangs on.
  let opener = match.first - 1;
  while (opener > 0 && tokens[opener]!.tags.has('Adverb') && !/[,;—–]/.test(tokens[opener]!.post)) opener--;
  const lead = tokens[opener]!;
  const setOff = /[,;—–]/.test(lead.post);
  const catenative = lead.tags.has('Verb') && !lead.tags.has('Copula') && !lead.tags.has('Auxiliary') && !lead.tags.has('Gerund');
  return setOff || catenative || PARTICIPLE_OPENERS.has(lead.normal) ? clauseSubject(tokens, match.first) : null;
}

/** Words tagged as prepositions that open a clause with its own subject: "after Donald Trump unleashed …". */
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'as', 'until', 'while', 'when', 'because', 'if', 'though', 'although', 'than', 'like']);

/**
 * The subject of the clause an -ing form hangs on: the nearest finite verb's before it ("the
 * camera was facing the ground, and she became upset, shouting …" is hers), else the sentence's.
 */
function clauseSubject(tokens: readonly Token[], participle: number): TokenRange | null {
  for (let i = participle - 1; i > 0; i--) {
    const token = tokens[i]!;
    // "Dean appeared on MSNBC and began by saying …": a coordinated verb shares the subject before it.
    if (!isFiniteVerb(token) || token.tags.has('Auxiliary') || isRelativePronoun(tokens[i - 1]!) || /^(?:and|but|or)$/.test(tokens[i - 1]!.normal)) continue;
    const subject = speakerOf(tokens, i, i, false);
    // "from abandoning its oil waste processing plants in bankruptcy, citing …": a phrase that is a gerund's or preposition's object has no verb of its own ("plants").
    const opener = subject === null ? undefined : tokens[subject.first - 1];
    // ("after Donald Trump unleashed …": "after", "since", "as" open a clause.)
    const objectOf = opener !== undefined && (opener.tags.has('Gerund') || (opener.tags.has('Preposition') && !SUBORDINATORS.has(opener.normal)));
    if (objectOf && !breaksAfter(opener!)) continue;
    if (subject !== null && subject.last < i) return subject;
  }
  return sentenceSubject(tokens);
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
  const following = tokens[afterAdverbs(tokens, match.last)];
  if (following === undefined || !following.tags.has('Preposition') || following.normal === 'that') return false;
  // (Not "officials involved in the talks assumed that …": the verb there takes a clause.)
  const noun = phraseEndingAt(tokens, match.first - 1);
  const opener = noun === null ? undefined : tokens[noun.first - 1];
  return opener !== undefined && opener.tags.has('Preposition') && !isRelativePronoun(opener) && !breaksAfter(opener) && tokens[noun!.first]!.tags.has('Determiner');
}

const PLURAL_MODIFIERS: ReadonlySet<string> = new Set(pluralModifiers.words);

/**
 * "college savings plans that your state offers", "new emissions rules that promise …": after a
 * noun that modifies in its plural form (plural-modifiers.json), a word read as a verb heads the compound.
 */
function headsPluralCompound(tokens: readonly Token[], verb: number): boolean {
  const before = tokens[verb - 1];
  return before !== undefined && !breaksAfter(before) && PLURAL_MODIFIERS.has(before.text);
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
function opensSentence(tokens: readonly Token[], index: number): boolean {
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

/**
 * Reporting verbs in the order they are tried: a closing tag (", sources said.", ", he added.")
 * governs the whole sentence, so it comes first; then a relative clause that relays a finding;
 * then text order, with verbs of adverbial clauses ("when she testified") last.
 */
function byPrecedence(tokens: readonly Token[], matches: readonly Match[]): Match[] {
  // "The campaign pointed to a report, which indicated that hackers …": the verb that carries a
  // clause carries the claim, so it goes before one with a plain object.
  // "In a statement, Husted said …": the frame names where, the verb is the cue.
  // So is "In offering his analysis, Caddell told …": an -ing frame names what the speaker was doing.
  const frame = (match: Match): boolean => (match.entry.words[0] === 'in' && opensSentence(tokens, match.first)) || opensParticipleFrame(tokens, match.first);
  // "Officials who spoke to reporters said …": a relative clause's verb describes the speaker.
  const relative = (match: Match): boolean => {
    const pronoun = tokens[match.first - 1]?.normal ?? '';
    return pronoun === 'who' || pronoun === 'which' || (pronoun === 'that' && tokens[match.first - 2]?.tags.has('Noun') === true);
  };
  // "Trump's claim that …", "In this poll, …": a noun or a preposition attributes only when no verb does.
  const rank = (match: Match): number =>
    match.entry.needs === 'possessor' ? 4 : match.entry.needs === 'document' ? 3.5 : isClosingTag(tokens, match) ? 0 : relaysFinding(tokens, match) ? 1 : inSubordinateClause(tokens, match) ? 3 : frame(match) ? 2.5 : relative(match) ? 2.2 : 2;
  const ranked = matches.map((match, order) => ({ match, order, rank: rank(match) }));
  // "That's when she pointed to reports that Trump called …": a verb in what an adverbial
  // clause's verb reports is in that clause too.
  for (const entry of ranked) {
    if (entry.rank !== 2) continue;
    const governing = ranked.find((other) => other.rank === 3 && other.match.last < entry.match.first && !anyToken(tokens, other.match.last, entry.match.first, (t) => /[,;:—–]/.test(t.post)));
    if (governing !== undefined) entry.rank = 3;
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((entry) => entry.match);
}

/**
 * "The campaign pointed to a report, which indicated that hackers …", "cited a study that
 * found …": a relative clause that reports a clause carries the sentence's claim, and its
 * antecedent is who makes it.
 */
function relaysFinding(tokens: readonly Token[], match: Match): boolean {
  const pronoun = tokens[match.first - 1];
  if (pronoun === undefined || !/^(?:which|that)$/.test(pronoun.normal) || match.first < 2 || match.entry.class === 'attitude') return false;
  const next = tokens[match.last + 1];
  return next?.normal === 'that' || /["“]/.test(next?.pre ?? '') || /[:"“]/.test(tokens[match.last]!.post);
}

/** How many words a closing tag ("…, a senior official said.") may span after its comma. */
const CLOSING_TAG_WORDS = 8;

function isClosingTag(tokens: readonly Token[], match: Match): boolean {
  // ", referring to …" is a participle after the tag, not the tag.
  const participle = tokens[match.first]!.tags.has('Gerund') && match.entry.words[0] !== 'according';
  // "…, according to the Roper Center for Public Opinion Research.": a long name is still a tag.
  // So is "…, said Mr. Barrett, the lawyer for the state agency." with its appositive.
  const longName = match.entry.words[0] === 'according' ? isOnePhrase(tokens, match.last + 1) : speakerClosesSentence(tokens, match.first, match.last);
  const words = longName ? CLOSING_TAG_WORDS * 2 : CLOSING_TAG_WORDS;
  if (match.entry.kind !== 'reporting' || tokens.length - match.first > words || participle) return false;
  // Between the comma (or closing quote) and the verb stands only the speaker: "…, sources said."
  // — not a clause of its own ("… perjury when she testified.").
  for (let i = match.first - 1; i >= 0 && i >= match.first - CLOSING_TAG_WORDS; i--) {
    const token = tokens[i]!;
    if (/[,"”]/.test(token.post)) return longName || tokens.slice(match.last + 1).every((t) => !t.tags.has('Verb')) || isOnePhrase(tokens, match.last + 1);
    if (token.tags.has('Conjunction') || token.tags.has('Verb') || /^(?:when|because|after|before|if|as|since|while)$/.test(token.normal)) return false;
  }
  return false;
}

/** "…, according to a campaign aide.": the words from `first` to the end are one noun phrase, whatever compromise tagged "campaign". */
function isOnePhrase(tokens: readonly Token[], first: number): boolean {
  if (first >= tokens.length) return true;
  const phrase = phraseEndingAt(tokens, tokens.length - 1);
  return phrase !== null && phrase.first <= first;
}

/** The noun phrase that opens the sentence, with an appositive of names: "Two objectors, Lawrence Joyce and William Graham,". */
function sentenceSubject(tokens: readonly Token[]): TokenRange | null {
  // "In his speech, Graham urged …": a leading phrase set off by a comma is not the subject.
  // "On Thursday, however, Trump spoke …": so are several.
  let start = 0;
  // "Chastened by the analyses, Trump …", "Asked to describe it, O'Neill …": so is a participle's.
  const leading = (token: Token): boolean => ['Preposition', 'Adverb', 'Conjunction', 'Date', 'Participle', 'PastTense', 'Gerund'].some((tag) => token.tags.has(tag));
  for (let first = tokens[0]; first !== undefined && leading(first); first = tokens[start]) {
    // "But Scott grinned …": a coordinating conjunction is one word, not a phrase to its comma.
    if (/^(?:but|and|or|so|yet)$/.test(first.normal) && !first.post.includes(',')) {
      start++;
      continue;
    }
    const comma = tokens.findIndex((t, i) => i >= start && t.post.includes(','));
    if (comma === -1 || comma >= tokens.length - 1) break;
    start = comma + 1;
  }
  let head = phraseStartingAt(tokens, start);
  // "BRUSSELS - European leaders gathered …": a dateline before a dash is where, not who.
  if (head !== null && head.first === 0 && /\s[-–—]\s|^\s*[—–]/.test(tokens[head.last]!.post) && anyToken(tokens, head.first, head.last + 1, (t) => t.tags.has('Place') || /^\p{Lu}{2,}$/u.test(t.text))) {
    head = phraseStartingAt(tokens, head.last + 1);
  }
  if (head === null || !tokens[head.last]!.post.includes(',')) return head;
  const appositive = phraseStartingAt(tokens, head.last + 1);
  if (appositive === null || !hasProperNoun(tokens, appositive) || !tokens[appositive.last]!.post.includes(',')) return head;
  return { first: head.first, last: appositive.last };
}

/** "the hostility that critics blame for …": the reporting verb sits in a relative clause about a noun. */
function inObjectRelative(tokens: readonly Token[], speaker: TokenRange): boolean {
  const pronoun = tokens[speaker.first - 1];
  const noun = tokens[speaker.first - 2];
  // "which, Tompkins said, is …" sets the attribution off with commas: it is the sentence's.
  // "To which she said, …" answers; it does not describe a noun.
  const describes = noun !== undefined && noun.tags.has('Noun') && !noun.tags.has('Pronoun') && !noun.tags.has('Preposition') && noun.normal !== 'to';
  return pronoun !== undefined && describes && /^(?:that|which|whom)$/.test(pronoun.normal) && !/,/.test(pronoun.post);
}

/**
 * What the source says: after "according to X," the rest of the sentence; `"…," X said` the
 * quote before the verb; otherwise what follows the verb.
 */
function contentOf(tokens: readonly Token[], match: Match, speaker: TokenRange, introduces: boolean): TokenRange | null {
  const last = tokens.length - 1;
  if (introduces) return speaker.last < last ? { first: speaker.last + 1, last } : null;
  const before = tokens[match.first - 1];
  // `"…," said Smith` and "The issue was reported by the Post": what comes before the verb.
  const agentAfter = speaker.first > match.last && tokens[speaker.first - 1]?.normal === 'by';
  if (before !== undefined && speaker.first > match.last && (closesQuote(before.post) || agentAfter)) return { first: 0, last: match.first - 1 };
  const beforeSpeaker = tokens[speaker.first - 1];
  // `"…," the mayor said.` — unless a clause follows the verb (`…,” he claimed they had never met`).
  const clauseAfter = !/[,.;:]/.test(tokens[match.last]!.post) && (introducesClause(tokens, match.last) || tokens[match.last + 1]?.normal === 'that');
  if (beforeSpeaker !== undefined && closesQuote(beforeSpeaker.post) && !clauseAfter) return { first: 0, last: speaker.first - 1 };
  return match.last < last ? { first: match.last + 1, last } : null;
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

function insideQuote(token: Token, quotes: readonly QuoteSpan[]): boolean {
  const quote = quoteAt(token.start, quotes);
  return quote !== null && quote.start < token.start && token.end < quote.end;
}

/** How many words may stand between a closing quote and the verb of its tag ("a narrator in the rival ad asks"), as many as the segmenter keeps with a quotation (speech-tags.json). */
const SPEAKER_WORDS = 7;

/** `"…," he added`, `"…?" Graham asked`: a quotation closes just before the speaker and verb. */
function quoteClosesBefore(tokens: readonly Token[], match: Match): boolean {
  for (let i = match.first - 1; i >= 0 && i >= match.first - SPEAKER_WORDS; i--) if (closesQuote(tokens[i]!.post)) return true;
  return false;
}

/**
 * Verbs such as "add", "find" or "maintain" report only when a clause, a quote or a colon
 * follows ("maintained that …", "added: …") or a quote comes before (`"…," he added`), not
 * with a plain object ("maintained her lead", "found the bodies").
 */
function hasComplement(tokens: readonly Token[], match: Match, requests = true): boolean {
  const verb = tokens[match.last]!;
  // "…, the doctor maintains.": a closing tag's clause comes before it.
  if (quoteClosesBefore(tokens, match) || isClosingTag(tokens, match)) return true;
  // "He doesn't think so.", "She said so."
  if (tokens[match.last + 1]?.normal === 'so' && /[.!?]/.test(tokens[match.last + 1]!.post)) return true;
  if (/[:,"“]/.test(verb.post)) return true;
  return /["“]/.test(tokens[match.last + 1]?.pre ?? '') || introducesClause(tokens, match.last) || thatAfterTime(tokens, match.last) || accusesObjectOf(tokens, match) || (requests && asksObjectTo(tokens, match.last));
}

/** The verb needs a complement and has none but a request's ("asked the board to resign"). */
function asksOnly(tokens: readonly Token[], match: Match): boolean {
  return match.entry.needs === 'complement' && !hasComplement(tokens, match, false) && asksObjectTo(tokens, match.last);
}

/** "has asked NBC's Lester Holt to fact-check Trump", "urged the council to reject it": a request, its addressee, what they are to do. */
function asksObjectTo(tokens: readonly Token[], verb: number): boolean {
  if (!CONTROL_VERBS.has(tokens[verb]!.lemma)) return false;
  const to = wordAfterObject(tokens, verb, TO);
  const next = tokens[to + 1];
  // ("to fact-check" may come tagged as nouns; "invited them to the White House" is a place.)
  return to !== -1 && next !== undefined && (next.tags.has('Verb') || !['Determiner', 'ProperNoun', 'Pronoun', 'Possessive', 'Adjective', 'Value', 'Plural'].some((tag) => next.tags.has(tag)));
}

/** "charged two developers, Quiros and Stenger, with fraud", "accused the board of neglect": whom an accusation names, then what of. */
function accusesObjectOf(tokens: readonly Token[], match: Match): boolean {
  if (match.entry.stance !== 'accusing') return false;
  if (wordAfterObject(tokens, match.last, ACCUSED_OF) !== -1) return true;
  // "attacked Machado in early-morning tweets", "blasted the board during a speech": where it was said.
  const medium = wordAfterObject(tokens, match.last, MEDIUM);
  const where = medium === -1 ? null : phraseStartingAt(tokens, medium + 1);
  return where !== null && (namesDocument(tokens, where) || namesOccasion(tokens, where));
}

/** Prepositions before where something was said: "in a speech", "during the debate", "on Twitter". */
const MEDIUM: ReadonlySet<string> = new Set(['in', 'during', 'on']);

const TO: ReadonlySet<string> = new Set(['to']);
const ACCUSED_OF: ReadonlySet<string> = new Set(['with', 'of', 'for']);

/**
 * The index of one of `words` right after the verb's object (a noun phrase, with an appositive
 * set off by commas or not: "asked NBC's Lester Holt, the moderator, to …"), or -1.
 */
function wordAfterObject(tokens: readonly Token[], verb: number, words: ReadonlySet<string>): number {
  if (breaksAfter(tokens[verb]!)) return -1;
  let phrase = phraseStartingAt(tokens, verb + 1);
  if (phrase !== null && /,/.test(tokens[phrase.last]!.post)) {
    const appositive = phraseStartingAt(tokens, phrase.last + 1);
    phrase = appositive !== null && /,/.test(tokens[appositive.last]!.post) && words.has(tokens[appositive.last + 1]?.normal ?? '') ? { first: phrase.first, last: appositive.last } : null;
  }
  if (phrase === null) return -1;
  const { first, last } = phrase;
  // (A phrase may run on over the word: "Lester Holt to fact check Trump".)
  const at = tokens.findIndex((t, i) => i > first && i <= last + 1 && words.has(t.normal));
  if (at === -1 || anyToken(tokens, first, at - 1, (t) => breaksAfter(t) && !/^,\s*$/.test(t.post))) return -1;
  return anyToken(tokens, first, at, (t) => t.tags.has('Noun') || t.tags.has('Pronoun')) ? at : -1;
}

/** "stated on Friday that …", "said Tuesday that …": a time stands between the verb and its clause. */
function thatAfterTime(tokens: readonly Token[], verb: number): boolean {
  let at = verb;
  if (tokens[at + 1]?.normal === 'on' && !breaksAfter(tokens[at]!)) at++;
  while (at + 1 < tokens.length && isTimeWord(tokens, at + 1) && !breaksAfter(tokens[at]!)) at++;
  return at > verb && tokens[at]!.normal !== 'on' && !breaksAfter(tokens[at]!) && tokens[at + 1]?.normal === 'that';
}

/** Something the verb acts on follows it: not the end of the clause, a preposition ("promising for the team") or a conjunction. */
function opensObjectAfter(tokens: readonly Token[], verb: number): boolean {
  const next = tokens[verb + 1];
  if (next === undefined || /[,;:.!?]/.test(tokens[verb]!.post)) return false;
  if (next.normal === 'as' || next.normal === 'about') return true;
  return !next.tags.has('Preposition') && !next.tags.has('Conjunction');
}

/** `continued: “…”`, `continued, “…”`, `“…,” she continued`: a quotation right after the verb (a colon or comma between) or closing just before its speaker. */
function nextToQuote(tokens: readonly Token[], match: Match): boolean {
  if (quoteClosesBefore(tokens, match) || quoteOpensAfter(tokens, match)) return true;
  return /^\s*:\s*$/.test(tokens[match.last]!.post) && match.last === tokens.length - 1;
}

/** `said: “…”`, `tweeting, “…”`, `asserting, ''…''`: a quotation opens right after the verb, a colon or comma between. */
function quoteOpensAfter(tokens: readonly Token[], match: Match): boolean {
  return /^\s*[:,]?\s*(?:["“]|'')/.test(tokens[match.last]!.post + (tokens[match.last + 1]?.pre ?? ''));
}

/** "called the report false", "dubbed the conflict a war", "called Fields “delusional”": an object, then what it is called. */
function givesVerdict(tokens: readonly Token[], verb: number): boolean {
  let i = verb + 1;
  const first = i;
  // ("Mr." and initials end no object.)
  const ends = (token: Token): boolean => /[,;:]/.test(token.post) || (/\./.test(token.post) && breaksAfter(token));
  while (i < tokens.length && i < first + OBJECT_WORDS && isObjectWord(tokens, i) && !ends(tokens[i]!)) i++;
  const next = tokens[i];
  if (i === first || next === undefined) return false;
  return next.tags.has('Adjective') || next.normal === 'a' || next.normal === 'an' || next.normal === 'as' || /["“]/.test(next.pre);
}

/** How far back "as" may stand before "called it": "as The Daily Beast called them". */
const AS_CLAUSE_WORDS = 6;

/** "(or, as The Daily Beast called them, ''Manchurian anchors'')", "as critics call it": an as-clause names what it is about. */
function namesAsItIs(tokens: readonly Token[], match: Match): boolean {
  if (!/^(?:it|them|him|her)$/.test(tokens[match.last + 1]?.normal ?? '')) return false;
  for (let i = match.first - 1; i >= 0 && i >= match.first - AS_CLAUSE_WORDS; i--) {
    if (tokens[i]!.normal === 'as') return i === 0 || /[,(—–]/.test(tokens[i - 1]!.post + tokens[i]!.pre);
    if (breaksAfter(tokens[i]!)) return false;
  }
  return false;
}

/** How many words the object of "called" may run to: "the contempt citation and the demand for his testimony". */
const OBJECT_WORDS = 10;

function isObjectWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  // "half of Donald Trump's supporters", "the citation and the demand for …": "of", "and" and "for" join the object's parts.
  if (token.normal === 'of' || token.normal === 'and' || token.normal === 'for') return index > 0 && !tokens[index - 1]!.tags.has('Verb');
  // "called Mr. Obama's remarks on Saturday “a wake-up call”": a time inside the object.
  if (token.normal === 'on' && index > 0 && !tokens[index - 1]!.tags.has('Verb')) return isTimeWord(tokens, index + 1);
  // "called climate change a hoax": compromise reads the second noun of a compound as a verb.
  const before = tokens[index - 1];
  if (before !== undefined && before.tags.has('Noun') && !before.tags.has('Pronoun') && token.tags.has('Infinitive') && !token.tags.has('Modal')) return true;
  return (token.tags.has('Noun') || token.tags.has('Determiner') || token.tags.has('Possessive') || token.tags.has('Value')) && token.normal !== 'a' && token.normal !== 'an';
}
