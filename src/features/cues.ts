/**
 * Lexicon cues as features: every cue with its kind and its scope (in a quotation, negated, in a
 * side, trailing or relative clause, before or inside what a source says), and the cues the
 * rules let govern the claim (src/classify/denial.ts, unverified.ts).
 */
import type { AnalyzedStatement } from '../analyze.js';
import { inRelativeClause, inSideClause, inSubordinateClause, inTrailingClause, isNegated } from '../classify/scope.js';
import { unverifiedCues } from '../classify/unverified.js';
import type { Match } from '../classify/match.js';
import type { Cue } from '../types.js';
import type { FeatureSet } from './feature.js';

export function cueFeatures(statement: AnalyzedStatement, quoted: (offset: number) => boolean, features: FeatureSet): void {
  const { tokens } = statement.segment;
  const attribution = statement.labelAttribution;
  const content = attribution.content;
  const spanOf = (m: Match): { start: number; end: number } => ({ start: tokens[m.first]!.start, end: tokens[m.last]!.end });
  const source = attribution.source;
  for (const match of statement.matches) {
    if (attribution.reporting === match) continue;
    const at = spanOf(match);
    // "officials", "sources" are vague sourcing only as the source ("sources said"), not as an
    // object ("documents obtained from foreign sources"): a word of its kind elsewhere is another feature.
    const asSource = source !== null && source.start <= at.start && at.end <= source.end;
    const kind = match.entry.needs === 'source' && !asSource ? `${match.entry.kind}-word` : match.entry.kind;
    features.add(`cue:${kind}`, at);
    features.add(`cue:${kind}=${match.entry.phrase}`, at);
    const scopes: string[] = [];
    if (quoted(tokens[match.first]!.start)) scopes.push('quoted');
    if (isNegated(tokens, match.first)) scopes.push('negated');
    if (inSideClause(tokens, match) || inTrailingClause(tokens, match)) scopes.push('side-clause');
    if (inRelativeClause(tokens, match)) scopes.push('relative-clause');
    if (inSubordinateClause(tokens, match)) scopes.push('subordinate');
    if (content !== null) scopes.push(match.first >= content.first && match.last <= content.last ? 'in-content' : 'outside-content');
    if (match.first === 0) scopes.push('opens');
    for (const scope of scopes) features.add(`cue:${kind}@${scope}`, at);
    if (scopes.length === 0) features.add(`cue:${kind}@plain`, at);
    // "could … said": a hedge under reported speech, the case the rules used to miss.
    if (source !== null) features.add(`cue:${kind}+source:${source.kind}`, at);
    else features.add(`cue:${kind}+no-source`, at);
  }
  for (const match of unverifiedCues(tokens, statement.matches)) {
    features.add(`governs:${match.entry.kind}`, spanOf(match));
    features.add(`governs:${match.entry.kind}=${match.entry.phrase}`, spanOf(match));
  }
  for (const cue of statement.rules.cues) features.add(`rule-cue:${cue.kind}`, cueSpan(cue));
}

function cueSpan(cue: Cue): { start: number; end: number } {
  return { start: cue.start, end: cue.end };
}
