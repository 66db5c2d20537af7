import { BEVINDINGEN, VERVOLGCONTEXTEN, type Bevinding, type Vervolgcontext } from '@handhaving/domain-flexteam';
import { projectionKeyPrefix } from '@handhaving/projections';
import { isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { leesPerJaar } from '../shared/per-jaar';
import { eenJaarNa, STANDEN, standOp, type FlexteamCijferControle, type FlexteamFeit, type Stand, type StandVan } from './flexteam-cijfers.evolve';
import { FLEXTEAM_CIJFERS_PROJECTIE } from './flexteam-cijfers.projection';

/*
 * The question to the read model `flexteam.cijfers` (flexteam-cijfers.projection.ts): the flexteam
 * figures of a gemeente in a calendar year.
 *
 * Counting rules (docs/cijfers.md, "Flexteam"):
 * 1 a control counts as `uitgevoerd` in the year of the day it was held, and everything found
 *   there counts in that year too, whenever it was recorded; a cancelled control counts as
 *   `geannuleerd` in the year of the day it was to be held;
 * 2 adressen: every visit (`bezocht`), split into the addresses planned and those added on the
 *   day; `metToegang` the visits where the team got in; `toegangPercentage` = metToegang /
 *   bezocht × 100, one decimal (null without visits);
 * 3 bevindingen: per finding, the visits where it was found (a visit with two findings counts in
 *   both rows);
 * 4 vervolg: per context, the follow-ups started for the year's controls (one per finding and
 *   case linked); `afgezien`: the findings whose follow-up was declined;
 * 5 naEenJaar: each follow-up of rule 4 in the bucket it stood in on the same day a year after
 *   the control (29 February: 28 February), by the steps of its own case dated on or before that
 *   day (the buckets per context in flexteam-cijfers.evolve.ts, STANDEN); when that day lies after
 *   the day of the question's knowledge (`bekendOp`, else `vandaag`) it is not known yet and counts
 *   in `nogGeenJaar`;
 * 6 `bekendOp` keeps only the facts recorded (`geregistreerdOp`) on or before that day, both of the
 *   controls and of the follow-ups' cases; absent: as known now;
 * 7 each cell lists the panden (pandSleutel) and the cases it counts — the controls, or in rule 5
 *   the follow-ups' own cases — so a figure can be checked.
 */

export interface FlexteamCijfersVraag {
  readonly gemeente: string;
  readonly jaar: number;
  /** As known on this day (JJJJ-MM-DD). Absent: as known now. */
  readonly bekendOp?: string;
  /** Today (JJJJ-MM-DD): a follow-up's year not yet over by then is not known (rule 5). */
  readonly vandaag: string;
}

export interface FlexteamCel {
  readonly aantal: number;
  /** The panden counted, each once, sorted. */
  readonly panden: readonly string[];
  /** The cases counted, each once, sorted. */
  readonly zaakIds: readonly string[];
}

/** Per context: a cell per bucket, and `nogGeenJaar` for those whose year is not over. */
export type NaEenJaar = { readonly [C in Vervolgcontext]: { readonly [S in StandVan<C> | 'nogGeenJaar']: FlexteamCel } };

export interface FlexteamCijfers {
  readonly gemeente: string;
  readonly jaar: number;
  readonly bekendOp: string | null;
  readonly controles: { readonly uitgevoerd: FlexteamCel; readonly geannuleerd: FlexteamCel };
  readonly adressen: {
    readonly bezocht: FlexteamCel;
    readonly gepland: FlexteamCel;
    readonly opDeDagToegevoegd: FlexteamCel;
    readonly metToegang: FlexteamCel;
    readonly toegangPercentage: number | null;
  };
  readonly bevindingen: { readonly [B in Bevinding]: FlexteamCel };
  readonly vervolg: {
    readonly gestart: { readonly [C in Vervolgcontext]: FlexteamCel } & { readonly totaal: FlexteamCel };
    readonly afgezien: FlexteamCel;
  };
  readonly naEenJaar: NaEenJaar;
}

interface Geteld {
  readonly zaakId: string;
  readonly pandSleutel?: string;
}

/** The flexteam figures of `gemeente` in `jaar`, by the counting rules above. */
export async function flexteamCijfers(redis: Redis, keyPrefix: string, vraag: FlexteamCijfersVraag): Promise<FlexteamCijfers> {
  if (!Number.isInteger(vraag.jaar)) throw new RangeError(`jaar: geen jaartal: ${vraag.jaar}`);
  for (const [veld, waarde] of [['vandaag', vraag.vandaag], ['bekendOp', vraag.bekendOp ?? vraag.vandaag]] as const) {
    if (!isKalenderdatum(waarde)) throw new RangeError(`${veld}: geen datum JJJJ-MM-DD: ${JSON.stringify(waarde)}`);
  }
  const { jaar, bekendOp } = vraag;
  const kennis = bekendOp ?? vraag.vandaag;
  const bekend = <F extends FlexteamFeit>(feit: F | undefined): feit is F => feit !== undefined && (bekendOp === undefined || feit.geregistreerdOp <= bekendOp);
  const inJaar = (datum: string): boolean => Number(datum.slice(0, 4)) === jaar;

  const lijst = (): Geteld[] => [];
  const uitgevoerd = lijst();
  const geannuleerd = lijst();
  const bezocht = lijst();
  const gepland = lijst();
  const toegevoegd = lijst();
  const metToegang = lijst();
  const bevindingen = Object.fromEntries(BEVINDINGEN.map((b) => [b, lijst()])) as Record<Bevinding, Geteld[]>;
  const gestart = Object.fromEntries(VERVOLGCONTEXTEN.map((c) => [c, lijst()])) as Record<Vervolgcontext, Geteld[]>;
  const afgezien = lijst();
  const naEenJaar = Object.fromEntries(VERVOLGCONTEXTEN.map((c) => [c, Object.fromEntries([...STANDEN[c], 'nogGeenJaar'].map((s) => [s, lijst()]))])) as Record<Vervolgcontext, Record<Stand | 'nogGeenJaar', Geteld[]>>;

  for (const controle of await lees(redis, keyPrefix, vraag)) {
    if (!bekend(controle.gepland)) continue;
    const { zaakId } = controle;
    if (bekend(controle.geannuleerd) && inJaar(controle.gepland.geplandOp)) geannuleerd.push({ zaakId });
    if (!bekend(controle.uitgevoerd) || !inJaar(controle.uitgevoerd.datum)) continue;
    const bezoeken = controle.uitgevoerd.bezoeken;
    uitgevoerd.push({ zaakId });
    for (const bezoek of bezoeken) {
      const geteld = { zaakId, pandSleutel: bezoek.pandSleutel };
      bezocht.push(geteld);
      (bezoek.gepland ? gepland : toegevoegd).push(geteld);
      if (bezoek.toegang) metToegang.push(geteld);
      for (const bevinding of bezoek.bevindingen) bevindingen[bevinding].push(geteld);
    }
    const peildatum = eenJaarNa(controle.uitgevoerd.datum);
    for (const vervolg of controle.vervolgen) {
      if (!bekend(vervolg)) continue;
      gestart[vervolg.context].push({ zaakId, pandSleutel: vervolg.pandSleutel });
      const stand = peildatum > kennis ? 'nogGeenJaar' : standOp(vervolg, peildatum, bekendOp);
      naEenJaar[vervolg.context][stand].push({ zaakId: vervolg.zaakId, pandSleutel: vervolg.pandSleutel });
    }
    for (const a of controle.afgezien) if (bekend(a)) afgezien.push({ zaakId, pandSleutel: a.pandSleutel });
  }

  const cellen = <K extends string>(lijsten: Record<K, Geteld[]>): Record<K, FlexteamCel> => Object.fromEntries(Object.entries<Geteld[]>(lijsten).map(([k, l]) => [k, cel(l)])) as Record<K, FlexteamCel>;
  return {
    gemeente: vraag.gemeente,
    jaar,
    bekendOp: bekendOp ?? null,
    // A control's panden: the addresses visited.
    controles: { uitgevoerd: { ...cel(uitgevoerd), panden: cel(bezocht).panden }, geannuleerd: cel(geannuleerd) },
    adressen: {
      bezocht: cel(bezocht),
      gepland: cel(gepland),
      opDeDagToegevoegd: cel(toegevoegd),
      metToegang: cel(metToegang),
      toegangPercentage: bezocht.length === 0 ? null : Math.round((1000 * metToegang.length) / bezocht.length) / 10,
    },
    bevindingen: cellen(bevindingen),
    vervolg: { gestart: { ...cellen(gestart), totaal: cel(VERVOLGCONTEXTEN.flatMap((c) => gestart[c])) }, afgezien: cel(afgezien) },
    naEenJaar: Object.fromEntries(VERVOLGCONTEXTEN.map((c) => [c, cellen(naEenJaar[c])])) as unknown as NaEenJaar,
  };
}

/** The controls filed under the year (planned for it, or held in it). */
async function lees(redis: Redis, keyPrefix: string, vraag: FlexteamCijfersVraag): Promise<FlexteamCijferControle[]> {
  return leesPerJaar<FlexteamCijferControle>(redis, `${projectionKeyPrefix(keyPrefix, FLEXTEAM_CIJFERS_PROJECTIE)}gemeente:${vraag.gemeente}`, vraag.jaar, vraag.jaar);
}

function cel(geteld: readonly Geteld[]): FlexteamCel {
  return {
    aantal: geteld.length,
    panden: [...new Set(geteld.flatMap((g) => (g.pandSleutel === undefined ? [] : [g.pandSleutel])))].sort(),
    zaakIds: [...new Set(geteld.map((g) => g.zaakId))].sort(),
  };
}
