/**
 * `npm run bench:rapport`: the annual report for one gemeente at the scale of the country.
 *
 * 1. History: 342 gemeenten × 20 years of Damocles cases (about a million events, the same
 *    generator as bench:damocles) written through the decider into an embedded store, each step
 *    on its own day; every read model rebuilt from it into Redis.
 * 2. The built API in its own process on that store: the annual report of one gemeente for the
 *    last year, as known now and as reported on a day (each cell twice, five years of trends),
 *    as JSON (the model only), HTML and PDF (Debian's chromium), timed through HTTP.
 *    Target: HTML ≤ 2 s, PDF ≤ 5 s.
 * Writes its section of docs/benchmarks.md. BENCH_SCALE (default 1) shrinks the history for a try-out.
 */
import { EmbeddedEventStore } from '@handhaving/event-store';
import { voorbeeldBeleid } from '@handhaving/policy';
import { allProjections } from '@handhaving/read-models';
import { describeMachine, formatNumber, writeBenchmarkSection } from '@handhaving/testing';
import Redis from 'ioredis';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { instelbareKlok, schrijfGeschiedenis } from './damocles/geschiedenis-schrijven';
import { benchGemeenten, genereerGeschiedenis } from './damocles/zaakgeschiedenis';
import { herbouw } from './support/meten';
import { startBuiltApi, startRedis, stopServers } from './support/servers';

const root = join(__dirname, '..', '..');
const scale = Number(process.env['BENCH_SCALE'] ?? 1);
const LAATSTE_JAAR = 2025;
const BEKEND_OP = '2026-01-15';
const ZAKEN_PER_JAAR = 24;
const RUNS = 7;

interface Tijden {
  readonly eerste: number;
  readonly mediaan: number;
  readonly max: number;
  readonly bytes: number;
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'build', 'api', '--output-style=static'], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false' },
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('nx build api failed');
  const redisUrl = await startRedis();
  const loadAtStart = loadavg()[0] as number;
  const started = performance.now();

  // 1. History and read models, under the key prefix the API will use.
  const dataDir = mkdtempSync(join(tmpdir(), 'handhaving-bench-rapport-'));
  const klok = instelbareKlok('2000-01-01T00:00:00Z');
  const store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', clock: klok });
  const gemeenten = benchGemeenten(342);
  const jaren = Math.max(3, Math.round(20 * scale));
  const zaken = genereerGeschiedenis({ gemeenten, vanJaar: LAATSTE_JAAR - jaren + 1, jaren, zakenPerJaar: ZAKEN_PER_JAAR, beleid: voorbeeldBeleid() });
  const events = await schrijfGeschiedenis(store, klok, zaken, voorbeeldBeleid(), {
    ingangsdatum: '2000-01-01',
    onVoortgang: (n) => process.stderr.write(`\rhistory: ${formatNumber(n)} events written`),
  });
  process.stderr.write('\n');
  const redis = new Redis(redisUrl);
  await herbouw(store, redis, 'bench:', allProjections.map((projection) => projection.name));
  redis.disconnect();
  await store.close();

  // 2. The report through HTTP, on the API built for production, in dev mode for its tokens.
  const api = await startBuiltApi(redisUrl, { LOG_LEVEL: 'warn' }, dataDir);
  try {
    const gemeente = gemeenten[0] as string;
    const token = await api.token('bench-analist', ['oov-analist'], [gemeente]);
    const tijd = async (formaat: 'json' | 'html' | 'pdf'): Promise<Tijden> => {
      const gemeten: number[] = [];
      let bytes = 0;
      for (let run = 0; run < RUNS; run++) {
        const begin = performance.now();
        const response = await fetch(`${api.url}/api/rapportage/jaarverslag?gemeente=${gemeente}&jaar=${LAATSTE_JAAR}&bekendOp=${BEKEND_OP}&formaat=${formaat}`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        const body = Buffer.from(await response.arrayBuffer());
        if (!response.ok) throw new Error(`${formaat}: ${response.status} ${body.toString('utf8').slice(0, 500)}`);
        gemeten.push(performance.now() - begin);
        bytes = body.length;
        process.stderr.write(`\r${formaat}: run ${run + 1} of ${RUNS}, ${gemeten.at(-1)?.toFixed(0)} ms`);
      }
      process.stderr.write('\n');
      const rest = gemeten.slice(1).sort((a, b) => a - b);
      return { eerste: gemeten[0] as number, mediaan: rest[Math.floor(rest.length / 2)] as number, max: Math.max(...rest), bytes };
    };
    const json = await tijd('json');
    const html = await tijd('html');
    const pdf = await tijd('pdf');
    report({ gemeente, jaren, zaken: zaken.length, events, json, html, pdf, minutes: (performance.now() - started) / 60_000, load: [loadAtStart, loadavg()[0] as number] });
  } finally {
    await api.stop();
  }
}

function report(r: { gemeente: string; jaren: number; zaken: number; events: number; json: Tijden; html: Tijden; pdf: Tijden; minutes: number; load: [number, number] }): void {
  const ms = (value: number): string => formatNumber(value);
  const rij = (label: string, t: Tijden): string => `| ${label} | ${ms(t.eerste)} | ${ms(t.mediaan)} | ${ms(t.max)} | ${formatNumber(t.bytes / 1024)} kB |`;
  const lines = [
    '## Annual report — one gemeente at the scale of the country',
    '',
    `Machine: ${describeMachine()}.${scale !== 1 ? ` **BENCH_SCALE=${scale}: not the reference numbers.**` : ''} Load average ${r.load[0].toFixed(2)} at the start, ${r.load[1].toFixed(2)} at the end; ${r.minutes.toFixed(1)} minutes in all.`,
    '',
    `History: 342 gemeenten × ${r.jaren} years of Damocles cases (${formatNumber(r.zaken)} cases, ${formatNumber(r.events)} events) in the embedded store, every read model rebuilt into Redis. The built API in its own process; \`GET /api/rapportage/jaarverslag?gemeente=${r.gemeente}&jaar=${LAATSTE_JAAR}&bekendOp=${BEKEND_OP}\` — every chapter, each cell as known now and as reported on ${BEKEND_OP}, five years of trends — ${RUNS} times per format, one after another. "first" includes what a first request pays (for the PDF: starting Chromium); median and max are over the other ${RUNS - 1}.`,
    '',
    '| format | first ms | median ms | max ms | size |',
    '| --- | --: | --: | --: | --: |',
    rij('JSON (the report model)', r.json),
    rij('HTML (one self-contained file, charts as SVG)', r.html),
    rij('PDF (HTML printed by headless Chromium)', r.pdf),
    '',
    'Targets:',
    `- HTML ≤ 2 s: ${r.html.max <= 2000 ? 'met' : 'missed'} (median ${ms(r.html.mediaan)} ms, max ${ms(r.html.max)} ms).`,
    `- PDF ≤ 5 s: ${r.pdf.max <= 5000 ? 'met' : 'missed'} (median ${ms(r.pdf.mediaan)} ms, max ${ms(r.pdf.max)} ms; the first, with Chromium's start, ${ms(r.pdf.eerste)} ms).`,
  ];
  console.log(lines.join('\n'));
  writeBenchmarkSection('rapport', lines.join('\n'));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopServers);
