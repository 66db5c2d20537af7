import { gcmDecrypt, gcmEncrypt } from '../crypto/aes-256-gcm';
import {
  personalDataAdditionalData,
  isEncryptedPersonalData,
  personalDataAlgorithm,
  type EncryptedPersonalData,
  type PersonalData,
} from '../encrypted-personal-data';
import { InvalidSealedData, PersonalDataIntegrityError, SubjectErased } from '../errors';
import { isErasureReason, type ErasureReason, type KeyStore, type SubjectKey, type Tombstone } from '../key-store/key-store.port';
import { toSubjectId, type SubjectId } from '../subject-id';
import { isTombstone, KeyCache } from './key-cache';

/** What `open` finds: the data, or that the person was erased (or never had a key). */
export type OpenedPersonalData<T extends PersonalData = PersonalData> =
  | { readonly status: 'beschikbaar'; readonly subjectId: SubjectId; readonly data: T }
  /** `erasedAt` is missing when the key store has no trace of the subject at all. */
  | { readonly status: 'verwijderd'; readonly subjectId: SubjectId; readonly erasedAt?: Date };

export interface PersonalDataVaultOptions {
  /** The key store; the vault closes it on `close`. */
  readonly keyStore: KeyStore;
  /**
   * How long a key stays in this process's memory, in ms (default 60 000; 0 turns the cache
   * off). This is how long another process may still open a subject after it was erased here.
   */
  readonly cacheTtlMs?: number;
  /** The most keys kept in memory (default 10 000). */
  readonly maxCachedKeys?: number;
  /** Stamps erasures and ages the cache; a fixed clock in tests. */
  readonly clock?: { now(): Date };
}

export const defaultKeyCacheTtlMs = 60_000;

/**
 * Seals and opens the personal data of betrokkenen with a key per subject, and erases a
 * subject by destroying its key (crypto-shredding, AVG art. 17): events stay as they were
 * written, and what was sealed for the subject reads as "verwijderd" from then on.
 *
 * Keys are cached in memory for `cacheTtlMs`. An erasure through this vault takes effect in
 * this process at once; other processes see it when their cache entry expires, so at most
 * `cacheTtlMs` later. Data sealed in that window by another process uses the destroyed key and
 * is as unreadable as the rest.
 */
export class PersonalDataVault {
  private readonly keyStore: KeyStore;
  private readonly cache: KeyCache;
  private readonly clock: { now(): Date };

  constructor(options: PersonalDataVaultOptions) {
    this.keyStore = options.keyStore;
    this.cache = new KeyCache(options.cacheTtlMs ?? defaultKeyCacheTtlMs, options.maxCachedKeys ?? 10_000);
    this.clock = options.clock ?? { now: () => new Date() };
  }

  /**
   * Encrypts `data` (AES-256-GCM, a random 96-bit IV, the subject id as additional data) with
   * the subject's key, created on first use. Throws `SubjectErased` for an erased subject.
   */
  async seal(subjectId: SubjectId, data: PersonalData): Promise<EncryptedPersonalData> {
    toSubjectId(subjectId);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new TypeError('Personal data to seal must be a JSON object');
    }
    const key = await this.keyForSealing(subjectId);
    const box = gcmEncrypt(key.material, Buffer.from(JSON.stringify(data), 'utf8'), personalDataAdditionalData(subjectId, key.version));
    return {
      alg: personalDataAlgorithm,
      subjectId,
      keyVersion: key.version,
      iv: box.iv.toString('base64'),
      ciphertext: box.ciphertext.toString('base64'),
      tag: box.tag.toString('base64'),
    };
  }

  /**
   * The sealed data, or `verwijderd` when the subject's key is gone. Throws
   * `PersonalDataIntegrityError` when the data was altered or sealed for another subject, and
   * `InvalidSealedData` for a value of the wrong shape: neither is an erasure.
   */
  async open<T extends PersonalData = PersonalData>(sealed: EncryptedPersonalData): Promise<OpenedPersonalData<T>> {
    if (!isEncryptedPersonalData(sealed)) {
      throw new InvalidSealedData(`Not sealed personal data (expected alg ${personalDataAlgorithm}, a subject id, iv, ciphertext and tag)`);
    }
    const subjectId = sealed.subjectId;
    const key = await this.keyForOpening(subjectId);
    if (key === 'unknown') return { status: 'verwijderd', subjectId };
    if (isTombstone(key)) return { status: 'verwijderd', subjectId, erasedAt: key.erasedAt };
    if (key.version !== sealed.keyVersion) throw new PersonalDataIntegrityError(subjectId);
    const plaintext = gcmDecrypt(
      key.material,
      {
        iv: Buffer.from(sealed.iv, 'base64'),
        ciphertext: Buffer.from(sealed.ciphertext, 'base64'),
        tag: Buffer.from(sealed.tag, 'base64'),
      },
      personalDataAdditionalData(subjectId, key.version),
    );
    if (!plaintext) throw new PersonalDataIntegrityError(subjectId);
    return { status: 'beschikbaar', subjectId, data: JSON.parse(plaintext.toString('utf8')) as T };
  }

  /**
   * Destroys the subject's key: everything ever sealed for it reads as `verwijderd`, in this
   * process at once, in others within their cache TTL. Erasing again is fine and keeps the
   * first erasure.
   */
  async erase(subjectId: SubjectId, reason: ErasureReason): Promise<Tombstone> {
    toSubjectId(subjectId);
    if (!isErasureReason(reason)) throw new TypeError('Erasure reason must be one of avg-artikel-17, bewaartermijn-verstreken');
    const tombstone = await this.keyStore.erase(subjectId, { reason, erasedAt: this.clock.now() });
    this.cache.setErased(tombstone);
    return tombstone;
  }

  async isErased(subjectId: SubjectId): Promise<boolean> {
    return this.keyStore.isErased(subjectId);
  }

  async close(): Promise<void> {
    this.cache.clear();
    await this.keyStore.close();
  }

  private async keyForSealing(subjectId: SubjectId): Promise<SubjectKey> {
    const cached = this.cache.get(subjectId, this.nowMs());
    if (cached && isTombstone(cached)) throw new SubjectErased(subjectId, cached.erasedAt);
    if (cached) return cached;
    const key = await this.keyStore.getOrCreateKey(subjectId);
    this.cache.setKey(key, this.nowMs());
    return key;
  }

  private async keyForOpening(subjectId: SubjectId): Promise<SubjectKey | Tombstone | 'unknown'> {
    const cached = this.cache.get(subjectId, this.nowMs());
    if (cached) return cached;
    const key = await this.keyStore.getKey(subjectId);
    if (key) {
      this.cache.setKey(key, this.nowMs());
      return key;
    }
    const tombstone = await this.keyStore.getTombstone(subjectId);
    if (!tombstone) return 'unknown';
    this.cache.setErased(tombstone);
    return tombstone;
  }

  private nowMs(): number {
    return this.clock.now().getTime();
  }
}
