import { describeMachine, formatNumber, writeBenchmarkSection } from '@handhaving/testing';
import { fuzz, type FuzzRapport } from './test-support/fuzz/fuzzer';
import { startTestApi, testRedisUrl, type TestApi } from './test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

/** `npm test` sends 3 requests per route; `npm run fuzz` sends many more and writes docs/benchmarks.md. */
const perRoute = Number(process.env['FUZZ_PER_ROUTE'] ?? 3);
const maxMs = Number(process.env['FUZZ_MAX_MS'] ?? 90_000);
const seed = Number(process.env['FUZZ_SEED'] ?? 20261203);

/**
 * Every route of the OpenAPI document, fuzzed against the real API and embedded store: valid,
 * boundary and invalid values, wrong types, huge and deep bodies, odd encodings, every role, no
 * token and another gemeente's. A finding prints how to send the request again. Run with 10
 * requests per route against the code before the client-error fixes (e65fdc3~1) it reported 31
 * routes answering 500: bad gzip, Latin-1 bodies, forms nested 200 deep.
 */
describeWithRedis('fuzzing every route from the OpenAPI document', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
  });

  afterAll(() => api?.close());

  it('answers no 500, every error as problem+json, appends nothing for a refused request, gives no other gemeente Kerkrade’s data', async () => {
    const rapport = await fuzz(api, { perRoute, seed, maxMs });
    console.log(samenvatting(rapport));
    if (process.env['FUZZ_RAPPORT'] === 'true') schrijfRapport(rapport);
    expect(rapport.routes).toBeGreaterThan(150);
    expect(rapport.verzoeken).toBeGreaterThanOrEqual(Math.min(perRoute, 3) * rapport.routes);
    expect(rapport.bevindingen).toEqual([]);
  }, maxMs + 120_000);
});

function statussen(rapport: FuzzRapport): string {
  return [...rapport.perStatus].sort(([a], [b]) => a - b).map(([status, aantal]) => `${status}: ${formatNumber(aantal)}`).join(', ');
}

function samenvatting(rapport: FuzzRapport): string {
  return `fuzz: seed ${rapport.seed}, ${rapport.verzoeken} requests over ${rapport.routes} routes in ${(rapport.ms / 1000).toFixed(1)} s; ${rapport.routesMet2xx} routes answered 2xx; ${statussen(rapport)}; ${rapport.bevindingen.length} findings`;
}

function schrijfRapport(rapport: FuzzRapport): void {
  writeBenchmarkSection(
    'fuzz',
    [
      '## Fuzz — every route of the OpenAPI document',
      '',
      `Machine: ${describeMachine()}.`,
      '',
      '`npm run fuzz` (`apps/api/src/fuzz.e2e.spec.ts` with a large budget; `npm test` runs it with 3 requests per route): the real API on the embedded store and Redis, requests derived from `/api/docs-json` — plausible values (the document\'s examples, Kerkrade\'s seeded cases and betrokkene), each with at most one thing wrong: a boundary or wrong-typed value, a missing required field, an extra or `__proto__` key, a 100,000-character string, a 20,000-element array, nesting past 32, a body that is not an object, an odd encoding (text/plain, forms nested 200 deep, bad gzip, UTF-16, Latin-1, BOM, invalid UTF-8, cut off); every role of Kerkrade, no token, a forged token and a token of another gemeente (GM1903). Rules: no 500; every error problem+json with the same status; no event with a refused request\'s correlation id; no 2xx without a valid token or for another gemeente on Kerkrade\'s data.',
      '',
      '| seed | routes | requests | seconds | requests/s | routes answered 2xx | case kinds seeded | findings |',
      '| --: | --: | --: | --: | --: | --: | --: | --: |',
      `| ${rapport.seed} | ${rapport.routes} | ${formatNumber(rapport.verzoeken)} | ${(rapport.ms / 1000).toFixed(0)} | ${formatNumber(rapport.verzoeken / (rapport.ms / 1000))} | ${rapport.routesMet2xx} | ${rapport.zaaksoorten} | ${rapport.bevindingen.length} |`,
      '',
      `Answers by status: ${statussen(rapport)}.`,
      '',
      ...(rapport.bevindingen.length === 0 ? ['No findings.'] : ['Findings:', '', ...rapport.bevindingen.map((bevinding) => `- ${bevinding.regel} on \`${bevinding.route}\` (${bevinding.status}): \`${bevinding.verzoek.slice(0, 200)}\``)]),
    ].join('\n'),
  );
}
