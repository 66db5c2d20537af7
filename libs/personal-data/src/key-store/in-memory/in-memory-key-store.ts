import { newKey } from '../../crypto/aes-256-gcm';
import { SubjectErased } from '../../errors';
import { toSubjectId, type SubjectId } from '../../subject-id';
import type { Erasure, KeyStore, SubjectKey, Tombstone } from '../key-store.port';
import { checkErasure, currentKeyVersion } from '../stored-subject';

/**
 * A key store in memory, for unit tests of code that seals personal data. It passes the same
 * contract as the real stores; everything in it is gone when the process ends.
 */
export class InMemoryKeyStore implements KeyStore {
  private readonly keys = new Map<SubjectId, SubjectKey>();
  private readonly tombstones = new Map<SubjectId, Tombstone>();

  async getOrCreateKey(subjectId: SubjectId): Promise<SubjectKey> {
    toSubjectId(subjectId);
    const tombstone = this.tombstones.get(subjectId);
    if (tombstone) throw new SubjectErased(subjectId, tombstone.erasedAt);
    let key = this.keys.get(subjectId);
    if (!key) this.keys.set(subjectId, (key = { subjectId, version: currentKeyVersion, material: newKey() }));
    return copy(key);
  }

  async getKey(subjectId: SubjectId): Promise<SubjectKey | undefined> {
    toSubjectId(subjectId);
    const key = this.keys.get(subjectId);
    return key && copy(key);
  }

  async erase(subjectId: SubjectId, erasure: Erasure): Promise<Tombstone> {
    checkErasure(subjectId, erasure);
    this.keys.get(subjectId)?.material.fill(0);
    this.keys.delete(subjectId);
    let tombstone = this.tombstones.get(subjectId);
    if (!tombstone) {
      tombstone = { subjectId, erasedAt: new Date(erasure.erasedAt), reason: erasure.reason };
      this.tombstones.set(subjectId, tombstone);
    }
    return tombstone;
  }

  async getTombstone(subjectId: SubjectId): Promise<Tombstone | undefined> {
    toSubjectId(subjectId);
    return this.tombstones.get(subjectId);
  }

  async isErased(subjectId: SubjectId): Promise<boolean> {
    return (await this.getTombstone(subjectId)) !== undefined;
  }

  async close(): Promise<void> {
    // Nothing to release.
  }
}

// Callers get their own copy, as from a database, so erasing can wipe the stored bytes.
function copy(key: SubjectKey): SubjectKey {
  return { ...key, material: Buffer.from(key.material) };
}
