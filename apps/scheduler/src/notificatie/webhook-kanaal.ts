import type { Herinneringsbericht, Notificatiekanaal } from './notificatie.port';
import { ondertekenWebhook } from './webhook-handtekening';

/**
 * POSTs the reminder as JSON; `Idempotency-Key` lets the receiver drop a second delivery. With a
 * secret (HERINNERING_WEBHOOK_SECRET) each delivery is signed: `Handhaving-Timestamp` and
 * `Handhaving-Signature` (webhook-handtekening.ts; how a receiver checks them: docs/termijnen.md).
 */
export class WebhookKanaal implements Notificatiekanaal {
  readonly naam = 'webhook';

  constructor(
    private readonly url: string,
    private readonly timeoutMs: number,
    private readonly geheim?: string,
  ) {}

  async verstuur(bericht: Herinneringsbericht): Promise<void> {
    // The exact string sent is the one signed; each attempt gets a fresh timestamp, from the wall
    // clock (not the scheduler's clock, which tests shift): the receiver compares it with its own.
    const body = JSON.stringify(bericht);
    const handtekening = this.geheim ? ondertekenWebhook(body, this.geheim, Math.floor(Date.now() / 1000)) : {};
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': bericht.idempotencyKey, ...handtekening },
      body,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    // Drain the body so the connection is reused.
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`webhook antwoordde ${response.status} ${response.statusText}`);
  }
}
