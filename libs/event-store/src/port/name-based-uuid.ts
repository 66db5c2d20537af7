import { createHash } from 'node:crypto';

/**
 * A UUID derived from names (version 5 layout, SHA-1): the same parts always give the same id.
 * Used where a retry must land on the same id: an event of a retried command, a case created
 * with an Idempotency-Key.
 */
export function nameBasedUuid(...parts: readonly string[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
