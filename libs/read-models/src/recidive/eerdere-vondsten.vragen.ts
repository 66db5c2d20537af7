import type { RecidiveBeleid } from '@handhaving/policy';
import { projectionKeyPrefix } from '@handhaving/projections';
import { isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { inNormaleVorm, leesGekoppeld } from '../damocles/pand-koppelingen';
import { recidiveVenster, type RecidiveVenster } from '../damocles/recidive-venster';
import { bekendOpGrens } from '../damocles/recidive.vragen';
import { VONDSTCONTEXTEN, type Vondst, type Vondstafloop, type Vondstbron, type Vondstcontext } from './eerdere-vondsten.evolve';
import { EERDERE_VONDSTEN_PROJECTIE } from './eerdere-vondsten.projection';

/* The question to the read model `recidive.eerdere-vondsten` (eerdere-vondsten.projection.ts): the earlier finds of any context that count. */

export interface EerdereVondstenVraag {
  readonly gemeente: string;
  /** The pand asked about (a pand key, any form `pandSleutel` writes). */
  readonly pandSleutel: string;
  /** A betrokkene asked about too: counted only where the policy says `ookPerBetrokkene`. */
  readonly betrokkeneId?: string;
  /** The date of the new find (YYYY-MM-DD). */
  readonly datum: string;
  /** `Beleid.damocles.recidiveTermijnMaanden` in force on that date. */
  readonly recidiveTermijnMaanden: number;
  /** `Beleid.damocles.vondstenZonderMaatregelTellenMee`: whether finds that ended in afzien or a herroeping count. */
  readonly vondstenZonderMaatregelTellenMee: boolean;
  /** `recidiveBeleidVan(beleid)` in force on that date: which contexts count beside Damocles, and whether per betrokkene. */
  readonly recidive: RecidiveBeleid;
  /** "As known on": an ISO instant, or a date meaning through the end of that day in Europe/Amsterdam. Absent: as known now. */
  readonly bekendOp?: string;
}

/** Why a find counts: it lies in the pand asked about (or a key linked to it), or names the betrokkene asked about. */
export type Grond = 'pand' | 'betrokkene';

export interface MeetellendeVondst {
  readonly context: Vondstcontext;
  readonly zaakId: string;
  readonly soort: string;
  readonly constateringsdatum: string;
  readonly afloop: Vondstafloop;
  /** When the facts shown were recorded (ISO instant). */
  readonly vastgelegdOp: string;
  readonly pandSleutel?: string;
  readonly gronden: readonly Grond[];
  /** The find in this answer it follows up (its bron or herkomst): one find with it, not counted twice. */
  readonly vervolgVan?: Vondstbron;
}

export interface EerdereVondstenAntwoord {
  /** Both ends inclusive (recidive-venster.ts). */
  readonly venster: RecidiveVenster;
  /** The keys read as this one pand, as known then. */
  readonly pandSleutels: readonly string[];
  /** The contexts whose finds counted under the policy (Damocles always). */
  readonly contexten: readonly Vondstcontext[];
  readonly perBetrokkene: boolean;
  /** Per context, oldest first. */
  readonly eerdereVondsten: { readonly [C in Vondstcontext]: readonly MeetellendeVondst[] };
  /** Distinct finds: a follow-up counts once with the find it follows up. */
  readonly aantal: number;
}

/**
 * The earlier finds that count, in every context the policy names, under the window rule of the
 * Damocles check (recidive-venster.ts: an earlier find on E counts for one on F when
 * E < F <= E + N calendar months, month-end clamped). Finds still running count; those that ended
 * in afzien or a herroeping only with `vondstenZonderMaatregelTellenMee`; a traject closed with
 * `geen-overtreding` never (there was none). A flexteam visit counts when one of its findings is
 * among the policy's `flexteamBevindingen`. Only the gemeente's own finds.
 */
export async function eerdereVondsten(redis: Redis, keyPrefix: string, vraag: EerdereVondstenVraag): Promise<EerdereVondstenAntwoord> {
  if (!isKalenderdatum(vraag.datum)) throw new RangeError(`datum: geen datum JJJJ-MM-DD: ${JSON.stringify(vraag.datum)}`);
  const venster = recidiveVenster(vraag.datum, vraag.recidiveTermijnMaanden);
  const grens = vraag.bekendOp === undefined ? undefined : bekendOpGrens(vraag.bekendOp);
  const prefix = projectionKeyPrefix(keyPrefix, EERDERE_VONDSTEN_PROJECTIE);
  const { sleutels: pandSleutels, waarden: inPand } = await leesGekoppeld(redis, prefix, inNormaleVorm(vraag.pandSleutel), grens, (sleutel) => `${prefix}pand:${sleutel}`);
  const perBetrokkene = vraag.recidive.ookPerBetrokkene && vraag.betrokkeneId !== undefined;
  const vanBetrokkene = perBetrokkene ? await redis.hvals(`${prefix}betrokkene:${vraag.betrokkeneId}`) : [];
  const ids = [...new Set([...inPand, ...vanBetrokkene])];
  const opgeslagen = ids.length === 0 ? [] : await redis.hmget(`${prefix}vondst`, ...ids);

  const contexten = VONDSTCONTEXTEN.filter((context) => context === 'damocles' || vraag.recidive.contexten.includes(context));
  const gevonden: Array<MeetellendeVondst & { readonly bron?: Vondstbron }> = [];
  for (const json of opgeslagen) {
    if (json === null) continue;
    const vondst = JSON.parse(json) as Vondst;
    if (vondst.gemeente !== vraag.gemeente || !contexten.includes(vondst.context)) continue;
    const feiten = vondst.versies.find((versie) => geldig(versie, grens));
    if (feiten === undefined || feiten.constateringsdatum < venster.van || feiten.constateringsdatum > venster.tot) continue;
    const afloop = [...vondst.afloop].reverse().find((stap) => grens === undefined || Date.parse(stap.vastgelegdOp) <= grens)?.afloop ?? 'lopend';
    if (!telt(afloop, vraag.vondstenZonderMaatregelTellenMee)) continue;
    const bevindingen = vondst.bevindingen?.filter((bevinding) => (vraag.recidive.flexteamBevindingen as readonly string[] | undefined)?.includes(bevinding));
    if (bevindingen?.length === 0) continue;
    const gronden: Grond[] = [];
    if (vondst.pandSleutel !== undefined && pandSleutels.includes(vondst.pandSleutel)) gronden.push('pand');
    if (perBetrokkene && vondst.betrokkenen.some((b) => b.betrokkeneId === vraag.betrokkeneId && geldig(b, grens))) gronden.push('betrokkene');
    if (gronden.length === 0) continue;
    gevonden.push({
      context: vondst.context,
      zaakId: vondst.zaakId,
      soort: bevindingen === undefined ? feiten.soort : bevindingen.join(', '),
      constateringsdatum: feiten.constateringsdatum,
      afloop,
      vastgelegdOp: feiten.vastgelegdOp,
      ...(vondst.pandSleutel === undefined ? {} : { pandSleutel: vondst.pandSleutel }),
      gronden,
      ...(vondst.bron === undefined ? {} : { bron: vondst.bron }),
    });
  }
  gevonden.sort((a, b) => a.constateringsdatum.localeCompare(b.constateringsdatum) || a.context.localeCompare(b.context) || a.zaakId.localeCompare(b.zaakId));
  const vondsten = gevonden.map(({ bron, ...vondst }): MeetellendeVondst => {
    const gevolgd = bron !== undefined && gevonden.some((ander) => ander.context === bron.context && ander.zaakId === bron.zaakId);
    return gevolgd ? { ...vondst, vervolgVan: { context: bron.context, zaakId: bron.zaakId } } : vondst;
  });
  const perContext: Record<Vondstcontext, MeetellendeVondst[]> = { damocles: [], flexteam: [], kamerverhuur: [], dwangsom: [] };
  for (const vondst of vondsten) perContext[vondst.context].push(vondst);
  return { venster, pandSleutels, contexten, perBetrokkene, eerdereVondsten: perContext, aantal: vondsten.filter((v) => v.vervolgVan === undefined).length };
}

/** Whether a find with this outcome counts (docs/flexteam.md, "Recidive across contexts"). */
function telt(afloop: Vondstafloop, vondstenZonderMaatregelTellenMee: boolean): boolean {
  if (afloop === 'geen-overtreding') return false;
  if (afloop === 'afgezien' || afloop === 'herroepen') return vondstenZonderMaatregelTellenMee;
  return true;
}

/** A version valid as known at `grens` (now, when absent). */
function geldig(versie: { readonly vastgelegdOp: string; readonly vervangenOp?: string }, grens: number | undefined): boolean {
  if (grens === undefined) return versie.vervangenOp === undefined;
  return Date.parse(versie.vastgelegdOp) <= grens && (versie.vervangenOp === undefined || Date.parse(versie.vervangenOp) > grens);
}
