import { normalePandSleutel } from '@handhaving/domain-shared';
import type { AdresAanPandGekoppeld } from '@handhaving/domain-panden';
import type { ProjectionContext } from '@handhaving/projections';
import type { Redis } from 'ioredis';

/*
 * Which pand keys are one pand, as known at a moment: the one way the Damocles read models group
 * keys into panden (docs/damocles.md, "Pand identity and linking"), used by the recidive check and by
 * the recidive row of the figures alike.
 *
 * - A key is read in today's normal form (`normalePandSleutel`): `adres:6461AB-12--A`, written by
 *   an older version for "12 a", is `adres:6461AB-12-A`.
 * - An address and a BAG id are one pand from the moment a medewerker's link
 *   (`AdresAanPandGekoppeld`, @handhaving/domain-panden) was recorded, for finds recorded before
 *   and after it; asked as known on an earlier moment, the link is not there. An address links to
 *   one BAG id at most (the decider refuses a second; the first stands here too), so a pand is a
 *   BAG id with the addresses linked to it, or an address that is linked to nothing.
 *
 * Each read model that groups by pand keeps the links under its own prefix, fed by its own
 * subscription, so that its answer depends on its own checkpoint only (read-your-writes waits for
 * that one read model; a rebuild of one does not empty the other's links). Key layout:
 * - `koppeling`                  hash: adresSleutel -> JSON `Koppeling` (the BAG id an address was linked to, and when)
 * - `bag-adressen:{bagSleutel}`  hash: adresSleutel -> recorded-at of its link
 */

export const PAND_KOPPELING_EVENTS = ['AdresAanPandGekoppeld'] as const;

/** An address's link to its adresseerbaar object, as recorded. */
export interface Koppeling {
  readonly bagSleutel: string;
  readonly vastgelegdOp: string;
}

/** Records the link in the batch's MULTI; a replay, or a second link of the same address, changes nothing. */
export function legKoppelingVast(context: ProjectionContext, event: AdresAanPandGekoppeld, vastgelegdOp: string): void {
  const adresSleutel = inNormaleVorm(event.adresSleutel);
  const bagSleutel = inNormaleVorm(event.bagSleutel);
  const koppeling: Koppeling = { bagSleutel, vastgelegdOp };
  context.multi.hsetnx(context.key('koppeling'), adresSleutel, JSON.stringify(koppeling));
  context.multi.hsetnx(context.key('bag-adressen', bagSleutel), adresSleutel, vastgelegdOp);
}

/** A key in today's normal form; a key this version cannot read is kept as written (it then meets only itself). */
export function inNormaleVorm(sleutel: string): string {
  try {
    return normalePandSleutel(sleutel);
  } catch {
    return sleutel;
  }
}

/**
 * The keys that are one pand with `sleutel` (normal form) by the links recorded up to `grens`
 * (epoch ms; all links when absent) — the key asked first, then its BAG id and every address
 * linked to that — with the values of the hash `hashVan(k)` of each key `k`. The hash
 * of the key asked is read beside its links, so a key no link involves — most keys — costs one
 * round trip; a linked one a second, for the hashes of the keys it is linked to.
 */
export async function leesGekoppeld(
  redis: Redis,
  prefix: string,
  sleutel: string,
  grens: number | undefined,
  hashVan: (sleutel: string) => string,
): Promise<{ readonly sleutels: readonly string[]; readonly waarden: readonly string[] }> {
  const isBag = sleutel.startsWith('bag:');
  const eerste = redis.pipeline().hvals(hashVan(sleutel));
  if (isBag) eerste.hgetall(`${prefix}bag-adressen:${sleutel}`);
  else eerste.hget(`${prefix}koppeling`, sleutel);
  const [eigen, koppeling] = antwoorden(await eerste.exec());
  const bagSleutel = isBag ? sleutel : pandVan(sleutel, koppeling as string | null, grens);
  if (!bagSleutel.startsWith('bag:')) return { sleutels: [sleutel], waarden: eigen as string[] };
  const adressenVan = isBag ? (koppeling as Record<string, string>) : await redis.hgetall(`${prefix}bag-adressen:${bagSleutel}`);
  const sleutels = [...new Set([sleutel, bagSleutel, ...bekendeAdressen(adressenVan, grens)])];
  const rest = sleutels.slice(1);
  if (rest.length === 0) return { sleutels, waarden: eigen as string[] };
  const overige = antwoorden(await rest.reduce((p, k) => p.hvals(hashVan(k)), redis.pipeline()).exec()) as string[][];
  return { sleutels, waarden: [...(eigen as string[]), ...overige.flat()] };
}

function antwoorden(resultaten: Array<[Error | null, unknown]> | null): unknown[] {
  return (resultaten ?? []).map(([error, waarde]) => {
    if (error) throw error;
    return waarde;
  });
}

/** The addresses linked to a BAG id by `grens`, sorted. */
function bekendeAdressen(adressen: Record<string, string>, grens: number | undefined): string[] {
  return Object.entries(adressen)
    .filter(([, vastgelegdOp]) => bekend(vastgelegdOp, grens))
    .map(([adres]) => adres)
    .sort();
}

/**
 * For many keys at once (normal form), in one round trip: the key of the pand each belongs to by
 * the links recorded up to `grens`. Two keys are one pand exactly when they map to the same key,
 * and exactly when `leesGekoppeld` of either lists the other.
 */
export async function pandenVan(redis: Redis, prefix: string, sleutels: Iterable<string>, grens: number | undefined): Promise<Map<string, string>> {
  const adressen = [...new Set(sleutels)].filter((sleutel) => !sleutel.startsWith('bag:'));
  const pand = new Map<string, string>();
  if (adressen.length === 0) return pand;
  const koppelingen = await redis.hmget(`${prefix}koppeling`, ...adressen);
  adressen.forEach((adres, i) => pand.set(adres, pandVan(adres, koppelingen[i] ?? null, grens)));
  return pand;
}

/** The key a pand is known by then: the BAG id an address was linked to by `grens`, else the key itself. */
function pandVan(sleutel: string, koppelingJson: string | null, grens: number | undefined): string {
  if (koppelingJson === null) return sleutel;
  const koppeling = JSON.parse(koppelingJson) as Koppeling;
  return bekend(koppeling.vastgelegdOp, grens) ? koppeling.bagSleutel : sleutel;
}

function bekend(vastgelegdOp: string, grens: number | undefined): boolean {
  return grens === undefined || Date.parse(vastgelegdOp) <= grens;
}
