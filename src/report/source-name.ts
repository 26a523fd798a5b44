import type { Source } from '../types.js';

/** How a report names a source for a reader: its mention, and what a pronoun stands for ("he → Jane Roe", "which → the Tribune"). */
export function displaySource(source: Source): string {
  return source.resolved === undefined ? source.text : `${source.text} → ${source.resolved}`;
}
