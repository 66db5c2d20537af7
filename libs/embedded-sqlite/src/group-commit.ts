import type { Database } from 'better-sqlite3';

interface Pending<T> {
  readonly work: () => T;
  readonly resolve: (value: T) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for SQLite: writes that arrive while the event loop is busy are committed
 * together, in one `BEGIN IMMEDIATE … COMMIT` (one fsync with synchronous=FULL) instead of one
 * each. Every write still runs in its own savepoint, so one that throws is rolled back alone and
 * rejects alone; the others commit. A write's promise resolves only after the COMMIT that holds
 * it: an acknowledged write is durable, as before.
 */
export class GroupCommit {
  private queue: Pending<unknown>[] = [];
  private scheduled = false;
  private readonly commitBatch: (batch: Pending<unknown>[]) => Array<{ ok: true; value: unknown } | { ok: false; error: unknown }>;

  constructor(
    db: Database,
    private readonly maxBatch = 1000,
  ) {
    const one = db.transaction((work: () => unknown) => work());
    const all = db.transaction((batch: Pending<unknown>[]) =>
      batch.map((pending) => {
        try {
          // A transaction inside a transaction is a savepoint in better-sqlite3.
          return { ok: true as const, value: one(pending.work) };
        } catch (error) {
          return { ok: false as const, error };
        }
      }),
    );
    this.commitBatch = (batch) => all.immediate(batch);
  }

  /** Runs `work` inside the next group transaction; resolves after that transaction commits. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      let outcomes;
      try {
        outcomes = this.commitBatch(batch);
      } catch (error) {
        // BEGIN or COMMIT itself failed (e.g. the disk is full): nothing of the batch was stored.
        for (const pending of batch) pending.reject(error);
        continue;
      }
      outcomes.forEach((outcome, index) => (outcome.ok ? batch[index].resolve(outcome.value) : batch[index].reject(outcome.error)));
    }
  }
}
