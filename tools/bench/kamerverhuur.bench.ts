/**
 * `npm run bench:kamerverhuur`: the kamerverhuur register of every gemeente (issue 14, items 1
 * and 5, the register).
 *
 * 1. History: 342 gemeenten × 20 years of register (tools/bench/kamerverhuur/registergeschiedenis.ts)
 *    written through the register decider into one embedded store, each step appended on the day
 *    it was recorded (the store's clock set to it), in three stretches: after 5, 10 and 20 years.
 * 2. After each stretch: the read model catches up (after 5 and 10 years) or is rebuilt from
 *    the whole log (after 20, its rate through `herbouw`), then the register table of a gemeente at 4 dates (Kerkrade's columns: the start of the year
 *    before, 1 January, 1 June and 31 December of the last year), as known now and as known on
 *    30 June: p50/p99, for the gemeenten in turn and for the largest one, asked from a process of
 *    its own as the API would (kamerverhuur/vragen.ts). Target p99 ≤ 5 ms at
 *    full size, flat as history grows (the ratio of the p99s after 20 and after 5 years).
 * Writes the "kamerverhuur" section of docs/benchmarks.md. BENCH_SCALE (default 1) takes that
 * share of the gemeenten (the largest first) for a try-out.
 */
import { registerDecider, kamerverhuurregisterContext, type RegisterEvent, type RegisterState } from '@handhaving/domain-kamerverhuur';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import { EmbeddedEventStore, type EventStore } from '@handhaving/event-store';
import { ProjectionRunner } from '@handhaving/projections';
import { KAMERVERHUUR_REGISTER_PROJECTIE, kamerverhuurRegisterProjectie } from '@handhaving/read-models';
import Redis from 'ioredis';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { instelbareKlok, type InstelbareKlok } from './damocles/geschiedenis-schrijven';
import { benchGemeenten } from './damocles/zaakgeschiedenis';
import { genereerRegister, inwoners, pandenOpDeLijst, type Registerpand } from './kamerverhuur/registergeschiedenis';
import type { VragenTaak, VragenUitkomst } from './kamerverhuur/vragen';
import { describeMachine, formatNumber, writeBenchmarkSection } from '@handhaving/testing';
import { herbouw, voortgang, type Herbouw, type Percentiles } from './support/meten';
import { startRedis, stopServers } from './support/servers';

const scale = Number(process.env['BENCH_SCALE'] ?? 1);
const GEMEENTEN = benchGemeenten(342).slice(0, Math.max(3, Math.round(342 * scale)));
const LAATSTE_JAAR = 2025;
const EERSTE_JAAR = LAATSTE_JAAR - 19;
const STUKKEN = [5, 10, 20] as const;
const queryRuns = 2_000;
const grootsteRuns = 500;
const execFileAsync = promisify(execFile);

interface Stuk {
  readonly jaren: number;
  readonly panden: number;
  readonly events: number;
  readonly refused: number;
  readonly writeSeconds: number;
  readonly rebuild: Herbouw;
  readonly queries: Record<string, Percentiles>;
  /** The largest gemeente's table as known now: panden read one by one, and counted only. */
  readonly grootste: { readonly gelezen: number; readonly eerderAfgevoerd: number; readonly aantalPanden: number };
}

/** The register's steps recorded through `totDag`, from `vanaf` on, through the decider, appended day by day. */
class Schrijver {
  private readonly stappen: Array<{ p: number; s: number; vandaag: string }>;
  private readonly toestand = new Map<number, { state: RegisterState; revision: number }>();
  private volgende = 0;
  panden = 0;
  events = 0;
  geweigerd = 0;

  constructor(
    private readonly store: EventStore,
    private readonly klok: InstelbareKlok,
    private readonly register: readonly Registerpand[],
  ) {
    this.stappen = register.flatMap((pand, p) => pand.stappen.map((stap, s) => ({ p, s, vandaag: stap.vandaag })));
    this.stappen.sort((a, b) => a.vandaag.localeCompare(b.vandaag) || a.p - b.p || a.s - b.s);
  }

  async schrijfTot(totDag: string): Promise<void> {
    const toon = voortgang(`written through ${totDag}`);
    const begonnen = performance.now();
    const eerder = this.events;
    while (this.volgende < this.stappen.length && (this.stappen[this.volgende]?.vandaag as string) <= totDag) {
      const dag = this.stappen[this.volgende]?.vandaag as string;
      this.klok.zet(`${dag}T15:00:00Z`);
      const appends: Promise<unknown>[] = [];
      for (; this.volgende < this.stappen.length && this.stappen[this.volgende]?.vandaag === dag; this.volgende++) {
        const { p, s } = this.stappen[this.volgende] as { p: number; s: number };
        const pand = this.register[p] as Registerpand;
        const huidig = this.toestand.get(p) ?? { state: registerDecider.initialState(), revision: -1 };
        const command = pand.stappen[s]?.maak();
        if (command === undefined) continue;
        let decided: readonly RegisterEvent[];
        try {
          decided = registerDecider.decide(command, huidig.state);
        } catch (error) {
          if (!(error instanceof DomainRuleViolation)) throw error;
          this.geweigerd += 1;
          if (this.geweigerd <= 5) console.error(`refused ${command.type} on ${dag}: ${error.rule} ${error.detail}`);
          continue;
        }
        if (decided.length === 0) continue;
        if (huidig.revision < 0) this.panden += 1;
        this.toestand.set(p, { state: decided.reduce(registerDecider.evolve, huidig.state), revision: huidig.revision + decided.length });
        appends.push(
          this.store.appendToStream(
            kamerverhuurregisterContext.streamId(pand.zaakId),
            decided.map(({ type, ...data }) => ({ type, data })),
            { expectedRevision: huidig.revision < 0 ? 'no-stream' : huidig.revision, metadata: { commandId: `${pand.zaakId}.${s}`, userId: 'bench', gemeente: pand.gemeente } },
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

/** The rebuild through the shared `herbouw`, as for every read model. */
async function herbouwRegister(store: EventStore, redis: Redis, keyPrefix: string): Promise<Herbouw> {
  return (await herbouw(store, redis, keyPrefix, [KAMERVERHUUR_REGISTER_PROJECTIE]))[0] as Herbouw;
}

/** Lets the read model catch up with the log (from its checkpoint) and stops it again: `nieuw` events, the stretch just written. */
async function bijwerken(store: EventStore, redis: Redis, keyPrefix: string, nieuw: number): Promise<Herbouw> {
  const runner = new ProjectionRunner({ eventStore: store, redis, projections: [kamerverhuurRegisterProjectie], keyPrefix, logger: { info: () => undefined, warn: console.warn, error: console.error } });
  const head = await store.readHeadPosition();
  const begonnen = performance.now();
  await runner.start();
  if (!(await runner.waitForPosition(head, 3_600_000))) throw new Error(`${KAMERVERHUUR_REGISTER_PROJECTIE} did not catch up`);
  await runner.stop();
  const seconds = (performance.now() - begonnen) / 1000;
  return { name: `${KAMERVERHUUR_REGISTER_PROJECTIE} (caught up)`, processed: nieuw, seconds, eventsPerSecond: nieuw / seconds };
}

/**
 * The queries, in a process of their own (kamerverhuur/vragen.ts): as the API asks them, without
 * this process's heap of generated history in their garbage collection.
 */
async function benchQueries(redisUrl: string, keyPrefix: string, laatsteJaar: number): Promise<VragenUitkomst> {
  const taak: VragenTaak = { redisUrl, keyPrefix, laatsteJaar, gemeenten: GEMEENTEN, queryRuns, grootsteRuns };
  const { stdout } = await execFileAsync(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'kamerverhuur', 'vragen.ts')], {
    env: { ...process.env, BENCH_VRAGEN: JSON.stringify(taak) },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as VragenUitkomst;
}

async function main(): Promise<void> {
  const redisUrl = await startRedis();
  const lastBegin = loadavg()[0] as number;
  const started = performance.now();
  const register = genereerRegister(GEMEENTEN, EERSTE_JAAR, `${LAATSTE_JAAR}-12-31`);
  const dataDir = mkdtempSync(join(tmpdir(), 'handhaving-bench-kamerverhuur-'));
  const klok = instelbareKlok('2000-01-01T00:00:00Z');
  // Generation only: NORMAL skips the fsync per commit; the events are the same.
  const store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', clock: klok });
  const redis = new Redis(redisUrl);
  const stukken: Stuk[] = [];
  try {
    const schrijver = new Schrijver(store, klok, register);
    let schrijftijd = 0;
    let geschreven = 0;
    for (const jaren of STUKKEN) {
      const laatsteJaar = EERSTE_JAAR + jaren - 1;
      const begonnen = performance.now();
      await schrijver.schrijfTot(`${laatsteJaar}-12-31`);
      schrijftijd += (performance.now() - begonnen) / 1000;
      // After 5 and 10 years the read model catches up with the new stretch (as it does in the API);
      // after 20 it is rebuilt from the whole log, for its rate.
      const volledig = jaren === STUKKEN[STUKKEN.length - 1];
      const keyPrefix = volledig ? 'bench-kamerverhuur-herbouw:' : 'bench-kamerverhuur:';
      const rebuild = volledig ? await herbouwRegister(store, redis, keyPrefix) : await bijwerken(store, redis, keyPrefix, schrijver.events - geschreven);
      const gemeten = await benchQueries(redisUrl, keyPrefix, laatsteJaar);
      geschreven = schrijver.events;
      stukken.push({ jaren, panden: schrijver.panden, events: schrijver.events, refused: schrijver.geweigerd, writeSeconds: schrijftijd, rebuild, ...gemeten });
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
  const totaalOpDeLijst = GEMEENTEN.reduce((som, _, g) => som + pandenOpDeLijst(g + 1), 0);
  const lines = [
    '## Kamerverhuur — the register table at the scale of the country',
    '',
    `Machine: ${describeMachine()}. One run of \`npm run bench:kamerverhuur\` (${minutes.toFixed(1)} min; 1-minute load average ${last[0].toFixed(2)} at the start, ${last[1].toFixed(2)} at the end${Math.max(...last) > 2 ? ': the 2 cores were shared with other work, so read the p99s as upper bounds' : ''}).${scale !== 1 ? ` **BENCH_SCALE=${scale}: ${GEMEENTEN.length} gemeenten, not the reference numbers.**` : ''}`,
    '',
    `History: the register of ${GEMEENTEN.length} gemeenten from ${EERSTE_JAAR} (tools/bench/kamerverhuur/registergeschiedenis.ts), sized after Kerkrade (45,000 inhabitants: about 100 panden on the list, about 40 afgevoerd a year) and scaled by inhabitants (930,000 × rank^-0.7: the largest ${formatNumber(inwoners(1))} inhabitants and ${formatNumber(pandenOpDeLijst(1))} panden on the list, the smallest ${formatNumber(inwoners(GEMEENTEN.length))} and ${formatNumber(pandenOpDeLijst(GEMEENTEN.length))}; ${formatNumber(totaalOpDeLijst)} in all). Each pand: vergund 25 %, in handhaving 45 % (40 % of them legalised), afgevoerd after investigation 30 %; off the list after 2.5 years on average, replaced within two months, one in twenty back on the list later; one vergund in thirty corrected away months later; three changes in ten recorded 1–45 days after they took effect. Written through the register decider straight into one embedded store (synchronous=NORMAL for generation only), each step on the day it was recorded, in three stretches: after 5 and 10 years the read model caught up with the new stretch (a running processor), after 20 it was rebuilt from the whole log; then queried.`,
    '',
    '| history | panden | events | steps refused | written in s (all so far) | read model | events applied | s | events/s |',
    '| --- | --: | --: | --: | --: | --- | --: | --: | --: |',
    ...stukken.map((s) => `| ${s.jaren} years | ${formatNumber(s.panden)} | ${formatNumber(s.events)} | ${s.refused} | ${s.writeSeconds.toFixed(1)} | ${s.rebuild.name} | ${formatNumber(s.rebuild.processed)} | ${s.rebuild.seconds.toFixed(1)} | ${formatNumber(s.rebuild.eventsPerSecond)} |`),
    '',
    `Rebuild (the last row): ${KAMERVERHUUR_REGISTER_PROJECTIE} from the whole log into an empty Redis (batches of 500, checkpoint in the same MULTI/EXEC); the rows before it: the same processor catching up with the stretch just written, from its start to the head.`,
    '',
    `Queries: the register table of one gemeente at 4 dates (1-1 of the year before the last, 1-1, 1-6 and 31-12 of the last year of history), afgevoerd since 1-1 of the last year, each cell with its panden; as known now and as known on 30 June of the last year. ${formatNumber(queryRuns)} each after 200 warm-up with the gemeenten in turn, ${formatNumber(grootsteRuns)} for the largest gemeente alone; one at a time, from a process of its own (a Redis connection and the question, as the API asks it: tools/bench/kamerverhuur/vragen.ts) against the read model in Redis.`,
    '',
    `| query | ${stukken.map((s) => `${s.jaren} years p50 ms | p99 ms`).join(' | ')} | p99 ${volledig.jaren} / ${eerste.jaren} years |`,
    `| --- | ${stukken.map(() => '--: | --:').join(' | ')} | --: |`,
    ...queryNames.map((name) => `| ${name} | ${stukken.map((s) => `${ms(s.queries[name]?.p50 ?? NaN)} | ${ms(s.queries[name]?.p99 ?? NaN)}`).join(' | ')} | ${verhouding(name)} |`),
    '',
    `The largest gemeente's table as known now reads ${stukken.map((s) => `${formatNumber(s.grootste.gelezen)} panden one by one and counts ${formatNumber(s.grootste.eerderAfgevoerd)} afgevoerd for good before its first date (after ${s.jaren} years; ${formatNumber(s.grootste.aantalPanden)} on the list on its last date)`).join('; ')}: the timelines of the panden on the list and of those that left since the first date asked, in some tens of blocks (32 open ones by zaakId, one per month of einde from the first date's month on; two round trips); a pand that left the list before then is counted in a sorted set, not read (register.projection.ts). Worst p99 at full size: ${ms(fullP99)} ms (target ≤ 5 ms).`,
  ];
  const markdown = lines.join('\n');
  console.log(`\n${markdown}\n`);
  if (scale === 1) writeBenchmarkSection('kamerverhuur', markdown);
  else console.log('(BENCH_SCALE ≠ 1: docs/benchmarks.md left as it was)');
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopServers);
