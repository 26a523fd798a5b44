import type { Match } from '../classify/match.js';
import { TITLES, type Token } from '../segment/token.js';
import type { Source, SourceKind } from '../types.js';
import { isRelativeWord, phraseStartingAt, type TokenRange } from './noun-phrase.js';
import sourceHeads from './source-heads.json' with { type: 'json' };

/**
 * Who a source is: named or not, and what kind of speaker. Decided on the words of the
 * source's noun phrase and on compromise's tags.
 */

/** A relative pronoun standing as a source's mention ("which" in "the ministry, which denied"), resolved to its antecedent. */
export function isRelativeMention(source: Pick<Source, 'text' | 'resolved'>): boolean {
  return source.resolved !== undefined && isRelativeWord(source.text);
}

/** The words that name a source: a relative pronoun's antecedent, else the mention itself. */
export function nameOf(source: Source): string {
  return isRelativeMention(source) ? source.resolved! : source.text;
}

export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my']);
const DOCUMENTS: ReadonlySet<string> = new Set(sourceHeads.documents);
/** An unnamed source introduced indefinitely: "one poster", "some individuals", "someone", "another official". */
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'several', 'many', 'another', 'other', 'others', 'someone', 'somebody', 'few', 'numerous', 'various', 'two', 'three', 'four', 'multiple']);

/** Quantifiers of an unnamed group's members: "many Democrats", "two senators". */
const PLURAL_QUANTIFIERS = new Set(['some', 'several', 'many', 'few', 'numerous', 'various', 'multiple', 'other', 'two', 'three', 'four']);

/** (compromise leaves "Democrats" untagged for number.) */
function isPlural(token: Token): boolean {
  return token.tags.has('Plural') || (token.tags.has('ProperNoun') && /[^s]s$/.test(token.normal));
}

/** A person's name stands in the phrase: "two senators, Mark Lund and Ann Roe,". */
function namesPerson(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) if (tokens[i]!.tags.has('Person')) return true;
  return false;
}

/** Heads of a noun phrase that name a body rather than a person: "the mission", "Trump's campaign". */
const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(sourceHeads.organizations);

/** Heads that name a person by their role, whatever body names them: "a Microsoft spokesperson", "a White House official". */
const PERSON_HEADS: ReadonlySet<string> = new Set(sourceHeads.persons);

const ANONYMOUS_ROLES: ReadonlySet<string> = new Set(sourceHeads.anonymousRoles);

/** "a federal appeals court", "a grand jury": a court acts on the record, named or not. */
const COURTS: ReadonlySet<string> = new Set(sourceHeads.courts);

/** "Senator", "spokesman", "Sen.", "Mr.": a word that stands before a person's name. */
export function isPersonTitle(token: Token): boolean {
  return PERSON_HEADS.has(token.lemma) || TITLES.has(token.normal.replace(/\.$/, ''));
}

export function isVague(tokens: readonly Token[], range: TokenRange, matches: readonly Match[]): boolean {
  const headWord = headIndex(tokens, range);
  const indefinite = INDEFINITE.has(tokens[range.first]!.normal);
  // "a report", "an Internet posting": an unnamed document; "a Gallup poll", "a poll by Copper
  // State Research" name their maker.
  if (indefinite && DOCUMENTS.has(tokens[headWord]!.lemma)) return !namesMaker(tokens, range, headWord);
  // ("Residents interviewed by the AP": the name is the interviewer's, the residents stay unnamed;
  // "a report released by Microsoft" is Microsoft's.)
  const head = beforeParticiple(tokens, range);
  if (head.last < range.last && !DOCUMENTS.has(tokens[head.last]!.lemma) && !hasProperNoun(tokens, head) && vagueWords(matches, head)) return true;
  if (indefinite && holdsAnonymousRole(tokens, range, headWord)) return true;
  if (namesMembers(tokens, range)) return false;
  // "many Democrats", "several Republican senators": a party or a body names the group, not who in it speaks.
  if (PLURAL_QUANTIFIERS.has(tokens[range.first]!.normal) && isPlural(tokens[headWord]!) && !namesPerson(tokens, range)) return true;
  if (hasProperNoun(tokens, range)) return false;
  if (indefinite) return !COURTS.has(tokens[headWord]!.lemma);
  // "the report" points to a document the article has named; "the second official" stays unnamed.
  if (DEFINITE.has(tokens[range.first]!.normal) && DOCUMENTS.has(tokens[range.last]!.lemma)) return false;
  return vagueWords(matches, range);
}

/**
 * An indefinite phrase whose head (at `head`) is an anonymous role: "a White House official",
 * "two Western diplomats", "an aide to Senator Warren". The names say whom the official serves,
 * not who the official is; "an aide, John Smith," is named. (A bare plural, "Scientology
 * officials have stated", may be a body speaking on the record.)
 */
function holdsAnonymousRole(tokens: readonly Token[], range: TokenRange, head: number): boolean {
  if (!ANONYMOUS_ROLES.has(tokens[head]!.lemma) && !ANONYMOUS_ROLES.has(tokens[head]!.normal)) return false;
  return head === range.last || !/,/.test(tokens[head]!.post);
}

/** The document's maker is named: "Gallup" in "a Gallup poll" (not a platform: "an Internet posting", "a Facebook post"), or pointed to. */
function namesMaker(tokens: readonly Token[], range: TokenRange, head: number): boolean {
  // "a letter from his doctor", "a report by the agency": a maker the article has pointed to.
  if (/^(?:by|from)$/.test(tokens[head + 1]?.normal ?? '') && head + 2 <= range.last && DEFINITE.has(tokens[head + 2]!.normal)) return true;
  // "a civil complaint [filed by the SEC]": the maker is the agent of a participle after the phrase.
  if (head === range.last && opensParticipleModifier(tokens[head + 1] ?? tokens[head]!) && tokens[head + 2]?.normal === 'by') {
    const agent = phraseStartingAt(tokens, head + 3);
    if (agent !== null && hasProperNoun(tokens, agent)) return true;
  }
  for (let i = range.first + 1; i <= range.last; i++) {
    const tags = tokens[i]!.tags;
    const name = tags.has('ProperNoun') || tags.has('Organization') || tags.has('Person') || tags.has('Acronym');
    if (name && !OCCASIONS.has(tokens[i]!.lemma) && !DOCUMENTS.has(tokens[i]!.lemma)) return true;
  }
  return false;
}

function vagueWords(matches: readonly Match[], range: TokenRange): boolean {
  return matches.some((m) => m.entry.kind === 'vague-source' && m.first >= range.first && m.last <= range.last);
}

/** The range up to a participle that starts a modifier of its head: "Residents [interviewed by the AP]". */
function beforeParticiple(tokens: readonly Token[], range: TokenRange): TokenRange {
  for (let i = range.first + 1; i <= range.last; i++) if (opensParticipleModifier(tokens[i]!)) return { first: range.first, last: i - 1 };
  return range;
}

/** "Proponents, including the Conference of Mayors, …": a group that names who is in it. */
function namesMembers(tokens: readonly Token[], range: TokenRange): boolean {
  if (tokens[range.last + 1]?.normal !== 'including') return false;
  const members = phraseStartingAt(tokens, range.last + 2);
  return members !== null && hasProperNoun(tokens, members);
}

export function isNamed(tokens: readonly Token[], range: TokenRange): boolean {
  if (hasProperNoun(tokens, range)) return true;
  const first = tokens[range.first]!;
  // "Bloomberg said …": a capitalised singular without an article opens the sentence as a name
  // would ("Company denies breach" is a headline's bare head word).
  const headWord = DOCUMENTS.has(first.lemma) || ORGANIZATION_HEADS.has(first.lemma) || PERSON_HEADS.has(first.lemma);
  if (range.first === 0 && range.last === 0 && /^\p{Lu}/u.test(first.text) && first.tags.has('Singular') && !first.tags.has('Pronoun') && !headWord) return true;
  if (range.first === range.last && PERSONAL_PRONOUNS.has(first.normal)) return true;
  return DEFINITE.has(first.normal);
}

/** A name: tagged as one, or capitalised away from the start of the sentence ("State Department officials"). */
export function hasProperNoun(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) {
    const token = tokens[i]!;
    const tags = token.tags;
    if (tags.has('ProperNoun') || tags.has('Person') || tags.has('Organization') || tags.has('Place') || tags.has('Acronym')) return true;
    if (i > 0 && /^\p{Lu}/u.test(token.text) && !tags.has('Pronoun')) return true;
    // "WALLACE:" in a transcript: a word in capitals is a name wherever it stands.
    if (/^\p{Lu}{3,}$/u.test(token.text)) return true;
  }
  return false;
}

/** "quoting an anonymous official", "spoke on condition of anonymity": the sentence says its source is unnamed. */
export function anonymityStated(matches: readonly Match[]): boolean {
  return matches.some((m) => m.entry.kind === 'vague-source' && m.entry.needs === undefined);
}

/**
 * The kind of speaker: a pronoun ("he"), an unnamed source ("officials", "a source"), a
 * document ("the report", "a letter"), an organisation ("Iran's mission", "Politico") or a
 * person ("Steven Cheung", "the lawyers").
 */
export function sourceKind(tokens: readonly Token[], range: TokenRange, vague: boolean): SourceKind {
  if (range.first === range.last && tokens[range.first]!.tags.has('Pronoun')) return 'pronoun';
  // The head is the last word before a modifier: "the campaign team [of …]", "Iran's mission [to the UN]".
  const core = { first: range.first, last: headIndex(tokens, range) };
  const head = tokens[core.last]!;
  if (DOCUMENTS.has(head.lemma) && !isMasthead(tokens, core.last)) return 'document';
  if (vague) return 'unnamed';
  if (ORGANIZATION_HEADS.has(head.lemma)) return 'organization';
  if (PERSON_HEADS.has(head.lemma)) return 'person';
  if (namesPerson(tokens, core)) return 'person';
  for (let i = core.first; i <= core.last; i++) {
    const tags = tokens[i]!.tags;
    if (tags.has('Organization') || tags.has('Place') || tags.has('Acronym')) return 'organization';
  }
  // "Green Prairie Farms", "Delta Air Lines": a capitalised plural that ends a name is a company's
  // ("Democratic lawmakers" are people).
  const namePlural = head.tags.has('Plural') && core.last > core.first && /^\p{Lu}/u.test(head.text) && /^\p{Lu}/u.test(tokens[core.last - 1]!.text);
  return hasProperNoun(tokens, core) && (!head.tags.has('Plural') || namePlural) ? 'organization' : 'person';
}

const MASTHEADS: ReadonlySet<string> = new Set(sourceHeads.mastheads);

/** "The Washington Post", "the Daily Record": a capitalised document word after a capitalised name ends a newspaper's name. */
function isMasthead(tokens: readonly Token[], head: number): boolean {
  const before = tokens[head - 1];
  return MASTHEADS.has(tokens[head]!.lemma) && /^\p{Lu}/u.test(tokens[head]!.text) && before !== undefined && /^\p{Lu}/u.test(before.text);
}

/** Where words are spoken that are no document: "a speech on Friday", "the debate", "Twitter". */
const OCCASIONS: ReadonlySet<string> = new Set(sourceHeads.occasions);

const NOTES: ReadonlySet<string> = new Set(sourceHeads.notes);

/** "CLARIFICATION:", "Editor's note:": the words before a colon label an editor's note. */
export function isEditorsNote(text: string, tokens: readonly Token[], range: TokenRange): boolean {
  return NOTES.has(text.slice(tokens[range.first]!.start, tokens[range.last]!.end).toLowerCase().replace(/\s+/g, ' '));
}

/** The phrase names an occasion for speaking by its head word: "a speech on Friday", "Monday's debate". */
export function namesOccasion(tokens: readonly Token[], range: TokenRange): boolean {
  return OCCASIONS.has(tokens[headIndex(tokens, range)]!.lemma);
}

/** The phrase names a document by its head word: "this poll", "the previous national poll, conducted in September". */
export function namesDocument(tokens: readonly Token[], range: TokenRange): boolean {
  return DOCUMENTS.has(tokens[headIndex(tokens, range)]!.lemma);
}

/** "The New York Times", "Davis' commentary": a document, or a name at the phrase's head (a publication, a body). */
export function namesPublication(tokens: readonly Token[], range: TokenRange): boolean {
  return namesDocument(tokens, range) || tokens[headIndex(tokens, range)]!.tags.has('ProperNoun');
}

const MODIFIER_STARTS = new Set(['of', 'for', 'to', 'at', 'from', 'in', 'on', 'with', 'who', 'which', 'that']);

function headIndex(tokens: readonly Token[], range: TokenRange): number {
  for (let i = range.first + 1; i <= range.last; i++) {
    const token = tokens[i]!;
    // "a report [released on Friday …]": a participle after the noun starts its modifier too.
    if (MODIFIER_STARTS.has(token.normal) || opensParticipleModifier(token) || /,/.test(tokens[i - 1]!.post)) return i - 1;
  }
  return range.last;
}

/** A participle (or a past form compromise reads as a verb) after a noun opens a modifier: "a report [released …]". */
function opensParticipleModifier(token: Token): boolean {
  return token.tags.has('Participle') || (token.tags.has('PastTense') && token.tags.has('Verb'));
}
