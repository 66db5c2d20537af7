/**
 * `npm run bench:dwangsom`: lasten onder dwangsom at the scale of the country.
 *
 * 1. History: 342 gemeenten × 20 years of dwangsom cases (a few hundred thousand events) written
 *    through the dwangsom decider into an embedded store, each step on its own day (the store's
 *    clock is set to it), and a small store of about 10,000 events (fewer gemeenten, one year).
 * 2. Rebuild of the dwangsom read models (the shared deadline list, dwangsom.cijfers.v2,
 *    dwangsom.openstaand.v1) from each store.
 * 3. Queries against the rebuilt read models: the figures of a year, the figures as known on a
 *    date, the outstanding amounts of a gemeente and of one overtreder, the verjaringen due in a
 *    gemeente's next month, and a case as of a date (read + fold): p50/p99 at 10k and at full size.
 * Writes the "dwangsom" section of docs/benchmarks.md. BENCH_SCALE (default 1) shrinks it for a try-out.
 */
import { dwangsomDecider, dwangsomStreamId, type DwangsomCommand, type DwangsomEvent, type DwangsomState } from '@handhaving/domain-dwangsom';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import { EmbeddedEventStore, type NewEvent } from '@handhaving/event-store';
import {
  DEADLINES_PROJECTIE,
  deadlines,
  DWANGSOM_CIJFERS_PROJECTIE,
  DWANGSOM_OPENSTAAND_PROJECTIE,
  dwangsomCijfers,
  openstaandeBedragen,
} from '@handhaving/read-models';
import { plusDagen } from '@handhaving/termijnen';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { instelbareKlok } from './damocles/geschiedenis-schrijven';
import { benchGemeenten } from './damocles/zaakgeschiedenis';
import { describeMachine, formatNumber, writeBenchmarkSection } from '@handhaving/testing';
import { herbouw, meet, type Percentiles, uuid, willekeur } from './support/meten';
import { startRedis, stopServers } from './support/servers';

const scale = Number(process.env['BENCH_SCALE'] ?? 1);
const GEMEENTEN = benchGemeenten(342);
const LAATSTE_JAAR = 2025;
const ZAKEN_PER_JAAR = 5;
const queryRuns = 2_000;

/* ------------------------------------------------------------------------------------------ */
/* Generated cases                                                                             */
/* ------------------------------------------------------------------------------------------ */

/** One step of a case: its day, and the command given the case so far (numbers of forfeitures and beschikkingen come from the state). */
interface Stap {
  readonly datum: string;
  readonly maak: (state: DwangsomState) => DwangsomCommand | undefined;
}

interface Zaak {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly overtrederId: string;
  readonly stappen: readonly Stap[];
}

/**
 * The mix of cases, roughly as municipalities report them: street dealing under the APV (a
 * preventieve last per overtreding for a year), room rental under the Huisvestingswet (a
 * herstellast per day), housing nuisance (art. 151d Gemeentewet) and building (Omgevingswet, per
 * week). About a third are complied with; 8 % of forfeitures are never claimed and verjaren.
 */
function genereer(gemeenten: readonly string[], vanJaar: number, jaren: number, seed = 13): Zaak[] {
  const r = willekeur(seed);
  const einde = `${LAATSTE_JAAR}-12-31`;
  const zaken: Zaak[] = [];
  for (const gemeente of gemeenten) {
    const overtreders = Array.from({ length: 8 }, () => uuid(r));
    for (let jaar = vanJaar; jaar < vanJaar + jaren; jaar++) {
      for (let n = 0; n < ZAKEN_PER_JAAR; n++) {
        const zaakId = uuid(r);
        const overtrederId = overtreders[Math.floor(r() * overtreders.length)] as string;
        const open = plusDagen(`${jaar}-01-01`, Math.floor(r() * 270));
        const soort = r();
        const stappen: Stap[] = [];
        const door = 'bench';
        const stap = (datum: string, maak: Stap['maak']) => {
          if (datum <= einde) stappen.push({ datum, maak });
        };
        const basis = { zaakId, door };
        const profiel =
          soort < 0.4
            ? { grondslag: { soort: 'apv' as const, artikel: 'art. 2:74a APV' }, thema: 'drugshandel' as const, preventief: true, eenheid: undefined, bedrag: 250_000, maximum: 2_500_000 }
            : soort < 0.7
              ? { grondslag: { soort: 'huisvestingswet' as const }, thema: 'kamerverhuur' as const, preventief: false, eenheid: 'dag' as const, bedrag: 50_000, maximum: 2_000_000 }
              : soort < 0.9
                ? { grondslag: { soort: 'gemeentewet-151d' as const }, thema: 'woonoverlast' as const, preventief: true, eenheid: undefined, bedrag: 100_000, maximum: 500_000 }
                : { grondslag: { soort: 'omgevingswet' as const }, thema: 'overig' as const, preventief: false, eenheid: 'week' as const, bedrag: 200_000, maximum: 2_000_000 };
        stap(open, () => ({ type: 'OpenDwangsomzaak', ...basis, datum: open, gemeente, grondslag: profiel.grondslag, overtrederId, overtreding: 'overtreding', constateringsdatum: plusDagen(open, -3), thema: profiel.thema }));
        const voornemen = plusDagen(open, 2);
        stap(voornemen, () => ({ type: 'VerzendVoornemen', ...basis, datum: voornemen, verzenddatum: voornemen, zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true } }));
        const zienswijze = plusDagen(voornemen, r() < 0.5 ? 10 : 22);
        stap(zienswijze, (s) =>
          s.status === 'voornemen-verzonden' && zienswijze > s.voornemen.zienswijzetermijnEinde
            ? { type: 'StelVastDatZienswijzetermijnVerstreken', ...basis, datum: zienswijze }
            : { type: 'RegistreerZienswijze', ...basis, datum: zienswijze, wijze: 'schriftelijk' },
        );
        if (r() < 0.05) {
          const afzien = plusDagen(zienswijze, 7);
          stap(afzien, () => ({ type: 'ZieAfVanLast', ...basis, datum: afzien, motivering: 'overtreding beëindigd' }));
          zaken.push({ zaakId, gemeente, overtrederId, stappen });
          continue;
        }
        const bekend = plusDagen(zienswijze, 10);
        stap(bekend, () => ({
          type: 'LegLastOp',
          ...basis,
          datum: bekend,
          vorm: profiel.preventief
            ? { soort: 'preventieve-last', looptijd: { lengte: { aantal: 1, eenheid: 'jaren' } } }
            : { soort: 'herstellast', begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: true } },
          bedrag: profiel.eenheid === undefined ? { soort: 'per-overtreding', bedragCent: profiel.bedrag } : { soort: 'per-tijdseenheid', eenheid: profiel.eenheid, bedragCent: profiel.bedrag },
          maximumCent: profiel.maximum,
          bekendmakingsdatum: bekend,
        }));
        // 10 % object to the last; decided before anything forfeits, 10 % of those gegrond (the case ends there).
        if (r() < 0.1) {
          const ontvangen = plusDagen(bekend, 20 + Math.floor(r() * 30));
          stap(ontvangen, () => ({ type: 'RegistreerBezwaar', ...basis, datum: ontvangen, tegen: { besluit: 'last' }, ontvangstdatum: ontvangen }));
          const beslist = plusDagen(bekend, 70);
          const gegrond = r() < 0.1;
          stap(beslist, () => ({ type: 'NeemBeslissingOpBezwaar', ...basis, datum: beslist, tegen: { besluit: 'last' }, uitkomst: gegrond ? 'gegrond' : 'ongegrond', bekendmakingsdatum: beslist }));
          if (gegrond) {
            zaken.push({ zaakId, gemeente, overtrederId, stappen });
            continue;
          }
        }
        let dag = plusDagen(bekend, profiel.preventief ? 75 : 80);
        let verbeurd = 0;
        let nummer = 0;
        const overtredingen = r() < 0.35 ? 0 : 1 + Math.floor(r() * 5);
        for (let o = 0; o < overtredingen && verbeurd < profiel.maximum; o++) {
          const van = dag;
          const totEnMet = profiel.eenheid === undefined ? van : plusDagen(van, 6 + Math.floor(r() * 14));
          if (profiel.preventief && van > plusDagen(bekend, 360)) break;
          const eenheden = profiel.eenheid === undefined ? 1 : profiel.eenheid === 'dag' ? daysBetween(van, totEnMet) + 1 : Math.ceil((daysBetween(van, totEnMet) + 1) / 7);
          verbeurd += eenheden * profiel.bedrag;
          nummer += 1;
          const verbeuring = nummer;
          stap(totEnMet, () => ({ type: 'RegistreerControle', ...basis, datum: totEnMet, controledatum: totEnMet, uitkomst: { soort: 'overtreding', van, totEnMet, omschrijving: 'overtreding geconstateerd' } }));
          if (r() >= 0.08) {
            const beschikking = plusDagen(totEnMet, 7 + Math.floor(r() * 40));
            stap(beschikking, () => ({ type: 'VerzendInvorderingsbeschikking', ...basis, datum: beschikking, verbeuring, bekendmakingsdatum: beschikking }));
            if (r() < 0.05) {
              const bezwaar = plusDagen(beschikking, 20);
              stap(bezwaar, (s) => ({ type: 'RegistreerBezwaar', ...basis, datum: bezwaar, tegen: { besluit: 'invorderingsbeschikking', invordering: invorderingVan(s, verbeuring) }, ontvangstdatum: bezwaar }));
            }
            const betaling = r();
            if (betaling < 0.8) {
              const betaald = plusDagen(beschikking, 30 + Math.floor(r() * 30));
              stap(betaald, (s) => {
                const i = invordering(s, verbeuring);
                if (i === undefined || i.vervallen || i.betaaldCent >= i.bedragCent) return undefined;
                const open = i.bedragCent - i.betaaldCent;
                return { type: 'RegistreerBetaling', ...basis, datum: betaald, invordering: i.invordering, bedragCent: betaling < 0.6 ? open : Math.max(1, Math.floor(open / 2)), betaaldatum: betaald };
              });
            }
          }
          dag = plusDagen(totEnMet, 20 + Math.floor(r() * 60));
        }
        if (profiel.preventief && r() < 0.1) {
          const opheffing = plusDagen(dag, 30);
          stap(opheffing, (s) => (s.status === 'last-van-kracht' ? { type: 'HefLastOp', ...basis, datum: opheffing, ingangsdatum: opheffing, reden: 'geen verbeuring meer' } : undefined));
        }
        zaken.push({ zaakId, gemeente, overtrederId, stappen });
      }
    }
  }
  return zaken;
}

function daysBetween(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}

function invordering(state: DwangsomState, verbeuring: number) {
  if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return undefined;
  return state.invorderingen.find((i) => i.verbeuring === verbeuring);
}

function invorderingVan(state: DwangsomState, verbeuring: number): number {
  return invordering(state, verbeuring)?.invordering ?? -1;
}

/* ------------------------------------------------------------------------------------------ */
/* Writing the history                                                                         */
/* ------------------------------------------------------------------------------------------ */

function toNewEvent(event: { readonly type: string }): NewEvent {
  const { type, ...data } = event;
  return { type, data };
}

/** Every step through the decider, appended on its own day; returns the events written and the steps refused. */
async function schrijf(store: EmbeddedEventStore, klok: ReturnType<typeof instelbareKlok>, zaken: readonly Zaak[], label: string): Promise<{ events: number; geweigerd: number }> {
  const stappen = zaken.flatMap((zaak, z) => zaak.stappen.map((stap, s) => ({ z, s, datum: stap.datum })));
  stappen.sort((a, b) => a.datum.localeCompare(b.datum) || a.z - b.z || a.s - b.s);
  const toestand = new Map<number, { state: DwangsomState; revision: number }>();
  let events = 0;
  let geweigerd = 0;
  let getoond = 0;
  for (let i = 0; i < stappen.length; ) {
    const datum = stappen[i]?.datum as string;
    klok.zet(`${datum}T15:00:00Z`);
    const appends: Promise<unknown>[] = [];
    for (; i < stappen.length && stappen[i]?.datum === datum; i++) {
      const { z, s } = stappen[i] as { z: number; s: number };
      const zaak = zaken[z] as Zaak;
      const huidig = toestand.get(z) ?? { state: dwangsomDecider.initialState(), revision: -1 };
      const command = zaak.stappen[s]?.maak(huidig.state);
      if (command === undefined) continue;
      let decided: readonly DwangsomEvent[];
      try {
        decided = dwangsomDecider.decide(command, huidig.state);
      } catch (error) {
        if (!(error instanceof DomainRuleViolation)) throw error;
        geweigerd += 1;
        if (geweigerd <= 5) console.error(`refused ${command.type} on ${datum}: ${error.rule} ${error.detail}`);
        continue;
      }
      toestand.set(z, { state: decided.reduce(dwangsomDecider.evolve, huidig.state), revision: huidig.revision + decided.length });
      appends.push(
        store.appendToStream(dwangsomStreamId(zaak.zaakId), decided.map(toNewEvent), {
          expectedRevision: huidig.revision < 0 ? 'no-stream' : huidig.revision,
          metadata: { commandId: `${zaak.zaakId}.${s}`, userId: 'bench', gemeente: zaak.gemeente, correlationId: `${zaak.zaakId}.${s}` },
        }),
      );
      events += decided.length;
    }
    await Promise.all(appends);
    if (performance.now() - getoond > 500) {
      getoond = performance.now();
      process.stderr.write(`\r${label}: ${formatNumber(events)} events written`);
    }
  }
  process.stderr.write('\n');
  return { events, geweigerd };
}

/* ------------------------------------------------------------------------------------------ */
/* Measuring                                                                                   */
/* ------------------------------------------------------------------------------------------ */


interface StoreResult {
  readonly label: string;
  readonly cases: number;
  readonly events: number;
  readonly refused: number;
  readonly writeSeconds: number;
  readonly rebuild: ReadonlyArray<{ readonly name: string; readonly processed: number; readonly seconds: number; readonly eventsPerSecond: number }>;
  readonly queries: Record<string, Percentiles>;
}

async function benchStore(redisUrl: string, label: string, zaken: readonly Zaak[]): Promise<StoreResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'handhaving-bench-dwangsom-'));
  const klok = instelbareKlok('2000-01-01T00:00:00Z');
  // Generation only: NORMAL skips the fsync per commit; the events are the same.
  const store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', clock: klok });
  const redis = new Redis(redisUrl);
  const keyPrefix = `bench-dwangsom-${label.replace(/\W+/g, '-')}:`;
  try {
    const started = performance.now();
    const { events, geweigerd } = await schrijf(store, klok, zaken, label);
    const writeSeconds = (performance.now() - started) / 1000;

    const rebuild = await herbouw(store, redis, keyPrefix, [DEADLINES_PROJECTIE, DWANGSOM_CIJFERS_PROJECTIE, DWANGSOM_OPENSTAAND_PROJECTIE]);
    const queries = await benchQueries(store, redis, keyPrefix, zaken);
    return { label, cases: zaken.length, events, refused: geweigerd, writeSeconds, rebuild, queries };
  } finally {
    redis.disconnect();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchQueries(store: EmbeddedEventStore, redis: Redis, keyPrefix: string, zaken: readonly Zaak[]): Promise<Record<string, Percentiles>> {
  const meetVraag = (query: (i: number) => Promise<unknown>): Promise<Percentiles> => meet(query, queryRuns);
  const kies = (i: number): Zaak => zaken[(i * 7919) % zaken.length] as Zaak;
  const jaar = { van: `${LAATSTE_JAAR}-01-01`, tot: `${LAATSTE_JAAR}-12-31` };
  const peildatum = `${LAATSTE_JAAR}-12-31`;
  const bekendOp = `${LAATSTE_JAAR}-06-30`;
  return {
    'figures of a year': await meetVraag((i) => dwangsomCijfers(redis, keyPrefix, { gemeente: kies(i).gemeente, ...jaar, peildatum })),
    'figures of a year as known on a date': await meetVraag((i) => dwangsomCijfers(redis, keyPrefix, { gemeente: kies(i).gemeente, ...jaar, peildatum: bekendOp, bekendOp })),
    'outstanding amounts of a gemeente': await meetVraag((i) => openstaandeBedragen(redis, keyPrefix, { gemeente: kies(i).gemeente, peildatum })),
    'outstanding amounts of one overtreder': await meetVraag((i) => openstaandeBedragen(redis, keyPrefix, { gemeente: kies(i).gemeente, overtrederId: kies(i).overtrederId, peildatum })),
    'verjaringen due in a month': await meetVraag((i) => deadlines(redis, keyPrefix, { gemeente: kies(i).gemeente, van: '2025-06-01', tot: '2025-06-30', status: 'lopend', peildatum: '2025-06-01' })),
    'a case as of a date (read + fold)': await meetVraag(async (i) => {
      const grens = Date.parse(`${bekendOp}T22:00:00Z`);
      const recorded = await store.readStream(dwangsomStreamId(kies(i).zaakId));
      return recorded
        .filter((event) => Date.parse(event.metadata.recordedAt) <= grens)
        .map((event) => ({ ...(event.data as object), type: event.type }) as DwangsomEvent)
        .reduce(dwangsomDecider.evolve, dwangsomDecider.initialState());
    }),
  };
}

/* ------------------------------------------------------------------------------------------ */

async function main(): Promise<void> {
  const redisUrl = await startRedis();
  const lastBegin = loadavg()[0] as number;
  const started = performance.now();
  const klein = await benchStore(redisUrl, 'about 10,000 events', genereer(GEMEENTEN.slice(0, 200), LAATSTE_JAAR, 1));
  const jaren = Math.max(1, Math.round(20 * scale));
  const groot = await benchStore(redisUrl, `342 gemeenten × ${jaren} years`, genereer(GEMEENTEN, LAATSTE_JAAR - jaren + 1, jaren));
  report([klein, groot], (performance.now() - started) / 60_000, [lastBegin, loadavg()[0] as number]);
}

function report(stores: readonly StoreResult[], minutes: number, last: readonly [number, number]): void {
  const ms = (value: number): string => value.toFixed(2);
  const queryNames = Object.keys(stores[0]?.queries ?? {});
  const worstP99 = Math.max(...stores.flatMap((store) => Object.values(store.queries).map((q) => q.p99)));
  const lines = [
    '## Dwangsom — rebuild and queries at the scale of the country',
    '',
    `Machine: ${describeMachine()}. One run of \`npm run bench:dwangsom\` (${minutes.toFixed(1)} min; 1-minute load average ${last[0].toFixed(2)} at the start, ${last[1].toFixed(2)} at the end).${scale !== 1 ? ` **BENCH_SCALE=${scale}: not the reference numbers.**` : ''}`,
    '',
    `History: ${ZAKEN_PER_JAAR} dwangsom cases per gemeente per year written through the dwangsom decider straight into an embedded store (synchronous=NORMAL for generation only), each step appended on its own day (the store's clock set to it). Mix: 40 % street dealing (APV, preventieve last, € 2.500 per overtreding, max € 25.000, one year), 30 % room rental (Huisvestingswet, herstellast, € 500 per day, max € 20.000), 20 % woonoverlast (art. 151d Gemeentewet, € 1.000 per overtreding, max € 5.000), 10 % Omgevingswet (€ 2.000 per week); 5 % afgezien; 35 % complied with, the rest 1–5 violations (capped at the maximum); 8 % of forfeitures never claimed (they verjaren), 80 % of beschikkingen paid (a quarter of those in part), 10 % of lasten objected to, 5 % of beschikkingen objected to, 10 % of preventieve lasten lifted.`,
    '',
    '| store | cases | events | steps refused | written in s | events/s written |',
    '| --- | --: | --: | --: | --: | --: |',
    ...stores.map((s) => `| ${s.label} | ${formatNumber(s.cases)} | ${formatNumber(s.events)} | ${s.refused} | ${s.writeSeconds.toFixed(1)} | ${formatNumber(s.events / s.writeSeconds)} |`),
    '',
    'Rebuild of each read model that reads dwangsom events, from the whole log into an empty Redis (batches of 500, checkpoint in the same MULTI/EXEC; "events read" are those the filter passes):',
    '',
    '| store | read model | events read | seconds | events/s |',
    '| --- | --- | --: | --: | --: |',
    ...stores.flatMap((s) => s.rebuild.map((r) => `| ${s.label} | ${r.name} | ${formatNumber(r.processed)} | ${r.seconds.toFixed(1)} | ${formatNumber(r.eventsPerSecond)} |`)),
    '',
    `Queries (${formatNumber(queryRuns)} each after 200 warm-up, one at a time, in this process against the rebuilt read models in Redis; a gemeente, case or overtreder picked in turn; year ${LAATSTE_JAAR}, "as known on" ${LAATSTE_JAAR}-06-30):`,
    '',
    `| query | ${stores.map((s) => `${s.label} p50 ms | p99 ms`).join(' | ')} |`,
    `| --- | ${stores.map(() => '--: | --:').join(' | ')} |`,
    ...queryNames.map((name) => `| ${name} | ${stores.map((s) => `${ms(s.queries[name]?.p50 ?? NaN)} | ${ms(s.queries[name]?.p99 ?? NaN)}`).join(' | ')} |`),
    '',
    `The figures read the Redis hashes of the period's years of one gemeente (a case is filed under every year one of its counted dates falls in): their cost follows a year of one gemeente, not its whole history (${formatNumber(stores.at(-1)?.cases ?? 0)} cases over 342 gemeenten here) nor the country's. Outstanding amounts of a gemeente read the cases of every overtreder with a case in the gemeente, of all years (what is owed does not end with a calendar year): that query grows with a gemeente's history. Worst p99 over all queries and both sizes: ${ms(worstP99)} ms.`,
  ];
  const markdown = lines.join('\n');
  console.log(`\n${markdown}\n`);
  if (scale === 1) writeBenchmarkSection('dwangsom', markdown);
  else console.log('(BENCH_SCALE ≠ 1: docs/benchmarks.md left as it was)');
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopServers);
