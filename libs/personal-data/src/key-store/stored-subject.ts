import { SubjectErased } from '../errors';
import { toSubjectId, type SubjectId } from '../subject-id';
import { isErasureReason, type ErasureReason, type Erasure, type SubjectKey, type Tombstone } from './key-store.port';
import type { MasterKey } from './master-key';

/** The version of every key created today; see `EncryptedPersonalData.keyVersion`. */
export const currentKeyVersion = 1;

/** One row of a key store table, as both adapters read it. */
export interface SubjectKeyRow {
  readonly key_version: number;
  /** The wrapped key; `null` once erased. */
  readonly wrapped_key: Buffer | null;
  readonly erased_at: Date | string | null;
  readonly erasure_reason: string | null;
}

export type StoredSubject =
  | { readonly status: 'key'; readonly key: SubjectKey }
  | { readonly status: 'erased'; readonly tombstone: Tombstone }
  | { readonly status: 'unknown' };

export function readRow(subjectId: SubjectId, row: SubjectKeyRow | undefined, masterKey: MasterKey): StoredSubject {
  if (!row) return { status: 'unknown' };
  if (row.erased_at !== null) {
    return {
      status: 'erased',
      tombstone: { subjectId, erasedAt: new Date(row.erased_at), reason: row.erasure_reason as ErasureReason },
    };
  }
  if (row.wrapped_key === null) return { status: 'unknown' };
  return {
    status: 'key',
    key: { subjectId, version: row.key_version, material: masterKey.unwrap(subjectId, row.key_version, row.wrapped_key) },
  };
}

export function keyOrThrow(stored: StoredSubject): SubjectKey | undefined {
  if (stored.status === 'erased') throw new SubjectErased(stored.tombstone.subjectId, stored.tombstone.erasedAt);
  return stored.status === 'key' ? stored.key : undefined;
}

/** Checks what a caller passes in before anything is written. */
export function checkErasure(subjectId: string, erasure: Erasure): void {
  toSubjectId(subjectId);
  if (!isErasureReason(erasure.reason)) {
    throw new TypeError(`Erasure reason must be one of avg-artikel-17, bewaartermijn-verstreken`);
  }
  if (!(erasure.erasedAt instanceof Date) || Number.isNaN(erasure.erasedAt.getTime())) {
    throw new TypeError('erasedAt must be a valid Date');
  }
}
