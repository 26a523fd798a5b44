import type { Formatter } from '../formatter.js';
import { csvFormatter } from './csv.js';
import { githubFormatter } from './github.js';
import { htmlFormatter } from './html.js';
import { jsonFormatter } from './json.js';
import { markdownFormatter } from './markdown.js';
import { ndjsonFormatter } from './ndjson.js';
import { sarifFormatter } from './sarif.js';
import { textFormatter } from './text.js';

/** Every output format, by its `--format` name. A new format is one file and one line here. */
const FORMATTERS = {
  text: textFormatter,
  json: jsonFormatter,
  ndjson: ndjsonFormatter,
  markdown: markdownFormatter,
  html: htmlFormatter,
  csv: csvFormatter,
  github: githubFormatter,
  sarif: sarifFormatter,
} as const satisfies Record<string, Formatter>;

export type FormatterName = keyof typeof FORMATTERS;

export const DEFAULT_FORMATTER: FormatterName = 'text';

/** The formatter called `name`, or undefined; inherited names such as "constructor" are not formats. */
export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name as FormatterName] : undefined;
}

/** The names `--format` accepts, in registry order. */
export function formatterNames(): FormatterName[] {
  return Object.keys(FORMATTERS) as FormatterName[];
}

export { isStreaming, type FormatOptions, type Formatter, type StreamContext, type StreamingFormatter } from '../formatter.js';
