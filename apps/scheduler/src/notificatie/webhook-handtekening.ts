import { createHmac, timingSafeEqual } from 'node:crypto';

/** Unix seconds of the delivery; part of what is signed, so an old delivery cannot be replayed as new. */
export const TIMESTAMP_HEADER = 'Handhaving-Timestamp';
/** `v1=<hex HMAC-SHA256 over "<timestamp>.<raw body>">` with HERINNERING_WEBHOOK_SECRET as the key. */
export const SIGNATURE_HEADER = 'Handhaving-Signature';
/** How far a delivery's timestamp may lie from the receiver's clock: 5 minutes, both ways. */
export const STANDAARD_TOLERANTIE_SECONDEN = 300;

/** The headers that sign one delivery of `body` at `timestamp` (Unix seconds). */
export function ondertekenWebhook(body: string, geheim: string, timestamp: number): Record<string, string> {
  return { [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: `v1=${handtekening(body, geheim, String(timestamp))}` };
}

export interface WebhookOntvangst {
  /** The body exactly as received: the bytes, or their UTF-8 text. Never a re-serialised JSON.parse. */
  readonly body: Buffer | string;
  /** The Handhaving-Timestamp header. */
  readonly timestamp: string | undefined;
  /** The Handhaving-Signature header. */
  readonly signature: string | undefined;
  /** HERINNERING_WEBHOOK_SECRET, as the scheduler has it. */
  readonly geheim: string;
  /** The receiver's clock (ms since the epoch); now when absent. */
  readonly nu?: number;
  readonly tolerantieSeconden?: number;
}

/**
 * What a receiver does with a delivery: true only when the signature is the secret's HMAC over
 * the timestamp and this exact body (compared in constant time) and the timestamp lies within
 * the tolerance of its own clock. A receiver also drops an Idempotency-Key it has seen: within
 * the tolerance the same signed delivery may arrive again (retries do, by design).
 */
export function verifieerWebhook(ontvangst: WebhookOntvangst): boolean {
  const { timestamp, signature, geheim } = ontvangst;
  if (timestamp === undefined || signature === undefined || !/^\d{1,12}$/.test(timestamp)) return false;
  const nu = ontvangst.nu ?? Date.now();
  if (Math.abs(nu / 1000 - Number(timestamp)) > (ontvangst.tolerantieSeconden ?? STANDAARD_TOLERANTIE_SECONDEN)) return false;
  const verwacht = Buffer.from(`v1=${handtekening(ontvangst.body, geheim, timestamp)}`, 'utf8');
  // A header may carry several signatures (comma-separated), e.g. while a secret is replaced.
  return signature.split(',').some((deel) => {
    const gegeven = Buffer.from(deel.trim(), 'utf8');
    return gegeven.length === verwacht.length && timingSafeEqual(gegeven, verwacht);
  });
}

function handtekening(body: Buffer | string, geheim: string, timestamp: string): string {
  return createHmac('sha256', geheim).update(`${timestamp}.`, 'utf8').update(body).digest('hex');
}
