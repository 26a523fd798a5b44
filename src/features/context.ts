/**
 * Where a statement stands in its article and who speaks in it: role, position, the statements
 * around it, what the headline is about, years against the story's year, quotation, source.
 */
import type { AnalyzedStatement, DocumentAnalysis } from '../analyze.js';
import { yearOf } from '../classify/background.js';
import type { Token } from '../segment/token.js';
import { bucket, type FeatureSet } from './feature.js';
import { wordOf } from './words.js';

/** What every statement of a document shares: worked out once per document, so features stay linear in its length. */
export interface DocumentContext {
  doc: DocumentAnalysis;
  /** Content words of the headline and the first body statement. */
  topicWords: ReadonlySet<string>;
  /** Index of the first body statement, or -1. */
  firstBody: number;
  /** Kinds of lexicon cue in the headline: a story about a denial or a rumour reads differently. */
  headlineCues: ReadonlySet<string>;
  /** Words that make an accusation ("accuse", "allegation"): src/classify/lexicon/claim-nouns.json. */
  accusationWords: ReadonlySet<string>;
}

export function documentContext(doc: DocumentAnalysis, accusationWords: ReadonlySet<string>): DocumentContext {
  const headline = doc.statements.find((s) => s.segment.role === 'headline');
  const firstBody = doc.statements.findIndex((s) => s.segment.role === 'body');
  const topicWords = new Set<string>();
  for (const statement of [headline, doc.statements[firstBody]]) {
    for (const token of statement?.segment.tokens ?? []) if (isContentWord(token)) topicWords.add(wordOf(token));
  }
  const headlineCues = new Set((headline?.matches ?? []).map((m) => m.entry.kind));
  return { doc, topicWords, firstBody, headlineCues, accusationWords };
}

function isContentWord(token: Token): boolean {
  return (token.tags.has('Noun') || token.tags.has('Verb') || token.tags.has('Adjective')) && !token.tags.has('Pronoun') && !token.tags.has('Auxiliary') && token.normal.length > 2;
}

/**
 * A rebuttal without a denial word ("The lawsuit is a publicity stunt," his lawyer said; "None of
 * it happened.") answers an accusation made just before: the accusation in view, paired with
 * what the statement does, lets the model learn which answers reject it.
 */
function rebuttalFeatures(context: DocumentContext, index: number, features: FeatureSet): void {
  const { statements } = context.doc;
  const accused = (at: number): boolean => (statements[at]?.segment.tokens ?? []).some((t) => context.accusationWords.has(t.lemma) || context.accusationWords.has(t.normal));
  const inView = accused(index) ? 'here' : accused(index - 1) || accused(index - 2) ? 'before' : null;
  if (inView === null) return;
  features.add(`accusation:${inView}`);
  const own = features.names.filter((name) => REBUTTAL_SIGNS.test(name));
  for (const name of own) features.add(`accusation:${inView}&${name}`);
}

/** What a statement does that may answer an accusation: negate, judge, speak for a party, quote. */
const REBUTTAL_SIGNS = /^(?:(?:main|claim):(?:negated|copula|tense=present|subject=quantified-(?:none|no)|subject=pronoun-[a-z]+)|source:(?:person|organization|pronoun|none)|quoted:(?:most|all)|first-person|rule-label:[a-z]+)$/;

export function contextFeatures(context: DocumentContext, index: number, features: FeatureSet): void {
  const { doc } = context;
  const statement = doc.statements[index]!;
  const { segment } = statement;
  const tokens = segment.tokens;
  features.add(`role:${segment.role}`);
  features.add(`paragraph:${bucket(segment.paragraph, [0, 1, 2, 4, 8])}`);
  if (index === context.firstBody) features.add('first-body');
  const fromEnd = doc.statements.length - 1 - index;
  features.add(`from-end:${bucket(fromEnd, [0, 1, 3])}`);
  features.add(`length:${bucket(tokens.length, [2, 4, 8, 15, 25, 40])}`);
  const text = segment.text.trim();
  const last = text[text.length - 1] ?? '';
  features.add(`ends:${/[.]/.test(last) ? 'period' : /[?]/.test(last) ? 'question' : /[!]/.test(last) ? 'exclamation' : /[:]/.test(last) ? 'colon' : /["”’']/.test(last) ? 'quote' : 'none'}`);
  if (/^[^a-z]*$/.test(text) && /[A-Z]{3}/.test(text)) features.add('all-capitals');
  // What the article is about: a statement about the headline's topic is more likely the news.
  const shared = new Set(tokens.filter((t) => isContentWord(t) && context.topicWords.has(wordOf(t))).map(wordOf));
  features.add(`topic-words:${bucket(shared.size, [0, 1, 3])}`);

  const years = tokens.map(yearOf).filter((y): y is number => y !== null);
  if (years.length > 0 && doc.storyYear !== null) {
    const earliest = years.reduce((a, b) => Math.min(a, b));
    features.add(`year:${earliest < doc.storyYear - 1 ? 'years-before' : earliest < doc.storyYear ? 'year-before' : earliest === doc.storyYear ? 'story-year' : 'after'}`);
  }
  if (tokens.some((t) => t.tags.has('WeekDay'))) features.add('weekday');
  if (tokens.some((t) => t.tags.has('Percent'))) features.add('number:percent');
  if (tokens.some((t) => t.tags.has('Money'))) features.add('number:money');
  if (tokens.some((t) => t.tags.has('Value') && !t.tags.has('Year'))) features.add('number');
  const firstPerson = tokens.filter((t) => /^(?:i|we|me|us|my|our)$/.test(t.normal)).length;
  if (firstPerson > 0) features.add('first-person');

  for (const kind of context.headlineCues) features.add(`headline-cue:${kind}`);
  sourceFeatures(statement, features);
  rebuttalFeatures(context, index, features);
  neighbourFeatures(doc.statements, index, 'previous', -1, features);
  neighbourFeatures(doc.statements, index, 'next', 1, features);
}

function sourceFeatures(statement: AnalyzedStatement, features: FeatureSet): void {
  const attribution = statement.labelAttribution;
  const quoted = attribution.quoted;
  features.add(`quoted:${quoted === 0 ? 'none' : quoted < 0.5 ? 'part' : quoted < 0.95 ? 'most' : 'all'}`);
  const source = attribution.source;
  if (statement.attribution.incidental === true) features.add('source:side-clause');
  if (source === null) {
    features.add('source:none');
    return;
  }
  const at = { start: source.start, end: source.end };
  features.add(`source:${source.kind}`, at);
  features.add(`source:${source.named ? 'named' : 'unnamed'}`, at);
  if (attribution.vague) features.add('source:vague', at);
  if (attribution.inherited) features.add('source:from-quotation', at);
  features.add(`stance:${source.stance}`, source.cue);
  features.add(`report:${source.verb}`, source.cue);
  if (attribution.reporting?.entry.class === 'attitude') features.add('report:attitude', source.cue);
  if (attribution.reporting !== null && attribution.reporting.first <= 1) features.add('report:opens');
  if (attribution.content !== null && attribution.reporting !== null) {
    features.add(attribution.content.first > attribution.reporting.last ? 'report:before-content' : 'report:after-content');
  }
}

function neighbourFeatures(statements: readonly AnalyzedStatement[], index: number, name: string, step: number, features: FeatureSet): void {
  const other = statements[index + step];
  if (other === undefined) {
    features.add(`${name}:none`);
    return;
  }
  features.add(`${name}:${other.rules.label}`);
  features.add(`${name}-rule:${other.rules.rule}`);
  // "X accused Y of …" just before: a negation that follows likely answers it.
  for (const match of other.matches) features.add(`${name}-cue:${match.entry.kind}`);
  if (other.segment.role !== 'body') features.add(`${name}-role:${other.segment.role}`);
  if (other.segment.paragraph === statements[index]!.segment.paragraph) features.add(`${name}:same-paragraph`);
  if (other.labelAttribution.source !== null) features.add(`${name}:has-source`);
}
