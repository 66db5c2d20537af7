/**
 * The query phase of `npm run bench:flexteam`, in a process of its own: as the API asks the read
 * models — a Redis connection and the question, not the generated history of 342 gemeenten that
 * the writing process holds (its heap would put its garbage collection into every p99). Reads its
 * task from BENCH_VRAGEN (JSON) and prints the percentiles and a few sizes as JSON on stdout.
 */
import { flexteamCijfers, meldingenJaarcijfers, pandDossier } from '@handhaving/read-models';
import Redis from 'ioredis';
import { meet, type Percentiles } from '../support/meten';

export interface VragenTaak {
  readonly redisUrl: string;
  readonly keyPrefix: string;
  readonly laatsteJaar: number;
  /** The gemeenten in turn. */
  readonly gemeenten: readonly string[];
  /** Per gemeente, addresses a control visited. */
  readonly bezochteAdressen: Readonly<Record<string, readonly string[]>>;
  readonly queryRuns: number;
}

export interface VragenUitkomst {
  readonly queries: Record<string, Percentiles>;
  /** What one answer holds, for the first gemeente: an address's dossier (its cases, meldingen, controls, requests), the meldingen of the year, the controls and follow-ups of the year before. */
  readonly omvang: { readonly dossier: string; readonly meldingen: number; readonly controles: number; readonly vervolgen: number };
}

export async function vragen(taak: VragenTaak): Promise<VragenUitkomst> {
  const redis = new Redis(taak.redisUrl);
  try {
    const { keyPrefix, laatsteJaar, gemeenten } = taak;
    const gemeente = (i: number): string => gemeenten[i % gemeenten.length] as string;
    const adres = (i: number): string => {
      const adressen = taak.bezochteAdressen[gemeente(i)] ?? [];
      return adressen[Math.floor(i / gemeenten.length) % adressen.length] as string;
    };
    const bekendOp = `${laatsteJaar}-06-30`;
    const vandaag = `${laatsteJaar}-12-31`;
    // The flexteam figures of the year before the last: by the end of history every follow-up's year is over.
    const flexteamjaar = laatsteJaar - 1;
    const queries = {
      'dossier of one address visited by a control, gemeenten in turn': await meet((i) => pandDossier(redis, keyPrefix, { gemeente: gemeente(i), pandSleutel: adres(i) }), taak.queryRuns),
      'the dossier as known on 30 June of the last year': await meet((i) => pandDossier(redis, keyPrefix, { gemeente: gemeente(i), pandSleutel: adres(i), bekendOp }), taak.queryRuns),
      'meldingen figures of the last year, gemeenten in turn': await meet((i) => meldingenJaarcijfers(redis, keyPrefix, { gemeente: gemeente(i), jaar: laatsteJaar }), taak.queryRuns),
      'the meldingen figures as known on 30 June': await meet((i) => meldingenJaarcijfers(redis, keyPrefix, { gemeente: gemeente(i), jaar: laatsteJaar, bekendOp }), taak.queryRuns),
      'flexteam figures of the year before, gemeenten in turn': await meet((i) => flexteamCijfers(redis, keyPrefix, { gemeente: gemeente(i), jaar: flexteamjaar, vandaag }), taak.queryRuns),
      'the flexteam figures as known on 30 June of the last year': await meet((i) => flexteamCijfers(redis, keyPrefix, { gemeente: gemeente(i), jaar: flexteamjaar, vandaag, bekendOp }), taak.queryRuns),
    };
    const dossier = await pandDossier(redis, keyPrefix, { gemeente: gemeente(0), pandSleutel: adres(0) });
    const meldingen = await meldingenJaarcijfers(redis, keyPrefix, { gemeente: gemeente(0), jaar: laatsteJaar });
    const flexteam = await flexteamCijfers(redis, keyPrefix, { gemeente: gemeente(0), jaar: flexteamjaar, vandaag });
    return {
      queries,
      omvang: { dossier: `${dossier.zaken.length} cases, ${dossier.meldingen.length} meldingen, ${dossier.controles.length} controls, ${dossier.verzoeken.length} requests`, meldingen: meldingen.totaal, controles: flexteam.controles.uitgevoerd.aantal, vervolgen: flexteam.vervolg.gestart.totaal.aantal },
    };
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
