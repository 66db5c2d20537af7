import { projectionKeyPrefix } from '@handhaving/projections';
import type { Redis } from 'ioredis';
import type { BetrokkenenTeller } from './betrokkenen-telling.evolve';
import { betrokkenenTelling } from './betrokkenen-telling.projection';

/* The question to the read model `betrokkenen.telling` (betrokkenen-telling.projection.ts): the counts of one gemeente and year. */

export interface BetrokkenenTelling {
  readonly gemeente: string;
  readonly jaar: number;
  readonly geregistreerd: { readonly persoon: number; readonly bedrijf: number; readonly totaal: number };
  readonly persoonsgegevensVerwijderd: { readonly 'avg-artikel-17': number; readonly 'bewaartermijn-verstreken': number; readonly totaal: number };
}

export async function leesBetrokkenenTelling(redis: Redis, keyPrefix: string, gemeente: string, jaar: number): Promise<BetrokkenenTelling> {
  const fields = await redis.hgetall(`${projectionKeyPrefix(keyPrefix, betrokkenenTelling.name)}${gemeente}:${jaar}`);
  const count = (teller: BetrokkenenTeller): number => Number(fields[teller] ?? 0);
  const persoon = count('geregistreerd:persoon');
  const bedrijf = count('geregistreerd:bedrijf');
  const avg = count('verwijderd:avg-artikel-17');
  const bewaartermijn = count('verwijderd:bewaartermijn-verstreken');
  return {
    gemeente,
    jaar,
    geregistreerd: { persoon, bedrijf, totaal: persoon + bedrijf },
    persoonsgegevensVerwijderd: { 'avg-artikel-17': avg, 'bewaartermijn-verstreken': bewaartermijn, totaal: avg + bewaartermijn },
  };
}
