/**
 * Wakes whoever waits for a change (live subscriptions when events are appended, read-your-writes
 * when a projection commits). A version counter closes the race between "looked, nothing new"
 * and "start waiting": a wait for a version that has already passed returns at once.
 */
export class ChangeSignal {
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

  /** Resolves when a notification after `sinceVersion` arrives, after `timeoutMs`, or on abort. */
  wait(sinceVersion: number, timeoutMs: number, abort?: AbortSignal): Promise<void> {
    if (this.current !== sinceVersion || abort?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        abort?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      abort?.addEventListener('abort', done, { once: true });
    });
  }
}
