import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Herinneringsbericht } from './notificatie.port';
import { verifieerWebhook } from './webhook-handtekening';
import { WebhookKanaal } from './webhook-kanaal';

/** A receiver in the test: keeps each request's headers and its body exactly as the bytes came in. */
class Ontvanger {
  readonly ontvangen: { headers: IncomingHttpHeaders; body: Buffer }[] = [];
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const stukken: Buffer[] = [];
      request.on('data', (stuk: Buffer) => stukken.push(stuk));
      request.on('end', () => {
        this.ontvangen.push({ headers: request.headers, body: Buffer.concat(stukken) });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/herinneringen`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

const geheim = 'een-gedeeld-geheim-van-minstens-32-tekens';

const bericht: Herinneringsbericht = {
  herinneringId: 'damocles-1.bezwaartermijn.5-werkdagen-voor',
  deadlineId: 'damocles-1.bezwaartermijn',
  streamId: 'damocles-1',
  zaakId: '1',
  context: 'damocles',
  gemeente: 'GM0928',
  termijnsoort: 'bezwaartermijn',
  herinneringSoort: '5-werkdagen-voor',
  termijnEinde: '2026-06-12',
  moment: '2026-06-05T06:00:00.000Z',
  medewerker: 'anna@gemeente.example',
  idempotencyKey: 'damocles-1.bezwaartermijn.5-werkdagen-voor',
  onderwerp: 'Bezwaartermijn loopt af op vrijdag 12 juni 2026',
  tekst: 'De bezwaartermijn van zaak 1 loopt af: “ü” en € blijven bytes',
};

describe('the webhook channel signs each delivery', () => {
  const ontvanger = new Ontvanger();
  let url = '';

  beforeAll(async () => {
    url = await ontvanger.start();
  });

  afterAll(() => ontvanger.stop());

  it('sends Handhaving-Timestamp and Handhaving-Signature, which verify over the exact body', async () => {
    const voor = Math.floor(Date.now() / 1000);
    await new WebhookKanaal(url, 5_000, geheim).verstuur(bericht);
    const { headers, body } = ontvanger.ontvangen.at(-1) ?? { headers: {} as IncomingHttpHeaders, body: Buffer.alloc(0) };

    const timestamp = String(headers['handhaving-timestamp']);
    const signature = String(headers['handhaving-signature']);
    expect(Number(timestamp)).toBeGreaterThanOrEqual(voor);
    expect(Number(timestamp)).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(signature).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(headers['idempotency-key']).toBe(bericht.idempotencyKey);
    expect(JSON.parse(body.toString('utf8'))).toEqual(bericht);

    expect(verifieerWebhook({ body, timestamp, signature, geheim })).toBe(true);
    expect(verifieerWebhook({ body: body.toString('utf8'), timestamp, signature, geheim })).toBe(true);
  });

  it('a changed body, another secret, a changed timestamp or a timestamp over 5 minutes old does not verify', async () => {
    await new WebhookKanaal(url, 5_000, geheim).verstuur(bericht);
    const { headers, body } = ontvanger.ontvangen.at(-1) ?? { headers: {} as IncomingHttpHeaders, body: Buffer.alloc(0) };
    const timestamp = String(headers['handhaving-timestamp']);
    const signature = String(headers['handhaving-signature']);
    const verzonden = Number(timestamp) * 1000;

    const vervalst = body.toString('utf8').replace('"GM0928"', '"GM0888"');
    expect(vervalst).not.toBe(body.toString('utf8'));
    expect(verifieerWebhook({ body: vervalst, timestamp, signature, geheim })).toBe(false);
    expect(verifieerWebhook({ body: Buffer.concat([body, Buffer.from(' ')]), timestamp, signature, geheim })).toBe(false);
    expect(verifieerWebhook({ body, timestamp, signature, geheim: `${geheim}x` })).toBe(false);
    expect(verifieerWebhook({ body, timestamp: String(Number(timestamp) + 1), signature, geheim })).toBe(false);
    expect(verifieerWebhook({ body, timestamp, signature: 'v1=00', geheim })).toBe(false);
    expect(verifieerWebhook({ body, timestamp: undefined, signature, geheim })).toBe(false);
    expect(verifieerWebhook({ body, timestamp, signature: undefined, geheim })).toBe(false);

    // Replay: the same delivery later than the tolerance (5 minutes) is refused; within it, accepted.
    expect(verifieerWebhook({ body, timestamp, signature, geheim, nu: verzonden + 299_000 })).toBe(true);
    expect(verifieerWebhook({ body, timestamp, signature, geheim, nu: verzonden + 301_000 })).toBe(false);
    expect(verifieerWebhook({ body, timestamp, signature, geheim, nu: verzonden - 301_000 })).toBe(false);
  });

  it('without a secret sends no signature headers (development)', async () => {
    await new WebhookKanaal(url, 5_000).verstuur(bericht);
    const { headers } = ontvanger.ontvangen.at(-1) ?? { headers: {} as IncomingHttpHeaders };
    expect(headers['handhaving-signature']).toBeUndefined();
    expect(headers['handhaving-timestamp']).toBeUndefined();
  });
});
