import { DevIssuer } from '@handhaving/auth';
import { seedPolicyCommands } from '@handhaving/policy';
import { kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import type { Command } from 'commander';

/**
 * `handhaving seed-demo --api http://localhost:3000`: loads the default policies of the seed
 * municipalities (Kerkrade, the five Heuvelland gemeenten) through the API's own command
 * pipeline. Idempotent: each command has a stable Idempotency-Key, so seeding twice appends
 * nothing the second time.
 */
export function registerSeedDemoCommand(program: Command): void {
  program
    .command('seed-demo')
    .description('load the default policies of the seed municipalities through the API (dev mode)')
    .requiredOption('--api <url>', 'base URL of a running API in dev mode, e.g. http://localhost:3000')
    .action(async (options: { api: string }) => {
      const commands = seedPolicyCommands({ datum: kalenderdatumInAmsterdam(Date.now()), door: 'seed-demo' });
      const issuer = await DevIssuer.open(process.env['HANDHAVING_DATA_DIR']?.trim() || './.data');
      const token = await issuer.sign({
        userId: 'seed-demo',
        rollen: ['beheer'],
        gemeenten: [...new Set(commands.map((seed) => seed.gemeente))],
        geldigheid: '5m',
      });
      let appended = 0;
      for (const seed of commands) {
        const { gemeente: _gemeente, type: _type, datum: _datum, door: _door, ...body } = seed.command;
        const response = await fetch(`${options.api}/api/beleid/${seed.gemeente}/versies`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': seed.commandId },
          body: JSON.stringify(body),
        });
        if (!response.ok) {
          const problem = (await response.json().catch(() => ({}))) as { detail?: string };
          throw new Error(`Seeding ${seed.gemeente} ${seed.command.ingangsdatum} failed: ${response.status} ${problem.detail ?? ''}`);
        }
        if (response.status === 201) appended += 1;
      }
      console.log(`Demo policies: ${commands.length} versions for ${new Set(commands.map((seed) => seed.gemeente)).size} gemeenten (${appended} new).`);
    });
}
