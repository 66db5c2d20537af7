import type { SubjectId } from '../subject-id';

/**
 * Why a subject's key was destroyed. A closed list, not free text: the tombstone that stays
 * behind must hold no personal data, and a free-text reason invites "verzoek van J. Jansen".
 */
export type ErasureReason =
  /** The person asked for erasure and the request was granted (AVG art. 17). */
  | 'avg-artikel-17'
  /** The retention period of the data ended (AVG art. 5(1)(e), the municipality's selectielijst). */
  | 'bewaartermijn-verstreken';

export const erasureReasons: readonly ErasureReason[] = ['avg-artikel-17', 'bewaartermijn-verstreken'];

export function isErasureReason(value: unknown): value is ErasureReason {
  return (erasureReasons as readonly unknown[]).includes(value);
}

/** A subject's data key: 32 random bytes for AES-256-GCM. */
export interface SubjectKey {
  readonly subjectId: SubjectId;
  readonly version: number;
  readonly material: Buffer;
}

/** What remains of an erased subject: when and why, nothing about the person. */
export interface Tombstone {
  readonly subjectId: SubjectId;
  readonly erasedAt: Date;
  readonly reason: ErasureReason;
}

export interface Erasure {
  readonly reason: ErasureReason;
  readonly erasedAt: Date;
}

/**
 * Where the per-subject keys live, beside the event store. Deleting a key is the erasure of
 * everything sealed with it (crypto-shredding): the events stay as they are, unreadable.
 */
export interface KeyStore {
  /**
   * The subject's key, created on first use. Throws `SubjectErased` for an erased subject: its
   * key is never created again. Safe to call from several processes at once: they all get the
   * one key that was stored first.
   */
  getOrCreateKey(subjectId: SubjectId): Promise<SubjectKey>;
  /** The subject's key, or `undefined` when the subject was erased or never had one. */
  getKey(subjectId: SubjectId): Promise<SubjectKey | undefined>;
  /**
   * Destroys the key irreversibly and leaves a tombstone. Erasing again (or erasing a subject
   * that never had a key) is fine; the first erasure's time and reason stay.
   */
  erase(subjectId: SubjectId, erasure: Erasure): Promise<Tombstone>;
  /** The tombstone of an erased subject, `undefined` when it was not erased. */
  getTombstone(subjectId: SubjectId): Promise<Tombstone | undefined>;
  isErased(subjectId: SubjectId): Promise<boolean>;
  close(): Promise<void>;
}
