import { Command } from 'commander';
import { commands } from './commands';

const program = new Command()
  .name('handhaving')
  .description('Handhaving: enforcement cases of the afdeling Openbare Orde en Veiligheid')
  .showHelpAfterError();

for (const register of commands) register(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
