import type { Token } from '../segment/token.js';
import type { Source } from '../types.js';
import { isPersonTitle } from './naming.js';

/**
 * Who "he", "it" or "the mission" is: the nearest earlier mention that fits. A pronoun takes
 * the nearest earlier source of a fitting kind (he/she/I a person, it an organisation or a
 * document, they/we anyone), else the nearest earlier name in the text of that kind; a bare
 * definite description ("the mission", "the campaign") takes the nearest earlier source with
 * the same head word ("Iran's mission to the UN").
 */
export function resolveSources(
  statements: readonly { tokens: readonly Token[] }[],
  sources: readonly (Source | null)[],
  others: readonly (readonly Source[])[] = [],
): { main: (Source | null)[]; others: Source[][] } {
  const surnames = personSurnames(statements);
  const mentions = new Mentions(statements);
  // A quotation's sentences share one source object: resolve each object once.
  const done = new Map<Source, Source>();
  const resolved: (Source | null)[] = [];
  const resolve = (source: Source, i: number): Source => {
    // A relative pronoun ("which") comes resolved from its own sentence.
    const antecedent = source.resolved ?? antecedentOf(source, i, mentions);
    // "Park told supporters …" after "Senator Jim Park": a lone surname compromise does not know is the person's.
    const kind = source.kind === 'organization' && surnames.has(source.text) ? 'person' : source.kind;
    return antecedent === null && kind === source.kind ? source : { ...source, kind, ...(antecedent === null ? {} : { resolved: antecedent }) };
  };
  // A statement's other attributions are resolved as its main source is, after it; they are not
  // mentions later pronouns refer to (the main sources alone are).
  const resolvedOthers: Source[][] = [];
  sources.forEach((source, i) => {
    let result = source === null ? null : done.get(source);
    if (source !== null && result === undefined) done.set(source, (result = resolve(source, i)));
    resolved.push(result ?? null);
    mentions.add(i, result ?? null);
    resolvedOthers.push((others[i] ?? []).map((other) => resolve(other, i)));
  });
  return { main: resolved, others: resolvedOthers };
}

/** The last words of the names compromise tags as people anywhere in the document ("Park" of "Senator Jim Park"). */
function personSurnames(statements: readonly { tokens: readonly Token[] }[]): Set<string> {
  const surnames = new Set<string>();
  for (const { tokens } of statements) {
    tokens.forEach((token, i) => {
      const next = tokens[i + 1];
      const endsName = next === undefined || !/^\p{Lu}/u.test(next.text) || token.post.trim() !== '';
      if (!endsName || i === 0 || !/^\p{Lu}/u.test(token.text)) return;
      const before = tokens[i - 1]!;
      // Tagged as a person, or a name after a person's title ("Senator Jim Park", which compromise may read as a place).
      const tagged = token.tags.has('Person') && before.tags.has('Person');
      const titled = /^\p{Lu}/u.test(before.text) && i > 1 && isPersonTitle(tokens[i - 2]!);
      if (tagged || titled) surnames.add(token.text);
    });
  }
  return surnames;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'him', 'her', 'his']);
const THING_PRONOUNS = new Set(['it', 'its']);

function antecedentOf(source: Source, index: number, mentions: Mentions): string | null {
  const word = source.text.toLowerCase();
  if (source.kind === 'pronoun') {
    const candidate = PERSON_PRONOUNS.has(word) ? mentions.lastPerson : THING_PRONOUNS.has(word) ? mentions.lastThing : mentions.lastAny;
    if (candidate !== null) return nameOf(candidate);
    return PERSON_PRONOUNS.has(word) ? mentions.nearestName(index, 'Person') : THING_PRONOUNS.has(word) ? mentions.nearestName(index, 'Organization') : null;
  }
  const definite = /^(?:the|this|that)\s+(\S+)$/i.exec(source.text);
  if (definite === null) return null;
  const withWord = mentions.lastWithWord(definite[1]!.toLowerCase(), source.text);
  if (withWord !== null) return nameOf(withWord);
  // "Acme Corp denied … \"…,\" the company said": no earlier source has the word; a named one
  // of the same kind just before is who the description stands for.
  for (let i = index - 1; i >= 0 && i >= index - DESCRIPTION_REACH; i--) {
    const candidate = mentions.at(i);
    if (candidate != null && candidate.kind === source.kind && candidate.named && /\s\p{Lu}|^\p{Lu}\S*\s+\p{Lu}/u.test(candidate.text)) return nameOf(candidate);
  }
  return null;
}

function nameOf(source: Source): string {
  return source.resolved ?? source.text;
}

/**
 * The sources resolved so far, indexed so that each question a pronoun or a description asks
 * ("the nearest earlier person", "the nearest earlier source with the word 'company'") is
 * answered without walking back over the document: a long text must take linear time.
 */
class Mentions {
  private readonly sources: (Source | null)[] = [];
  lastPerson: Source | null = null;
  lastThing: Source | null = null;
  lastAny: Source | null = null;
  /**
   * By word, the sources whose text has it, nearest last. A run of one text keeps its nearest
   * only (a search that skips the text skips them all), and a source whose whole text is the
   * word never answers for it ("Company denies breach": a headline's bare head word names no one).
   */
  private readonly byWord = new Map<string, Source[]>();
  /** By statement, the nearest run of tokens tagged Person / Organization in it or before it; worked out when first asked. */
  private readonly namesSoFar = new Map<'Person' | 'Organization', (string | null)[]>();

  constructor(private readonly statements: readonly { tokens: readonly Token[] }[]) {}

  at(index: number): Source | null {
    return this.sources[index] ?? null;
  }

  add(index: number, source: Source | null): void {
    this.sources[index] = source;
    if (source === null) return;
    for (const word of new Set(wordsOf(source.text))) {
      if (source.text.toLowerCase() === word) continue;
      const list = this.byWord.get(word) ?? [];
      if (list.at(-1)?.text === source.text) list.pop();
      list.push(source);
      this.byWord.set(word, list);
    }
    if (source.kind === 'pronoun') return;
    this.lastAny = source;
    if (source.kind === 'person') this.lastPerson = source;
    if (source.kind === 'organization' || source.kind === 'document') this.lastThing = source;
  }

  /** The nearest source so far with the description's head word, other than the description itself. */
  lastWithWord(head: string, description: string): Source | null {
    const list = this.byWord.get(head) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.text !== description) return list[i]!;
    return null;
  }

  /** The nearest name of a kind (a run of tokens compromise tags Person or Organization) before statement `index`. */
  nearestName(index: number, tag: 'Person' | 'Organization'): string | null {
    // Names in the pronoun's own statement count only when they come before the first pronoun.
    const tokens = this.statements[index]!.tokens;
    return lastName(tokens, firstPronounIndex(tokens), tag) ?? (index > 0 ? this.namesBefore(tag)[index - 1]! : null);
  }

  private namesBefore(tag: 'Person' | 'Organization'): (string | null)[] {
    let names = this.namesSoFar.get(tag);
    if (names === undefined) {
      let nearest: string | null = null;
      names = this.statements.map(({ tokens }) => (nearest = lastName(tokens, tokens.length, tag) ?? nearest));
      this.namesSoFar.set(tag, names);
    }
    return names;
  }
}

/** The words of a mention that can be a description's head: not a possessor ("the company's Memphis site" is a site). */
function wordsOf(mention: string): string[] {
  return mention
    .toLowerCase()
    .split(/[\s,;:()"“”—–-]+/u)
    .filter((word) => !/['’]s?$/u.test(word))
    .map((word) => word.replace(/[^\p{L}]+/gu, ''));
}

/** How many statements back a definite description ("the company") looks for a named source without its word. */
const DESCRIPTION_REACH = 3;

/** The last run of tokens tagged `tag` that ends before token `before`, joined as written. */
function lastName(tokens: readonly Token[], before: number, tag: 'Person' | 'Organization'): string | null {
  for (let j = before - 1; j >= 0; j--) {
    if (!tokens[j]!.tags.has(tag)) continue;
    let first = j;
    while (first > 0 && tokens[first - 1]!.tags.has(tag) && tokens[first - 1]!.post.trim() === '') first--;
    return tokens.slice(first, j + 1).map((t, k, run) => t.text + (k < run.length - 1 ? ' ' : '')).join('');
  }
  return null;
}

/** The first pronoun's index, or the statement's length. */
function firstPronounIndex(tokens: readonly Token[]): number {
  const at = tokens.findIndex((t) => t.tags.has('Pronoun'));
  return at === -1 ? tokens.length : at;
}
