/**
 * A faster drop-in for compromise's `bulkMatch` (its "sweep": the postTagger's run of some
 * hundreds of correction patterns over every sentence), which finds the same matches in the
 * same order, so every tag stays as compromise would set it.
 *
 * compromise 14's sweep picks the patterns worth trying on a sentence by walking every key of
 * the pattern index (thousands: words and tags) and asking whether the sentence holds it, then
 * concatenates and de-duplicates the lists it finds: about a tenth of all the CPU factcheck
 * spends on an article. Here the sentence's own words and tags (a few dozen) are looked up in
 * the index instead, and the hits are put back in the index's key order before the lists are
 * joined, which is the order compromise tries them in. The rest (needs, ifNo, wants, minimum
 * length, running the patterns) is compromise's own logic, copied from
 * compromise/src/1-one/sweep/methods/sweep (MIT licence) and unchanged.
 */

/** The parts of a compiled pattern the sweep reads; compromise's `match` reads the rest. */
interface Pattern {
  match: string;
  needs: string[];
  ifNo?: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}

interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Array<Set<string>>;
    match(document: unknown[][], pattern: Pattern): { ptrs: number[][] };
  };
}

type BulkMatch = (document: unknown[][], net: Net, methods: SweepMethods, options?: { matchOne?: boolean }) => Array<Pattern & { pointer: number[] }>;

/**
 * A net read for fast lookup: its keys in compromise's iteration order (Object.keys) with the
 * place of each, and for de-duplication a number for each distinct pattern text and a stamp
 * per number (the sweep that last took it), so no set is built per sentence.
 */
interface NetIndex {
  keys: string[];
  place: Map<string, number>;
  ids: Map<Pattern, number>;
  taken: Uint32Array;
  sweep: number;
}

const netIndexes = new WeakMap<Net, NetIndex>();

function indexOf(net: Net): NetIndex {
  let index = netIndexes.get(net);
  if (index === undefined) {
    const keys = Object.keys(net.hooks);
    const byText = new Map<string, number>();
    const ids = new Map<Pattern, number>();
    for (const key of keys) {
      for (const pattern of net.hooks[key]!) {
        if (!byText.has(pattern.match)) byText.set(pattern.match, byText.size);
        ids.set(pattern, byText.get(pattern.match)!);
      }
    }
    index = { keys, place: new Map(keys.map((key, i) => [key, i])), ids, taken: new Uint32Array(byText.size), sweep: 0 };
    netIndexes.set(net, index);
  }
  return index;
}

/** The patterns whose index keys occur in a sentence, in compromise's order, each once. */
function hookedPatterns(net: Net, have: Set<string>): Pattern[] {
  const index = indexOf(net);
  const found: number[] = [];
  for (const item of have) {
    const i = index.place.get(item);
    if (i !== undefined) found.push(i);
  }
  found.sort((a, b) => a - b);
  // A new stamp per sentence; after 2^32 - 1 of them the stamps start again from clean.
  index.sweep += 1;
  if (index.sweep === 0xffffffff) {
    index.taken.fill(0);
    index.sweep = 1;
  }
  const stamp = index.sweep;
  const patterns: Pattern[] = [];
  for (const i of found) {
    for (const pattern of net.hooks[index.keys[i]!]!) {
      const id = index.ids.get(pattern)!;
      if (index.taken[id] === stamp) continue;
      index.taken[id] = stamp;
      patterns.push(pattern);
    }
  }
  return patterns;
}

/** compromise's trim-down: every need met, no ifNo present, enough of the wants. */
function worthTrying(pattern: Pattern, have: Set<string>): boolean {
  if (!pattern.needs.every((need) => have.has(need))) return false;
  if (pattern.ifNo !== undefined && pattern.ifNo.some((no) => have.has(no))) return false;
  if (pattern.wants.length === 0) return true;
  return pattern.wants.filter((want) => have.has(want)).length >= pattern.minWant;
}

export const fastBulkMatch: BulkMatch = (document, net, methods, options = {}) => {
  const caches = methods.one.cacheDoc(document);
  const results: Array<Pattern & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n += 1) {
    const have = caches[n]!;
    const termCount = document[n]!.length;
    const candidates = hookedPatterns(net, have).filter((pattern) => worthTrying(pattern, have));
    for (const pattern of candidates.length === 0 ? net.always : candidates.concat(net.always)) {
      if (termCount < pattern.minWords) continue;
      const found = methods.one.match([document[n]!], pattern);
      if (found.ptrs.length === 0) continue;
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        const todo = Object.assign({}, pattern, { pointer });
        if (pattern.unTag !== undefined) todo.unTag = pattern.unTag;
        results.push(todo);
      }
      if (options.matchOne === true) return [results[0]!];
    }
  }
  return results;
};

/**
 * Puts fastBulkMatch in place of compromise's sweep, once. A compromise whose world does not
 * have the sweep where 14.x keeps it is left alone (its own sweep stays, only slower).
 */
export function installFastSweep(world: { methods?: { one?: { bulkMatch?: unknown } } }): boolean {
  const one = world.methods?.one;
  if (one === undefined || typeof one.bulkMatch !== 'function') return false;
  one.bulkMatch = fastBulkMatch;
  return true;
}
