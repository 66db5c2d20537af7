import type { RedenVanVerval, ResultaatVanTraject, TrajectEvent, Trajectsoort, VergunningEvent } from '@handhaving/domain-kamerverhuur';

/*
 * One kamerverhuur case as the yearly figures count it (the read model `kamerverhuur.cijfers`):
 * a handhavingstraject or a kamerverhuurvergunning, folded from its events. Every fact keeps the
 * legal date the figures count it by (the step's own date, never the day it was typed in) and its
 * recorded-at (`vastgelegdOp`), so "as known on K" keeps the facts recorded by K. Pure: the
 * projection (kamerverhuur-cijfers.projection.ts) loads, files and stores the records; the
 * question and its counting rules are in kamerverhuur-cijfers.vragen.ts.
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
  /** Bezwaar: the ontvangstdatum of the first bezwaarschrift; beroep: the indieningsdatum. */
  readonly ingesteld: KamerverhuurFeit;
  /** Bezwaar: the day the beslissing op bezwaar was taken; beroep: the uitspraakdatum. */
  readonly afgerond?: KamerverhuurFeit & { readonly uitkomst: string };
}

export const SOORTEN_VERGUNNINGSBESLUIT = ['verleend', 'geweigerd', 'ingetrokken'] as const;
export type SoortVergunningsbesluit = (typeof SOORTEN_VERGUNNINGSBESLUIT)[number];

/** A besluit on the permit, by its besluitdatum; a weigering or intrekking herroepen later keeps counting there, marked. */
export interface Vergunningsbesluit extends KamerverhuurFeit {
  readonly soort: SoortVergunningsbesluit;
  readonly herroepen?: KamerverhuurFeit & { readonly door: 'bezwaar' | 'beroep' };
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

export type KamerverhuurCijferZaak = CijferTraject | CijferVergunning;

export type KamerverhuurCijferEvent = TrajectEvent | VergunningEvent;

/** The event types the figures fold, of both streams. */
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

/** The case's record after `event`, recorded at `vastgelegdOp`; null for a case whose first event this read model never saw. */
export function evolveKamerverhuurCijfers(zaak: KamerverhuurCijferZaak | null, event: KamerverhuurCijferEvent, vastgelegdOp: string): KamerverhuurCijferZaak | null {
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

/** The open procedure of this soort closed; none open: as it was. */
function sluit(zaak: KamerverhuurCijferZaak, soort: SoortProcedure, afgerond: KamerverhuurFeit & { readonly uitkomst: string }): KamerverhuurCijferZaak {
  const i = zaak.procedures.findIndex((p) => p.soort === soort && p.afgerond === undefined);
  if (i < 0) return zaak;
  return { ...zaak, procedures: zaak.procedures.map((p, j) => (j === i ? { ...p, afgerond } : p)) };
}

/** The latest weigering or intrekking of a permit herroepen: it keeps counting in its year, marked (statistics rule 7). */
function herroep(zaak: KamerverhuurCijferZaak, herroepen: KamerverhuurFeit & { readonly door: 'bezwaar' | 'beroep' }): KamerverhuurCijferZaak {
  if (zaak.soort !== 'vergunning') return zaak;
  const i = zaak.besluiten.findLastIndex((b) => b.soort !== 'verleend');
  if (i < 0 || zaak.besluiten[i].herroepen !== undefined) return zaak;
  return { ...zaak, besluiten: zaak.besluiten.map((b, j) => (j === i ? { ...b, herroepen } : b)) };
}
