import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256: 32-byte keys. */
export const keyLength = 32;
/** 96-bit IVs, the size GCM is specified for (NIST SP 800-38D); random per encryption. */
export const ivLength = 12;
/** Full 128-bit authentication tags; shorter tags weaken forgery resistance. */
export const tagLength = 16;

export interface GcmBox {
  readonly iv: Buffer;
  readonly ciphertext: Buffer;
  readonly tag: Buffer;
}

/*
 * Random IVs are safe here because each key encrypts little: one subject's data a handful of
 * times over the life of a case, far below the 2^32 encryptions per key that NIST allows for
 * random 96-bit IVs.
 */
export function gcmEncrypt(key: Buffer, plaintext: Buffer, additionalData: Buffer): GcmBox {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: tagLength });
  cipher.setAAD(additionalData);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
}

/** The plaintext, or `undefined` when authentication fails (altered data, wrong key or AAD). */
export function gcmDecrypt(key: Buffer, box: GcmBox, additionalData: Buffer): Buffer | undefined {
  if (box.iv.length !== ivLength || box.tag.length !== tagLength) return undefined;
  const decipher = createDecipheriv('aes-256-gcm', key, box.iv, { authTagLength: tagLength });
  decipher.setAAD(additionalData);
  decipher.setAuthTag(box.tag);
  try {
    return Buffer.concat([decipher.update(box.ciphertext), decipher.final()]);
  } catch {
    return undefined;
  }
}

export function newKey(): Buffer {
  return randomBytes(keyLength);
}
