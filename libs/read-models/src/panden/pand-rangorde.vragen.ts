import { projectionKeyPrefix } from '@handhaving/projections';
import { eindeVanDagInAmsterdam, isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { pandenVan } from '../damocles/pand-koppelingen';
import { PAND_DOSSIER_PROJECTIE } from './pand-dossier.projection';
import { looptOp, rangorde, telt, venster, type Lopendezaak, type Pandsignalen, type Rang, type Signaal } from './pand-rangorde';

/* The question to the read model `panden.pand-dossier` (pand-dossier.projection.ts): a gemeente's addresses ranked for a control. */

export interface PandRangordeVraag {
  readonly gemeente: string;
  /** The day asked (YYYY-MM-DD): meldingen and cases as known at its end. */
  readonly op: string;
  /** The window of meldingen: their meldingsdatum in the months before `op`. */
  readonly maanden: number;
  /** How many panden. */
  readonly aantal: number;
}

export interface PandRangorde {
  /** The first day after which a meldingsdatum counts (the window is after it, through `op`). */
  readonly van: string;
  readonly panden: readonly Rang[];
}

/**
 * The gemeente's panden by their recent meldingen and running cases on `op`. Reads the months of
 * the window, the cases running now and those ended after `op` (a case reopened after its end may
 * count as running in between: the ranking reads states, not each step), in one round trip, and
 * the links between addresses and BAG ids in a second: a linked address counts with its pand.
 */
export async function pandRangorde(redis: Redis, keyPrefix: string, vraag: PandRangordeVraag): Promise<PandRangorde> {
  const { gemeente, op, maanden, aantal } = vraag;
  if (!isKalenderdatum(op)) throw new RangeError(`op: geen datum JJJJ-MM-DD: ${JSON.stringify(op)}`);
  const prefix = projectionKeyPrefix(keyPrefix, PAND_DOSSIER_PROJECTIE);
  const { van, maanden: maandlijst } = venster(op, maanden);
  const pipeline = redis.pipeline();
  for (const maand of maandlijst) pipeline.hgetall(`${prefix}signalen:${gemeente}:${maand}`);
  pipeline.hvals(`${prefix}lopend:${gemeente}`);
  pipeline.zrangebyscore(`${prefix}beeindigd:${gemeente}`, `(${op.replaceAll('-', '')}`, '+inf');
  const antwoorden = ((await pipeline.exec()) ?? []).map(([error, waarde]) => {
    if (error) throw error;
    return waarde;
  });
  const tabellen = antwoorden.slice(0, maandlijst.length) as Array<Record<string, string>>;
  const [lopend, beeindigd] = antwoorden.slice(maandlijst.length) as [string[], string[]];

  const meldingen = tabellen.flatMap((tabel) =>
    Object.entries(tabel).flatMap(([veld, json]) => {
      const [pandSleutel, zaakId] = veld.split('|') as [string, string];
      return telt(JSON.parse(json) as Signaal, van, op) ? [{ pandSleutel, zaakId }] : [];
    }),
  );
  const zaken = new Map<string, Lopendezaak>();
  for (const json of [...lopend, ...beeindigd]) {
    const zaak = JSON.parse(json) as Lopendezaak;
    if (looptOp(zaak, op)) zaken.set(`${zaak.context}:${zaak.zaakId}`, zaak);
  }

  const grens = Date.parse(eindeVanDagInAmsterdam(op)) - 1;
  const pand = await pandenVan(redis, prefix, [...meldingen.map((m) => m.pandSleutel), ...[...zaken.values()].map((z) => z.pandSleutel)], grens);
  const panden = new Map<string, { pandSleutel: string; meldingen: string[]; lopendeZaken: Lopendezaak[] }>();
  const rij = (sleutel: string) => {
    const naam = pand.get(sleutel) ?? sleutel;
    const bestaand = panden.get(naam) ?? { pandSleutel: naam, meldingen: [], lopendeZaken: [] };
    panden.set(naam, bestaand);
    return bestaand;
  };
  for (const melding of meldingen) rij(melding.pandSleutel).meldingen.push(melding.zaakId);
  for (const zaak of zaken.values()) rij(zaak.pandSleutel).lopendeZaken.push(zaak);
  return { van, panden: rangorde(panden.values() as Iterable<Pandsignalen>, aantal) };
}
