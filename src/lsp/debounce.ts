/**
 * One pending run per key (a document URI): scheduling again before the delay is over replaces
 * the pending run, so a burst of keystrokes is analysed once, after the last of them.
 */
export class Debouncer {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(private readonly delayMs: number) {}

  schedule(key: string, run: () => void): void {
    this.cancel(key);
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        run();
      }, this.delayMs),
    );
  }

  cancel(key: string): void {
    const timer = this.pending.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.pending.delete(key);
  }
}
