import type { Herinneringsbericht, Notificatiekanaal } from './notificatie.port';

/** POSTs the reminder as JSON; `Idempotency-Key` lets the receiver drop a second delivery. */
export class WebhookKanaal implements Notificatiekanaal {
  readonly naam = 'webhook';

  constructor(
    private readonly url: string,
    private readonly timeoutMs: number,
  ) {}

  async verstuur(bericht: Herinneringsbericht): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': bericht.idempotencyKey },
      body: JSON.stringify(bericht),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    // Drain the body so the connection is reused.
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`webhook antwoordde ${response.status} ${response.statusText}`);
  }
}
