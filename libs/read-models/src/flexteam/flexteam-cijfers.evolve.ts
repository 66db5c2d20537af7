import type { DamoclesEvent } from '@handhaving/domain-damocles';
import type { DwangsomEvent } from '@handhaving/domain-dwangsom';
import type { Bevinding, ControleEvent, VerzoekEvent, Vervolgcontext } from '@handhaving/domain-flexteam';
import { UITKOMSTEN } from '@handhaving/domain-flexteam';
import { RESULTATEN_VAN_TRAJECT, type TrajectEvent } from '@handhaving/domain-kamerverhuur';
import { REDENEN_VAN_SLUITEN, type MeldingEvent } from '@handhaving/domain-meldingen';

/*
 * One flexteam control as the yearly figures count it (the read model `flexteam.cijfers`): its
 * planning, its cancellation or its visits, the follow-ups its findings started or declined, and
 * for each follow-up the steps of the follow-up's own case that settle where it stands (its
 * `standen`). Every fact keeps its legal date and the day it was recorded (`geregistreerdOp`: the
 * event's own, else the recorded-at's day in Europe/Amsterdam), so "as known on K" keeps the facts
 * recorded by K. Pure: the projection (flexteam-cijfers.projection.ts) loads, files and stores
 * the records; the question and its counting rules are in flexteam-cijfers.vragen.ts.
 */

export interface FlexteamFeit {
  /** The legal date of the step (YYYY-MM-DD). */
  readonly datum: string;
  /** The day it was recorded (YYYY-MM-DD). */
  readonly geregistreerdOp: string;
}

/**
 * Where a follow-up stands, per context: what its own case decided, or the last bucket when it
 * decided nothing yet (docs/cijfers.md, "Flexteam"). A small, fixed set, so a year's figures
 * have the same columns every year:
 * - kamerverhuurtraject: closed with its resultaat (`TrajectAfgesloten`), else `lopend`;
 * - damocles: the burgemeester's besluit — a waarschuwing, a sluitingsbesluit, or no measure —
 *   else `lopend` (also while the police report is awaited);
 * - verzoek: the answer's uitkomst (`VerzoekBeantwoord`), else `onbeantwoord`;
 * - melding: closed with its reden (`MeldingGesloten`), else `open`;
 * - dwangsom: the last imposed, no last, or the last lifted or revoked since, else `lopend`.
 */
export const STANDEN = {
  kamerverhuurtraject: [...RESULTATEN_VAN_TRAJECT.map((r) => `afgesloten-${r}` as const), 'lopend'],
  damocles: ['waarschuwing-gegeven', 'sluitingsbesluit-genomen', 'afgezien-van-maatregel', 'lopend'],
  verzoek: [...UITKOMSTEN, 'onbeantwoord'],
  melding: [...REDENEN_VAN_SLUITEN.map((r) => `gesloten-${r}` as const), 'open'],
  dwangsom: ['last-opgelegd', 'afgezien-van-last', 'last-opgeheven', 'lopend'],
} as const satisfies { readonly [C in Vervolgcontext]: readonly string[] };

export type StandVan<C extends Vervolgcontext> = (typeof STANDEN)[C][number];
export type Stand = StandVan<Vervolgcontext>;

/** The bucket of a follow-up whose case has decided nothing (yet): the last of its context's list. */
export function beginstand(context: Vervolgcontext): Stand {
  return STANDEN[context].at(-1) as Stand;
}

/** A step of the follow-up's own case that puts it in `stand` from its `datum` on. */
export interface Standwijziging extends FlexteamFeit {
  readonly stand: Stand;
}

/** The events of the follow-ups' own streams that settle where they stand (the projection subscribes to these only). */
export type AfloopEvent = TrajectEvent | DamoclesEvent | VerzoekEvent | MeldingEvent | DwangsomEvent;

export const AFLOOP_EVENTS = {
  kamerverhuurtraject: ['TrajectAfgesloten'],
  damocles: ['WaarschuwingGegeven', 'SluitingsbesluitGenomen', 'AfgezienVanMaatregel'],
  verzoek: ['VerzoekBeantwoord'],
  melding: ['MeldingGesloten'],
  dwangsom: ['LastOpgelegd', 'AfgezienVanLast', 'LastOpgeheven', 'LastIngetrokken'],
} as const satisfies { readonly [C in Vervolgcontext]: readonly AfloopEvent['type'][] };

/**
 * The stand `event` of a follow-up's own stream (of `context`) puts it in, from which legal date;
 * none for any other event (the same type name in another context's stream is not this one's).
 */
export function standwijziging(context: Vervolgcontext, event: AfloopEvent, geregistreerdOp: string): Standwijziging | undefined {
  const wijziging = (stand: Stand, datum: string): Standwijziging => ({ stand, datum, geregistreerdOp });
  switch (context) {
    case 'kamerverhuurtraject':
      return event.type === 'TrajectAfgesloten' ? wijziging(`afgesloten-${event.resultaat}`, event.afsluitdatum) : undefined;
    case 'damocles':
      if (event.type === 'WaarschuwingGegeven') return wijziging('waarschuwing-gegeven', event.datum);
      if (event.type === 'SluitingsbesluitGenomen') return wijziging('sluitingsbesluit-genomen', event.datum);
      if (event.type === 'AfgezienVanMaatregel') return wijziging('afgezien-van-maatregel', event.datum);
      return undefined;
    case 'verzoek':
      return event.type === 'VerzoekBeantwoord' ? wijziging(event.uitkomst, event.datum) : undefined;
    case 'melding':
      return event.type === 'MeldingGesloten' ? wijziging(`gesloten-${event.reden}`, event.datum) : undefined;
    case 'dwangsom':
      if (event.type === 'LastOpgelegd') return wijziging('last-opgelegd', event.datum);
      if (event.type === 'AfgezienVanLast') return wijziging('afgezien-van-last', event.datum);
      if (event.type === 'LastOpgeheven' || event.type === 'LastIngetrokken') return wijziging('last-opgeheven', event.ingangsdatum);
      return undefined;
    default: {
      const onbekend: never = context;
      return onbekend;
    }
  }
}

/** One address the team visited, as the figures count it. */
export interface CijferBezoek {
  readonly pandSleutel: string;
  /** False for an address added on the day. */
  readonly gepland: boolean;
  readonly toegang: boolean;
  readonly bevindingen: readonly Bevinding[];
}

/** A finding's follow-up, by the day it was started, with the steps of its own case that settle where it stands. */
export interface CijferVervolg extends FlexteamFeit {
  readonly pandSleutel: string;
  readonly bevinding: Bevinding;
  readonly context: Vervolgcontext;
  readonly zaakId: string;
  readonly standen: readonly Standwijziging[];
}

/** A finding without a follow-up, by the day that was decided. */
export interface CijferAfzien extends FlexteamFeit {
  readonly pandSleutel: string;
  readonly bevinding: Bevinding;
}

export interface FlexteamCijferControle {
  readonly zaakId: string;
  readonly gemeente: string;
  /** By the day the planning was made; `geplandOp` the day the control was to be held. */
  readonly gepland: FlexteamFeit & { readonly geplandOp: string };
  readonly geannuleerd?: FlexteamFeit;
  /** By the day the control was held. */
  readonly uitgevoerd?: FlexteamFeit & { readonly bezoeken: readonly CijferBezoek[] };
  readonly vervolgen: readonly CijferVervolg[];
  readonly afgezien: readonly CijferAfzien[];
}

/**
 * The control's record after `event` of its own stream; null for a control whose planning this
 * read model never saw. `standen`: what the follow-up's case (of a `VervolgGestart`) already
 * decided before the link was recorded (the projection keeps those of every case it reads).
 */
export function evolveFlexteamCijfers(controle: FlexteamCijferControle | null, event: ControleEvent, standen: readonly Standwijziging[] = []): FlexteamCijferControle | null {
  const feit: FlexteamFeit = { datum: event.datum, geregistreerdOp: event.geregistreerdOp };
  if (event.type === 'ControleGepland') {
    if (controle !== null) return controle; // replayed: the first one stands
    return { zaakId: event.zaakId, gemeente: event.gemeente, gepland: { ...feit, geplandOp: event.geplandOp }, vervolgen: [], afgezien: [] };
  }
  if (controle === null) return null;
  switch (event.type) {
    case 'ControleGeannuleerd':
      return controle.geannuleerd === undefined && controle.uitgevoerd === undefined ? { ...controle, geannuleerd: feit } : controle;
    case 'ControleUitgevoerd':
      if (controle.uitgevoerd !== undefined || controle.geannuleerd !== undefined) return controle;
      return {
        ...controle,
        uitgevoerd: { ...feit, bezoeken: event.bezoeken.map((b) => ({ pandSleutel: b.pandSleutel, gepland: b.gepland, toegang: b.toegang, bevindingen: b.bevindingen })) },
      };
    case 'VervolgGestart': {
      // The same link twice changes nothing.
      if (controle.vervolgen.some((v) => v.context === event.vervolg.context && v.zaakId === event.vervolg.zaakId && v.pandSleutel === event.pandSleutel && v.bevinding === event.bevinding)) return controle;
      const vervolg: CijferVervolg = { ...feit, pandSleutel: event.pandSleutel, bevinding: event.bevinding, context: event.vervolg.context, zaakId: event.vervolg.zaakId, standen };
      return { ...controle, vervolgen: [...controle.vervolgen, vervolg] };
    }
    case 'VervolgAfgezien':
      if (controle.afgezien.some((a) => a.pandSleutel === event.pandSleutel && a.bevinding === event.bevinding)) return controle;
      return { ...controle, afgezien: [...controle.afgezien, { ...feit, pandSleutel: event.pandSleutel, bevinding: event.bevinding }] };
    default:
      // ControleAfgerond changes no figure; an event of a newer version is passed by.
      return controle;
  }
}

/** The record with a step of the follow-up case `{context}-{zaakId}` it links to; every follow-up of the control that names that case gets it. */
export function metStandwijziging(controle: FlexteamCijferControle, context: Vervolgcontext, zaakId: string, wijziging: Standwijziging): FlexteamCijferControle {
  const geraakt = controle.vervolgen.some((v) => v.context === context && v.zaakId === zaakId);
  if (!geraakt) return controle;
  return { ...controle, vervolgen: controle.vervolgen.map((v) => (v.context === context && v.zaakId === zaakId ? { ...v, standen: [...v.standen, wijziging] } : v)) };
}

/**
 * Where a follow-up stood on `peildatum`, as known on `kennis` (a day; absent: as known now): the
 * last step of its case dated on or before `peildatum` and recorded by `kennis`, else its
 * context's beginstand.
 */
export function standOp(vervolg: Pick<CijferVervolg, 'context' | 'standen'>, peildatum: string, kennis?: string): Stand {
  let stand: Standwijziging | undefined;
  for (const w of vervolg.standen) {
    if (w.datum > peildatum || (kennis !== undefined && w.geregistreerdOp > kennis)) continue;
    if (stand === undefined || w.datum >= stand.datum) stand = w;
  }
  return stand?.stand ?? beginstand(vervolg.context);
}

/** The same day a year later (29 February: 28 February). */
export function eenJaarNa(datum: string): string {
  const jaar = String(Number(datum.slice(0, 4)) + 1).padStart(4, '0');
  const dag = datum.slice(5) === '02-29' ? '02-28' : datum.slice(5);
  return `${jaar}-${dag}`;
}
