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
