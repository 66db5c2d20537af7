import { DevIssuer, isRol, type Rol } from '@handhaving/auth';
import { InvalidArgumentError, type Command } from 'commander';

/**
 * `handhaving dev-token --rol juridisch-medewerker --gemeente GM0928` prints a token from the
 * development issuer (a key in the data folder). Only an API started with
 * HANDHAVING_DEV_MODE=true accepts it.
 */
export function registerDevTokenCommand(program: Command): void {
  program
    .command('dev-token')
    .description('print a development token (accepted only by an API in dev mode)')
    .requiredOption('--rol <rol...>', "juridisch-medewerker, toezichthouder, bibob, oov-analist, beheer or installatiebeheer (the scheduler's queue board)", parseRollen)
    .requiredOption('--gemeente <code...>', 'CBS gemeentecode(s), e.g. GM0928', parseGemeenten)
    .option('--gebruiker <id>', 'user id (sub)', 'dev-gebruiker')
    .option('--naam <naam>', 'display name')
    .option('--geldig <duur>', 'lifetime, e.g. 8h or 30m', '8h')
    .action(async (options: { rol: Rol[]; gemeente: string[]; gebruiker: string; naam?: string; geldig: string }) => {
      const issuer = await DevIssuer.open(process.env['HANDHAVING_DATA_DIR']?.trim() || './.data');
      const token = await issuer.sign({
        userId: options.gebruiker,
        naam: options.naam,
        rollen: options.rol,
        gemeenten: options.gemeente,
        geldigheid: options.geldig,
      });
      console.log(token);
    });
}

function parseRollen(value: string, previous: Rol[] = []): Rol[] {
  if (!isRol(value)) throw new InvalidArgumentError(`"${value}" is geen rol; kies juridisch-medewerker, toezichthouder, bibob, oov-analist, beheer of installatiebeheer`);
  return [...previous, value];
}

function parseGemeenten(value: string, previous: string[] = []): string[] {
  if (!/^GM\d{4}$/.test(value)) throw new InvalidArgumentError(`"${value}" is geen CBS gemeentecode (GM gevolgd door vier cijfers, bijvoorbeeld GM0928)`);
  return [...previous, value];
}
