/**
 * Sentence ends that the characters of a run show without any parsing: the items of a list
 * written on one line, and a full stop with no space after it. Each scan moves forward only,
 * so a run of any length is read in linear time.
 */

/** Bullets that never stand in prose (a hyphen or an asterisk may be a dash or a footnote). */
const BULLET = '[•⁃‣◦▪▫●○■□▸►]';
const FIRST_MARKER = new RegExp(`^(${BULLET})?\\s*(?:(\\d{1,3})|([a-z]))(\\.\\)|\\.|\\))\\s`, 'u');

/**
 * "1.) The first item 2.) The second item", "a. The first item b. The second item",
 * "• 9. The first item • 10. The second item": a run that opens with a list marker and goes
 * on to the next marker of the same kind is a list written inline; each item is a statement.
 * Returns document offsets to cut before. Only the marker that follows in order counts, so
 * "1. Prices rose 2. percent" is no list of two.
 */
export function inlineListCuts(text: string, start: number, end: number): number[] {
  const first = FIRST_MARKER.exec(text.slice(start, Math.min(end, start + 16)));
  if (first === null) return [];
  const [, bullet, number, letter, close] = first;
  const cuts: number[] = [];
  if (bullet !== undefined) {
    const pattern = new RegExp(`(?<=\\s)${bullet}`, 'gu');
    pattern.lastIndex = start + 1;
    for (let match = pattern.exec(text); match !== null && match.index < end; match = pattern.exec(text)) cuts.push(match.index);
    return cuts;
  }
  let value = number !== undefined ? Number(number) : letter!.charCodeAt(0);
  let from = start + first[0].length;
  for (;;) {
    value += 1;
    const marker = number !== undefined ? String(value) : String.fromCharCode(value);
    if (letter !== undefined && marker > 'z') break;
    const at = nextMarker(text, from, end, marker + close!);
    if (at === -1) break;
    cuts.push(at);
    from = at + marker.length + close!.length;
  }
  return cuts;
}

/** Where `marker` next stands as a word of its own (after a space, before a space) in [from, end), or -1. */
function nextMarker(text: string, from: number, end: number, marker: string): number {
  for (let at = text.indexOf(marker, from); at !== -1 && at + marker.length < end; at = text.indexOf(marker, at + 1)) {
    if (/\s/.test(text.charAt(at - 1)) && /\s/.test(text.charAt(at + marker.length))) return at;
  }
  return -1;
}

/**
 * "Hello world.Today is Tuesday.Mr. Smith …", "bought 1,000.That is": a full stop, question or
 * exclamation mark between a word and a capitalised word, with no space, ends a sentence. Not
 * in a web or mail address ("example.Com/News", "jane.Doe@…") nor in an abbreviation ("Ph.D."):
 * two lower-case letters or digits come before the mark. Returns the offsets of the marks in
 * `run`.
 */
export function unspacedSentenceEnds(run: string): number[] {
  const ends: number[] = [];
  for (const match of run.matchAll(/(?<=[\p{Ll}\d]{2})[.!?](?=\p{Lu}\p{Ll})/gu)) {
    if (!isAddress(run, match.index)) ends.push(match.index);
  }
  return ends;
}

/** An address is short: the word around the mark is read at most this far each way, so a run without spaces stays linear. */
const MAX_ADDRESS_CHARS = 100;

function isAddress(run: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < MAX_ADDRESS_CHARS && !/\s/.test(run.charAt(from - 1))) from--;
  let to = at;
  while (to < run.length && to - at < MAX_ADDRESS_CHARS && !/\s/.test(run.charAt(to))) to++;
  return /[@/:]|www\./i.test(run.slice(from, to));
}
