import type { Token } from '../segment/token.js';
import type { Source } from '../types.js';

/**
 * Who "he", "it" or "the mission" is: the nearest earlier mention that fits. A pronoun takes
 * the nearest earlier source of a fitting kind (he/she/I a person, it an organisation or a
 * document, they/we anyone), else the nearest earlier name in the text of that kind; a bare
 * definite description ("the mission", "the campaign") takes the nearest earlier source with
 * the same head word ("Iran's mission to the UN").
 */
export function resolveSources(statements: readonly { tokens: readonly Token[] }[], sources: readonly (Source | null)[]): (Source | null)[] {
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
      result = antecedent === null ? source : { ...source, resolved: antecedent };
      done.set(source, result);
    }
    resolved.push(result);
  });
  return resolved;
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
    if (candidate.text.toLowerCase().split(/[^\p{L}]+/u).includes(head)) return candidate.resolved ?? candidate.text;
  }
  // "Acme Corp denied … \"…,\" the company said": no earlier source has the word; a named one
  // of the same kind just before is who the description stands for.
  for (let i = index - 1; i >= 0 && i >= index - DESCRIPTION_REACH; i--) {
    const candidate = earlier[i];
    if (candidate != null && candidate.kind === source.kind && candidate.named && /\s\p{Lu}|^\p{Lu}\S*\s+\p{Lu}/u.test(candidate.text)) return candidate.resolved ?? candidate.text;
  }
  return null;
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
