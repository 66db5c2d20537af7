import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importNdjson } from './ndjson-import';

interface SentLine {
  readonly regel: number;
  readonly body: unknown;
}

/**
 * A stand-in for `POST /api/import` with the API's contract for the client: a request of which a
 * line has the wrong shape is refused whole (400, each error naming `opdrachten.<index>.<field>`);
 * otherwise every line answers 201. Here a body is refused when it is not an object or carries
 * `weiger`, a rule the client cannot know in advance (as the API's limits on nesting).
 */
function fakeImportApi(sent: SentLine[][]): Server {
  return createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      const { opdrachten } = JSON.parse(text) as { opdrachten: SentLine[] };
      sent.push(opdrachten);
      const errors = opdrachten.flatMap(({ body }, index) =>
        typeof body !== 'object' || body === null || Array.isArray(body) || 'weiger' in body ? [{ field: `opdrachten.${index}.body`, rule: 'isObject', detail: 'body geweigerd' }] : [],
      );
      response.setHeader('content-type', 'application/json');
      response.statusCode = errors.length > 0 ? 400 : 200;
      response.end(JSON.stringify(errors.length > 0 ? { title: 'Ongeldige invoer', errors } : { uitkomsten: opdrachten.map(() => ({ status: 201, body: {} })) }));
    });
  });
}

describe('importNdjson: a bad line is refused alone, with its number; the other lines of its batch are sent', () => {
  let server: Server;
  let api: string;
  let dir: string;
  const sent: SentLine[][] = [];

  beforeAll(async () => {
    server = fakeImportApi(sent);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), 'handhaving-api-client-'));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => sent.splice(0));

  it('refuses a body that is not an object, a reeks too long and a line that is not JSON before sending; a line the API refuses by its own rules is refused alone', async () => {
    const file = join(dir, 'opdrachten.ndjson');
    writeFileSync(
      file,
      [
        JSON.stringify({ opdracht: 'POST /api/betrokkenen', body: { naam: 'een' } }),
        JSON.stringify({ opdracht: 'POST /api/damocles/zaken', body: [1, 2] }),
        JSON.stringify({ opdracht: 'POST /api/damocles/zaken', body: 'x' }),
        '{ dit is geen json',
        JSON.stringify({ opdracht: 'POST /api/betrokkenen', body: { naam: 'vijf' }, reeks: 'r'.repeat(501) }),
        JSON.stringify({ opdracht: 'POST /api/betrokkenen', body: { weiger: true } }),
        JSON.stringify({ opdracht: 'POST /api/betrokkenen' }),
        JSON.stringify({ opdracht: 'POST /api/betrokkenen', body: { naam: 'acht' } }),
      ].join('\n'),
    );

    const summary = await importNdjson(file, { api, token: 't' });

    expect(summary).toMatchObject({ lines: 8, appended: 3, alreadyProcessed: 0 });
    expect(summary.rejected).toEqual([
      { line: 2, status: 0, reason: 'body moet een JSON-object zijn' },
      { line: 3, status: 0, reason: 'body moet een JSON-object zijn' },
      { line: 4, status: 0, reason: 'geen geldige JSON' },
      { line: 5, status: 0, reason: 'reeks moet tekst van hoogstens 500 tekens zijn' },
      { line: 6, status: 400, reason: 'body: body geweigerd' },
    ]);
    // One batch, refused for line 6; sent again without it.
    expect(sent.map((batch) => batch.map((line) => line.regel))).toEqual([
      [1, 6, 7, 8],
      [1, 7, 8],
    ]);
  });
});
