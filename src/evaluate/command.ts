/**
 * What the evaluation commands (`npm run eval:dev`, `eval:boundaries`, `eval:attribution`)
 * share: a closed pipe is the reader's choice, and a bad command line or gold directory is one
 * line on stderr with exit 2.
 */
import { GoldError } from './gold.js';

/** A bad command line or gold directory: one line on stderr, exit 2. */
export class UsageError extends Error {}

/**
 * `npm run eval | head` closes the pipe early: that is the reader's choice, not a failure worth
 * a stack trace. Call once at the start of an evaluation command.
 */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/**
 * Runs an evaluation command on the process's arguments: its exit status, or for a UsageError
 * or GoldError one line `factcheck <name>: <message>` and exit 2; anything else is a bug, shown
 * whole with exit 1.
 */
export async function runEvaluation(name: string, run: (argv: readonly string[]) => Promise<number>): Promise<void> {
  exitQuietlyOnClosedPipe();
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof GoldError || error instanceof UsageError) {
      process.stderr.write(`factcheck ${name}: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  }
}
