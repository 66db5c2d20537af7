import { importNdjson } from '@handhaving/api-client';
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { metApiToegang, vereisToken } from '../support/api';

/**
 * `handhaving import <file.ndjson>`: submits commands (one JSON object per line, the API's own
 * command shapes) through the API's command pipeline. Running the same file twice appends
 * nothing the second time; rejected lines are listed with their line number and reason.
 */
export function registerImportCommand(program: Command): void {
  metApiToegang(program.command('import'))
    .description('submit the commands of an NDJSON file through the API (idempotent)')
    .argument('<bestand>', 'NDJSON file: {"opdracht": "POST /api/…", "body": {…}, "reeks"?: "…", "sleutel"?: "…"} per line')
    .option('--parallel <n>', 'requests to the API at the same time', (value: string) => Number(value), 4)
    .option('--per-verzoek <n>', 'commands per request (at most 1000)', (value: string) => Number(value), 250)
    .action(async (file: string, options: { api: string; token?: string; parallel: number; perVerzoek: number }) => {
      if (!existsSync(file)) throw new Error(`Bestand ${file} bestaat niet`);
      const token = vereisToken(options, 'juridisch-medewerker');
      let shown = 0;
      const summary = await importNdjson(file, {
        api: options.api,
        token,
        parallel: options.parallel,
        perVerzoek: options.perVerzoek,
        onProgress: ({ done, total, perSecond }) => {
          // At most a few times a second: writing the line for every command would cost more than the command.
          if (done < total && performance.now() - shown < 250) return;
          shown = performance.now();
          process.stderr.write(`\r${done}/${total} opdrachten, ${Math.round(perSecond)}/s`);
        },
      });
      process.stderr.write('\n');
      console.log(
        `${summary.lines} regels in ${summary.seconds.toFixed(1)} s: ${summary.appended} verwerkt, ${summary.alreadyProcessed} al eerder verwerkt (niets toegevoegd), ${summary.rejected.length} geweigerd`,
      );
      for (const rejected of summary.rejected) {
        console.log(`  regel ${rejected.line}${rejected.status ? ` (${rejected.status})` : ''}: ${rejected.reason}`);
      }
      if (summary.rejected.length > 0) process.exitCode = 1;
    });
}
