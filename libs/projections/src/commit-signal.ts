/**
 * Wakes `waitForPosition` callers when a processor of this process commits a batch. A version
 * counter closes the race between "checked, not reached yet" and "start waiting": a wait for a
 * version that has already passed returns at once.
 */
export class CommitSignal {
  private current = 0;
  private waiters = new Set<() => void>();

  get version(): number {
    return this.current;
  }

  notify(): void {
    this.current += 1;
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
  }

  /** Resolves on a notification after `sinceVersion`, or after `timeoutMs`. */
  wait(sinceVersion: number, timeoutMs: number): Promise<void> {
    if (this.current !== sinceVersion) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }
}
