import type { RecordedEvent } from '@handhaving/event-store';
import type { ProjectionContext } from '@handhaving/projections';

/** The case ids a batch of case events speaks about (`data.zaakId`), for `BatchRecords.preload`. */
export function zaakIdsIn(events: readonly RecordedEvent[]): string[] {
  return events.flatMap((event) => {
    const zaakId = (event.data as { zaakId?: unknown } | null)?.zaakId;
    return typeof zaakId === 'string' ? [zaakId] : [];
  });
}

/**
 * The per-case records of a read model, kept in one Redis hash per group (a pand, a gemeente)
 * and found through an index hash (zaakId → group). Within a batch each record is read at most
 * once and written once, at the end, through the batch's MULTI: the batch's own writes are not
 * readable in Redis before EXEC, so the batch's state lives here.
 */
export class BatchRecords<R> {
  private readonly groups = new Map<string, string | null>();
  private readonly records = new Map<string, R | null>();
  private readonly changed = new Set<string>();

  constructor(
    private readonly context: ProjectionContext,
    /** Key part of the index hash, e.g. `zaak-pand`. */
    private readonly indexName: string,
    /** Key part before the group of the record hashes, e.g. `pand` for `…:pand:{sleutel}`. */
    private readonly groupName: string,
  ) {}

  /**
   * Reads the records of these cases in two round trips (their groups, then their records), so
   * that `get` during the batch asks Redis nothing: one round trip per case made a rebuild
   * wait on the network for every event.
   */
  async preload(zaakIds: Iterable<string>): Promise<void> {
    const unknown = [...new Set(zaakIds)].filter((zaakId) => !this.groups.has(zaakId));
    if (unknown.length === 0) return;
    const groups = await this.context.redis.hmget(this.context.key(this.indexName), ...unknown);
    const known: Array<{ zaakId: string; group: string }> = [];
    unknown.forEach((zaakId, i) => {
      const group = groups[i] ?? null;
      this.groups.set(zaakId, group);
      if (group === null) this.records.set(zaakId, null);
      else known.push({ zaakId, group });
    });
    if (known.length === 0) return;
    const pipeline = this.context.redis.pipeline();
    for (const { zaakId, group } of known) pipeline.hget(this.context.key(this.groupName, group), zaakId);
    const results = (await pipeline.exec()) ?? [];
    known.forEach(({ zaakId }, i) => {
      const [error, json] = results[i] ?? [new Error('no reply')];
      if (error) throw error;
      this.records.set(zaakId, typeof json === 'string' ? (JSON.parse(json) as R) : null);
    });
  }

  /** The case's record as of this point in the batch, or null when this read model never saw it. */
  async get(zaakId: string): Promise<R | null> {
    if (!this.records.has(zaakId)) {
      const group = await this.groupOf(zaakId);
      const json = group === null ? null : await this.context.redis.hget(this.context.key(this.groupName, group), zaakId);
      this.records.set(zaakId, json === null ? null : (JSON.parse(json) as R));
    }
    return this.records.get(zaakId) ?? null;
  }

  /** A case seen for the first time: its group goes into the index with the record. */
  add(zaakId: string, group: string, record: R): void {
    this.groups.set(zaakId, group);
    this.context.multi.hset(this.context.key(this.indexName), zaakId, group);
    this.set(zaakId, record);
  }

  /** The new state of a case already added or read in this batch. */
  set(zaakId: string, record: R): void {
    this.records.set(zaakId, record);
    this.changed.add(zaakId);
  }

  /** Queues every changed record into the MULTI; call once, after the batch's events. */
  write(): void {
    for (const { zaakId, group, record } of this.changedRecords()) this.context.multi.hset(this.context.key(this.groupName, group), zaakId, JSON.stringify(record));
  }

  /** The records this batch changed, with their group: for a read model that also files them elsewhere. */
  *changedRecords(): Iterable<{ readonly zaakId: string; readonly group: string; readonly record: R }> {
    for (const zaakId of this.changed) {
      const record = this.records.get(zaakId);
      const group = this.groups.get(zaakId);
      if (record && group) yield { zaakId, group, record };
    }
  }

  private async groupOf(zaakId: string): Promise<string | null> {
    if (!this.groups.has(zaakId)) this.groups.set(zaakId, await this.context.redis.hget(this.context.key(this.indexName), zaakId));
    return this.groups.get(zaakId) ?? null;
  }
}
