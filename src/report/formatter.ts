import type { Report } from '../types.js';

/**
 * What the caller (the CLI) decided about the output device. Formatters never look at
 * process.stdout or the environment themselves, so the same report always formats the same way.
 */
export interface FormatOptions {
  /** Emit ANSI colour and style codes. With `false` the output holds no escape codes at all. */
  color: boolean;
  /** Columns to wrap to; formats that do not wrap ignore it. */
  width: number;
  /** Also show the rule, confidence and cues behind every label. */
  explain: boolean;
}

export interface Formatter {
  /** The value of `--format`. */
  readonly name: string;
  /** One line for `--help`. */
  readonly description: string;
  /** The whole output, ending with a newline. */
  format(report: Report, options: FormatOptions): string;
}

export const DEFAULT_FORMAT_OPTIONS: Readonly<FormatOptions> = Object.freeze({
  color: false,
  width: 80,
  explain: false,
});
