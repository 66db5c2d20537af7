import type { Bestreden, DwangsomEvent } from '@handhaving/domain-dwangsom';
import type { RedenVanVerval, ResultaatVanTraject, TrajectEvent, Trajectsoort, VergunningEvent } from '@handhaving/domain-kamerverhuur';

/*
 * One kamerverhuur case as the yearly figures count it (the read model `kamerverhuur.cijfers`):
 * a handhavingstraject, a kamerverhuurvergunning, or the dwangsom case a traject's last onder
 * dwangsom runs in (the dwangsom route), folded from its events. Every fact keeps the legal date
 * the figures count it by (the step's own date, never the day it was typed in) and its recorded-at
 * (`vastgelegdOp`), so "as known on K" keeps the facts recorded by K. Pure: the projection
 * (kamerverhuur-cijfers.projection.ts) loads, files and stores the records; the question and its
 * counting rules are in kamerverhuur-cijfers.vragen.ts.
 */

export interface KamerverhuurFeit {
  /** The legal date of the step (YYYY-MM-DD). */
  readonly datum: string;
  /** Recorded-at (ISO instant). */
  readonly vastgelegdOp: string;
}

export const SOORTEN_AANSCHRIJVING = ['vooraankondiging', 'voornemen'] as const;
export type SoortAanschrijving = (typeof SOORTEN_AANSCHRIJVING)[number];

export const SOORTEN_PROCEDURE = ['bezwaar', 'beroep'] as const;
export type SoortProcedure = (typeof SOORTEN_PROCEDURE)[number];

/**
 * A juridische procedure against one besluit: a bezwaar (from its first bezwaarschrift; another
 * belanghebbende's joins it) until the beslissing op bezwaar, a beroep until the uitspraak.
 */
export interface Procedure {
  readonly soort: SoortProcedure;
  /**
   * On the dwangsom route, the besluit it is against: `last`, or `invorderingsbeschikking-{n}` (a
   * dwangsom case has a procedure per besluit). Absent for a traject's or a permit's: each has
   * one besluit open to bezwaar at a time.
   */
  readonly tegen?: string;
  /** Bezwaar: the ontvangstdatum of the first bezwaarschrift; beroep: the indieningsdatum. */
  readonly ingesteld: KamerverhuurFeit;
  /** Bezwaar: the day the beslissing op bezwaar was taken; beroep: the uitspraakdatum. */
  readonly afgerond?: KamerverhuurFeit & { readonly uitkomst: string };
}

export const SOORTEN_VERGUNNINGSBESLUIT = ['verleend', 'geweigerd', 'ingetrokken'] as const;
export type SoortVergunningsbesluit = (typeof SOORTEN_VERGUNNINGSBESLUIT)[number];

/** A besluit herroepen on bezwaar or vernietigd on beroep: by the day of the beslissing or the uitspraak. */
export type Herroeping = KamerverhuurFeit & { readonly door: 'bezwaar' | 'beroep' };

/** A besluit on the permit, by its besluitdatum; a weigering or intrekking herroepen later keeps counting there, marked. */
export interface Vergunningsbesluit extends KamerverhuurFeit {
  readonly soort: SoortVergunningsbesluit;
  readonly herroepen?: Herroeping;
}

export interface CijferTraject {
  readonly soort: 'traject';
  readonly zaakId: string;
  readonly gemeente: string;
  readonly pandSleutel: string;
  readonly trajectsoort: Trajectsoort;
  /** By the constateringsdatum: the traject starts with the violation found. */
  readonly gestart: KamerverhuurFeit;
  /** Vooraankondigingen and voornemens, by their verzenddatum. */
  readonly aanschrijvingen: readonly (KamerverhuurFeit & { readonly soort: SoortAanschrijving })[];
  readonly afgesloten?: KamerverhuurFeit & { readonly resultaat: ResultaatVanTraject };
  readonly procedures: readonly Procedure[];
}

export interface CijferVergunning {
  readonly soort: 'vergunning';
  readonly zaakId: string;
  readonly gemeente: string;
  readonly pandSleutel: string;
  /** By the ontvangstdatum. */
  readonly aangevraagd: KamerverhuurFeit;
  readonly besluiten: readonly Vergunningsbesluit[];
  /** By the vervaldatum. */
  readonly vervallen?: KamerverhuurFeit & { readonly reden: RedenVanVerval };
  readonly procedures: readonly Procedure[];
}

/**
 * The dwangsom case a traject's last onder dwangsom runs in (docs/kamerverhuur.md, "The dwangsom
 * route"): opened by a process manager with the traject as its herkomst, it sends the voornemen,
 * imposes the last, records forfeitures and invorderingsbeschikkingen, and carries the bezwaar and
 * beroep against them. Its record copies the traject's pand and soort when opened, and counts for
 * that traject: its steps are the traject's on the dwangsom route.
 */
export interface CijferDwangsomzaak {
  readonly soort: 'dwangsom';
  /** The dwangsom case (stream `dwangsom-{zaakId}`). */
  readonly zaakId: string;
  /** Its herkomst: the traject it counts for. */
  readonly trajectZaakId: string;
  readonly gemeente: string;
  readonly pandSleutel: string;
  readonly trajectsoort: Trajectsoort;
  /** By the day it was opened (the traject's choice of a last onder dwangsom). No figure counts by it; as known before it was recorded, nothing of the case counts. */
  readonly geopend: KamerverhuurFeit;
  /** Its voornemen, by the verzenddatum: an aanschrijving of the traject. */
  readonly aanschrijvingen: readonly (KamerverhuurFeit & { readonly soort: 'voornemen' })[];
  /** The last onder dwangsom, by the day the besluit was taken (one per case); herroepen later, it keeps counting, marked. */
  readonly last?: KamerverhuurFeit & { readonly herroepen?: Herroeping };
  /** Each forfeiture, by `verbeurdOp` (a period by its first day), with what forfeited after the cap. */
  readonly verbeuringen: readonly (KamerverhuurFeit & { readonly verbeuring: number; readonly bedragCent: number })[];
  /** Each invorderingsbeschikking, by its bekendmakingsdatum, with what it claims; herroepen later, it keeps counting, marked. */
  readonly invorderingen: readonly (KamerverhuurFeit & { readonly invordering: number; readonly bedragCent: number; readonly herroepen?: Herroeping })[];
  readonly procedures: readonly Procedure[];
}

export type KamerverhuurCijferZaak = CijferTraject | CijferVergunning | CijferDwangsomzaak;

export type KamerverhuurCijferEvent = TrajectEvent | VergunningEvent;

/** The event types the figures fold of a traject's and a permit's streams. */
export const KAMERVERHUUR_CIJFER_EVENTS = [
  'OvertredingGeconstateerd',
  'VooraankondigingVerzonden',
  'VoornemenVerzonden',
  'TrajectAfgesloten',
  'VergunningAangevraagd',
  'VergunningVerleend',
  'VergunningGeweigerd',
  'VergunningIngetrokken',
  'VergunningVervallen',
  'BezwaarIngediend',
  'BeslissingOpBezwaarGenomen',
  'BeroepIngesteld',
  'UitspraakOpBeroepGedaan',
] as const satisfies readonly KamerverhuurCijferEvent['type'][];

/**
 * The event types the figures fold of a dwangsom case. Several share their names with a traject's
 * (`VoornemenVerzonden`, `BezwaarIngediend`, …; a dwangsom controle records its own
 * `OvertredingGeconstateerd`): the projection tells them apart by stream, never by type.
 */
export const DWANGSOMROUTE_CIJFER_EVENTS = [
  'DwangsomzaakGeopend',
  'VoornemenVerzonden',
  'LastOpgelegd',
  'DwangsomVerbeurd',
  'InvorderingsbeschikkingVerzonden',
  'BezwaarIngediend',
  'BeslissingOpBezwaarGenomen',
  'BeroepIngesteld',
  'UitspraakOpBeroepGedaan',
] as const satisfies readonly DwangsomEvent['type'][];

/**
 * A traject's or a permit's record after `event` of its own stream, recorded at `vastgelegdOp`;
 * null for a case whose first event this read model never saw. A dwangsom case's record is not
 * this fold's (evolveDwangsomroute).
 */
export function evolveKamerverhuurCijfers(zaak: KamerverhuurCijferZaak | null, event: KamerverhuurCijferEvent, vastgelegdOp: string): KamerverhuurCijferZaak | null {
  if (zaak?.soort === 'dwangsom') return zaak;
  const feit = (datum: string): KamerverhuurFeit => ({ datum, vastgelegdOp });
  switch (event.type) {
    case 'OvertredingGeconstateerd':
      if (zaak !== null) return zaak; // replayed: the first one stands
      return {
        soort: 'traject',
        zaakId: event.zaakId,
        gemeente: event.gemeente,
        pandSleutel: event.pandSleutel,
        trajectsoort: event.soort,
        gestart: feit(event.constateringsdatum),
        aanschrijvingen: [],
        procedures: [],
      };
    case 'VergunningAangevraagd':
      if (zaak !== null) return zaak;
      return { soort: 'vergunning', zaakId: event.zaakId, gemeente: event.gemeente, pandSleutel: event.pandSleutel, aangevraagd: feit(event.ontvangstdatum), besluiten: [], procedures: [] };
    default:
      break;
  }
  if (zaak === null) return null;
  switch (event.type) {
    case 'VooraankondigingVerzonden':
      return zaak.soort === 'traject' ? { ...zaak, aanschrijvingen: [...zaak.aanschrijvingen, { soort: 'vooraankondiging', ...feit(event.verzenddatum) }] } : zaak;
    case 'VoornemenVerzonden':
      // A voornemen to refuse or revoke a permit is not an aanschrijving: only a traject's is.
      return zaak.soort === 'traject' ? { ...zaak, aanschrijvingen: [...zaak.aanschrijvingen, { soort: 'voornemen', ...feit(event.verzenddatum) }] } : zaak;
    case 'TrajectAfgesloten':
      return zaak.soort === 'traject' && zaak.afgesloten === undefined ? { ...zaak, afgesloten: { ...feit(event.afsluitdatum), resultaat: event.resultaat } } : zaak;
    case 'VergunningVerleend':
      return zaak.soort === 'vergunning' ? { ...zaak, besluiten: [...zaak.besluiten, { soort: 'verleend', ...feit(event.besluitdatum) }] } : zaak;
    case 'VergunningGeweigerd':
      return zaak.soort === 'vergunning' ? { ...zaak, besluiten: [...zaak.besluiten, { soort: 'geweigerd', ...feit(event.besluitdatum) }] } : zaak;
    case 'VergunningIngetrokken':
      return zaak.soort === 'vergunning' ? { ...zaak, besluiten: [...zaak.besluiten, { soort: 'ingetrokken', ...feit(event.besluitdatum) }] } : zaak;
    case 'VergunningVervallen':
      return zaak.soort === 'vergunning' && zaak.vervallen === undefined ? { ...zaak, vervallen: { ...feit(event.vervaldatum), reden: event.reden } } : zaak;
    case 'BezwaarIngediend':
      // Another belanghebbende's bezwaar against the same besluit joins the open procedure.
      if (zaak.procedures.some((p) => p.soort === 'bezwaar' && p.afgerond === undefined)) return zaak;
      return { ...zaak, procedures: [...zaak.procedures, { soort: 'bezwaar', ingesteld: feit(event.ontvangstdatum) }] };
    case 'BeslissingOpBezwaarGenomen': {
      const gesloten = sluit(zaak, 'bezwaar', { ...feit(event.datum), uitkomst: event.uitkomst });
      return event.uitkomst === 'gegrond' ? herroep(gesloten, { ...feit(event.datum), door: 'bezwaar' }) : gesloten;
    }
    case 'BeroepIngesteld':
      if (zaak.procedures.some((p) => p.soort === 'beroep' && p.afgerond === undefined)) return zaak;
      return { ...zaak, procedures: [...zaak.procedures, { soort: 'beroep', ingesteld: feit(event.indieningsdatum) }] };
    case 'UitspraakOpBeroepGedaan': {
      const gesloten = sluit(zaak, 'beroep', { ...feit(event.uitspraakdatum), uitkomst: event.uitkomst });
      return event.vernietigd ? herroep(gesloten, { ...feit(event.uitspraakdatum), door: 'beroep' }) : gesloten;
    }
    default:
      return zaak;
  }
}

/**
 * The dwangsom case's record after `event` of its stream (`dwangsom-{zaakId}`), recorded at
 * `vastgelegdOp`. Opened (`DwangsomzaakGeopend`), it is kept only when its herkomst is a
 * kamerverhuur traject this read model holds, in the same gemeente: the projection hands in that
 * record as `traject` (null when it has none). A case of another herkomst (Damocles, a flexteam
 * control, none) or of an unknown traject stays null, and so do all its later events: the log
 * records the opening before any other step of the case.
 */
export function evolveDwangsomroute(zaak: KamerverhuurCijferZaak | null, event: DwangsomEvent, vastgelegdOp: string, traject?: KamerverhuurCijferZaak | null): KamerverhuurCijferZaak | null {
  const feit = (datum: string): KamerverhuurFeit => ({ datum, vastgelegdOp });
  if (event.type === 'DwangsomzaakGeopend') {
    if (zaak !== null) return zaak; // replayed: the first one stands
    const herkomst = event.herkomst;
    if (herkomst?.context !== 'kamerverhuur' || traject?.soort !== 'traject' || traject.zaakId !== herkomst.zaakId || traject.gemeente !== event.gemeente) return null;
    return {
      soort: 'dwangsom',
      zaakId: event.zaakId,
      trajectZaakId: traject.zaakId,
      gemeente: traject.gemeente,
      pandSleutel: traject.pandSleutel,
      trajectsoort: traject.trajectsoort,
      geopend: feit(event.datum),
      aanschrijvingen: [],
      verbeuringen: [],
      invorderingen: [],
      procedures: [],
    };
  }
  if (zaak?.soort !== 'dwangsom') return zaak;
  switch (event.type) {
    case 'VoornemenVerzonden':
      return { ...zaak, aanschrijvingen: [...zaak.aanschrijvingen, { soort: 'voornemen', ...feit(event.verzenddatum) }] };
    case 'LastOpgelegd':
      return zaak.last === undefined ? { ...zaak, last: feit(event.datum) } : zaak;
    case 'DwangsomVerbeurd':
      if (zaak.verbeuringen.some((v) => v.verbeuring === event.verbeuring)) return zaak;
      return { ...zaak, verbeuringen: [...zaak.verbeuringen, { verbeuring: event.verbeuring, bedragCent: event.bedragCent, ...feit(event.verbeurdOp) }] };
    case 'InvorderingsbeschikkingVerzonden':
      if (zaak.invorderingen.some((i) => i.invordering === event.invordering)) return zaak;
      return { ...zaak, invorderingen: [...zaak.invorderingen, { invordering: event.invordering, bedragCent: event.bedragCent, ...feit(event.bekendmakingsdatum) }] };
    case 'BezwaarIngediend': {
      const tegen = besluitVan(event.tegen);
      if (zaak.procedures.some((p) => p.soort === 'bezwaar' && p.tegen === tegen && p.afgerond === undefined)) return zaak;
      return { ...zaak, procedures: [...zaak.procedures, { soort: 'bezwaar', tegen, ingesteld: feit(event.ontvangstdatum) }] };
    }
    case 'BeslissingOpBezwaarGenomen': {
      const gesloten = sluit(zaak, 'bezwaar', { ...feit(event.datum), uitkomst: event.uitkomst }, besluitVan(event.tegen));
      // Gegrond herroept, unless the last was only gewijzigd: then it stands, lighter, and keeps counting unmarked.
      const herroepen = event.uitkomst === 'gegrond' && event.gevolg?.soort !== 'gewijzigd';
      return herroepen ? herroepDwangsombesluit(gesloten, event.tegen, { ...feit(event.datum), door: 'bezwaar' }) : gesloten;
    }
    case 'BeroepIngesteld': {
      const tegen = besluitVan(event.tegen);
      if (zaak.procedures.some((p) => p.soort === 'beroep' && p.tegen === tegen && p.afgerond === undefined)) return zaak;
      return { ...zaak, procedures: [...zaak.procedures, { soort: 'beroep', tegen, ingesteld: feit(event.indieningsdatum) }] };
    }
    case 'UitspraakOpBeroepGedaan': {
      const gesloten = sluit(zaak, 'beroep', { ...feit(event.uitspraakdatum), uitkomst: event.uitkomst }, besluitVan(event.tegen));
      return event.vernietigd ? herroepDwangsombesluit(gesloten, event.tegen, { ...feit(event.uitspraakdatum), door: 'beroep' }) : gesloten;
    }
    default:
      return zaak;
  }
}

/** The besluit a dwangsom case's procedure is against, as the record names it. */
function besluitVan(tegen: Bestreden): string {
  return tegen.besluit === 'last' ? 'last' : `invorderingsbeschikking-${tegen.invordering}`;
}

/** The last or the invorderingsbeschikking herroepen or vernietigd: it keeps counting in its year, marked (statistics rule 7). */
function herroepDwangsombesluit(zaak: KamerverhuurCijferZaak, tegen: Bestreden, herroepen: Herroeping): KamerverhuurCijferZaak {
  if (zaak.soort !== 'dwangsom') return zaak;
  if (tegen.besluit === 'last') return zaak.last === undefined || zaak.last.herroepen !== undefined ? zaak : { ...zaak, last: { ...zaak.last, herroepen } };
  return { ...zaak, invorderingen: zaak.invorderingen.map((i) => (i.invordering === tegen.invordering && i.herroepen === undefined ? { ...i, herroepen } : i)) };
}

/** The open procedure of this soort (against `tegen`, on the dwangsom route) closed; none open: as it was. */
function sluit(zaak: KamerverhuurCijferZaak, soort: SoortProcedure, afgerond: KamerverhuurFeit & { readonly uitkomst: string }, tegen?: string): KamerverhuurCijferZaak {
  const i = zaak.procedures.findIndex((p) => p.soort === soort && p.tegen === tegen && p.afgerond === undefined);
  if (i < 0) return zaak;
  return { ...zaak, procedures: zaak.procedures.map((p, j) => (j === i ? { ...p, afgerond } : p)) };
}

/** The latest weigering or intrekking of a permit herroepen: it keeps counting in its year, marked (statistics rule 7). */
function herroep(zaak: KamerverhuurCijferZaak, herroepen: Herroeping): KamerverhuurCijferZaak {
  if (zaak.soort !== 'vergunning') return zaak;
  const i = zaak.besluiten.findLastIndex((b) => b.soort !== 'verleend');
  if (i < 0 || zaak.besluiten[i].herroepen !== undefined) return zaak;
  return { ...zaak, besluiten: zaak.besluiten.map((b, j) => (j === i ? { ...b, herroepen } : b)) };
}
