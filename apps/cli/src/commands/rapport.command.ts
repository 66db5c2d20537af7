import { InvalidArgumentError, type Command } from 'commander';
import { haalOp, metApiToegang } from '../support/api';
import { dwangsomTabel, type DwangsomCijfers } from './rapport-dwangsom';

interface Cel {
  readonly aantal: number;
  readonly zaakIds: readonly string[];
}

interface Cijfers {
  readonly gemeente: string;
  readonly periode: { readonly van: string; readonly tot: string };
  readonly bekendOp: string | null;
  readonly sluitingsbesluiten: Record<'softdrugs' | 'harddrugs' | 'attributen' | 'totaal', Cel>;
  readonly waarschuwingen: Record<'softdrugs' | 'harddrugs' | 'attributen' | 'totaal', Cel>;
  readonly rapportagesOntvangen: Cel;
  readonly recidive: Cel;
  /** What the figures rest on besides the counting rules (e.g. a find from before the first policy). */
  readonly opmerkingen?: readonly string[];
}

const CONTEXTEN = ['damocles', 'dwangsom'] as const;
type Context = (typeof CONTEXTEN)[number];

/**
 * `handhaving rapport damocles|dwangsom --gemeente GM0928 --jaar 2020 [--csv|--json] [--bekend-op JJJJ-MM-DD]`:
 * the Damocles table of the Uitvoeringsplan, or the dwangsom figures, from the API. The Damocles
 * table's line on dwangsommen aan drugsdealers comes from the dwangsom figures.
 */
export function registerRapportCommand(program: Command): void {
  metApiToegang(program.command('rapport'))
    .description('yearly figures for the Uitvoeringsplan')
    .argument('<context>', CONTEXTEN.join(' or '), (value: string) => {
      if (!(CONTEXTEN as readonly string[]).includes(value)) throw new InvalidArgumentError(`kies ${CONTEXTEN.join(' of ')}`);
      return value;
    })
    .requiredOption('--gemeente <code>', 'CBS gemeentecode, e.g. GM0928')
    .requiredOption('--jaar <jaar>', 'calendar year')
    .option('--bekend-op <datum>', 'the figures as known on that date (as reported then)')
    .option('--csv', 'CSV for a spreadsheet')
    .option('--json', 'JSON, with the cases behind every cell')
    .action(async (context: Context, options: { gemeente: string; jaar: string; bekendOp?: string; csv?: boolean; json?: boolean; api: string; token?: string }) => {
      const query = new URLSearchParams({ gemeente: options.gemeente, jaar: options.jaar, ...(options.bekendOp ? { bekendOp: options.bekendOp } : {}), ...(options.csv ? { formaat: 'csv' } : {}) });
      const response = await haalOp(options, `/api/${context}/cijfers?${query}`, 'oov-analist');
      if (options.csv) {
        process.stdout.write(await response.text());
        return;
      }
      if (options.json) {
        console.log(JSON.stringify(await response.json(), null, 2));
        return;
      }
      if (context === 'dwangsom') {
        console.log(dwangsomTabel((await response.json()) as DwangsomCijfers));
        return;
      }
      const cijfers = (await response.json()) as Cijfers;
      // "Het opleggen van bestuurlijke dwangsom aan drugsdealers" (Kerkrade's table) is counted by the dwangsom figures.
      const dwangsomQuery = new URLSearchParams({ gemeente: options.gemeente, jaar: options.jaar, ...(options.bekendOp ? { bekendOp: options.bekendOp } : {}) });
      const dwangsom = await fetch(`${options.api}/api/dwangsom/cijfers?${dwangsomQuery}`, { headers: { Authorization: `Bearer ${options.token}` } });
      const aanDrugsdealers = dwangsom.ok ? String(((await dwangsom.json()) as DwangsomCijfers).lastenAanDrugsdealers.aantal) : `onbekend (dwangsomcijfers: ${dwangsom.status})`;
      console.log(`${tabel(cijfers)}\nHet opleggen van bestuurlijke dwangsom aan drugsdealers: ${aanDrugsdealers}`);
    });
}

function tabel(cijfers: Cijfers): string {
  const kop = `Damocles ${cijfers.gemeente}, ${cijfers.periode.van} t/m ${cijfers.periode.tot}${cijfers.bekendOp ? ` (zoals bekend op ${cijfers.bekendOp})` : ''}`;
  const rij = (label: string, cellen: Array<string | number>) => [label.padEnd(18), ...cellen.map((cel) => String(cel).padStart(11))].join('');
  const s = cijfers.sluitingsbesluiten;
  const w = cijfers.waarschuwingen;
  return [
    kop,
    '',
    rij('', ['softdrugs', 'harddrugs', 'attributen', 'totaal']),
    rij('Sluitingsbesluit', [s.softdrugs.aantal, s.harddrugs.aantal, s.attributen.aantal, s.totaal.aantal]),
    // "n.v.t.": the law allows no warning for harddrugs; a number only when a later correction made a warned find harddrugs.
    rij('Waarschuwing', [w.softdrugs.aantal, w.harddrugs.aantal || 'n.v.t.', w.attributen.aantal, w.totaal.aantal]),
    '',
    `Ontvangen rapportages vedomi-panden: ${cijfers.rapportagesOntvangen.aantal}`,
    `Recidive (eerdere vondst in hetzelfde pand binnen de beleidstermijn): ${cijfers.recidive.aantal}`,
    ...(cijfers.opmerkingen ?? []).map((opmerking) => `Opmerking: ${opmerking}`),
  ].join('\n');
}
