import { InvalidArgumentError, type Command } from 'commander';
import { haalOp, metApiToegang } from '../support/api';
import { bibobTabel, type BibobCijfers } from './rapport-bibob';
import { damoclesTabel, type DamoclesCijfers } from './rapport-damocles';
import { dwangsomTabel, type DwangsomCijfers } from './rapport-dwangsom';

const CONTEXTEN = ['damocles', 'dwangsom', 'bibob'] as const;
type Context = (typeof CONTEXTEN)[number];

/**
 * `handhaving rapport damocles|dwangsom|bibob --gemeente GM0928 --jaar 2020 [--csv|--json] [--bekend-op JJJJ-MM-DD]`:
 * the Damocles table of the Uitvoeringsplan, or the dwangsom or Bibob figures (counts only), from the API. The Damocles
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
      if (context === 'bibob') {
        console.log(bibobTabel((await response.json()) as BibobCijfers));
        return;
      }
      if (context === 'dwangsom') {
        console.log(dwangsomTabel((await response.json()) as DwangsomCijfers));
        return;
      }
      const cijfers = (await response.json()) as DamoclesCijfers;
      // "Het opleggen van bestuurlijke dwangsom aan drugsdealers" (Kerkrade's table) is counted by the dwangsom figures.
      const dwangsomQuery = new URLSearchParams({ gemeente: options.gemeente, jaar: options.jaar, ...(options.bekendOp ? { bekendOp: options.bekendOp } : {}) });
      const dwangsom = await fetch(`${options.api}/api/dwangsom/cijfers?${dwangsomQuery}`, { headers: { Authorization: `Bearer ${options.token}` } });
      const aanDrugsdealers = dwangsom.ok ? String(((await dwangsom.json()) as DwangsomCijfers).lastenAanDrugsdealers.aantal) : `onbekend (dwangsomcijfers: ${dwangsom.status})`;
      console.log(`${damoclesTabel(cijfers)}\nHet opleggen van bestuurlijke dwangsom aan drugsdealers: ${aanDrugsdealers}`);
    });
}
