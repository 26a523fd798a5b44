/** Who speaks in an -ing clause ("…, promising to cut taxes", "with Russia backing the government"). */
import type { Match } from '../classify/match.js';
import { introducesClause } from '../classify/scope.js';
import type { Token } from '../segment/token.js';
import { opensObjectAfter, quoteOpensAfter } from './complement.js';
import { namesDocument } from './naming.js';
import { breaksAfter, isNominal, isRelativePronoun, phraseEndingAt, QUANTIFIERS, type TokenRange } from './noun-phrase.js';
import { isFiniteVerb, isTimeWord, sentenceSubject, speakerOf, SUBORDINATORS } from './speaker.js';

/** Words before an -ing form whose subject is the sentence's: "by telling them", "while showing support", "of criticizing". */
const PARTICIPLE_OPENERS = new Set(['by', 'while', 'in', 'after', 'before', 'of', 'for', 'without', 'when', 'since', 'from']);

/** The last index in [from, to) whose token is `word`, or -1. */
function lastIndexOf(tokens: readonly Token[], word: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (tokens[i]!.normal === word) return i;
  return -1;
}

/** "After saying …", "In defending himself …": an -ing form right after the sentence's first word, a preposition. */
export function opensParticipleFrame(tokens: readonly Token[], verb: number): boolean {
  return verb === 1 && PARTICIPLE_OPENERS.has(tokens[0]!.normal) && tokens[1]!.tags.has('Gerund');
}

/**
 * Who speaks in an -ing clause: "with Russia backing the government", ", each saying …" name
 * their own subject just before it; "Two objectors had challenged the bid, contending that …",
 * "Trump spoke to the leaders, promising to lift …", "pitched himself by telling them …" and
 * "Trump avoids condemning …" take the sentence's. A participle that neither opens a clause nor
 * has an object ("the results were encouraging") speaks for no one.
 */
export function participleSpeaker(tokens: readonly Token[], match: Match): TokenRange | null {
  if (match.first < 1) return null;
  // "…, tweeting, “Notice …”": a quotation after the comma is what the -ing form says.
  const takesObject = introducesClause(tokens, match.last) || tokens[match.last + 1]?.normal === 'to' || opensObjectAfter(tokens, match.last) || quoteOpensAfter(tokens, match);
  if (!takesObject) return null;
  const before = tokens[match.first - 1]!;
  // "The candidates sparred, each saying the other …": a quantifier set off before the -ing form is its subject.
  if (QUANTIFIERS.has(before.normal) && match.first >= 2 && /,\s*$/.test(tokens[match.first - 2]!.post) && !breaksAfter(before)) return { first: match.first - 1, last: match.first - 1 };
  if (!breaksAfter(before) && isNominal(before) && !before.tags.has('Determiner')) {
    // "released an ad this week showing …": a time between the noun and the -ing form is neither's.
    let end = match.first - 1;
    while (end > 0 && isTimeWord(tokens, end) && !breaksAfter(tokens[end - 1]!)) end--;
    const phrase = phraseEndingAt(tokens, end);
    // "footage of Hillary Clinton asking, “…”", "a group of protesters chanting": the noun after "of" does it.
    const of = phrase === null ? -1 : lastIndexOf(tokens, 'of', phrase.first, end);
    const own = of === -1 ? phrase : { first: of + 1, last: end };
    const opener = own === null ? undefined : tokens[own.first - 1];
    // "Trump unleashed a series of tweets criticizing …", "issued a statement saying …": who put out the document says it.
    const verb = phrase === null ? undefined : tokens[phrase.first - 1];
    if (own !== null && namesDocument(tokens, own) && verb !== undefined && isFiniteVerb(verb) && !verb.tags.has('Copula') && !breaksAfter(verb)) {
      // But "These documents included a report outlining …": what a document holds is its content, no one's claim.
      const subject = clauseSubject(tokens, match.first);
      return subject !== null && namesDocument(tokens, subject) ? null : subject;
    }
    if (own !== null && opener !== undefined && (opener.normal === 'with' || opener.normal === 'of' || /[,;—–]/.test(opener.post))) return own;
  }
  // "After saying her foot was swollen, she …": the sentence's subject.
  if (opensParticipleFrame(tokens, match.first)) return clauseSubject(tokens, match.first);
  if (match.first < 2) return null;
  // "…, perhaps recognizing that …": adverbs before the -ing form do not change what it hangs on.
  let opener = match.first - 1;
  while (opener > 0 && tokens[opener]!.tags.has('Adverb') && !/[,;—–]/.test(tokens[opener]!.post)) opener--;
  const lead = tokens[opener]!;
  const setOff = /[,;—–]/.test(lead.post);
  const catenative = lead.tags.has('Verb') && !lead.tags.has('Copula') && !lead.tags.has('Auxiliary') && !lead.tags.has('Gerund');
  return setOff || catenative || PARTICIPLE_OPENERS.has(lead.normal) ? clauseSubject(tokens, match.first) : null;
}


/**
 * The subject of the clause an -ing form hangs on: the nearest finite verb's before it ("the
 * camera was facing the ground, and she became upset, shouting …" is hers), else the sentence's.
 */
function clauseSubject(tokens: readonly Token[], participle: number): TokenRange | null {
  for (let i = participle - 1; i > 0; i--) {
    const token = tokens[i]!;
    // "Dean appeared on MSNBC and began by saying …": a coordinated verb shares the subject before it.
    if (!isFiniteVerb(token) || token.tags.has('Auxiliary') || isRelativePronoun(tokens[i - 1]!) || /^(?:and|but|or)$/.test(tokens[i - 1]!.normal)) continue;
    const subject = speakerOf(tokens, i, i, false);
    // "from abandoning its oil waste processing plants in bankruptcy, citing …": a phrase that is a gerund's or preposition's object has no verb of its own ("plants").
    const opener = subject === null ? undefined : tokens[subject.first - 1];
    // ("after Donald Trump unleashed …": "after", "since", "as" open a clause.)
    const objectOf = opener !== undefined && (opener.tags.has('Gerund') || (opener.tags.has('Preposition') && !SUBORDINATORS.has(opener.normal)));
    if (objectOf && !breaksAfter(opener!)) continue;
    if (subject !== null && subject.last < i) return subject;
  }
  return sentenceSubject(tokens);
}
