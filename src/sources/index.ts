/**
 * The sources report: who speaks in a document, each speaker once. Pure: statements in,
 * `SourceSummary[]` out (src/types.ts), the same for the same statements.
 *
 * Statements are grouped by the source they name, in three steps:
 *
 * 1. A pronoun or short description that attribution resolved ("he", "the mission") counts as
 *    the mention it refers to (`source.resolved`).
 * 2. Mentions that differ only in case, a leading article, a final possessive, dots or spacing
 *    are the same source ("Iran’s mission to the UN", "Iran's Mission to the UN").
 * 3. A named source whose words are the last words of a longer named source of the same kind is
 *    that source: "Cheung" and "Steven Cheung" are "Trump campaign spokesperson Steven Cheung",
 *    "the campaign" is "the Trump campaign", "the mission" is "Iran’s mission to the UN". The
 *    longer name counts up to its first preposition, so "the UN" is not "Iran’s mission to the
 *    UN". A title in front ("Mr. Cheung") is ignored. When the short name fits several different
 *    longer ones ("the ministry" after two ministries), it is left alone.
 *
 * Unnamed sources ("a source", "officials") are merged only with the same words: two unnamed
 * sources are never assumed to be one person.
 */
import { isRelativeMention } from '../attribute/naming.js';
import { emptyCounts, type SourceKind, type SourceSummary, type Statement, type StatementAttribution } from '../types.js';

/** Titles that may stand before a surname: "Mr. Cheung" is Cheung. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt']);
/** Words that end a name's head: what follows modifies it ("mission [to the UN]", "team [of …]"). */
const MODIFIER_STARTS = new Set(['of', 'to', 'for', 'at', 'in', 'from', 'on', 'with', 'by', 'who', 'which', 'that']);
/** Articles a mention may start with without changing whom it names. */
const ARTICLES = new Set(['the', 'a', 'an']);
/** The kind a resolved pronoun implies when no mention of the group says more. */
const PRONOUN_KINDS: Readonly<Record<string, SourceKind>> = { he: 'person', she: 'person', him: 'person', her: 'person', his: 'person', it: 'organization', its: 'organization' };

interface Member {
  index: number;
  /** The source's text as written, whitespace collapsed. */
  mention: string;
  kind: SourceKind;
  /** Attribution resolved it to an earlier mention. */
  resolved: boolean;
}

interface Group {
  key: string;
  named: boolean;
  /** Statement indices and the source text each statement names its source by. */
  members: Member[];
  /** Texts that may name the group: its mentions and the mentions they resolve to. */
  names: string[];
  /** Normalised words of the group's key, for the variant rule. */
  words: string[];
  first: number;
  parent?: Group;
}

/** Whitespace collapsed, ends trimmed: how a mention is shown and compared. */
export function cleanMention(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The words a mention is compared by: lower case, straight apostrophes, no article, possessive or dots. */
export function nameWords(text: string): string[] {
  const words = cleanMention(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\./g, '')
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, ''))
    .filter((word) => word !== '');
  while (words.length > 1 && ARTICLES.has(words[0]!)) words.shift();
  const last = words.length - 1;
  if (last >= 0) words[last] = words[last]!.replace(/'s?$/, '');
  return words.filter((word) => word !== '');
}

function root(group: Group): Group {
  let current = group;
  while (current.parent !== undefined) current = current.parent;
  return current;
}

/** The kind of a group: its fullest non-pronoun mention's, else what its resolved pronouns imply. */
function groupKind(members: readonly Member[], name: string): SourceKind {
  const kinds = members.filter((m) => m.kind !== 'pronoun');
  const named = kinds.find((m) => m.mention === name) ?? kinds[0];
  if (named !== undefined) return named.kind;
  for (const member of members) {
    const implied = member.resolved ? PRONOUN_KINDS[member.mention.toLowerCase()] : undefined;
    if (implied !== undefined) return implied;
  }
  return 'pronoun';
}

/** Kinds that may be one source: equal, or one of them only a pronoun. */
function compatible(a: SourceKind, b: SourceKind): boolean {
  return a === b || a === 'pronoun' || b === 'pronoun';
}

/** `short` ends `long`: the same words, or fewer. */
function isSuffix(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  const offset = long.length - short.length;
  return short.every((word, i) => long[offset + i] === word);
}

function withoutTitle(words: readonly string[]): string[] {
  return words.length > 1 && TITLES.has(words[0]!) ? words.slice(1) : [...words];
}

/** A name's words up to its first preposition or relative word, title dropped: what the name is of. */
function headWords(words: readonly string[]): string[] {
  const end = words.findIndex((word, i) => i > 0 && MODIFIER_STARTS.has(word));
  return withoutTitle(end === -1 ? words : words.slice(0, end));
}

/** The fullest of a group's names: most words (a title not counted), then first appearance. */
function fullestName(names: readonly string[]): string {
  const size = (name: string): number => withoutTitle(nameWords(name)).length;
  let best = names[0] ?? '';
  for (const name of names) if (size(name) > size(best)) best = name;
  return best;
}

/** Who a statement's attributions name: its main source, then each other attribution's ("X said A, while Y denied it"). */
function speakersOf(statement: Statement): Array<Pick<StatementAttribution['source'], 'text' | 'kind' | 'named' | 'resolved'>> {
  const { source } = statement;
  const speakers: Array<Pick<StatementAttribution['source'], 'text' | 'kind' | 'named' | 'resolved'>> = source === null || source === undefined ? [] : [source];
  for (const attribution of statement.attributions ?? []) {
    const main = source != null && attribution.source.start === source.start && attribution.source.end === source.end && attribution.cue.start === source.cue.start;
    if (!main) speakers.push(attribution.source);
  }
  return speakers;
}

/**
 * Every source of a document with its statements, variants merged, in order of first
 * appearance. A statement counts for each source one of its attributions names (once however
 * many of them name it).
 */
export function summarizeSources(statements: readonly Statement[]): SourceSummary[] {
  const groups = new Map<string, Group>();
  const order: Group[] = [];
  for (const statement of statements) {
    for (const source of speakersOf(statement)) {
      const mention = cleanMention(source.text);
      const resolved = source.resolved === undefined ? '' : cleanMention(source.resolved);
      const referent = resolved !== '' ? resolved : mention;
      const words = nameWords(referent);
      // A named source (or a pronoun resolved to one) is known by its words; an unnamed one by its exact words only.
      const named = source.named || (resolved !== '' && source.kind !== 'unnamed');
      const key = `${named ? 'named' : 'unnamed'}\u0000${named ? words.join(' ') : referent.toLowerCase()}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { key, named, members: [], names: [], words, first: statement.index };
        groups.set(key, group);
        order.push(group);
      }
      group.members.push({ index: statement.index, mention, kind: source.kind, resolved: resolved !== '' });
      for (const name of [referent, mention]) {
        // A resolved pronoun ("he", a relative "which") is no name of its own.
        if ((source.kind === 'pronoun' || isRelativeMention(source)) && name === mention && resolved !== '') continue;
        if (!group.names.includes(name)) group.names.push(name);
      }
    }
  }

  // The variant rule, longest names first, so "Steven Cheung" has joined its longer form before "Cheung" looks for one.
  const size = (group: Group): number => withoutTitle(group.words).length;
  const named = order.filter((g) => g.named).sort((a, b) => size(b) - size(a) || a.first - b.first);
  const kindOf = (group: Group): SourceKind => groupKind(group.members, fullestName(group.names));
  for (const short of named) {
    const words = withoutTitle(short.words);
    const targets = new Set<Group>();
    for (const long of named) {
      if (long === short || size(long) <= words.length || !isSuffix(words, headWords(long.words))) continue;
      // "Schiff" after "Rep. Adam Schiff": a lone surname compromise does not know reads as an
      // organization's name, but the full name says who it is.
      const surname = words.length === 1 && kindOf(short) === 'organization' && kindOf(long) === 'person';
      if (!compatible(kindOf(short), kindOf(long)) && !surname) continue;
      targets.add(root(long));
    }
    targets.delete(short);
    if (targets.size === 1) short.parent = [...targets][0]!;
  }

  const merged = new Map<Group, { members: Member[]; names: string[] }>();
  for (const group of order) {
    const top = root(group);
    const entry = merged.get(top) ?? { members: [], names: [] };
    for (const member of group.members) entry.members.push(member);
    for (const name of group.names) if (!entry.names.includes(name)) entry.names.push(name);
    merged.set(top, entry);
  }

  const byIndex = new Map(statements.map((s) => [s.index, s]));
  const summaries: SourceSummary[] = [];
  for (const [top, { members, names }] of merged) {
    members.sort((a, b) => a.index - b.index);
    const name = fullestName(names);
    const counts = emptyCounts();
    const mentions: string[] = [];
    const indices: number[] = [];
    for (const member of members) {
      if (!mentions.includes(member.mention)) mentions.push(member.mention);
      if (indices[indices.length - 1] === member.index) continue;
      indices.push(member.index);
      const statement = byIndex.get(member.index);
      if (statement !== undefined) counts[statement.label] += 1;
    }
    summaries.push({ name, kind: groupKind(members, name), named: top.named, mentions, statements: indices, counts });
  }
  return summaries.sort((a, b) => (a.statements[0] ?? 0) - (b.statements[0] ?? 0));
}

/** The sources of a document: those annotate computed, else computed now (hand-built or older reports). */
export function sourcesOf(document: { statements: readonly Statement[]; sources?: SourceSummary[] }): SourceSummary[] {
  return document.sources ?? summarizeSources(document.statements);
}
