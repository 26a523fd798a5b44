import type { Source, Statement, StatementAttribution } from '../types.js';

/** How a report names a source for a reader: its mention, and what a pronoun stands for ("he → Jane Roe", "which → the Tribune"). */
export function displaySource(source: Pick<Source, 'text' | 'resolved'>): string {
  return source.resolved === undefined ? source.text : `${source.text} → ${source.resolved}`;
}

/**
 * A statement's attributions besides its main one (`source`): "while Y denied it" beside
 * "X said". Reports show each on a line of its own.
 */
export function otherAttributions(statement: Statement): StatementAttribution[] {
  const { source } = statement;
  return (statement.attributions ?? []).filter(
    (a) => source === null || a.source.start !== source.start || a.source.end !== source.end || a.cue.start !== source.cue.start,
  );
}

/** "Y (denied, named)": who, by which words. */
export function describeAttribution(attribution: StatementAttribution): string {
  return `${displaySource(attribution.source)} (${attribution.cue.text}, ${attribution.source.named ? 'named' : 'unnamed'})`;
}
