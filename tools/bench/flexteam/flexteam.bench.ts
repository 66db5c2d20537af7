/**
 * `npm run bench:flexteam`: meldingen and flexteam controls of every gemeente (issue 15, item 6).
 *
 * 1. History: 342 gemeenten × 20 years of meldingen and controls with their follow-ups
 *    (flexteam/flexteamgeschiedenis.ts, which says the density and why), written through the
 *    deciders into one embedded store, each step appended on the day it was recorded (the store's
 *    clock set to it), in two stretches: after 5 and after 20 years.
 * 2. After each stretch the read models the questions read — the address dossier
 *    (`panden.pand-dossier`), the meldingen figures (`meldingen.cijfers`) and the flexteam figures
 *    (`flexteam.cijfers`) — catch up (after 5 years, a running processor) or are rebuilt from the
 *    whole log one by one (after 20, their rates through `herbouw`); then p50/p99 of the dossier of
 *    one address, the meldingen figures of one gemeente-year and the flexteam figures of one
 *    gemeente-year, as known now and as known on 30 June, the gemeenten in turn, asked from a
 *    process of its own as the API would (flexteam/vragen.ts). Target p99 ≤ 5 ms at full size.
 * Writes the "flexteam" section of docs/benchmarks.md. BENCH_SCALE (default 1) takes that share of
 * the gemeenten for a try-out.
 */
import { DomainRuleViolation, type Zaakcontext } from '@handhaving/domain-shared';
import { flexteamcontroleContext, verzoekContext } from '@handhaving/domain-flexteam';
import { kamerverhuurtrajectContext } from '@handhaving/domain-kamerverhuur';
import { meldingContext } from '@handhaving/domain-meldingen';
import { EmbeddedEventStore, type EventStore } from '@handhaving/event-store';
import { ProjectionRunner } from '@handhaving/projections';
import { FLEXTEAM_CIJFERS_PROJECTIE, flexteamCijfersProjectie, MELDINGEN_CIJFERS_PROJECTIE, meldingenCijfersProjectie, PAND_DOSSIER_PROJECTIE, pandDossierProjectie } from '@handhaving/read-models';
import Redis from 'ioredis';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { instelbareKlok, type InstelbareKlok } from '../damocles/geschiedenis-schrijven';
import { benchGemeenten } from '../damocles/zaakgeschiedenis';
import { describeMachine, formatNumber, writeBenchmarkSection } from '@handhaving/testing';
import { herbouw, voortgang, type Herbouw, type Percentiles } from '../support/meten';
import { startRedis, stopServers } from '../support/servers';
import { DICHTHEID, genereerFlexteamgeschiedenis, type Opdracht, type Stap, type Stroomsoort } from './flexteamgeschiedenis';
import type { VragenTaak, VragenUitkomst } from './vragen';

const scale = Number(process.env['BENCH_SCALE'] ?? 1);
const GEMEENTEN = benchGemeenten(342).slice(0, Math.max(3, Math.round(342 * scale)));
const LAATSTE_JAAR = 2025;
const EERSTE_JAAR = LAATSTE_JAAR - 19;
const STUKKEN = [5, 20] as const;
const queryRuns = 2_000;
const execFileAsync = promisify(execFile);
const LEESMODELLEN = [PAND_DOSSIER_PROJECTIE, MELDINGEN_CIJFERS_PROJECTIE, FLEXTEAM_CIJFERS_PROJECTIE];

/** The context each kind of step runs in: its decider and its streams. */
const CONTEXTEN: Record<Stroomsoort, Zaakcontext<Opdracht, { readonly type: string }, unknown>> = {
  melding: meldingContext as unknown as Zaakcontext<Opdracht, { readonly type: string }, unknown>,
  flexteamcontrole: flexteamcontroleContext as unknown as Zaakcontext<Opdracht, { readonly type: string }, unknown>,
  verzoek: verzoekContext as unknown as Zaakcontext<Opdracht, { readonly type: string }, unknown>,
  kamerverhuurtraject: kamerverhuurtrajectContext as unknown as Zaakcontext<Opdracht, { readonly type: string }, unknown>,
};

interface Stuk {
  readonly jaren: number;
  readonly events: number;
  readonly refused: number;
  readonly writeSeconds: number;
  readonly rebuild: readonly Herbouw[];
  readonly queries: Record<string, Percentiles>;
  readonly omvang: VragenUitkomst['omvang'];
}

/** The steps recorded through `totDag`, from where it stopped, through their deciders, appended day by day. */
class Schrijver {
  private readonly toestand = new Map<string, { state: unknown; revision: number }>();
  private volgende = 0;
  events = 0;
  geweigerd = 0;

  constructor(
    private readonly store: EventStore,
    private readonly klok: InstelbareKlok,
    private readonly stappen: readonly Stap[],
  ) {}

  async schrijfTot(totDag: string): Promise<void> {
    const toon = voortgang(`written through ${totDag}`);
    const begonnen = performance.now();
    const eerder = this.events;
    while (this.volgende < this.stappen.length && (this.stappen[this.volgende]?.vandaag as string) <= totDag) {
      const dag = this.stappen[this.volgende]?.vandaag as string;
      this.klok.zet(`${dag}T15:00:00Z`);
      const appends: Promise<unknown>[] = [];
      for (; this.volgende < this.stappen.length && this.stappen[this.volgende]?.vandaag === dag; this.volgende++) {
        const stap = this.stappen[this.volgende] as Stap;
        const context = CONTEXTEN[stap.soort];
        const streamId = context.streamId(stap.zaakId);
        const huidig = this.toestand.get(streamId) ?? { state: context.decider.initialState(), revision: -1 };
        const command = stap.maak();
        let decided: readonly { readonly type: string }[];
        try {
          decided = context.decider.decide(command, huidig.state);
        } catch (error) {
          if (!(error instanceof DomainRuleViolation)) throw error;
          this.geweigerd += 1;
          if (this.geweigerd <= 5) console.error(`refused ${command.type} on ${dag}: ${error.rule} ${error.detail}`);
          continue;
        }
        if (decided.length === 0) continue;
        this.toestand.set(streamId, { state: decided.reduce(context.decider.evolve, huidig.state), revision: huidig.revision + decided.length });
        appends.push(
          this.store.appendToStream(
            streamId,
            decided.map(({ type, ...data }) => ({ type, data })),
            { expectedRevision: huidig.revision < 0 ? 'no-stream' : huidig.revision, metadata: { commandId: `${stap.zaakId}.${this.volgende}`, userId: 'bench', gemeente: stap.gemeente } },
          ),
        );
        this.events += decided.length;
      }
      await Promise.all(appends);
      toon({ done: this.events, perSecond: ((this.events - eerder) * 1000) / (performance.now() - begonnen) });
    }
    process.stderr.write('\n');
  }
}

/** Lets the read models catch up with the log (from their checkpoints) and stops them again: `nieuw` events, the stretch just written. */
async function bijwerken(store: EventStore, redis: Redis, keyPrefix: string, nieuw: number): Promise<Herbouw> {
  const runner = new ProjectionRunner({
    eventStore: store,
    redis,
    projections: [pandDossierProjectie, meldingenCijfersProjectie, flexteamCijfersProjectie],
    keyPrefix,
    logger: { info: () => undefined, warn: console.warn, error: console.error },
  });
  const head = await store.readHeadPosition();
  const begonnen = performance.now();
  await runner.start();
  if (!(await runner.waitForPosition(head, 3_600_000))) throw new Error(`${LEESMODELLEN.join(', ')} did not catch up`);
  await runner.stop();
  const seconds = (performance.now() - begonnen) / 1000;
  return { name: 'the three, side by side (caught up)', processed: nieuw, seconds, eventsPerSecond: nieuw / seconds };
}

/** The queries, in a process of their own (flexteam/vragen.ts): as the API asks them. */
async function benchQueries(redisUrl: string, keyPrefix: string, laatsteJaar: number, bezochteAdressen: VragenTaak['bezochteAdressen']): Promise<VragenUitkomst> {
  const taak: VragenTaak = { redisUrl, keyPrefix, laatsteJaar, gemeenten: GEMEENTEN, bezochteAdressen, queryRuns };
  const { stdout } = await execFileAsync(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'vragen.ts')], {
    env: { ...process.env, BENCH_VRAGEN: JSON.stringify(taak) },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as VragenUitkomst;
}

async function main(): Promise<void> {
  const redisUrl = await startRedis();
  const lastBegin = loadavg()[0] as number;
  const started = performance.now();
  const geschiedenis = genereerFlexteamgeschiedenis(GEMEENTEN, EERSTE_JAAR, LAATSTE_JAAR);
  // Stable: the steps of one day keep the order they were generated in (a case's opening before its link).
  const stappen = [...geschiedenis.stappen].sort((a, b) => a.vandaag.localeCompare(b.vandaag));
  const dataDir = mkdtempSync(join(tmpdir(), 'handhaving-bench-flexteam-'));
  const klok = instelbareKlok('2000-01-01T00:00:00Z');
  // Generation only: NORMAL skips the fsync per commit; the events are the same.
  const store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', clock: klok });
  const redis = new Redis(redisUrl);
  const stukken: Stuk[] = [];
  try {
    const schrijver = new Schrijver(store, klok, stappen);
    let schrijftijd = 0;
    let geschreven = 0;
    for (const jaren of STUKKEN) {
      const laatsteJaar = EERSTE_JAAR + jaren - 1;
      const begonnen = performance.now();
      await schrijver.schrijfTot(`${laatsteJaar}-12-31`);
      schrijftijd += (performance.now() - begonnen) / 1000;
      // After 5 years the read models catch up with the new stretch (as they do in the API); after 20 they are rebuilt from the whole log, for their rates.
      const volledig = jaren === STUKKEN[STUKKEN.length - 1];
      const keyPrefix = volledig ? 'bench-flexteam-herbouw:' : 'bench-flexteam:';
      const rebuild = volledig ? await herbouw(store, redis, keyPrefix, LEESMODELLEN) : [await bijwerken(store, redis, keyPrefix, schrijver.events - geschreven)];
      const gemeten = await benchQueries(redisUrl, keyPrefix, laatsteJaar, geschiedenis.bezochteAdressen);
      geschreven = schrijver.events;
      stukken.push({ jaren, events: schrijver.events, refused: schrijver.geweigerd, writeSeconds: schrijftijd, rebuild, ...gemeten });
    }
  } finally {
    redis.disconnect();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  report(stukken, (performance.now() - started) / 60_000, [lastBegin, loadavg()[0] as number]);
}

function report(stukken: readonly Stuk[], minutes: number, last: readonly [number, number]): void {
  const ms = (value: number): string => value.toFixed(2);
  const queryNames = Object.keys(stukken[0]?.queries ?? {});
  const eerste = stukken[0] as Stuk;
  const volledig = stukken.at(-1) as Stuk;
  const verhouding = (name: string): string => ((volledig.queries[name]?.p99 ?? NaN) / (eerste.queries[name]?.p99 ?? NaN)).toFixed(2);
  const fullP99 = Math.max(...Object.values(volledig.queries).map((q) => q.p99));
  const lines = [
    '## Flexteam — the address dossier, the meldingen figures and the flexteam figures at the scale of the country',
    '',
    `Machine: ${describeMachine()}. One run of \`npm run bench:flexteam\` (${minutes.toFixed(1)} min; 1-minute load average ${last[0].toFixed(2)} at the start, ${last[1].toFixed(2)} at the end${Math.max(...last) > 2 ? ': the 2 cores were shared with other work, so read the p99s as upper bounds' : ''}).${scale !== 1 ? ` **BENCH_SCALE=${scale}: ${GEMEENTEN.length} gemeenten, not the reference numbers.**` : ''}`,
    '',
    `History: ${GEMEENTEN.length} gemeenten from ${EERSTE_JAAR} (tools/bench/flexteam/flexteamgeschiedenis.ts), the same density in each, chosen for a town like Kerkrade: per gemeente-year ${DICHTHEID.meldingen} meldingen (four in five about one of the gemeente's ${DICHTHEID.adressenPerGemeente} addresses, some far more often than others; 85 % closed) and ${DICHTHEID.controles} flexteam controls of ${DICHTHEID.adressenPerControle} planned addresses (one in twelve cancelled, 0–2 added on the day, access three in four, something found at 40 % of the visits with access), each finding followed up in its own context: a kamerverhuur traject, a request to the BRP or bouw- en woningtoezicht, or a melding for overlast, most of them settled months later; drugs found are declined (no Damocles cases here: the Damocles benchmark generates those). A flexteam that goes out every other month, and fewer meldingen than a large town takes in: about a million events over the country, and every question reads one gemeente-year or one address, so its cost follows the density, not the number of gemeenten. Most of the run is the writing through the deciders and the rebuild of the address dossier (it reads every event). Written through the deciders straight into one embedded store (synchronous=NORMAL for generation only), each step on the day it was recorded, in two stretches: after 5 years the read models caught up with it (a running processor), after 20 they were rebuilt from the whole log, one by one; then queried.`,
    '',
    '| history | events | steps refused | written in s (all so far) | read model | events applied | s | events/s |',
    '| --- | --: | --: | --: | --- | --: | --: | --: |',
    ...stukken.flatMap((s) =>
      s.rebuild.map((r, i) => `| ${i === 0 ? `${s.jaren} years` : ''} | ${i === 0 ? formatNumber(s.events) : ''} | ${i === 0 ? s.refused : ''} | ${i === 0 ? s.writeSeconds.toFixed(1) : ''} | ${r.name} | ${formatNumber(r.processed)} | ${r.seconds.toFixed(1)} | ${formatNumber(r.eventsPerSecond)} |`),
    ),
    '',
    `Queries: ${formatNumber(queryRuns)} each after 200 warm-up with the gemeenten in turn, one at a time, from a process of its own (a Redis connection and the question, as the API asks it: tools/bench/flexteam/vragen.ts) against the read models in Redis. The dossier: an address a control visited (\`pandDossier\`: its cases, meldingen, controls and requests); the meldingen figures of the last year of history (\`meldingenJaarcijfers\`); the flexteam figures of the year before it (\`flexteamCijfers\`: by the end of history every follow-up's year is over). "As known on 30 June": of the last year. One answer of the first gemeente holds ${volledig.omvang.dossier} (the dossier), ${volledig.omvang.meldingen} meldingen, ${volledig.omvang.controles} controls with ${volledig.omvang.vervolgen} follow-ups (after ${volledig.jaren} years).`,
    '',
    `| query | ${stukken.map((s) => `${s.jaren} years p50 ms | p99 ms`).join(' | ')} | p99 ${volledig.jaren} / ${eerste.jaren} years |`,
    `| --- | ${stukken.map(() => '--: | --:').join(' | ')} | --: |`,
    ...queryNames.map((name) => `| ${name} | ${stukken.map((s) => `${ms(s.queries[name]?.p50 ?? NaN)} | ${ms(s.queries[name]?.p99 ?? NaN)}`).join(' | ')} | ${verhouding(name)} |`),
    '',
    `Worst p99 at full size: ${ms(fullP99)} ms (target ≤ 5 ms each).`,
  ];
  const markdown = lines.join('\n');
  console.log(`\n${markdown}\n`);
  if (scale === 1) writeBenchmarkSection('flexteam', markdown);
  else console.log('(BENCH_SCALE ≠ 1: docs/benchmarks.md left as it was)');
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopServers);
