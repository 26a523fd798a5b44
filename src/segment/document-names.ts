import type { ParsedRun } from './sentences.js';
import type { Token } from './token.js';

/**
 * compromise cannot tell a name that opens a sentence from a common noun there: "Axios
 * reported …" and "Reuters said …" come tagged as plain nouns. A capitalised first word is a
 * name when the document also capitalises it inside a sentence ("according to Axios") and
 * never writes it in lower case: it gets the ProperNoun tag. Title-case lines (headlines,
 * subheads) capitalise common words, so they do not count as evidence.
 */
export function markDocumentNames(runs: readonly ParsedRun[]): void {
  const capitalisedInside = new Set<string>();
  const lowerCase = new Set<string>();
  for (const run of runs) {
    for (const sentence of run.sentences) {
      const titleCase = isTitleCase(sentence);
      sentence.forEach((token, i) => {
        if (!/^\p{L}/u.test(token.text)) return;
        if (!startsWithCapital(token)) lowerCase.add(token.normal);
        else if (i > 0 && !titleCase && !opensQuotation(token)) capitalisedInside.add(token.normal);
      });
    }
  }
  for (const run of runs) {
    for (const sentence of run.sentences) {
      const first = sentence[0];
      if (first === undefined || !startsWithCapital(first) || first.tags.has('ProperNoun') || first.tags.has('Pronoun') || first.tags.has('Determiner')) continue;
      if (!first.tags.has('Noun') || !capitalisedInside.has(first.normal) || lowerCase.has(first.normal)) continue;
      sentence[0] = { ...first, tags: new Set([...first.tags, 'ProperNoun']) };
    }
  }
}

function startsWithCapital(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** `“Reports` opens a quotation: its capital is the quotation's first word's. */
function opensQuotation(token: Token): boolean {
  return /["“‘']/.test(token.pre);
}

/** Most words capitalised: a headline or subhead. */
function isTitleCase(sentence: readonly Token[]): boolean {
  const words = sentence.filter((t) => /^\p{L}{4,}/u.test(t.text));
  return words.length > 1 && words.filter(startsWithCapital).length * 2 > words.length;
}
