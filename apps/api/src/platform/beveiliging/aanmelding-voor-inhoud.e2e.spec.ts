import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApi, testRedisUrl, type TestApi } from '../../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

const VIJF_MB = 5 * 1024 * 1024;
const EERSTE_DEEL = 64 * 1024;

interface Antwoord {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly body: string;
  /** How much of the body the client had sent when the answer came. */
  readonly verstuurd: number;
}

/**
 * Announces a 5 MB JSON body, sends its first 64 kB and then waits: a server that reads the body
 * before it authenticates never answers (it waits for the rest), one that authenticates first does.
 */
function postZonderRest(port: number, headers: Record<string, string>): Promise<Antwoord | 'geen antwoord'> {
  return new Promise((resolve) => {
    let verstuurd = 0;
    const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/api/damocles/zaken', headers: { 'content-type': 'application/json', 'content-length': String(VIJF_MB), ...headers } });
    const opgeven = setTimeout(() => {
      request.destroy();
      resolve('geen antwoord');
    }, 20_000);
    request.on('error', () => undefined); // the server closes the connection while the body is still announced
    request.on('response', (response: IncomingMessage) => {
      const delen: Buffer[] = [];
      response.on('data', (deel: Buffer) => delen.push(deel));
      response.on('end', () => {
        clearTimeout(opgeven);
        request.destroy();
        resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'], body: Buffer.concat(delen).toString('utf8'), verstuurd });
      });
    });
    request.write(Buffer.alloc(EERSTE_DEEL, ' '), () => (verstuurd += EERSTE_DEEL));
  });
}

describeWithRedis('authentication before the body: an anonymous 5 MB POST is refused before its body is read', () => {
  let api: TestApi;
  let port: number;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    await api.app.listen(0, '127.0.0.1');
    port = (api.app.getHttpServer().address() as AddressInfo).port;
  });

  afterAll(() => api?.close());

  it.each([
    ['without a token', {}],
    ['with another scheme', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
    ['with a token that is not valid', { authorization: 'Bearer eyJhbGciOiJFUzI1NiJ9.e30.bm9n' }],
  ])('%s: 401 problem+json while the client is still sending', async (_, headers: Record<string, string>) => {
    const antwoord = await postZonderRest(port, headers);
    expect(antwoord).not.toBe('geen antwoord');
    const { status, contentType, body, verstuurd } = antwoord as Antwoord;
    expect({ status, contentType }).toEqual({ status: 401, contentType: expect.stringMatching(/^application\/problem\+json/) });
    expect(JSON.parse(body)).toMatchObject({ status: 401, type: 'https://handhaving.nl/problemen/niet-aangemeld' });
    expect(verstuurd).toBeLessThan(VIJF_MB);
  }, 30_000);

  it('a valid token still posts its command (the body is read once authenticated)', async () => {
    const medewerker = await api.token(['juridisch-medewerker']);
    await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).send({}).expect(400);
  });
});
