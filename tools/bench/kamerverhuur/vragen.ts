/**
 * The query phase of `npm run bench:kamerverhuur`, in a process of its own: as the API asks the
 * read model — a Redis connection and the question, not the generated history of 342 gemeenten
 * that the writing process holds (its heap of hundreds of megabytes would put its garbage
 * collection into every p99). Reads its task from BENCH_VRAGEN (JSON) and prints the
 * percentiles and the largest gemeente's table sizes as JSON on stdout.
 */
import { registerTabel, type RegisterVraag } from '@handhaving/read-models';
import Redis from 'ioredis';
import { meet, type Percentiles } from '../support/meten';

export interface VragenTaak {
  readonly redisUrl: string;
  readonly keyPrefix: string;
  readonly laatsteJaar: number;
  /** The gemeenten in turn, the largest first. */
  readonly gemeenten: readonly string[];
  readonly queryRuns: number;
  readonly grootsteRuns: number;
}

export interface VragenUitkomst {
  readonly queries: Record<string, Percentiles>;
  /** The largest gemeente's table as known now: panden read one by one, and counted only. */
  readonly grootste: { readonly gelezen: number; readonly eerderAfgevoerd: number; readonly aantalPanden: number };
}

function tabelVraag(gemeente: string, laatsteJaar: number, bekendOp?: string): RegisterVraag {
  return {
    gemeente,
    datums: [`${laatsteJaar - 1}-01-01`, `${laatsteJaar}-01-01`, `${laatsteJaar}-06-01`, `${laatsteJaar}-12-31`],
    afgevoerdSinds: `${laatsteJaar}-01-01`,
    ...(bekendOp === undefined ? {} : { bekendOp }),
  };
}

export async function vragen(taak: VragenTaak): Promise<VragenUitkomst> {
  const redis = new Redis(taak.redisUrl);
  try {
    const { keyPrefix, laatsteJaar, gemeenten } = taak;
    const gemeente = (i: number): string => gemeenten[i % gemeenten.length] as string;
    const grootste = gemeenten[0] as string;
    const bekendOp = `${laatsteJaar}-06-30`;
    const queries = {
      'table at 4 dates, gemeenten in turn': await meet((i) => registerTabel(redis, keyPrefix, tabelVraag(gemeente(i), laatsteJaar)), taak.queryRuns),
      'the same as known on 30 June': await meet((i) => registerTabel(redis, keyPrefix, tabelVraag(gemeente(i), laatsteJaar, bekendOp)), taak.queryRuns),
      'table at 4 dates, the largest gemeente': await meet(() => registerTabel(redis, keyPrefix, tabelVraag(grootste, laatsteJaar)), taak.grootsteRuns),
      'the same as known on 30 June, the largest': await meet(() => registerTabel(redis, keyPrefix, tabelVraag(grootste, laatsteJaar, bekendOp)), taak.grootsteRuns),
    };
    const tabel = await registerTabel(redis, keyPrefix, tabelVraag(grootste, laatsteJaar));
    const gelezen = new Set(tabel.datums.flatMap((d) => [...d.aantalPanden.zaakIds, ...d.perStand.afgevoerd.zaakIds])).size;
    return { queries, grootste: { gelezen, eerderAfgevoerd: tabel.eerderAfgevoerd.aantal, aantalPanden: tabel.datums.at(-1)?.aantalPanden.aantal ?? 0 } };
  } finally {
    redis.disconnect();
  }
}

if (require.main === module) {
  vragen(JSON.parse(process.env['BENCH_VRAGEN'] ?? '{}') as VragenTaak)
    .then((uitkomst) => process.stdout.write(JSON.stringify(uitkomst)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
