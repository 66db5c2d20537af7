import type { Command } from 'commander';
import { haalOp, metApiToegang } from '../support/api';
import { werkvoorraadTabel, type Werkvoorraad } from './werkvoorraad';

/**
 * `handhaving werkvoorraad --gemeente GM0928 [--status voornemen-verzonden,gereed-voor-besluit]
 * [--door mw-1] [--json]`: the open Damocles cases of a gemeente and their next step, from the API.
 */
export function registerWerkvoorraadCommand(program: Command): void {
  metApiToegang(program.command('werkvoorraad'))
    .description('the open Damocles cases of a gemeente and what each needs next')
    .requiredOption('--gemeente <code>', 'CBS gemeentecode, e.g. GM0928')
    .option('--status <toestanden>', 'only these states, comma-separated (e.g. gereed-voor-besluit)')
    .option('--door <medewerker>', 'only cases whose last step this user recorded')
    .option('--json', 'the API’s answer as JSON')
    .action(async (options: { gemeente: string; status?: string; door?: string; json?: boolean; api: string; token?: string }) => {
      const query = new URLSearchParams({ gemeente: options.gemeente, ...(options.status ? { status: options.status } : {}), ...(options.door ? { door: options.door } : {}) });
      const response = await haalOp(options, `/api/damocles/zaken?${query}`, 'juridisch-medewerker');
      const werkvoorraad = (await response.json()) as Werkvoorraad;
      console.log(options.json ? JSON.stringify(werkvoorraad, null, 2) : werkvoorraadTabel(werkvoorraad));
    });
}
