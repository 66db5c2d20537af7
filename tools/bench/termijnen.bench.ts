/**
 * How fast libs/termijnen computes a legal deadline with its explanation structure, beside the
 * naive luxon one-liner that ignores the Algemene termijnenwet (the cost of being right).
 * Run: npm run bench:termijnen — writes its section of docs/benchmarks.md.
 */
import { DateTime } from 'luxon';
import { berekenTermijn, renderUitleg, type TermijnBeleid, type TermijnOpties, type TermijnVraag, weken } from '@handhaving/termijnen';
import { describeMachine, formatNumber, writeBenchmarkSection } from '@handhaving/testing';

const ROUNDS = 7;
const OPS_PER_ROUND = 1_000_000;
const WARMUP_OPS = 500_000;

/** A fixed pseudo-random sequence, so every run measures the same questions. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function isoDate(random: () => number): string {
  const first = Date.UTC(2015, 0, 1);
  const last = Date.UTC(2030, 11, 31);
  return new Date(first + Math.floor(random() * ((last - first) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

const zonderBeleid: TermijnBeleid = { verlengAlsAtw: { zienswijzetermijn: false, begunstigingstermijn: false } };
const metBeleid: TermijnOpties = {};
const geenAtwBeleid: TermijnOpties = { beleid: zonderBeleid };

interface Question {
  readonly vraag: TermijnVraag;
  readonly opties: TermijnOpties;
}

/** The realistic mix: mostly bezwaar, zienswijze with and without the Atw policy, a suspended aanvraag, verjaring. */
function buildMix(size: number): Question[] {
  const random = lcg(20210303);
  const mix: Question[] = [];
  for (let i = 0; i < size; i++) {
    const vanaf = isoDate(random);
    switch (i % 6) {
      case 0:
      case 1:
        mix.push({ vraag: { soort: 'bezwaartermijn', vanaf }, opties: metBeleid });
        break;
      case 2:
        mix.push({ vraag: { soort: 'zienswijzetermijn', vanaf, lengte: weken(2) }, opties: metBeleid });
        break;
      case 3:
        mix.push({ vraag: { soort: 'zienswijzetermijn', vanaf, lengte: weken(2) }, opties: geenAtwBeleid });
        break;
      case 4: {
        const van = DateTime.fromISO(vanaf).plus({ days: 10 + Math.floor(random() * 20) });
        mix.push({
          vraag: {
            soort: 'beslistermijn-aanvraag',
            vanaf,
            opschortingen: [{ van: van.toISODate() as string, totEnMet: van.plus({ days: Math.floor(random() * 30) }).toISODate() as string, reden: 'aanvraag onvolledig (art. 4:15 Awb)' }],
          },
          opties: metBeleid,
        });
        break;
      }
      default:
        mix.push({ vraag: { soort: 'verjaring-dwangsom', vanaf }, opties: metBeleid });
    }
  }
  return mix;
}

interface Result {
  readonly label: string;
  readonly rates: number[];
}

function measure(label: string, ops: number, body: (i: number) => number): Result {
  let sink = 0;
  for (let i = 0; i < Math.min(WARMUP_OPS, ops); i++) sink += body(i);
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < ops; i++) sink += body(i);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(ops / seconds);
  }
  if (sink === 42) console.log('(sink)');
  return { label, rates };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function main(): void {
  const mix = buildMix(4096);
  const dates = mix.map((q) => q.vraag.vanaf);
  const mask = mix.length - 1;

  const results: Result[] = [
    measure('`berekenTermijn`, realistic mix (end date + explanation structure)', OPS_PER_ROUND, (i) => {
      const { vraag, opties } = mix[i & mask];
      return berekenTermijn(vraag, opties).einde.length;
    }),
    measure('`berekenTermijn`, bezwaartermijn only', OPS_PER_ROUND, (i) => berekenTermijn({ soort: 'bezwaartermijn', vanaf: dates[i & mask] }).einde.length),
    measure('luxon `DateTime.fromISO(d).plus({ weeks: 6 })` (no Atw, no explanation)', OPS_PER_ROUND / 10, (i) => DateTime.fromISO(dates[i & mask]).plus({ weeks: 6 }).day),
    measure('luxon, same, formatted with `.toISODate()`', OPS_PER_ROUND / 10, (i) => (DateTime.fromISO(dates[i & mask]).plus({ weeks: 6 }).toISODate() as string).length),
  ];
  const uitleggen = mix.map(({ vraag, opties }) => berekenTermijn(vraag, opties).uitleg);
  results.push(measure('`renderUitleg` (Dutch text, only when asked for)', OPS_PER_ROUND / 10, (i) => renderUitleg(uitleggen[i & mask]).length));

  const [full, , luxon] = results.map((r) => median(r.rates));
  const rows = results.map(
    (r) => `| ${r.label} | ${formatNumber(median(r.rates))} | ${formatNumber(Math.min(...r.rates))} | ${formatNumber(Math.max(...r.rates))} | ${formatNumber(1e9 / median(r.rates))} |`,
  );
  const markdown = [
    '## termijnen — legal deadlines',
    '',
    `Machine: ${describeMachine()}.`,
    '',
    `Mix of ${formatNumber(mix.length)} questions with dates 2015–2030: 2/6 bezwaartermijn, 1/6 zienswijzetermijn with the Atw policy, ` +
      '1/6 zienswijzetermijn without it, 1/6 beslistermijn aanvraag with one opschorting, 1/6 verjaring verbeurde dwangsom. ' +
      'A computation parses the date, applies the kind, opschorting and the Atw (holidays cached per year) and returns the end ' +
      'date with the full explanation structure; the Dutch text is built separately, on demand.',
    `${ROUNDS} rounds after a warm-up; median, slowest and fastest round, single thread.`,
    '',
    '| what | median /s | slowest round /s | fastest round /s | ns per op (median) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Cost of being right: ${
      full >= luxon
        ? `none here — the full computation runs ${formatNumber(full / luxon, 1)}× as fast as the luxon one-liner, because integer day numbers replace date-time objects`
        : `the full computation runs at ${formatNumber(full / luxon, 2)}× the rate of the luxon one-liner`
    }; the one-liner also gets the law wrong whenever the Atw moves the end (bekendmaking 2021-02-19 + 6 weeks gives Goede Vrijdag 2021-04-02, the Atw says 2021-04-06).`,
    `Target ≥ 500,000 full computations per second: ${full >= 500_000 ? 'met' : 'NOT met'} (${formatNumber(full)} /s).`,
  ].join('\n');
  writeBenchmarkSection('termijnen', markdown);
  console.log(markdown);
}

main();
