/**
 * How a statement takes a side: where its negations sit (in what a source says, on the reporting
 * verb, in a quotation, said in the first person) and the words that call a claim false or push
 * it away ("fake", "a publicity stunt", "rubbished", "downplayed"), pooled into word classes so
 * that a rare word of a class weighs what its class weighs. Prefixes `neg:` and `rebut:`.
 *
 * Why: most denials the rules miss have no denial verb. They are rebuttals from the accused
 * side ('"The lawsuit is a publicity stunt," his lawyer said.'), negations inside reported
 * speech ("He said there was no discussion of it.") or verdicts on the report itself ("The
 * report was soon rubbished by experts."). The words alone are too rare to learn one by one.
 */
import type { AnalyzedStatement } from '../analyze.js';
import type { Token } from '../segment/token.js';
import { bucket, type FeatureSet } from './feature.js';

/** Negative determiners and adverbs: "no discussion", "nothing happened", "never said". */
const NEGATIVE_WORDS = new Set(['no', 'none', 'nothing', 'nobody', 'never', 'nowhere', 'neither', 'nor', 'without']);

/** Those that stand for a noun phrase: "no discussion", "nothing happened". */
const NEGATIVE_DETERMINERS = new Set(['no', 'none', 'nothing', 'nobody', 'nowhere', 'neither', 'nor']);

/** Words that call a claim false or made up. */
const FALSITY_WORDS = new Set([
  'false', 'fake', 'hoax', 'bogus', 'baseless', 'unfounded', 'nonsense', 'ridiculous', 'absurd', 'lie', 'lies', 'myth', 'rumor', 'rumour',
  'fabricate', 'fabricated', 'fabrication', 'fiction', 'fictional', 'satire', 'satirical', 'prank', 'stunt', 'smear', 'untrue', 'incorrect',
  'inaccurate', 'wrong', 'misleading', 'groundless', 'debunk', 'spoof', 'joke', 'propaganda', 'outrageous', 'pathetic', 'laughable', 'garbage',
  'rubbish', 'hoaxer', 'doctored', 'photoshopped', 'erroneous', 'untruth', 'falsehood', 'mistaken', 'misinformation', 'disinformation',
  'conspiracy', 'slander', 'defamatory', 'libel', 'scam',
]);

/** Words that push a claim away or doubt it, beyond the denial lexicon's verbs. */
const REJECTING_WORDS = new Set([
  'dismiss', 'reject', 'rubbish', 'slam', 'downplay', 'counter', 'refute', 'rebut', 'dispute', 'deny', 'debunk', 'scoff', 'ridicule', 'contradict',
  'disavow', 'discredit', 'decry', 'mock', 'blast', 'deride', 'insist', 'maintain', 'stress', 'clarify', 'correct', 'laugh', 'shoot', 'brush',
  'deflect', 'doubt', 'skeptical', 'sceptical', 'skepticism', 'doubtful', 'unlikely', 'impossible',
]);

/** Nouns for a claim as a thing said or shown: what a rebuttal is about. */
const CLAIM_NOUNS = new Set(['report', 'claim', 'rumor', 'rumour', 'story', 'allegation', 'speculation', 'accusation', 'suggestion', 'charge', 'assertion', 'notion', 'idea', 'theory', 'article', 'video', 'photo', 'image', 'picture', 'post', 'tweet', 'hoax']);

const inClass = (words: ReadonlySet<string>) => (token: Token): boolean => words.has(token.lemma) || words.has(token.normal);
const isFalsity = inClass(FALSITY_WORDS);
const isRejecting = inClass(REJECTING_WORDS);
const isClaimNoun = inClass(CLAIM_NOUNS);

export function isNegative(token: Token): boolean {
  return token.lemma === 'not' || token.normal === 'not' || token.normal === "n't" || NEGATIVE_WORDS.has(token.normal);
}

/** What the stance features of a statement read, also of its neighbours (src/features/sequence.ts). */
export interface StanceSigns {
  /** Token indices of negations. */
  readonly negations: readonly number[];
  readonly falsity: boolean;
  readonly rejecting: boolean;
}

/**
 * Each statement's signs, worked out once: its own stance features, its neighbours' sequence
 * features (sequence.ts) and, through them, the check-worthiness model all read them.
 */
const signsOf = new WeakMap<AnalyzedStatement, StanceSigns>();

export function stanceSigns(statement: AnalyzedStatement): StanceSigns {
  let signs = signsOf.get(statement);
  if (signs === undefined) {
    const tokens = statement.segment.tokens;
    const negations: number[] = [];
    tokens.forEach((token, i) => {
      if (isNegative(token)) negations.push(i);
    });
    signs = { negations, falsity: tokens.some(isFalsity), rejecting: tokens.some(isRejecting) };
    signsOf.set(statement, signs);
  }
  return signs;
}

/** How much of a statement is quoted, in three steps. */
export function quotedShare(statement: AnalyzedStatement): 'none' | 'part' | 'most' {
  const quoted = statement.labelAttribution.quoted;
  return quoted === 0 ? 'none' : quoted < 0.5 ? 'part' : 'most';
}

export function sourceKind(statement: AnalyzedStatement): string {
  return statement.labelAttribution.source?.kind ?? 'none';
}

export function stanceFeatures(statement: AnalyzedStatement, features: FeatureSet): void {
  const tokens = statement.segment.tokens;
  const signs = stanceSigns(statement);
  const quoted = quotedShare(statement);
  const source = sourceKind(statement);
  negationFeatures(statement, signs.negations, quoted, source, features);
  const claimNoun = tokens.some(isClaimNoun);
  if (signs.falsity) {
    features.add('rebut:falsity');
    features.add(`rebut:falsity&source=${source}`);
    features.add(`rebut:falsity&quoted=${quoted}`);
    if (claimNoun) features.add('rebut:falsity&claim-noun');
    if (signs.negations.length > 0) features.add('rebut:falsity&negated');
  }
  if (signs.rejecting) {
    features.add('rebut:rejecting');
    features.add(`rebut:rejecting&source=${source}`);
    if (claimNoun) features.add('rebut:rejecting&claim-noun');
    const reporting = statement.labelAttribution.reporting;
    if (reporting !== null && tokens.slice(reporting.first, reporting.last + 1).some(isRejecting)) features.add('rebut:rejecting-reports');
  }
  if (claimNoun) {
    features.add(`rebut:claim-noun&source=${source}`);
    if (signs.negations.length > 0) features.add('rebut:claim-noun&negated');
  }
}

/**
 * Where the negations sit: in what the source says or outside it, just before the reporting verb
 * ("did not say") or after it, and with whom: a source, a quotation, the first person, a linking verb.
 */
function negationFeatures(statement: AnalyzedStatement, negations: readonly number[], quoted: string, source: string, features: FeatureSet): void {
  features.add(`neg:count:${bucket(negations.length, [0, 1, 2])}`);
  if (negations.length === 0) return;
  const tokens = statement.segment.tokens;
  const { content, reporting } = statement.labelAttribution;
  if (negations.some((i) => NEGATIVE_DETERMINERS.has(tokens[i]!.normal))) features.add('neg:determiner');
  if (negations.some((i) => tokens[i]!.normal === 'never')) features.add('neg:never');
  const where = content === null ? 'no-content' : negations.some((i) => i >= content.first && i <= content.last) ? 'content' : 'outside-content';
  features.add(`neg:${where}`);
  features.add(`neg:${where}&source=${source}`);
  features.add(`neg&quoted=${quoted}`);
  features.add(`neg&source=${source}&quoted=${quoted}`);
  if (reporting !== null) {
    if (negations.some((i) => i < reporting.first && i >= reporting.first - 3)) features.add('neg:on-report');
    else features.add(negations.some((i) => i > reporting.last) ? 'neg:after-report' : 'neg:before-report');
  }
  if (tokens.some((t) => /^(?:i|we|me|us|my|our)$/.test(t.normal))) features.add('neg&first-person');
  if (features.names.includes('main:copula')) features.add('neg&copula');
  if (features.names.includes('main:tense=past')) features.add('neg&past');
  else if (features.names.includes('main:tense=present')) features.add('neg&present');
  features.add(`neg:position:${bucket(negations[0]!, [0, 2, 5, 10])}`);
}
