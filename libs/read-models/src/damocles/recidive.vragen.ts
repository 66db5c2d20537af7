import type { Drugscategorie } from '@handhaving/policy';
import { projectionKeyPrefix } from '@handhaving/projections';
import { eindeVanDagInAmsterdam, isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { inNormaleVorm, leesGekoppeld } from './pand-koppelingen';
import type { Afloop, VondstRecord } from './recidive.evolve';
import { RECIDIVE_PROJECTIE } from './recidive.projection';
import { recidiveVenster, recidiveVensterVan, type RecidiveVenster } from './recidive-venster';

export { recidiveVenster, recidiveVensterVan, type RecidiveVenster } from './recidive-venster';
export type { Koppeling } from './pand-koppelingen';

/* The question to the read model `damocles.recidive` (recidive.projection.ts): the earlier finds in a pand that count. */

export interface RecidiveVraag {
  readonly pandSleutel: string;
  /** The constateringsdatum of the find being judged (YYYY-MM-DD). */
  readonly constateringsdatum: string;
  /** The policy window in calendar months (`Beleid.damocles.recidiveTermijnMaanden` in force on that date). */
  readonly recidiveTermijnMaanden: number;
  /** `Beleid.damocles.vondstenZonderMaatregelTellenMee`: whether finds that ended in `afgezien` or `herroepen` count. */
  readonly vondstenZonderMaatregelTellenMee: boolean;
  /** The case being judged, left out of its own answer. */
  readonly exclusiefZaakId?: string;
  /**
   * "As known on": an ISO instant (facts recorded at or before it), or a date YYYY-MM-DD meaning
   * through the end of that day in Europe/Amsterdam. Absent: as known now.
   */
  readonly bekendOp?: string;
}

export interface EerdereVondstInVenster {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly constateringsdatum: string;
  readonly zwaarsteCategorie: Drugscategorie;
  readonly afloop: Afloop;
}

export interface RecidiveAntwoord {
  readonly eerdereVondsten: readonly EerdereVondstInVenster[];
  /** The keys read as this one pand, as known then: the key asked, and the BAG id and addresses linked to it. */
  readonly pandSleutels: readonly string[];
  /** Both ends inclusive: `van` the first day whose find still reaches the date within the window (recidive-venster.ts), `tot` the day before the date. */
  readonly venster: RecidiveVenster;
}

/**
 * The earlier finds in the pand that count for recidive. The window rule, exact:
 * an earlier find on E counts for the find on F when E < F <= E + `recidiveTermijnMaanden`
 * calendar months, counted forward from the earlier find with the month-end clamped
 * (recidive-venster.ts: 2017-02-28 + 36 months = 2020-02-28, so it does not count for a find on
 * 2020-02-29; 2017-03-01 does). A find on the same date as the one judged is not "earlier".
 * Finds still `lopend` count (the find is a fact; the procedure has not ended without a measure);
 * `afgezien` and `herroepen` count only when `vondstenZonderMaatregelTellenMee`.
 */
export async function recidiveVoor(redis: Redis, keyPrefix: string, vraag: RecidiveVraag): Promise<RecidiveAntwoord> {
  if (!isKalenderdatum(vraag.constateringsdatum)) throw new RangeError(`constateringsdatum: geen datum JJJJ-MM-DD: ${JSON.stringify(vraag.constateringsdatum)}`);
  if (!Number.isInteger(vraag.recidiveTermijnMaanden) || vraag.recidiveTermijnMaanden < 1) {
    throw new RangeError(`recidiveTermijnMaanden: moet een geheel getal vanaf 1 zijn: ${JSON.stringify(vraag.recidiveTermijnMaanden)}`);
  }
  const { van, tot } = recidiveVenster(vraag.constateringsdatum, vraag.recidiveTermijnMaanden);
  const grens = vraag.bekendOp === undefined ? undefined : bekendOpGrens(vraag.bekendOp);
  const prefix = projectionKeyPrefix(keyPrefix, RECIDIVE_PROJECTIE);
  const { sleutels: pandSleutels, waarden: velden } = await leesGekoppeld(redis, prefix, inNormaleVorm(vraag.pandSleutel), grens, (sleutel) => `${prefix}pand:${sleutel}`);

  const eerdereVondsten: EerdereVondstInVenster[] = [];
  for (const json of velden) {
    const record = JSON.parse(json) as VondstRecord;
    if (record.zaakId === vraag.exclusiefZaakId) continue;
    const versie = record.versies.find((v) =>
      grens === undefined ? v.vervangenOp === undefined : ms(v.vastgelegdOp) <= grens && (v.vervangenOp === undefined || ms(v.vervangenOp) > grens),
    );
    if (versie === undefined) continue; // not yet recorded then
    const afloop = [...record.afloop].reverse().find((a) => grens === undefined || ms(a.vastgelegdOp) <= grens)?.afloop ?? 'lopend';
    if (versie.constateringsdatum < van || versie.constateringsdatum > tot) continue;
    if (!vraag.vondstenZonderMaatregelTellenMee && (afloop === 'afgezien' || afloop === 'herroepen')) continue;
    eerdereVondsten.push({
      zaakId: record.zaakId,
      gemeente: record.gemeente,
      constateringsdatum: versie.constateringsdatum,
      zwaarsteCategorie: versie.zwaarsteCategorie,
      afloop,
    });
  }
  eerdereVondsten.sort((a, b) => a.constateringsdatum.localeCompare(b.constateringsdatum) || a.zaakId.localeCompare(b.zaakId));
  return { eerdereVondsten, pandSleutels, venster: { van, tot } };
}

/** The last millisecond that still counts as "known by" `bekendOp`. */
export function bekendOpGrens(bekendOp: string): number {
  if (isKalenderdatum(bekendOp)) return ms(eindeVanDagInAmsterdam(bekendOp)) - 1;
  const grens = ms(bekendOp);
  if (Number.isNaN(grens)) throw new RangeError(`bekendOp: geen tijdstip of datum: ${JSON.stringify(bekendOp)}`);
  return grens;
}

function ms(instant: string): number {
  return Date.parse(instant);
}

/**
 * @deprecated The start of the recidive window, under its old name: it is no longer "minus months"
 * (2020-02-29 gives 2017-03-01, not 2017-02-28). Use `recidiveVensterVan`; kept for callers
 * outside this library that still import it (tools/bench).
 */
export const minMaanden = recidiveVensterVan;
