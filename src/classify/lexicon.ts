import background from './lexicon/background.json' with { type: 'json' };
import claimNouns from './lexicon/claim-nouns.json' with { type: 'json' };
import denial from './lexicon/denial.json' with { type: 'json' };
import distancing from './lexicon/distancing.json' with { type: 'json' };
import hedge from './lexicon/hedge.json' with { type: 'json' };
import missingEvidence from './lexicon/missing-evidence.json' with { type: 'json' };
import noAnswer from './lexicon/no-answer.json' with { type: 'json' };
import reporting from './lexicon/reporting.json' with { type: 'json' };
import vagueSource from './lexicon/vague-source.json' with { type: 'json' };
import type { CueKind, Stance } from '../types.js';
import { STANCES } from '../types.js';

/**
 * One lexicon entry as written in src/classify/lexicon/*.json.
 * `phrase` is words in base form separated by spaces; `*` stands for up to four words.
 */
export interface LexiconEntry {
  phrase: string;
  /** The first word must carry one of these compromise tags ("may" the modal, not the month). */
  tags?: string[];
  /** Longer phrases starting at the same word that cancel the match ("could have"). */
  except?: string[];
  /** Reporting verbs: how the verb presents what it reports. */
  stance?: Stance;
  /**
   * Reporting verbs: `attitude` marks verbs of wanting, judging or intending ("wants",
   * "criticized", "plans") — they say whose view a statement gives, but it is no quoted claim.
   */
  class?: 'attitude';
  /**
   * A condition the classifier checks around the match:
   * `claim-object` — the verb's object is a claim ("rejected the allegation");
   * `predicative` — a verdict said of something ("the claims are false");
   * `source` — the word names who a claim comes from ("officials said");
   * `complement` — the verb reports (or hedges) only when followed by "that", a quote or a clause;
   * `claim-or-clause` — "deny": a denial unless passive or aimed at a benefit ("denied visas");
   * `non-past` — a modal that is past ability in past-tense narrative ("neither side could score");
   * `predicate` — a linking verb that hedges only before an adjective or "to" ("appeared accurate");
   * `object-predicate` — a verb that reports a verdict on its object ("called the report false",
   *   "dubbed the conflict a war"), not a plain object ("called a meeting");
   * `quote` — a verb that reports only next to a quotation: `continued: “…”`, `“…,” she continued`
   *   ("the talks continued" reports nothing);
   * `possessor` — a noun that names what someone said, plans or holds; it attributes the statement
   *   to its possessor ("Trump's claim that …", "his comments on …") when no verb does;
   * `accusation` — a denial only with an accusation in this or the statements just before
   *   ("had no part in the strike" answers "accused Kestovia of"; "the UN played no role in the
   *   talks" is a plain fact);
   * `finite` — a finite verb, not an infinitive after "to" ("she expects them to cut" guesses;
   *   "it is fair to expect people to apply" demands);
   * `document` — a preposition and a document ("in * poll": "In this poll, Trump rose a point"):
   *   the document is the source when no verb gives one; the preposition is the cue.
   */
  needs?: 'accusation' | 'finite' | 'claim-object' | 'predicative' | 'source' | 'complement' | 'claim-or-clause' | 'non-past' | 'predicate' | 'object-predicate' | 'quote' | 'possessor' | 'document';
  note?: string;
}

export interface LexiconFile {
  kind: CueKind;
  description: string;
  entries: LexiconEntry[];
}

/** A lexicon entry ready to match: its words split and lower-cased. */
export interface CompiledEntry extends LexiconEntry {
  kind: CueKind;
  words: string[];
  exceptWords: string[][];
}

export interface Lexicon {
  /** Entries indexed by their first word; `*` never starts a phrase. */
  byFirstWord: ReadonlyMap<string, readonly CompiledEntry[]>;
  claimNouns: ReadonlySet<string>;
  /** Words that show an accusation is on the table (claim-nouns.json). */
  accusationWords: ReadonlySet<string>;
  /** Words that set a sentence in the story's own time (background.json `newsTime`), split into words. */
  newsTime: readonly string[][];
  /** Things a party can be denied that are not claims: visas, bail, entry (claim-nouns.json). */
  notClaims: ReadonlySet<string>;
}

const BUILT_IN: LexiconFile[] = [hedge, distancing, missingEvidence, noAnswer, vagueSource, denial, reporting, background] as LexiconFile[];

/** Extra entries a user adds per cue kind (e.g. a newsroom's own hedge words). */
export type LexiconExtension = Partial<Record<CueKind, Array<string | LexiconEntry>>>;

export function compileLexicon(extension: LexiconExtension = {}): Lexicon {
  const byFirstWord = new Map<string, CompiledEntry[]>();
  const add = (kind: CueKind, entry: LexiconEntry): void => {
    const compiled = compileEntry(kind, entry);
    const first = compiled.words[0]!;
    const list = byFirstWord.get(first) ?? [];
    list.push(compiled);
    byFirstWord.set(first, list);
  };
  for (const file of BUILT_IN) for (const entry of file.entries) add(file.kind, entry);
  for (const [kind, entries] of Object.entries(extension) as Array<[CueKind, Array<string | LexiconEntry>]>) {
    for (const entry of entries) add(kind, typeof entry === 'string' ? { phrase: entry } : entry);
  }
  return { byFirstWord, claimNouns: new Set(claimNouns.words), accusationWords: new Set(claimNouns.accusationWords), notClaims: new Set(claimNouns.notClaims), newsTime: background.newsTime.map(splitPhrase) };
}

function compileEntry(kind: CueKind, entry: LexiconEntry): CompiledEntry {
  const words = splitPhrase(entry.phrase);
  if (words.length === 0 || words[0] === '*') throw new Error(`lexicon ${kind}: phrase "${entry.phrase}" must start with a word`);
  if (entry.stance !== undefined && !STANCES.includes(entry.stance)) throw new Error(`lexicon ${kind}: unknown stance "${entry.stance}"`);
  return { ...entry, kind, words, exceptWords: (entry.except ?? []).map(splitPhrase) };
}

function splitPhrase(phrase: string): string[] {
  return phrase.toLowerCase().trim().split(/\s+/).filter((w) => w !== '');
}
