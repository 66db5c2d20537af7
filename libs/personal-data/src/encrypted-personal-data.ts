import { isSubjectId, type SubjectId } from './subject-id';

/** Personal data before sealing: any JSON object (naam, bsn, geboortedatum, …). */
export type PersonalData = Record<string, unknown>;

/**
 * Personal data as it is stored in an event: sealed with the subject's own key. This shape is
 * part of every event that carries personal data and events are never rewritten, so it is
 * fixed for good; a new algorithm would get a new `alg` value beside this one.
 *
 * ```json
 * {
 *   "alg": "A256GCM",
 *   "subjectId": "5f0c8a4e-…",
 *   "keyVersion": 1,
 *   "iv": "<base64, 12 bytes>",
 *   "ciphertext": "<base64, AES-256-GCM of the UTF-8 JSON of the data>",
 *   "tag": "<base64, 16 bytes>"
 * }
 * ```
 *
 * - A JSON object rather than one compact string: projections, upcasters and the log redaction
 *   recognise it by shape and can read `subjectId` without a parser, and each part is named.
 * - The additional authenticated data is `handhaving-personal-data|<subjectId>|<keyVersion>`,
 *   so a ciphertext copied under another subject (or key version) fails to open instead of
 *   showing one person's data as another's.
 * - `keyVersion` is 1 for every key today; it leaves room to rotate a subject's key without
 *   changing this format.
 * - The plaintext is `JSON.stringify(data)`: what JSON cannot hold (a `Date`, `undefined`) comes
 *   back as JSON would give it.
 * - The length of the ciphertext equals the length of that JSON: it hints at the size of the
 *   data (a long name), never at its content.
 */
export interface EncryptedPersonalData {
  readonly alg: 'A256GCM';
  readonly subjectId: SubjectId;
  readonly keyVersion: number;
  /** base64 */
  readonly iv: string;
  /** base64 */
  readonly ciphertext: string;
  /** base64 */
  readonly tag: string;
}

export const personalDataAlgorithm = 'A256GCM';

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

/** True for a value of the sealed shape (it says nothing about whether it still opens). */
export function isEncryptedPersonalData(value: unknown): value is EncryptedPersonalData {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    candidate['alg'] === personalDataAlgorithm &&
    isSubjectId(candidate['subjectId']) &&
    Number.isSafeInteger(candidate['keyVersion']) &&
    (candidate['keyVersion'] as number) >= 1 &&
    isBase64(candidate['iv']) &&
    isBase64(candidate['ciphertext']) &&
    isBase64(candidate['tag'])
  );
}

function isBase64(value: unknown): value is string {
  return typeof value === 'string' && value.length % 4 === 0 && base64Pattern.test(value);
}

export function personalDataAdditionalData(subjectId: SubjectId, keyVersion: number): Buffer {
  return Buffer.from(`handhaving-personal-data|${subjectId}|${keyVersion}`, 'utf8');
}
