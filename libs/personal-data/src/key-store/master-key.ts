import { createHmac, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gcmDecrypt, gcmEncrypt, ivLength, keyLength, tagLength } from '../crypto/aes-256-gcm';
import { KeyStoreConfigError, KeyStoreIntegrityError } from '../errors';
import type { SubjectId } from '../subject-id';

export const masterKeyVariable = 'HANDHAVING_MASTER_KEY';
/** Where a development master key is kept when `HANDHAVING_MASTER_KEY` is not set. */
export const developmentMasterKeyFile = 'master.key';

/**
 * The key that wraps every subject key before it is stored (AES-256-GCM, the subject id and key
 * version as additional data). A copy of the key store alone (a backup, a stolen disk, a
 * `pg_dump`) then reveals no subject key. It comes from the configuration, never from the key
 * store; losing it makes every stored key, and so all personal data, unreadable.
 *
 * Erasure does not depend on it: an erased subject's wrapped key is deleted as well.
 */
export class MasterKey {
  private constructor(private readonly key: Buffer) {}

  static generate(): MasterKey {
    return new MasterKey(randomBytes(keyLength));
  }

  /** `source` names where the value came from, for the error line (never the value itself). */
  static fromBase64(value: string, source: string = masterKeyVariable): MasterKey {
    const key = Buffer.from(value.trim(), 'base64');
    if (key.length !== keyLength || key.toString('base64') !== value.trim()) {
      throw new KeyStoreConfigError(
        `${source} must be ${keyLength} random bytes in base64 (make one with: openssl rand -base64 32)`,
      );
    }
    return new MasterKey(key);
  }

  toBase64(): string {
    return this.key.toString('base64');
  }

  /**
   * A value stored in the key store on first start and compared on every later start, so a
   * wrong master key stops the process at once instead of failing on the first subject. An
   * HMAC reveals nothing about the key.
   */
  checkValue(): string {
    return createHmac('sha256', this.key).update('handhaving key store master key check v1').digest('base64');
  }

  /** iv (12) ‖ tag (16) ‖ wrapped key (32): 60 bytes. */
  wrap(subjectId: SubjectId, version: number, material: Buffer): Buffer {
    const box = gcmEncrypt(this.key, material, wrapAdditionalData(subjectId, version));
    return Buffer.concat([box.iv, box.tag, box.ciphertext]);
  }

  unwrap(subjectId: SubjectId, version: number, wrapped: Buffer): Buffer {
    const box = {
      iv: wrapped.subarray(0, ivLength),
      tag: wrapped.subarray(ivLength, ivLength + tagLength),
      ciphertext: wrapped.subarray(ivLength + tagLength),
    };
    const material = gcmDecrypt(this.key, box, wrapAdditionalData(subjectId, version));
    if (!material || material.length !== keyLength) {
      throw new KeyStoreIntegrityError(`The stored key of subject ${subjectId} does not unwrap: the key store row was altered or damaged`);
    }
    return material;
  }
}

function wrapAdditionalData(subjectId: SubjectId, version: number): Buffer {
  return Buffer.from(`handhaving-subject-key|${subjectId}|${version}`, 'utf8');
}

export interface LoadMasterKeyOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** The data folder where a development master key is kept. */
  readonly dataDir: string;
  /**
   * May a missing `HANDHAVING_MASTER_KEY` be replaced by a generated key in the data folder?
   * Yes for development (`npm start` on a fresh machine must just run); no in production, where
   * a key beside the data it protects protects nothing.
   */
  readonly allowGenerated: boolean;
  /** Where the line saying a development key is in use goes; stderr by default. */
  readonly warn?: (line: string) => void;
}

/**
 * The master key from `HANDHAVING_MASTER_KEY`; in development without it, the key in
 * `<dataDir>/master.key`, generated on first start. Whenever that development key is used it
 * says so in one line, because it sits beside the data it protects.
 */
export function loadMasterKey(options: LoadMasterKeyOptions): MasterKey {
  const env = options.env ?? process.env;
  const warn = options.warn ?? ((line: string) => process.stderr.write(`⚠️  ${line}\n`));
  const configured = env[masterKeyVariable]?.trim();
  if (configured) return MasterKey.fromBase64(configured);
  if (!options.allowGenerated) {
    throw new KeyStoreConfigError(
      `${masterKeyVariable} is not set: set it to ${keyLength} random bytes in base64 (make one with: openssl rand -base64 32)`,
    );
  }
  const file = resolve(join(options.dataDir, developmentMasterKeyFile));
  if (createFileOnce(file, `${MasterKey.generate().toBase64()}\n`)) {
    warn(
      `${masterKeyVariable} is not set: generated a development master key in ${file}. ` +
        `Anyone with a copy of this data folder can read its personal data; set ${masterKeyVariable} on a server.`,
    );
  } else {
    warn(`${masterKeyVariable} is not set: using the development master key in ${file}`);
  }
  return MasterKey.fromBase64(readFileSync(file, 'utf8'), file);
}

/**
 * Writes the file only when it does not exist yet, so that two processes starting at once end
 * up with the same key: the content is written and flushed under a temporary name, then linked
 * into place (a link fails when the name exists). Returns whether this call created it.
 */
function createFileOnce(file: string, content: string): boolean {
  mkdirSync(resolve(file, '..'), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const descriptor = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(descriptor, content);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}
