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
  /** With `known`: the row of each of `names` in it, -1 for a name it does not know (what addNamesOf translates). */
  private readonly nameRows: number[] = [];

  constructor(private readonly known?: ReadonlyMap<string, number>) {}

  /** Every name added and its row in the model: what another model reads of these features (addNamesOf), without the rest. */
  get named(): FeatureNames {
    return { known: this.known, names: this.names, nameRows: this.nameRows };
  }

  add(name: string, at?: { start: number; end: number }, value = 1): void {
    this.addRow(name, this.known?.get(name), at, value);
  }

  /**
   * Adds every name of `other` (each of value 1, without its place), as add() would one by one.
   * A name is a feature of both models, mostly: its row here comes from its row in `other`'s
   * model through a table made once for the pair, and only the names `other`'s model does not
   * know are looked up (the check-worthiness model reads the label model's features so; looking
   * each name up again was a tenth of annotate's CPU).
   */
  addNamesOf(other: FeatureNames): void {
    const { names, nameRows } = other;
    if (this.known === undefined || other.known === undefined) {
      for (const name of names) this.add(name);
      return;
    }
    const { translate, onlyHere } = translation(other.known, this.known);
    for (let i = 0; i < names.length; i++) {
      const from = nameRows[i]!;
      const row = from >= 0 ? translate[from]! : (onlyHere.get(names[i]!) ?? -1);
      this.addRow(names[i]!, row >= 0 ? row : undefined, undefined, 1);
    }
  }

  private addRow(name: string, row: number | undefined, at: { start: number; end: number } | undefined, value: number): void {
    this.names.push(name);
    if (this.known !== undefined) {
      this.nameRows.push(row ?? -1);
      if (row === undefined) return;
    }
    const key = row ?? name;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(at === undefined ? { name, value } : { name, value, at });
    if (row !== undefined) this.rows.push(row);
  }
}

/** A FeatureSet's names, each with its row in the model it was made for (`known`), -1 when that does not know it. */
export interface FeatureNames {
  readonly known: ReadonlyMap<string, number> | undefined;
  readonly names: readonly string[];
  readonly nameRows: readonly number[];
}

interface Translation {
  /** For each row of the first model, the row of the same name in the second, -1 when none. */
  translate: Int32Array;
  /** The second model's names the first does not know, with their rows. */
  onlyHere: ReadonlyMap<string, number>;
}

const translations = new WeakMap<ReadonlyMap<string, number>, WeakMap<ReadonlyMap<string, number>, Translation>>();

/** The rows of one model's names in another's, made once per pair of models. */
function translation(from: ReadonlyMap<string, number>, to: ReadonlyMap<string, number>): Translation {
  let byTarget = translations.get(from);
  if (byTarget === undefined) translations.set(from, (byTarget = new WeakMap()));
  let made = byTarget.get(to);
  if (made === undefined) {
    const translate = new Int32Array(from.size).fill(-1);
    const onlyHere = new Map<string, number>();
    for (const [name, row] of to) {
      const fromRow = from.get(name);
      if (fromRow === undefined) onlyHere.set(name, row);
      else translate[fromRow] = row;
    }
    made = { translate, onlyHere };
    byTarget.set(to, made);
  }
  return made;
}

/** Buckets a count so that a model sees "few" and "many" instead of every number apart. */
export function bucket(value: number, edges: readonly number[]): string {
  for (const edge of edges) if (value <= edge) return `<=${edge}`;
  return `>${edges[edges.length - 1] ?? 0}`;
}
