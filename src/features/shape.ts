/**
 * The shapes of background: a statement that opens on a time frame ("In 2008, …", "Back in
 * March …"), a name with a description set off by commas ("Khan, a former bus driver, …"), a
 * linking verb with an indefinite complement ("Ozone is a gas …", "She was a nurse"), a
 * definition ("known as", "is home to"), a habit ("usually", "often"), and site furniture that
 * talks to the reader ("Got something to say?", "Call (555) 010-0100.", a link). Prefix `shape:`.
 *
 * Why: background the model misses is mostly narrative from before the story and description
 * in the article's own voice, which reads like an assertion word by word; its shape does not.
 */
import type { AnalyzedStatement } from '../analyze.js';
import type { Token } from '../segment/token.js';
import { bucket, type FeatureSet } from './feature.js';
import { sourceKind } from './stance.js';

/** Words that open a time frame: "In 2008", "Back in March", "Earlier this year". */
const TIME_OPENERS = new Set([
  'in', 'on', 'during', 'since', 'after', 'before', 'at', 'by', 'until', 'back', 'last', 'earlier', 'initially', 'previously', 'formerly',
  'originally', 'once', 'then', 'later', 'when', 'between', 'from', 'following', 'throughout', 'over',
]);

/** Words of a habit or a general truth. */
const HABITUAL_WORDS = new Set([
  'often', 'usually', 'typically', 'generally', 'always', 'annually', 'commonly', 'frequently', 'normally', 'traditionally', 'routinely', 'tend',
  'regularly', 'sometimes', 'rarely', 'seldom', 'mostly', 'largely', 'widely',
]);

const DEFINITION = /\b(?:known as|which means|refers to|is one of|was one of|is the (?:largest|biggest|oldest|only|first)|is home to|consists of|is made (?:up )?of|is located|is based in)\b/i;

/** A link, an e-mail or handle, a telephone number, a copyright line. */
const CONTACT = /https?:|www\.|@\w|\.com\b|\(\d{3}\)|\d{3}-\d{4}|©|copyright/i;

const YEAR = /^(?:1[6-9]|20)\d\d$/;

function isDated(token: Token): boolean {
  return token.tags.has('Year') || token.tags.has('Date') || token.tags.has('Month') || YEAR.test(token.normal);
}

export function shapeFeatures(statement: AnalyzedStatement, storyYear: number | null, features: FeatureSet): void {
  const tokens = statement.segment.tokens;
  const text = statement.segment.text;
  const source = sourceKind(statement);
  const first = tokens[0];
  if (first !== undefined) {
    if (TIME_OPENERS.has(first.normal) && tokens.slice(0, 7).some(isDated)) features.add('shape:opens-with-time');
    const years = tokens.filter((t) => YEAR.test(t.normal)).map((t) => Number(t.normal));
    if (TIME_OPENERS.has(first.normal) && years.length > 0 && storyYear !== null && years[0]! < storyYear) features.add('shape:opens-with-past-year');
    if ((first.tags.has('Infinitive') || first.tags.has('Imperative')) && !first.tags.has('PastTense') && !first.tags.has('Pronoun')) features.add('shape:imperative');
    if (tokens.some((t) => /^(?:you|your|yours)$/.test(t.normal))) {
      features.add('shape:you');
      features.add(`shape:you&ends=${/\?["'”’]*$/u.test(text.trim()) ? 'question' : 'other'}`);
    }
  }
  if (CONTACT.test(text)) features.add('shape:contact-or-link');
  for (let i = 1; i + 2 < tokens.length; i++) {
    const name = tokens[i - 1]!;
    if (name.post.includes(',') && /^(?:a|an|the)$/.test(tokens[i]!.normal) && (name.tags.has('ProperNoun') || name.tags.has('Person'))) {
      features.add('shape:apposition');
      break;
    }
  }
  if (tokens.some((t) => HABITUAL_WORDS.has(t.lemma) || HABITUAL_WORDS.has(t.normal))) {
    features.add('shape:habitual');
    if (features.names.includes('main:tense=present')) features.add('shape:habitual&present');
  }
  const copula = tokens.findIndex((t, i) => t.tags.has('Copula') && /^(?:a|an|one)$/.test(tokens[i + 1]?.normal ?? ''));
  if (copula !== -1) features.add(`shape:is-a&tense=${tokens[copula]!.tags.has('PastTense') ? 'past' : 'present'}&source=${source}`);
  if (DEFINITION.test(text)) features.add('shape:definition');
  features.add(`shape:commas:${bucket((text.match(/,/g) ?? []).length, [0, 1, 3])}`);
  if (text.includes('(')) features.add('shape:parenthesis');
  const topic = features.names.find((name) => name.startsWith('topic-words:')) ?? 'topic-words:none';
  const tense = mainTense(features);
  features.add(`shape:${topic}&tense=${tense === 'past' || tense === 'present' ? tense : 'other'}&source=${source}`);
  if (features.names.includes('main:perfect')) features.add(`shape:perfect&source=${source}`);
}

/** The main verb's tense as grammarFeatures named it. */
export function mainTense(features: FeatureSet): string {
  for (const tense of ['past', 'present', 'modal', 'future']) if (features.names.includes(`main:tense=${tense}`)) return tense;
  return 'other';
}
