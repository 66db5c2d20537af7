import type { SubjectId } from '../subject-id';
import type { SubjectKey, Tombstone } from '../key-store/key-store.port';

type Entry =
  | { readonly kind: 'key'; readonly key: SubjectKey; readonly expiresAt: number }
  | { readonly kind: 'erased'; readonly tombstone: Tombstone };

/**
 * Subject keys recently used by this process, least recently used evicted first. A key entry
 * expires after the TTL, so an erasure made by another process takes effect here within the
 * TTL. An erasure is final, so an erased entry never expires and is never replaced by a key
 * that a read started before the erasure brings back.
 */
export class KeyCache {
  private readonly entries = new Map<SubjectId, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  get(subjectId: SubjectId, nowMs: number): SubjectKey | Tombstone | undefined {
    const entry = this.entries.get(subjectId);
    if (!entry) return undefined;
    if (entry.kind === 'key' && entry.expiresAt <= nowMs) {
      this.entries.delete(subjectId);
      return undefined;
    }
    this.entries.delete(subjectId);
    this.entries.set(subjectId, entry);
    return entry.kind === 'key' ? entry.key : entry.tombstone;
  }

  setKey(key: SubjectKey, nowMs: number): void {
    if (this.ttlMs <= 0 || this.entries.get(key.subjectId)?.kind === 'erased') return;
    this.put(key.subjectId, { kind: 'key', key, expiresAt: nowMs + this.ttlMs });
  }

  setErased(tombstone: Tombstone): void {
    this.put(tombstone.subjectId, { kind: 'erased', tombstone });
  }

  clear(): void {
    this.entries.clear();
  }

  private put(subjectId: SubjectId, entry: Entry): void {
    this.entries.delete(subjectId);
    this.entries.set(subjectId, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as SubjectId;
      this.entries.delete(oldest);
    }
  }
}

export function isTombstone(value: SubjectKey | Tombstone): value is Tombstone {
  return 'erasedAt' in value;
}
