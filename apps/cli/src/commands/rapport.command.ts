import { InvalidArgumentError, type Command } from 'commander';
import { haalOp, metApiToegang } from '../support/api';
import { bibobTabel, type BibobCijfers } from './rapport-bibob';
import { damoclesTabel, type DamoclesCijfers } from './rapport-damocles';
import { dwangsomTabel, type DwangsomCijfers } from './rapport-dwangsom';
import { flexteamTabel, type FlexteamCijfers } from './rapport-flexteam';
import { kamerverhuurPaden, kamerverhuurRapport, type KamerverhuurCijfers, type Registertabel } from './rapport-kamerverhuur';
import { meldingenTabel, type MeldingenCijfers } from './rapport-meldingen';
import { rapportJaar, type RapportJaarOpties } from './rapport-jaar';

const CONTEXTEN = ['damocles', 'dwangsom', 'bibob', 'kamerverhuur', 'flexteam', 'meldingen', 'jaar'] as const;
type Context = (typeof CONTEXTEN)[number];

export interface RapportOpties {
  readonly gemeente: string;
  readonly jaar?: string;
  readonly op?: string;
  readonly bekendOp?: string;
  readonly afgevoerdSinds?: string;
  readonly csv?: boolean;
  readonly json?: boolean;
}

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Which options go with which report, checked before anything is asked of the API: the yearly
 * reports need `--jaar`; the kamerverhuur register needs its dates (`--op`), and only it takes
 * `--op` and `--afgevoerd-sinds`. Throws one line saying what to give.
 */
export function controleerRapportOpties(context: Context, opties: RapportOpties): void {
  if (context === 'jaar') return; // rapport-jaar.ts checks its own options
  if (context !== 'kamerverhuur') {
    if (opties.jaar === undefined) throw new Error(`rapport ${context}: geef het jaar met --jaar (bijvoorbeeld --jaar 2020)`);
    if (opties.op !== undefined) throw new Error(`rapport ${context}: --op (de datums van het register) hoort alleen bij rapport kamerverhuur`);
    if (opties.afgevoerdSinds !== undefined) throw new Error(`rapport ${context}: --afgevoerd-sinds hoort alleen bij rapport kamerverhuur`);
    return;
  }
  if (opties.op === undefined || opties.op.trim() === '') {
    throw new Error('rapport kamerverhuur: geef de datums van de kolommen met --op, bijvoorbeeld --op 2019-01-01,2020-01-01,2020-06-01,2021-01-01');
  }
  const fout = opties.op
    .split(',')
    .map((datum) => datum.trim())
    .filter((datum) => datum !== '' && !DATUM.test(datum));
  if (fout.length > 0) throw new Error(`rapport kamerverhuur: --op neemt datums JJJJ-MM-DD, gescheiden door komma's; niet: ${fout.join(', ')}`);
  if (opties.afgevoerdSinds !== undefined && !DATUM.test(opties.afgevoerdSinds)) throw new Error(`rapport kamerverhuur: --afgevoerd-sinds neemt een datum JJJJ-MM-DD, niet ${opties.afgevoerdSinds}`);
  if (opties.jaar !== undefined && !/^\d{4}$/.test(opties.jaar)) throw new Error(`rapport kamerverhuur: --jaar neemt een jaartal, bijvoorbeeld 2020, niet ${opties.jaar}`);
}

/**
 * `handhaving rapport damocles|dwangsom|bibob|flexteam|meldingen --gemeente GM0928 --jaar 2020 [--csv|--json] [--bekend-op JJJJ-MM-DD]`:
 * the Damocles table of the Uitvoeringsplan, the dwangsom, Bibob or flexteam figures (counts only), or Kerkrade's meldpunt and
 * meldkamer tables of the meldingen, from the API. The Damocles table's line on dwangsommen aan drugsdealers comes from the
 * dwangsom figures.
 *
 * `handhaving rapport jaar --gemeente GM0928 --jaar 2020 [--bekend-op JJJJ-MM-DD] [--pdf|--html|--xlsx|--csv|--json] [-o bestand]`:
 * the annual report, every context's chapter in one document (rapport-jaar.ts).
 *
 * `handhaving rapport kamerverhuur --gemeente GM0928 --op 2019-01-01,2020-01-01 [--jaar 2020] [--afgevoerd-sinds JJJJ-MM-DD]
 * [--bekend-op JJJJ-MM-DD] [--csv|--json]`: Kerkrade's "Overzicht kamerverhuur", the register on each date (a column per
 * date), and with `--jaar` that year's figures below it (docs/kamerverhuur.md).
 */
export function registerRapportCommand(program: Command): void {
  metApiToegang(program.command('rapport'))
    .description('yearly figures for the Uitvoeringsplan; for kamerverhuur the register on dates; `jaar`: the annual report as one document')
    .argument('<context>', CONTEXTEN.join(' or '), (value: string) => {
      if (!(CONTEXTEN as readonly string[]).includes(value)) throw new InvalidArgumentError(`kies ${CONTEXTEN.join(' of ')}`);
      return value;
    })
    .requiredOption('--gemeente <code>', 'CBS gemeentecode, e.g. GM0928')
    .option('--jaar <jaar>', 'calendar year (required but for kamerverhuur, where it adds the year’s figures)')
    .option('--op <datums>', 'kamerverhuur only: the register on these dates, comma-separated JJJJ-MM-DD (a column each)')
    .option('--afgevoerd-sinds <datum>', 'kamerverhuur only: also count the panden afgevoerd from this date on')
    .option('--bekend-op <datum>', 'the figures as known on that date (as reported then)')
    .option('--csv', 'CSV for a spreadsheet')
    .option('--json', 'JSON, with the cases behind every cell')
    .option('--pdf', 'jaar only: the annual report as PDF (the default)')
    .option('--html', 'jaar only: the annual report as one HTML file')
    .option('--xlsx', 'jaar only: the annual report as a workbook, a sheet per table')
    .option('-o, --uit <bestand>', 'jaar only: the file to write')
    .action(async (context: Context, options: RapportOpties & RapportJaarOpties & { api: string; token?: string }) => {
      if (context === 'jaar') {
        await rapportJaar(options);
        return;
      }
      controleerRapportOpties(context, options);
      if (context === 'kamerverhuur') {
        await rapportKamerverhuur({ ...options, op: options.op as string });
        return;
      }
      const jaar = options.jaar as string;
      const query = new URLSearchParams({ gemeente: options.gemeente, jaar, ...(options.bekendOp ? { bekendOp: options.bekendOp } : {}), ...(options.csv ? { formaat: 'csv' } : {}) });
      const response = await haalOp(options, `/api/${context}/cijfers?${query}`, 'oov-analist');
      if (options.csv) {
        process.stdout.write(await response.text());
        return;
      }
      if (options.json) {
        console.log(JSON.stringify(await response.json(), null, 2));
        return;
      }
      if (context === 'bibob') {
        console.log(bibobTabel((await response.json()) as BibobCijfers));
        return;
      }
      if (context === 'dwangsom') {
        console.log(dwangsomTabel((await response.json()) as DwangsomCijfers));
        return;
      }
      if (context === 'meldingen') {
        console.log(meldingenTabel((await response.json()) as MeldingenCijfers));
        return;
      }
      if (context === 'flexteam') {
        console.log(flexteamTabel((await response.json()) as FlexteamCijfers));
        return;
      }
      const cijfers = (await response.json()) as DamoclesCijfers;
      // "Het opleggen van bestuurlijke dwangsom aan drugsdealers" (Kerkrade's table) is counted by the dwangsom figures.
      const dwangsomQuery = new URLSearchParams({ gemeente: options.gemeente, jaar, ...(options.bekendOp ? { bekendOp: options.bekendOp } : {}) });
      const dwangsom = await fetch(`${options.api}/api/dwangsom/cijfers?${dwangsomQuery}`, { headers: { Authorization: `Bearer ${options.token}` } });
      const aanDrugsdealers = dwangsom.ok ? String(((await dwangsom.json()) as DwangsomCijfers).lastenAanDrugsdealers.aantal) : `onbekend (dwangsomcijfers: ${dwangsom.status})`;
      console.log(`${damoclesTabel(cijfers)}\nHet opleggen van bestuurlijke dwangsom aan drugsdealers: ${aanDrugsdealers}`);
    });
}

/**
 * The register on the dates and, with `--jaar`, the year's figures: as tables; as CSV, the register's
 * then the figures' after an empty line; as JSON, the register's answer, or `{ register, cijfers }`
 * when the year was asked.
 */
async function rapportKamerverhuur(options: RapportOpties & { readonly op: string; readonly api: string; readonly token?: string }): Promise<void> {
  const paden = kamerverhuurPaden(options);
  const register = await haalOp(options, paden.register, 'oov-analist');
  const cijfers = paden.cijfers === undefined ? undefined : await haalOp(options, paden.cijfers, 'oov-analist');
  if (options.csv) {
    const tekst = await register.text();
    process.stdout.write(tekst.endsWith('\n') ? tekst : `${tekst}\n`);
    if (cijfers !== undefined) process.stdout.write(`\n${await cijfers.text()}`);
    return;
  }
  const tabel = (await register.json()) as Registertabel;
  const jaarcijfers = cijfers === undefined ? undefined : ((await cijfers.json()) as KamerverhuurCijfers);
  if (options.json) {
    console.log(JSON.stringify(jaarcijfers === undefined ? tabel : { register: tabel, cijfers: jaarcijfers }, null, 2));
    return;
  }
  console.log(kamerverhuurRapport(tabel, jaarcijfers));
}
