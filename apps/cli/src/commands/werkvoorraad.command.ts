import type { Command } from 'commander';
import { haalOp } from '../support/api';
import { werkvoorraadTabel, type Werkvoorraad } from './werkvoorraad';

/**
 * `handhaving werkvoorraad --gemeente GM0928 [--status voornemen-verzonden,gereed-voor-besluit]
 * [--door mw-1] [--json]`: the open Damocles cases of a gemeente and their next step, from the API.
 */
export function registerWerkvoorraadCommand(program: Command): void {
  program
    .command('werkvoorraad')
    .description('the open Damocles cases of a gemeente and what each needs next')
    .requiredOption('--gemeente <code>', 'CBS gemeentecode, e.g. GM0928')
    .option('--status <toestanden>', 'only these states, comma-separated (e.g. gereed-voor-besluit)')
    .option('--door <medewerker>', 'only cases whose last step this user recorded')
    .option('--json', 'the API’s answer as JSON')
    .option('--api <url>', 'base URL of the API', process.env['HANDHAVING_API_URL'] ?? 'http://localhost:3000')
    .option('--token <token>', 'bearer token (or HANDHAVING_TOKEN)', process.env['HANDHAVING_TOKEN'])
    .action(async (options: { gemeente: string; status?: string; door?: string; json?: boolean; api: string; token?: string }) => {
      const query = new URLSearchParams({ gemeente: options.gemeente, ...(options.status ? { status: options.status } : {}), ...(options.door ? { door: options.door } : {}) });
      const response = await haalOp(options, `/api/damocles/zaken?${query}`, 'Geef een token met --token of HANDHAVING_TOKEN (in dev mode: handhaving dev-token --rol juridisch-medewerker --gemeente …)');
      const werkvoorraad = (await response.json()) as Werkvoorraad;
      console.log(options.json ? JSON.stringify(werkvoorraad, null, 2) : werkvoorraadTabel(werkvoorraad));
    });
}
