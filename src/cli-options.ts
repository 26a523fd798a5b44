/**
 * The decisions the CLI makes about its environment, as pure functions so tests can call them
 * without spawning a process or faking a terminal.
 */
import { InvalidArgumentError } from 'commander';

export const USAGE_EXIT = 2;
export const INTERNAL_EXIT = 70;
export const DEFAULT_WIDTH = 80;

export interface ColorInputs {
  /** The value of commander's `color` option: false only when --no-color was given. */
  flag: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether the output goes to a terminal (false when it goes to a file). */
  isTTY: boolean;
}

/**
 * An explicit flag beats the environment, and FORCE_COLOR beats NO_COLOR because it is the
 * more specific request (tools such as CI runners set it to get colour into their logs).
 */
export function shouldUseColor({ flag, env, isTTY }: ColorInputs): boolean {
  if (!flag) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '0') return true;
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return isTTY;
}

export interface WidthInputs {
  /** The value of --width, if given. */
  flag: number | undefined;
  isTTY: boolean;
  columns: number | undefined;
}

export function resolveWidth({ flag, isTTY, columns }: WidthInputs): number {
  if (flag !== undefined) return flag;
  // columns is 0 or undefined on some terminals (serial consoles, `script`); 80 is safer.
  return isTTY && columns !== undefined && columns > 0 ? columns : DEFAULT_WIDTH;
}

/** commander's argParser for --width: thrown errors become commander's "is invalid" usage error. */
export function parseWidth(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('Expected a positive whole number of columns.');
  const width = Number.parseInt(value, 10);
  if (width < 1) throw new InvalidArgumentError('Expected a positive whole number of columns.');
  return width;
}

/**
 * commander's messages start with "error: " and put "(Did you mean …?)" on a second line; the
 * CLI promises one `factcheck: <message>` line, so the suggestion is folded into it.
 */
export function usageLine(commanderMessage: string): string {
  const message = commanderMessage
    .trim()
    .replace(/^error:\s*/i, '')
    .replace(/\s*\n\s*/g, ' ');
  return `factcheck: ${message}`;
}

export const HELP_HINT = "Try 'factcheck --help'.";

/** Short text for an error we did not expect, without the stack. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]?.trim() || 'unknown error';
}

/**
 * A path as it may appear inside a one-line message: control characters (a newline in a file
 * name, an escape sequence) are shown as \xNN so they can neither split the line nor drive the terminal.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
