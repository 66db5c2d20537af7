import { BRONNEN, categorieenVan, type Bron, type Categorie } from '@handhaving/domain-meldingen';
import { projectionKeyPrefix } from '@handhaving/projections';
import { isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { aantalBekendOp, dagnummer, type MeldingenJaarrij } from './meldingen-cijfers.evolve';
import { jaarrijSleutel, MELDINGEN_CIJFERS_PROJECTIE, uitRegel } from './meldingen-cijfers.projection';

/*
 * The meldingen of a year in a gemeente per bron and categorie, as Kerkrade's chapter 6 tables
 * count them: the meldpunt overlast in its 9 columns, the meldkamer handhaving in its 15, every
 * other bron in a row of its own (docs/cijfers.md, "Meldingen"). The same answer as the domain's
 * `meldingenCijfers` over the whole log, from one row (meldingen-cijfers.evolve.ts).
 */

export interface MeldingenJaarcijfersVraag {
  readonly gemeente: string;
  readonly jaar: number;
  /** As known on this day (JJJJ-MM-DD): meldingen registered after it left out. Absent: as known now. */
  readonly bekendOp?: string;
  /** Also the cases behind every cell (reads the year's list of meldingen; the counts alone read one row). */
  readonly metZaakIds?: boolean;
}

export interface MeldingenCel {
  readonly aantal: number;
  /** Only when asked: the meldingen counted, in the order registered. */
  readonly zaakIds?: readonly string[];
}

export interface MeldingenPerBron {
  /** Every category the bron may use, zero or not: the table's columns. */
  readonly perCategorie: Readonly<Partial<Record<Categorie, MeldingenCel>>>;
  readonly totaal: number;
}

export interface MeldingenJaarcijfers {
  readonly gemeente: string;
  readonly jaar: number;
  readonly bekendOp: string | null;
  readonly perBron: Readonly<Record<Bron, MeldingenPerBron>>;
  readonly totaal: number;
}

export async function meldingenJaarcijfers(redis: Redis, keyPrefix: string, vraag: MeldingenJaarcijfersVraag): Promise<MeldingenJaarcijfers> {
  const { gemeente, jaar, bekendOp, metZaakIds } = vraag;
  if (!Number.isInteger(jaar)) throw new RangeError(`jaar: geen jaartal: ${jaar}`);
  if (bekendOp !== undefined && !isKalenderdatum(bekendOp)) throw new RangeError(`bekendOp: geen datum JJJJ-MM-DD: ${JSON.stringify(bekendOp)}`);
  const key = `${projectionKeyPrefix(keyPrefix, MELDINGEN_CIJFERS_PROJECTIE)}${jaarrijSleutel(gemeente, jaar).join(':')}`;
  const json = await redis.get(key);
  const rij = json === null ? {} : (JSON.parse(json) as MeldingenJaarrij);
  const zaakIds = metZaakIds && json !== null ? zaakIdsPerCel(await redis.lrange(`${key}:meldingen`, 0, -1), bekendOp) : undefined;
  const grens = bekendOp === undefined ? undefined : dagnummer(bekendOp);

  const perBron = {} as Record<Bron, MeldingenPerBron>;
  let totaal = 0;
  for (const bron of BRONNEN) {
    const perCategorie: Partial<Record<Categorie, MeldingenCel>> = {};
    let vanBron = 0;
    for (const categorie of categorieenVan(bron)) {
      const aantal = aantalBekendOp(rij[bron]?.[categorie], grens);
      perCategorie[categorie] = metZaakIds ? { aantal, zaakIds: zaakIds?.get(`${bron} ${categorie}`) ?? [] } : { aantal };
      vanBron += aantal;
    }
    perBron[bron] = { perCategorie, totaal: vanBron };
    totaal += vanBron;
  }
  return { gemeente, jaar, bekendOp: bekendOp ?? null, perBron, totaal };
}

/** The year's list of meldingen as known on `bekendOp`, per cell (`{bron} {categorie}`), in the order registered. */
function zaakIdsPerCel(regels: readonly string[], bekendOp: string | undefined): Map<string, string[]> {
  const perCel = new Map<string, string[]>();
  for (const regel of regels) {
    const melding = uitRegel(regel);
    if (bekendOp !== undefined && melding.geregistreerdOp > bekendOp) continue;
    const cel = `${melding.bron} ${melding.categorie}`;
    const lijst = perCel.get(cel);
    if (lijst === undefined) perCel.set(cel, [melding.zaakId]);
    else lijst.push(melding.zaakId);
  }
  return perCel;
}
