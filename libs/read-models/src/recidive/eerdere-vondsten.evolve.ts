import type { DamoclesEvent } from '@handhaving/domain-damocles';
import type { DwangsomEvent } from '@handhaving/domain-dwangsom';
import type { Bevinding, ControleUitgevoerd } from '@handhaving/domain-flexteam';
import type { ResultaatVanTraject, TrajectEvent } from '@handhaving/domain-kamerverhuur';
import { inNormaleVorm } from '../damocles/pand-koppelingen';
import { evolveRecidive, type Afloop, type Vastlegging, type VondstRecord } from '../damocles/recidive.evolve';

/*
 * One earlier find of any context as the recidive check across contexts reads it (the read model
 * `recidive.eerdere-vondsten`, docs/flexteam.md "Recidive across contexts"): a Damocles find, a
 * flexteam visit with findings, a kamerverhuur constatering (a handhavingstraject's first step), a
 * dwangsom case's opening. Bitemporal as the Damocles recidive model is (recidive.evolve.ts, whose
 * fold the Damocles finds go through here too): a corrected fact or betrokkene adds a version and
 * marks the previous one superseded at the correction's recorded-at, an outcome is appended. Pure:
 * the projection (eerdere-vondsten.projection.ts) files the finds per pand and per betrokkene, the
 * question is in eerdere-vondsten.vragen.ts.
 */

/** The contexts whose finds this read model keeps: Damocles, and those a policy can add (`RECIDIVE_CONTEXTEN`). */
export const VONDSTCONTEXTEN = ['damocles', 'flexteam', 'kamerverhuur', 'dwangsom'] as const;
export type Vondstcontext = (typeof VONDSTCONTEXTEN)[number];

/**
 * How a find ended, as far as it is known: the Damocles outcomes; `last` for a last onder
 * bestuursdwang or dwangsom imposed; a handhavingstraject's result when it closed.
 */
export type Vondstafloop = Afloop | 'last' | ResultaatVanTraject;

/** One version of the facts of a find, valid from `vastgelegdOp` until `vervangenOp` (recorded-at instants). */
export interface Vondstfeiten {
  readonly constateringsdatum: string;
  /** Damocles: the heaviest category; kamerverhuur: the traject's soort; dwangsom: the thema; flexteam: the findings, comma-separated. */
  readonly soort: string;
  readonly vastgelegdOp: string;
  readonly vervangenOp?: string;
}

/** A betrokkene the find names (a Damocles case's betrokkene, an overtreder), from `vastgelegdOp` until `vervangenOp`. */
export interface Betrokkenheid {
  readonly betrokkeneId: string;
  readonly vastgelegdOp: string;
  readonly vervangenOp?: string;
}

export interface Afloopstap {
  readonly afloop: Vondstafloop;
  /** Domain date of the step; absent for `lopend`. */
  readonly datum?: string;
  readonly vastgelegdOp: string;
}

/** The case a find follows up (a Damocles case or traject started from a flexteam control, a dwangsom case's herkomst). */
export interface Vondstbron {
  readonly context: Vondstcontext;
  readonly zaakId: string;
}

export interface Vondst {
  /** `{context}:{zaakId}`; a flexteam visit `flexteam:{controleZaakId}:{pandSleutel}` (one control visits many panden). */
  readonly vondstId: string;
  readonly context: Vondstcontext;
  readonly zaakId: string;
  readonly gemeente: string;
  /** In today's normal form; absent for a dwangsom case whose herkomst names no pand this read model knows. */
  readonly pandSleutel?: string;
  /** A flexteam visit's findings (never `geen-bijzonderheden`): the policy says which count. */
  readonly bevindingen?: readonly Bevinding[];
  readonly bron?: Vondstbron;
  /** Oldest first; the last one without `vervangenOp` holds now. */
  readonly versies: readonly Vondstfeiten[];
  readonly betrokkenen: readonly Betrokkenheid[];
  /** Oldest first; the last one recorded by a moment is the outcome known then. */
  readonly afloop: readonly Afloopstap[];
}

export interface Vondstvastlegging extends Vastlegging {
  /** For a `DwangsomzaakGeopend`: this read model's record of the case it came from, or null when it has none. */
  readonly herkomst?: Vondst | null;
}

export function vondstId(context: Vondstcontext, zaakId: string, pandSleutel?: string): string {
  return context === 'flexteam' ? `${context}:${zaakId}:${pandSleutel ?? ''}` : `${context}:${zaakId}`;
}

export type VondstEvent = DamoclesEvent | TrajectEvent | DwangsomEvent;

/** The find's record after `event` of its case's stream in `context`; null while no first step was seen. */
export function evolveVondst(vondst: Vondst | null, context: Exclude<Vondstcontext, 'flexteam'>, event: VondstEvent, vastlegging: Vondstvastlegging): Vondst | null {
  switch (context) {
    case 'damocles':
      return evolveDamoclesvondst(vondst, event as DamoclesEvent, vastlegging);
    case 'kamerverhuur':
      return evolveConstatering(vondst, event as TrajectEvent, vastlegging);
    case 'dwangsom':
      return evolveDwangsomzaak(vondst, event as DwangsomEvent, vastlegging);
    default: {
      const onbekend: never = context;
      return onbekend;
    }
  }
}

/** The visits of a control that found something (not only `geen-bijzonderheden`), each a find on the day the control was held. */
export function vondstenVanControle(event: ControleUitgevoerd, vastlegging: Vastlegging): Vondst[] {
  return event.bezoeken.flatMap((bezoek) => {
    const bevindingen = bezoek.bevindingen.filter((bevinding) => bevinding !== 'geen-bijzonderheden');
    if (bevindingen.length === 0) return [];
    const pandSleutel = inNormaleVorm(bezoek.pandSleutel);
    return [
      {
        ...nieuw('flexteam', event.zaakId, vastlegging.gemeente, event.datum, bevindingen.join(', '), vastlegging.op),
        vondstId: vondstId('flexteam', event.zaakId, pandSleutel),
        pandSleutel,
        bevindingen,
        betrokkenen: betrokkenheden(bezoek.overtrederId === undefined ? [] : [bezoek.overtrederId], vastlegging.op),
      },
    ];
  });
}

function evolveDamoclesvondst(vondst: Vondst | null, event: DamoclesEvent, vastlegging: Vastlegging): Vondst | null {
  const voor = vondst === null ? null : alsDamoclesRecord(vondst);
  const na = evolveRecidive(voor, event, vastlegging);
  if (na === null) return null;
  if (vondst === null) {
    if (event.type !== 'RapportageOntvangen') return null;
    return {
      ...nieuw('damocles', na.zaakId, na.gemeente, event.constateringsdatum, event.zwaarsteCategorie, vastlegging.op),
      pandSleutel: na.pandSleutel,
      ...(event.bron === undefined ? {} : { bron: event.bron }),
      betrokkenen: betrokkenheden(event.betrokkenen.map((b) => b.betrokkeneId), vastlegging.op),
    };
  }
  const correctie = event.type === 'FeitenGecorrigeerd' ? event.correcties.find((c) => c.veld === 'betrokkenen') : undefined;
  const betrokkenen =
    correctie?.veld === 'betrokkenen' ? vervangBetrokkenen(vondst.betrokkenen, correctie.nieuw.map((b) => b.betrokkeneId), vastlegging.op) : vondst.betrokkenen;
  if (na === voor && betrokkenen === vondst.betrokkenen) return vondst;
  return {
    ...vondst,
    versies: na.versies.map(({ zwaarsteCategorie, ...versie }) => ({ ...versie, soort: zwaarsteCategorie })),
    afloop: na.afloop,
    betrokkenen,
  };
}

/** The Damocles recidive model's record of the same find, to fold it as that model does. */
function alsDamoclesRecord(vondst: Vondst): VondstRecord {
  return {
    zaakId: vondst.zaakId,
    gemeente: vondst.gemeente,
    pandSleutel: vondst.pandSleutel ?? '',
    versies: vondst.versies.map(({ soort, ...versie }) => ({ ...versie, zwaarsteCategorie: soort as VondstRecord['versies'][number]['zwaarsteCategorie'] })),
    afloop: vondst.afloop as VondstRecord['afloop'],
  };
}

/** A kamerverhuur handhavingstraject: its constatering is the find; a last, a herroeping and its result are outcomes. */
function evolveConstatering(vondst: Vondst | null, event: TrajectEvent, vastlegging: Vastlegging): Vondst | null {
  if (event.type === 'OvertredingGeconstateerd') {
    if (vondst !== null) return vondst;
    return {
      ...nieuw('kamerverhuur', event.zaakId, event.gemeente, event.constateringsdatum, event.soort, vastlegging.op),
      pandSleutel: inNormaleVorm(event.pandSleutel),
      ...(event.bron === undefined ? {} : { bron: event.bron }),
      betrokkenen: betrokkenheden([event.overtrederId], vastlegging.op),
    };
  }
  if (vondst === null) return null;
  switch (event.type) {
    case 'LastOnderBestuursdwangOpgelegd':
      return metAfloop(vondst, 'last', event.bekendmakingsdatum, vastlegging.op);
    case 'BeslissingOpBezwaarGenomen':
      // Gegrond herroept the last (art. 7:11 lid 2 Awb).
      return event.uitkomst === 'gegrond' ? metAfloop(vondst, 'herroepen', event.bekendmakingsdatum, vastlegging.op) : vondst;
    case 'UitspraakOpBeroepGedaan':
      return event.vernietigd ? metAfloop(vondst, 'herroepen', event.uitspraakdatum, vastlegging.op) : vondst;
    case 'TrajectAfgesloten':
      return metAfloop(vondst, event.resultaat, event.afsluitdatum, vastlegging.op);
    default:
      return vondst;
  }
}

/**
 * A dwangsom case: its opening is the find, against its overtreder. It has no pand of its own: it
 * is filed under the pand of the case it came from when that is a Damocles case or a traject this
 * read model knows, in the same gemeente (recorded before it: the process managers open the
 * dwangsom case from that case's step), as the pand dossier does; otherwise under no pand, and
 * found by its overtreder only.
 */
function evolveDwangsomzaak(vondst: Vondst | null, event: DwangsomEvent, vastlegging: Vondstvastlegging): Vondst | null {
  if (event.type === 'DwangsomzaakGeopend') {
    if (vondst !== null) return vondst;
    const herkomst = vastlegging.herkomst;
    const pandSleutel = herkomst?.gemeente === event.gemeente ? herkomst.pandSleutel : undefined;
    return {
      ...nieuw('dwangsom', event.zaakId, event.gemeente, event.constateringsdatum, event.thema, vastlegging.op),
      ...(pandSleutel === undefined ? {} : { pandSleutel }),
      ...(event.herkomst === undefined ? {} : { bron: event.herkomst }),
      betrokkenen: betrokkenheden([event.overtrederId], vastlegging.op),
    };
  }
  if (vondst === null) return null;
  switch (event.type) {
    case 'AfgezienVanLast':
      return metAfloop(vondst, 'afgezien', event.datum, vastlegging.op);
    case 'LastOpgelegd':
      return metAfloop(vondst, 'last', event.bekendmakingsdatum, vastlegging.op);
    case 'BeslissingOpBezwaarGenomen': {
      // Against the last, gegrond herroept it unless the beslissing only changed it (absent gevolg: herroepen).
      const herroepen = event.tegen.besluit === 'last' && event.uitkomst === 'gegrond' && (event.gevolg === undefined || event.gevolg.soort === 'herroepen');
      return herroepen ? metAfloop(vondst, 'herroepen', event.bekendmakingsdatum, vastlegging.op) : vondst;
    }
    default:
      return vondst;
  }
}

/** The case a dwangsom case came from, as a find of this read model (a kamerverhuur herkomst names a traject). */
export function herkomstVan(event: VondstEvent): string | undefined {
  if (event.type !== 'DwangsomzaakGeopend' || event.herkomst === undefined || event.herkomst.context === 'flexteam') return undefined;
  return vondstId(event.herkomst.context, event.herkomst.zaakId);
}

function nieuw(context: Vondstcontext, zaakId: string, gemeente: string | undefined, constateringsdatum: string, soort: string, op: string): Vondst {
  return {
    vondstId: vondstId(context, zaakId),
    context,
    zaakId,
    gemeente: gemeente ?? 'onbekend',
    versies: [{ constateringsdatum, soort, vastgelegdOp: op }],
    betrokkenen: [],
    afloop: [{ afloop: 'lopend', vastgelegdOp: op }],
  };
}

function metAfloop(vondst: Vondst, afloop: Vondstafloop, datum: string, op: string): Vondst {
  return { ...vondst, afloop: [...vondst.afloop, { afloop, datum, vastgelegdOp: op }] };
}

function betrokkenheden(ids: readonly string[], op: string): Betrokkenheid[] {
  return [...new Set(ids)].map((betrokkeneId) => ({ betrokkeneId, vastgelegdOp: op }));
}

/** A correction of the betrokkenen: those no longer named are superseded at `op`, new ones added; the old stay readable. */
function vervangBetrokkenen(huidig: readonly Betrokkenheid[], nieuw: readonly string[], op: string): readonly Betrokkenheid[] {
  const geldig = new Set(huidig.filter((b) => b.vervangenOp === undefined).map((b) => b.betrokkeneId));
  const blijven = new Set(nieuw);
  if (geldig.size === blijven.size && [...blijven].every((id) => geldig.has(id))) return huidig;
  return [
    ...huidig.map((b) => (b.vervangenOp === undefined && !blijven.has(b.betrokkeneId) ? { ...b, vervangenOp: op } : b)),
    ...betrokkenheden([...blijven].filter((id) => !geldig.has(id)), op),
  ];
}
