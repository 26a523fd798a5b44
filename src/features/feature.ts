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

/**
 * Collects features, dropping a repeated name (the first occurrence, with its place, stays).
 *
 * Made with a model's `rows` (feature name -> row of its weights), it keeps only the features
 * the model knows, each with its row, so that the model need not look every name up again;
 * a name it does not know (a rare word pair, say) gets no Feature object.
 */
export class FeatureSet {
  private readonly seen = new Set<string | number>();
  readonly list: Feature[] = [];
  /** With `rows`: the row of each feature of `list`. */
  readonly rows: number[] = [];
  /** Every name added, kept or not, in order: features made of other features read them (rebuttalFeatures). */
  readonly names: string[] = [];

  constructor(private readonly known?: ReadonlyMap<string, number>) {}

  add(name: string, at?: { start: number; end: number }, value = 1): void {
    this.names.push(name);
    const row = this.known?.get(name);
    if (this.known !== undefined && row === undefined) return;
    const key = row ?? name;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(at === undefined ? { name, value } : { name, value, at });
    if (row !== undefined) this.rows.push(row);
  }
}

/** Buckets a count so that a model sees "few" and "many" instead of every number apart. */
export function bucket(value: number, edges: readonly number[]): string {
  for (const edge of edges) if (value <= edge) return `<=${edge}`;
  return `>${edges[edges.length - 1] ?? 0}`;
}
