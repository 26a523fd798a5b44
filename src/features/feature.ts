/**
 * A feature: a named fact about a statement that a model weighs. Binary facts have value 1;
 * `at` is the stretch of text it comes from, when there is one, so that an explanation can
 * quote the words ("hedge 'could' +1.9").
 */
export interface Feature {
  name: string;
  value: number;
  at?: { start: number; end: number };
}

/** Collects features, dropping a repeated name (the first occurrence, with its place, stays). */
export class FeatureSet {
  private readonly seen = new Set<string>();
  readonly list: Feature[] = [];

  add(name: string, at?: { start: number; end: number }, value = 1): void {
    if (this.seen.has(name)) return;
    this.seen.add(name);
    this.list.push(at === undefined ? { name, value } : { name, value, at });
  }
}

/** Buckets a count so that a model sees "few" and "many" instead of every number apart. */
export function bucket(value: number, edges: readonly number[]): string {
  for (const edge of edges) if (value <= edge) return `<=${edge}`;
  return `>${edges[edges.length - 1] ?? 0}`;
}
