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
export function resolveSources(statements: readonly { tokens: readonly Token[] }[], sources: readonly (Source | null)[]): (Source | null)[] {
  const surnames = personSurnames(statements);
  // A quotation's sentences share one source object: resolve each object once.
  const done = new Map<Source, Source>();
  const resolved: (Source | null)[] = [];
  sources.forEach((source, i) => {
    if (source === null) {
      resolved.push(null);
      return;
    }
    let result = done.get(source);
    if (result === undefined) {
      // A relative pronoun ("which") comes resolved from its own sentence.
      const antecedent = source.resolved ?? antecedentOf(source, i, statements, resolved);
      // "Park told supporters …" after "Senator Jim Park": a lone surname compromise does not know is the person's.
      const kind = source.kind === 'organization' && surnames.has(source.text) ? 'person' : source.kind;
      result = antecedent === null && kind === source.kind ? source : { ...source, kind, ...(antecedent === null ? {} : { resolved: antecedent }) };
      done.set(source, result);
    }
    resolved.push(result);
  });
  return resolved;
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

function antecedentOf(source: Source, index: number, statements: readonly { tokens: readonly Token[] }[], earlier: readonly (Source | null)[]): string | null {
  const word = source.text.toLowerCase();
  if (source.kind === 'pronoun') {
    const fits = (candidate: Source): boolean =>
      candidate.kind !== 'pronoun' &&
      (PERSON_PRONOUNS.has(word) ? candidate.kind === 'person' : THING_PRONOUNS.has(word) ? candidate.kind === 'organization' || candidate.kind === 'document' : true);
    for (let i = index - 1; i >= 0; i--) {
      const candidate = earlier[i];
      if (candidate != null && fits(candidate)) return candidate.resolved ?? candidate.text;
    }
    return PERSON_PRONOUNS.has(word) ? nearestName(statements, index, 'Person') : THING_PRONOUNS.has(word) ? nearestName(statements, index, 'Organization') : null;
  }
  const definite = /^(?:the|this|that)\s+(\S+)$/i.exec(source.text);
  if (definite === null) return null;
  const head = definite[1]!.toLowerCase();
  for (let i = index - 1; i >= 0; i--) {
    const candidate = earlier[i];
    // ("Company denies breach": a headline's bare head word names no one to refer to.)
    if (candidate == null || candidate.text === source.text || candidate.text.toLowerCase() === head) continue;
    if (hasWord(candidate.text, head)) return candidate.resolved ?? candidate.text;
  }
  // "Acme Corp denied … \"…,\" the company said": no earlier source has the word; a named one
  // of the same kind just before is who the description stands for.
  for (let i = index - 1; i >= 0 && i >= index - DESCRIPTION_REACH; i--) {
    const candidate = earlier[i];
    if (candidate != null && candidate.kind === source.kind && candidate.named && /\s\p{Lu}|^\p{Lu}\S*\s+\p{Lu}/u.test(candidate.text)) return candidate.resolved ?? candidate.text;
  }
  return null;
}

/** The mention has the description's head word, not as a possessor ("the company's Memphis site" is a site). */
function hasWord(mention: string, head: string): boolean {
  return mention
    .toLowerCase()
    .split(/[\s,;:()"“”—–-]+/u)
    .some((word) => !/['’]s?$/u.test(word) && word.replace(/[^\p{L}]+/gu, '') === head);
}

/** How many statements back a definite description ("the company") looks for a named source without its word. */
const DESCRIPTION_REACH = 3;

/** The nearest name of a kind (a run of tokens compromise tags Person or Organization) before statement `index`. */
function nearestName(statements: readonly { tokens: readonly Token[] }[], index: number, tag: 'Person' | 'Organization'): string | null {
  for (let i = index; i >= 0; i--) {
    const tokens = statements[i]!.tokens;
    for (let j = tokens.length - 1; j >= 0; j--) {
      if (!tokens[j]!.tags.has(tag)) continue;
      let first = j;
      while (first > 0 && tokens[first - 1]!.tags.has(tag) && tokens[first - 1]!.post.trim() === '') first--;
      if (i === index && j >= firstPronounIndex(tokens)) continue;
      return tokens.slice(first, j + 1).map((t, k, run) => t.text + (k < run.length - 1 ? ' ' : '')).join('');
    }
  }
  return null;
}

/** Names in the pronoun's own statement count only when they come before the first pronoun. */
function firstPronounIndex(tokens: readonly Token[]): number {
  const at = tokens.findIndex((t) => t.tags.has('Pronoun'));
  return at === -1 ? tokens.length : at;
}
