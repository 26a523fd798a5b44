import type { Token } from '../segment/token.js';
import { anyToken, breaksAfter, hasVerb, isParticiple, isRelativePronoun, phraseEndingAt, phraseStartingAt, QUANTIFIERS, type TokenRange } from './noun-phrase.js';
import { hasProperNoun } from './naming.js';

/**
 * Who a reporting verb belongs to: the noun phrase before it ("Iran's mission to the UN
 * stated"), after it when the quote comes first (`"...," said John Smith`), a relative pronoun
 * ("a report by Politico, which disclosed", see relativeAntecedent), with an appositive kept
 * ("Brian Fallon, a spokesman for the campaign, said") and a parenthetical skipped
 * ("Clinton, speaking to reporters on her plane, said").
 */
export function speakerOf(tokens: readonly Token[], verbFirst: number, verbLast: number, introducesPhrase: boolean, lemma = tokens[verbFirst]!.lemma): TokenRange | null {
  if (introducesPhrase) return phraseStartingAt(tokens, verbLast + 1);
  // "The ad could air this week, said Brian Baker, a longtime adviser.": after a clause, a
  // closing tag names its speaker after the verb.
  const previous = tokens[verbFirst - 1];
  // A lexicon entry of a surface form ("said") names no lemma of its own: the token's counts.
  const inverting = INVERTING.has(lemma) || INVERTING.has(tokens[verbFirst]!.lemma);
  if (previous !== undefined && /,/.test(previous.post) && inverting && anyToken(tokens, 0, verbFirst, isFiniteVerb)) {
    const after = phraseStartingAt(tokens, verbLast + 1);
    // "…, McConnell said Tuesday.": a time after the verb is no speaker.
    const timeOnly = after !== null && tokens.slice(after.first, after.last + 1).every((_, k) => isTimeWord(tokens, after.first + k));
    // "…, said that in 1998 …": a clause follows the verb, not its speaker.
    const opensClause = /^(?:that|if|whether|in|on|at|after|before|when|because)$/.test(tokens[verbLast + 1]?.normal ?? '');
    if (after !== null && !timeOnly && !opensClause && after.first === verbLast + 1 && !OBJECT_PRONOUNS.has(tokens[after.first]!.normal) && closesSentence(tokens, after)) {
      return { first: after.first, last: appositivesEnd(tokens, after.last) };
    }
  }
  // "Trump is demanding": a progressive's "is" stands between subject and verb.
  const before = subjectBefore(tokens, verbFirst - 1, tokens[verbFirst]!.tags.has('Gerund'));
  if (before !== null) return before;
  // `"…," said Smith` and `"…," the board said` both put the quote first.
  // (Not "is an advocate for": an adjective or noun of attitude after "be" never comes before its subject.)
  if (previous !== undefined && closesQuote(previous.post) && lemma !== 'be') {
    const after = phraseStartingAt(tokens, verbLast + 1);
    return after !== null && inverting && after.first === verbLast + 1 ? { first: after.first, last: appositivesEnd(tokens, after.last) } : after;
  }
  // "Says Trump: …", "Said the mayor, …" open with the verb; "Back in Virginia, …" does not.
  if (previous === undefined && inverting) {
    const after = phraseStartingAt(tokens, verbLast + 1);
    const someone = (range: TokenRange): boolean => hasProperNoun(tokens, range) || (breaksAfter(tokens[range.last]!) && tokens[range.last]!.tags.has('Actor'));
    return after !== null && after.first === verbLast + 1 && someone(after) ? after : null;
  }
  return null;
}

/**
 * Speech verbs that can come before their speaker in a closing tag ("…, said Baker"). Verbs
 * with a listener ("told me", "assured them") never do: what follows them is the listener.
 */
const INVERTING = new Set(['say', 'add', 'write', 'explain', 'note', 'continue', 'ask', 'argue', 'insist', 'reply', 'respond', 'warn', 'declare', 'state', 'conclude', 'recall', 'tweet', 'comment', 'observe', 'remark', 'report', 'counter', 'caution', 'predict']);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'it', 'you']);

/**
 * "…, said Mr. Barrett, the lawyer for the state agency that oversees mining.": an inverting
 * speech verb followed by its speaker, an appositive and nothing else to the sentence's end.
 */
export function speakerClosesSentence(tokens: readonly Token[], verbFirst: number, verbLast: number): boolean {
  if (!INVERTING.has(tokens[verbFirst]!.lemma)) return false;
  const after = phraseStartingAt(tokens, verbLast + 1);
  return after !== null && after.first === verbLast + 1 && hasProperNoun(tokens, after) && closesSentence(tokens, after);
}

/**
 * "…, said its chief executive, Mark Lund.": the appositives after a closing tag's speaker belong
 * to it, up to a part that opens with a preposition, a verb or a relative pronoun ("…, said
 * Caddell, speaking of …", "…, said Smith, who chairs the panel", "…, in a statement").
 */
function appositivesEnd(tokens: readonly Token[], speakerLast: number): number {
  let end = speakerLast;
  while (/,/.test(tokens[end]!.post) && end < tokens.length - 1) {
    const next = tokens[end + 1]!;
    if (isRelativePronoun(next) || next.normal === 'whose' || ['Verb', 'Gerund', 'Preposition', 'Adverb', 'Conjunction'].some((tag) => next.tags.has(tag))) break;
    let close = end + 1;
    while (close < tokens.length - 1 && !/,/.test(tokens[close]!.post)) close++;
    end = close;
  }
  return end;
}

/** The phrase runs to the end of the sentence, or to an appositive that does. */
function closesSentence(tokens: readonly Token[], phrase: TokenRange): boolean {
  if (phrase.last === tokens.length - 1) return true;
  return /,/.test(tokens[phrase.last]!.post) && !tokens.slice(phrase.last + 1).some((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle') && !isInRelative(tokens, t));
}

export function isFiniteVerb(token: Token): boolean {
  return token.tags.has('Verb') && !token.tags.has('Gerund') && !token.tags.has('Participle') && !token.tags.has('Infinitive');
}

function isInRelative(tokens: readonly Token[], token: Token): boolean {
  const at = tokens.indexOf(token);
  return tokens.slice(0, at).some((t) => isRelativePronoun(t));
}

function subjectBefore(tokens: readonly Token[], from: number, progressive = false): TokenRange | null {
  let end = from;
  const skips = (token: Token): boolean => isAdverbial(token) || (progressive && token.tags.has('Copula'));
  // "To varying degrees, all agreed": a quantifier compromise tags as an adverb is the subject
  // when a clause starts with it ("they all agreed" skips it).
  const quantifierSubject = (i: number): boolean => QUANTIFIERS.has(tokens[i]!.normal) && (i === 0 || (/,\s*$/.test(tokens[i - 1]!.post) && !tokens[i - 1]!.tags.has('ProperNoun')));
  // "Wells Fargo just this month announced": adverbs and a time stand between subject and verb.
  while (end >= 0 && (skips(tokens[end]!) || isTimeWord(tokens, end)) && !breaksAfter(tokens[end]!) && !quantifierSubject(end)) end--;
  if (end < 0) return null;
  if (quantifierSubject(end)) return { first: end, last: end };
  // "Sen. Claire McCaskill (D-Mo.) said": the name before a parenthesis speaks, not what it holds.
  end = beforeParenthesis(tokens, end);
  const last = tokens[end]!;
  // `"…," said Smith` puts the quotation first; a short quotation inside a set-off phrase
  // ('The researcher, who goes by the handle "ghost," said') is part of that phrase.
  if (closesQuote(last.post) && !quotesWordsOfPhrase(tokens, end)) return null;
  // "the department, which reported": the pronoun is the mention; relativeAntecedent names it.
  if (isRelativePronoun(last)) return antecedent(tokens, end) === null ? null : { first: end, last: end };
  // "The film — which weaves together …, among others — explains": a clause between dashes is set off whole.
  // "The mayor — a former captain — said": an appositive between dashes joins its name.
  const dash = /[—–]/.test(last.post) ? openingDash(tokens, end) : null;
  if (dash !== null) {
    const named = subjectBefore(tokens, dash.at);
    return dash.clause || named === null ? named : { first: named.first, last: end };
  }
  if (/[,—–]/.test(last.post)) return setOffSubject(tokens, end);
  // "the programs she has proposed": a subject pronoun is the whole subject, whatever noun precedes it.
  if (SUBJECT_PRONOUNS.has(last.normal) && end > 0) return { first: end, last: end };
  // "all the experts I interviewed said", "officials we spoke to said": a relative clause
  // without its pronoun ends the subject.
  const bareRelative = bareRelativeStart(tokens, end);
  if (bareRelative !== null) {
    const noun = phraseEndingAt(tokens, bareRelative - 1);
    if (noun !== null) return { first: noun.first, last: from };
  }
  // "The poll released Friday shows", "a report published last year found": a participle and
  // its time belong to the subject.
  if (end < from) {
    const described = describedByParticiple(tokens, end, from);
    if (described !== null) return described;
  }
  const phrase = phraseEndingAt(tokens, end);
  if (phrase === null) return null;
  return modifiedByAgent(tokens, phrase) ?? withParticipleModifier(tokens, withRelativeClause(tokens, phrase));
}

/** How many words a quotation inside a subject's set-off phrase may have: 'the handle "ghost,"'. */
const QUOTED_NAME_WORDS = 4;

/** The quotation that closes at `end` opened a few words before, after other words of the sentence, and a comma follows it. */
function quotesWordsOfPhrase(tokens: readonly Token[], end: number): boolean {
  // (One closing mark: `super predator,’”` also closes the quotation the sentence opened with.)
  if (!/,/.test(tokens[end]!.post) || (tokens[end]!.post.match(/["”’]/g) ?? []).length !== 1) return false;
  for (let i = end; i > 0 && i > end - QUOTED_NAME_WORDS; i--) if (/["“]/.test(tokens[i]!.pre)) return !breaksAfter(tokens[i - 1]!) || /,/.test(tokens[i - 1]!.post);
  return false;
}

/** The noun phrase that the participle at `participle` describes, right before it, extended to `last`; null when none. */
function describedByParticiple(tokens: readonly Token[], participle: number, last: number): TokenRange | null {
  // "a study being released": the passive's "being" stands between noun and participle.
  const being = tokens[participle - 1]?.normal === 'being' ? 1 : 0;
  const noun = tokens[participle - 1 - being];
  if (noun === undefined || !isParticiple(tokens[participle]!) || !noun.tags.has('Noun') || breaksAfter(noun)) return null;
  const head = phraseEndingAt(tokens, participle - 1 - being);
  return head === null ? null : { first: withRelativeClause(tokens, head).first, last };
}

/**
 * "The transcript published by The Washington Post shows", "a study funded by the industry
 * found": the phrase before the verb is the agent of a participle describing the subject; the
 * subject is the noun the participle describes, agent included.
 */
function modifiedByAgent(tokens: readonly Token[], agent: TokenRange): TokenRange | null {
  // The phrase may have taken in "by" and what comes before it ("Tuesday by a group of researchers").
  const byAt = tokens.findIndex((t, i) => i >= agent.first - 1 && i < agent.last && t.normal === 'by');
  if (byAt === -1 || breaksAfter(tokens[byAt]!)) return null;
  // "a study being released on Tuesday by researchers": a time may stand between participle and agent.
  let participle = byAt - 1;
  while (participle > 0 && isTimeWord(tokens, participle) && !breaksAfter(tokens[participle]!)) participle--;
  if (participle < 1 || breaksAfter(tokens[participle]!) || tokens[participle - 1]!.tags.has('Pronoun')) return null;
  return describedByParticiple(tokens, participle, agent.last);
}

/** The dash that opens what `end` closes with a dash, and whether that is a clause (a verb or a relative pronoun in it) or an appositive. */
function openingDash(tokens: readonly Token[], end: number): { at: number; clause: boolean } | null {
  for (let i = end - 1; i > 0; i--) {
    if (!/[—–]/.test(tokens[i]!.post)) continue;
    return { at: i, clause: isRelativePronoun(tokens[i + 1]!) || hasVerb(tokens, { first: i + 1, last: end }) };
  }
  return null;
}

/** How many words a parenthesis after a subject may hold: "(D-Mo.)", "(R-Utah)", "(Fla.)". */
const PARENTHESIS_WORDS = 4;

/** The word before the parenthesis that `end` closes, or `end` when it closes none. */
function beforeParenthesis(tokens: readonly Token[], end: number): number {
  if (!/^\.?\s*\)/.test(tokens[end]!.post)) return end;
  for (let i = end; i > 0 && i > end - PARENTHESIS_WORDS; i--) {
    const opens = /\(/.test(tokens[i]!.pre) || /\(\s*$/.test(tokens[i - 1]!.post);
    if (opens) return /^\s*$/.test(tokens[i - 1]!.post.replace('(', '')) && tokens[i - 1]!.tags.has('Noun') ? i - 1 : end;
    if (i < end && /[()]/.test(tokens[i]!.post + tokens[i]!.pre)) return end;
  }
  return end;
}

/** How far back an -ing modifier of the subject may start: "Protesters [marching through the streets] chanted". */
const MODIFIER_WORDS = 6;

/**
 * "Protesters marching through the streets chanted": the phrase before the verb ends an -ing
 * modifier of the sentence's subject; the speaker is the subject, modifier included.
 */
function withParticipleModifier(tokens: readonly Token[], phrase: TokenRange): TokenRange {
  for (let i = phrase.first - 1; i > 0 && i >= phrase.first - MODIFIER_WORDS; i--) {
    const token = tokens[i]!;
    // "A study published in the journal Neurology found": a past participle after a noun with its
    // article at the sentence's start opens the subject's modifier, as an -ing form does.
    // ("A photo shared tens of thousands of times purports": the phrase may be the participle's object.)
    const pastParticiple = isParticiple(token) && (tokens[i + 1]?.tags.has('Preposition') === true || i === phrase.first - 1);
    if (breaksAfter(token) || (isFiniteVerb(token) && !pastParticiple)) return phrase;
    if (!(token.tags.has('Gerund') || pastParticiple) || breaksAfter(tokens[i - 1]!)) continue;
    const head = phraseEndingAt(tokens, i - 1);
    const opensSentence = head !== null && (head.first === 0 || breaksAfter(tokens[head.first - 1]!));
    const articled = head !== null && (token.tags.has('Gerund') || tokens[head.first]!.tags.has('Determiner'));
    return head !== null && opensSentence && articled && !tokens[head.last]!.tags.has('Pronoun') ? { first: head.first, last: phrase.last } : phrase;
  }
  return phrase;
}

/** How far back a relative clause may start: "Officials [who spoke on condition of anonymity] said". */
const RELATIVE_CLAUSE_WORDS = 6;

/**
 * "Officials who spoke on condition of anonymity said": the phrase right before the verb ends
 * a relative clause; the speaker is the noun phrase the clause describes, clause included.
 */
function withRelativeClause(tokens: readonly Token[], phrase: TokenRange): TokenRange {
  for (let i = phrase.first - 1; i >= 0 && i >= phrase.first - RELATIVE_CLAUSE_WORDS; i--) {
    const token = tokens[i]!;
    if (breaksAfter(token)) return phrase;
    if (!isRelativePronoun(token) || token.normal === 'that') continue;
    // "the funding system, which advocates say …": a phrase right after the pronoun is the
    // relative clause's own subject ("which together vowed": a word that is no noun is none).
    if (i === phrase.first - 1 && tokens[phrase.last]!.tags.has('Noun')) return phrase;
    const head = phraseEndingAt(tokens, i - 1);
    return head === null ? phrase : { first: head.first, last: phrase.last };
  }
  return phrase;
}

/**
 * The verb is preceded by a comma or dash: either an appositive that belongs to the subject
 * ("Fallon, a spokesman for the campaign, said") or a parenthetical to skip ("Joyce — who is
 * listed as an attorney — told").
 */
function setOffSubject(tokens: readonly Token[], end: number): TokenRange | null {
  let start = partStart(tokens, end);
  // "based in Owatonna, Minn.,", "who lives in Austin, Texas,": a place after its city's comma
  // continues the phrase the city ends.
  const city = start - 1;
  if (start > 1 && continuesPlace(tokens, start, end)) {
    start = partStart(tokens, city);
    // ("Officials in Tehran, Iran, said": the whole phrase is the subject.)
    if (start === 0) {
      const phrase = phraseEndingAt(tokens, city);
      return phrase === null ? null : { first: phrase.first, last: end };
    }
  }
  const part: TokenRange = { first: start, last: end };
  if (start === 0) return phraseEndingAt(tokens, end);
  // ("Clinton, at Monday's debate, cited": a phrase a preposition opens is where, not who.)
  const parenthetical = isRelativePronoun(tokens[start]!) || hasVerb(tokens, part) || (tokens[start]!.tags.has('Preposition') && tokens[start]!.normal !== 'of');
  const named = subjectBefore(tokens, start - 1);
  if (parenthetical) return named;
  const appositive = phraseEndingAt(tokens, end);
  if (appositive === null) return named;
  // "…share these apprehensions, but the coalition, which …, wants": a conjunction after the comma opens a clause of its own.
  if (/^(?:and|but|or|yet|so)$/.test(tokens[start]!.normal)) return appositive;
  // "Fallon, a spokesman …": only a comma joins a name and its appositive ("Voter participation: Sanders" is a label).
  if (named === null || named.last !== beforeParenthesis(tokens, start - 1) || !tokens[start - 1]!.post.includes(',')) return appositive;
  // "With 50 days until the election, Minyon Moore, a senior adviser, called": a preposition's object is no name to join.
  const opener = tokens[named.first - 1];
  // ("As Steven Rosenthal, a tax lawyer, put it" and "But Megan Hester, …, said" keep the name; so does "since Clinton, at the debate, cited".)
  const leadingPhrase = opener !== undefined && !breaksAfter(opener) && opener.tags.has('Preposition') && !/^(?:as|like|than)$/.test(opener.normal) && !anyToken(tokens, 0, named.first, isFiniteVerb);
  if (leadingPhrase) return appositive;
  return { first: named.first, last: appositive.last };
}

const PLACE_PREPOSITIONS = new Set(['in', 'of', 'from', 'near', 'outside', 'at']);

/** "Easton, Md.,": the words between two commas name the state or country of the place before the first. */
function continuesPlace(tokens: readonly Token[], first: number, last: number): boolean {
  const city = tokens[first - 1]!;
  const placeLike = (t: Token): boolean => !t.tags.has('Person') && (t.tags.has('Place') || (t.tags.has('ProperNoun') && /^\p{Lu}/u.test(t.text)));
  if (last - first > 1 || anyToken(tokens, first, last + 1, (t) => !placeLike(t)) || !placeLike(city) || city.post.trim() !== ',') return false;
  let cityStart = first - 1;
  while (cityStart > 0 && placeLike(tokens[cityStart - 1]!) && !breaksAfter(tokens[cityStart - 1]!)) cityStart--;
  return city.tags.has('Place') || anyToken(tokens, first, last + 1, (t) => t.tags.has('Place')) || PLACE_PREPOSITIONS.has(tokens[cityStart - 1]?.normal ?? '');
}

/** The first token after the break before `end`. */
function partStart(tokens: readonly Token[], end: number): number {
  let start = end;
  while (start > 0 && !breaksAfter(tokens[start - 1]!)) start--;
  return start;
}

/** Whom the relative pronoun at `index` stands for, when the speaker found is one ("which" in "a report by Politico, which disclosed"). */
export function relativeAntecedent(tokens: readonly Token[], speaker: TokenRange): TokenRange | null {
  return speaker.first === speaker.last && isRelativePronoun(tokens[speaker.first]!) ? antecedent(tokens, speaker.first) : null;
}

/** "a report by Politico, which disclosed": the phrase before the relative pronoun, or its "by" agent. */
function antecedent(tokens: readonly Token[], pronoun: number): TokenRange | null {
  const phrase = phraseEndingAt(tokens, pronoun - 1);
  if (phrase === null) return null;
  // "a report by Politico, which disclosed": the publisher speaks; "a report released on
  // Friday by Microsoft researchers, which indicated": the report does.
  for (let i = phrase.first + 1; i < phrase.last; i++) {
    if (tokens[i]!.normal === 'by' && tokens[i - 1]!.tags.has('Noun') && !tokens[i - 1]!.tags.has('Date')) return { first: i + 1, last: phrase.last };
  }
  return phrase;
}

/** "this month", "on Tuesday", "late August", "later": when, not who. */
export function isTimeWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.tags.has('Date') || token.tags.has('Time') || token.tags.has('Duration') || token.tags.has('WeekDay') || token.tags.has('Month')) return true;
  if (/^(?:later|earlier|recently|now|today|yesterday|tonight|again|also|just|then|first|long)$/.test(token.normal)) return true;
  const next = tokens[index + 1];
  // "in late August": compromise may read a month as a name; after a time word it is the month.
  if (MONTHS.test(token.normal) && index > 0 && /^(?:early|late|mid|in|since|until|last|next|this)$/.test(tokens[index - 1]!.normal)) return true;
  return next !== undefined && /^(?:this|last|next|early|late|on|in|since|until)$/.test(token.normal) && isTimeWord(tokens, index + 1);
}

const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

function isAdverbial(token: Token): boolean {
  if (token.tags.has('Noun') || token.tags.has('Pronoun')) return false;
  // "has long been": compromise may tag "has" before an adverb as a main verb.
  return token.tags.has('Adverb') || token.tags.has('Auxiliary') || token.tags.has('Modal') || token.tags.has('Negative') || /^(?:also|has|have|had)$/.test(token.normal);
}

export function closesQuote(post: string): boolean {
  return /["”’]|''/.test(post);
}

/** Words that may stand between a possessor and its noun: "Trump's [latest] claim", "his [infamous] comment". */
const POSSESSED_MODIFIERS = 2;

/** Whose claim, plan or comment a noun is: "[Donald Trump's] claim", "[his] infamous comment", "[the IMF's] estimate". */
export function possessorOf(tokens: readonly Token[], noun: number): TokenRange | null {
  let at = noun - 1;
  // "its [British growth] forecast": adjectives and nouns of a compound.
  const modifier = (token: Token): boolean => token.tags.has('Adjective') || token.tags.has('Adverb') || (token.tags.has('Noun') && !token.tags.has('Pronoun'));
  while (at >= 0 && at >= noun - POSSESSED_MODIFIERS && !tokens[at]!.tags.has('Possessive') && modifier(tokens[at]!) && !breaksAfter(tokens[at]!)) at--;
  const owner = tokens[at];
  if (owner === undefined || !owner.tags.has('Possessive') || breaksAfter(owner)) return null;
  // "Minyon Moore called Mr. Obama's remarks …", "She'll present her proposals": the object of
  // someone's verb is theirs to report; "seized on Trump's claim that …" still gives the claim.
  const complement = /^(?:that|about|on|of|to)$/.test(tokens[noun + 1]?.normal ?? '') || /["“]/.test(tokens[noun + 1]?.pre ?? '');
  if (!complement && anyToken(tokens, 0, at, isFiniteVerb)) return null;
  if (owner.tags.has('Pronoun')) return { first: at, last: at };
  return phraseEndingAt(tokens, at);
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'you']);

/** Where "[I interviewed]" or "[we spoke to]" starts when it ends at `end`, right after a noun; else null. */
function bareRelativeStart(tokens: readonly Token[], end: number): number | null {
  const verb = tokens[end]!.tags.has('Preposition') || tokens[end]!.normal === 'to' ? end - 1 : end;
  const pronoun = tokens[verb - 1];
  const noun = tokens[verb - 2];
  if (pronoun === undefined || noun === undefined || !SUBJECT_PRONOUNS.has(pronoun.normal) || breaksAfter(noun)) return null;
  if (!tokens[verb]!.tags.has('PastTense') && !tokens[verb]!.tags.has('PresentTense')) return null;
  return noun.tags.has('Noun') && !noun.tags.has('Pronoun') ? verb - 1 : null;
}

/** Words tagged as prepositions that open a clause with its own subject: "after Donald Trump unleashed …". */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'as', 'until', 'while', 'when', 'because', 'if', 'though', 'although', 'than', 'like']);

/** The noun phrase that opens the sentence, with an appositive of names: "Two objectors, Lawrence Joyce and William Graham,". */
export function sentenceSubject(tokens: readonly Token[]): TokenRange | null {
  // "In his speech, Graham urged …": a leading phrase set off by a comma is not the subject.
  // "On Thursday, however, Trump spoke …": so are several.
  let start = 0;
  // "Chastened by the analyses, Trump …", "Asked to describe it, O'Neill …": so is a participle's.
  const leading = (token: Token): boolean => ['Preposition', 'Adverb', 'Conjunction', 'Date', 'Participle', 'PastTense', 'Gerund'].some((tag) => token.tags.has(tag));
  for (let first = tokens[0]; first !== undefined && leading(first); first = tokens[start]) {
    // "But Scott grinned …": a coordinating conjunction is one word, not a phrase to its comma.
    if (/^(?:but|and|or|so|yet)$/.test(first.normal) && !first.post.includes(',')) {
      start++;
      continue;
    }
    const comma = tokens.findIndex((t, i) => i >= start && t.post.includes(','));
    if (comma === -1 || comma >= tokens.length - 1) break;
    start = comma + 1;
  }
  let head = phraseStartingAt(tokens, start);
  // "BRUSSELS - European leaders gathered …": a dateline before a dash is where, not who.
  if (head !== null && head.first === 0 && /\s[-–—]\s|^\s*[—–]/.test(tokens[head.last]!.post) && anyToken(tokens, head.first, head.last + 1, (t) => t.tags.has('Place') || /^\p{Lu}{2,}$/u.test(t.text))) {
    head = phraseStartingAt(tokens, head.last + 1);
  }
  if (head === null || !tokens[head.last]!.post.includes(',')) return head;
  const appositive = phraseStartingAt(tokens, head.last + 1);
  if (appositive === null || !hasProperNoun(tokens, appositive) || !tokens[appositive.last]!.post.includes(',')) return head;
  return { first: head.first, last: appositive.last };
}
