/**
 * What makes a sentence worth checking, as features for the check-worthiness model (src/rank):
 * numbers and their kind (money, percent, a count, a year), named people, organisations and
 * places, comparatives and superlatives, verbs of change ("increased", "cut", "doubled") and of
 * cause ("caused", "led to"), the first and second person, and some of their pairs ("we cut",
 * a number with a verb of change). Prefixed `cw:`; pure, like the other groups.
 */
import type { AnalyzedStatement } from '../analyze.js';
import type { Token } from '../segment/token.js';
import { bucket, type FeatureSet } from './feature.js';

/** Verbs that say a quantity or a state changed: the claims of record debates are made of. */
const CHANGE_VERBS = new Set([
  'increase', 'decrease', 'rise', 'raise', 'fall', 'drop', 'cut', 'double', 'triple', 'quadruple', 'halve', 'grow', 'shrink', 'expand',
  'lose', 'gain', 'create', 'add', 'reduce', 'lower', 'spend', 'cost', 'owe', 'pay', 'borrow', 'save', 'waste', 'kill', 'die', 'vote',
  'pass', 'sign', 'approve', 'ban', 'jump', 'soar', 'plunge', 'decline', 'climb', 'destroy', 'build', 'hire', 'fire', 'tax', 'fund',
  'invest', 'import', 'export', 'deport', 'release', 'support', 'oppose', 'veto', 'repeal', 'lift', 'triple', 'shut', 'close', 'open',
]);
/** Words of cause and effect. */
const CAUSAL_WORDS = new Set(['cause', 'because', 'due', 'blame', 'responsible', 'result', 'lead', 'thanks', 'therefore', 'consequence', 'effect']);
const YEAR = /^(1[6-9]|20)\d\d$/;
const MONEY_WORDS = new Set(['dollar', 'dollars', 'million', 'billion', 'trillion', 'cent', 'cents']);
const PERCENT_WORDS = new Set(['percent', '%', 'percentage']);

type NumberKind = 'money' | 'percent' | 'year' | 'count';

function numberKind(tokens: readonly Token[], i: number): NumberKind | null {
  const token = tokens[i]!;
  const numeric = /\d/.test(token.text) || token.tags.has('Cardinal') || token.tags.has('Value');
  if (!numeric || token.tags.has('Ordinal') || token.normal === 'one') return null;
  if (token.tags.has('Money') || /[$€£]/.test(token.pre + token.text)) return 'money';
  if (token.tags.has('Percent') || /%/.test(token.text + token.post)) return 'percent';
  const next = tokens[i + 1];
  if (next !== undefined && PERCENT_WORDS.has(next.normal)) return 'percent';
  if (next !== undefined && MONEY_WORDS.has(next.normal) && /\$/.test(token.pre + token.text)) return 'money';
  if (YEAR.test(token.normal) || token.tags.has('Year')) return 'year';
  if (token.tags.has('Date') || token.tags.has('Month')) return null;
  return 'count';
}

export function checkFeatures(statements: readonly AnalyzedStatement[], index: number, features: FeatureSet): void {
  const statement = statements[index]!;
  if (statement.segment.speaker !== undefined) speakerFeatures(statements, index, features);
  const tokens = statement.segment.tokens;
  const span = (t: Token): { start: number; end: number } => ({ start: t.start, end: t.end });
  const kinds = new Set<NumberKind>();
  let numbers = 0;
  tokens.forEach((token, i) => {
    const kind = numberKind(tokens, i);
    if (kind === null) return;
    numbers++;
    kinds.add(kind);
    features.add(`cw:number=${kind}`, span(token));
  });
  if (numbers > 0) features.add('cw:number', undefined);
  features.add(`cw:numbers:${bucket(numbers, [0, 1, 2])}`);
  if (/\b(?:million|billion|trillion)\b/i.test(statement.segment.text)) features.add('cw:magnitude');

  let entities = 0;
  for (const token of tokens) {
    const kind = token.tags.has('Person') ? 'person' : token.tags.has('Organization') ? 'organization' : token.tags.has('Place') || token.tags.has('Country') ? 'place' : token.tags.has('ProperNoun') ? 'name' : null;
    if (kind === null) continue;
    entities++;
    features.add(`cw:entity=${kind}`, span(token));
  }
  features.add(`cw:entities:${bucket(entities, [0, 1, 3])}`);

  const comparative = tokens.find((t) => t.tags.has('Comparative') || t.normal === 'than');
  if (comparative !== undefined) features.add('cw:comparative', span(comparative));
  const superlative = tokens.find((t) => t.tags.has('Superlative') || (t.normal === 'most' && t.tags.has('Adverb')));
  if (superlative !== undefined) features.add('cw:superlative', span(superlative));

  const change = tokens.find((t) => t.tags.has('Verb') && CHANGE_VERBS.has(t.lemma));
  if (change !== undefined) {
    features.add('cw:change-verb', span(change));
    features.add(`cw:change-verb=${change.lemma}`, span(change));
    const tense = change.tags.has('PastTense') || change.tags.has('Participle') ? 'past' : 'present';
    features.add(`cw:change-verb&${tense}`, span(change));
  }
  const causal = tokens.find((t) => CAUSAL_WORDS.has(t.lemma) || CAUSAL_WORDS.has(t.normal));
  if (causal !== undefined) features.add('cw:causal', span(causal));

  const person = (pattern: RegExp): boolean => tokens.some((t) => pattern.test(t.normal));
  const singular = person(/^(?:i|me|my|mine)$/);
  const plural = person(/^(?:we|us|our|ours)$/);
  const second = person(/^(?:you|your|yours)$/);
  if (singular) features.add('cw:first-person=singular');
  if (plural) features.add('cw:first-person=plural');
  if (second) features.add('cw:second-person');

  // Pairs: a number that changed, a number in the past, a number said of "we" or a name.
  for (const kind of kinds) {
    if (change !== undefined) features.add(`cw:number=${kind}&change-verb`);
    if (entities > 0) features.add(`cw:number=${kind}&entity`);
    if (plural || singular) features.add(`cw:number=${kind}&first-person`);
  }
  if (change !== undefined && entities > 0) features.add('cw:change-verb&entity');
  // The sentences around it: a claim comes among claims, an answer after a question.
  for (const [name, at] of [['previous', index - 1], ['next', index + 1]] as const) {
    const other = statements[at];
    if (other === undefined) continue;
    const { tokens: around } = other.segment;
    if (around.some((_, i) => numberKind(around, i) !== null)) features.add(`cw:${name}:number`);
    if (asks(other)) features.add(`cw:${name}:question`);
    features.add(`cw:${name}:length:${bucket(around.length, [4, 10, 20])}`);
  }
  if (comparative !== undefined && numbers > 0) features.add('cw:comparative&number');
  if (superlative !== undefined && numbers > 0) features.add('cw:superlative&number');
}

function asks(statement: AnalyzedStatement): boolean {
  return /\?["'”’)]*$/u.test(statement.segment.text);
}

/**
 * A transcript read one statement a line with `speaker: ` labels: where the statement stands in
 * its speaker's turn, and what kind of speaker it is by what they do in the transcript (a
 * moderator asks; a candidate answers, at length). Names themselves are not features.
 */
function speakerFeatures(statements: readonly AnalyzedStatement[], index: number, features: FeatureSet): void {
  const speaker = statements[index]!.segment.speaker;
  const same = (i: number): boolean => statements[i]?.segment.speaker === speaker;
  let first = index;
  while (first > 0 && same(first - 1)) first--;
  let last = index;
  while (last + 1 < statements.length && same(last + 1)) last++;
  if (first === index) features.add('turn:opens');
  if (last === index) features.add('turn:closes');
  features.add(`turn:length:${bucket(last - first + 1, [1, 3, 8, 20])}`);
  features.add(`turn:position:${bucket(index - first, [0, 2, 6])}`);
  const previousTurn = statements[first - 1];
  if (previousTurn !== undefined && asks(previousTurn)) features.add('turn:answers-question');
  let own = 0;
  let questions = 0;
  for (const s of statements) {
    if (s.segment.speaker !== speaker) continue;
    own++;
    if (asks(s)) questions++;
  }
  const share = own / statements.length;
  features.add(`speaker:share:${share < 0.05 ? 'small' : share < 0.25 ? 'some' : share < 0.6 ? 'large' : 'most'}`);
  const asking = questions / own;
  features.add(`speaker:asks:${asking === 0 ? 'never' : asking < 0.1 ? 'seldom' : asking < 0.3 ? 'often' : 'mostly'}`);
}
