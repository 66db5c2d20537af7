import { zienswijzefaseAfgerond } from '@handhaving/domain-awb';
import {
  beslistermijnVanAanvraag,
  evolveTraject,
  evolveVergunning,
  volgendeStap,
  type TrajectEvent,
  type TrajectState,
  type Trajectsoort,
  type VergunningEvent,
  type VergunningState,
} from '@handhaving/domain-kamerverhuur';

/*
 * One kamerverhuur case as the werkvoorraad holds it (the read model `kamerverhuur.werkvoorraad`):
 * a traject or an aanvraag, folded by the domain's own evolve, so it is the state the next command
 * is decided on, with the last step recorded. `werkvoorraadTraject` says what comes next (the
 * domain's `volgendeStap`) and the date it waits for; `openAanvraag` gives the aanvraag's
 * beslistermijn as the domain counts it on the day of the last step. A closed traject and a
 * decided aanvraag leave the list. Pure: the projection (kamerverhuur-werkvoorraad.projection.ts)
 * loads and stores the records and files the open ones; the question is in
 * kamerverhuur-werkvoorraad.vragen.ts.
 */

export interface LaatsteKamerverhuurStap {
  /** The event type, e.g. `VooraankondigingVerzonden`. */
  readonly stap: string;
  readonly datum: string;
  readonly door: string;
}

export type BekendTraject = Exclude<TrajectState, { readonly status: 'onbekend' }>;
export type BekendeVergunning = Exclude<VergunningState, { readonly status: 'onbekend' }>;

/** The stored record of a case: the domain's state, and the last step. */
export type KamerverhuurDossier =
  | { readonly soort: 'traject'; readonly toestand: BekendTraject; readonly laatsteStap: LaatsteKamerverhuurStap }
  | { readonly soort: 'vergunning'; readonly toestand: BekendeVergunning; readonly laatsteStap: LaatsteKamerverhuurStap };

/**
 * The date belonging to the next step: the end of the term it waits for (`einde-termijn`: a
 * hersteltermijn, the zienswijzetermijn, a begunstigingstermijn, a hersteltermijn in bezwaar), or
 * else the day of the last step, since which the traject waits for the gemeente (`wacht-sinds`).
 */
export interface StapDatum {
  readonly datum: string;
  readonly betekenis: 'einde-termijn' | 'wacht-sinds';
}

export type OpenTrajectStatus = Exclude<TrajectState['status'], 'onbekend' | 'afgesloten'>;

const OPEN: { readonly [S in OpenTrajectStatus]: true } = {
  geconstateerd: true,
  'vooraankondiging-verzonden': true,
  'voornemen-verzonden': true,
  'gereed-voor-besluit': true,
  'last-opgelegd': true,
  'bestuursdwang-toegepast': true,
  'dwangsom-gekozen': true,
};

/** Every state of a traject on the work list (a new state fails to compile until it is named here). */
export const OPEN_TRAJECT_STATUSSEN = Object.keys(OPEN) as readonly OpenTrajectStatus[];

export interface WerkvoorraadTraject {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly pandSleutel: string;
  readonly registerZaakId: string;
  readonly soort: Trajectsoort;
  readonly status: OpenTrajectStatus;
  readonly constateringsdatum: string;
  /** The domain's `volgendeStap`, in the medewerker's words. */
  readonly volgendeStap: string;
  readonly stapDatum: StapDatum;
  /** The dwangsom case carrying the enforcement on, when that route was chosen. */
  readonly dwangsomZaakId?: string;
  readonly laatsteStap: LaatsteKamerverhuurStap;
}

/** The aanvraag's beslistermijn: its end, or `opgeschort` while an aanvulling is awaited (with the end if the hersteltermijn passes unused). */
export type BeslistermijnInWerkvoorraad =
  | { readonly status: 'bekend'; readonly einde: string }
  | { readonly status: 'opgeschort'; readonly sinds: string; readonly uiterlijkEinde: string };

export interface OpenAanvraag {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly pandSleutel: string;
  readonly registerZaakId: string;
  readonly aantalKamers: number;
  readonly ontvangstdatum: string;
  readonly volgendeStap: string;
  /** Absent for an aanvraag to decide anew after its weigering was herroepen (art. 7:11 Awb: no new beslistermijn of its own). */
  readonly beslistermijn?: BeslistermijnInWerkvoorraad;
  readonly laatsteStap: LaatsteKamerverhuurStap;
}

/** The case's record after `event`; null for a case whose first event this read model never saw. */
export function evolveKamerverhuurWerkvoorraad(dossier: KamerverhuurDossier | null, event: TrajectEvent | VergunningEvent, streamSoort: 'traject' | 'vergunning'): KamerverhuurDossier | null {
  const laatsteStap: LaatsteKamerverhuurStap = { stap: event.type, datum: event.datum, door: event.door };
  if (streamSoort === 'traject') {
    const voor = dossier?.soort === 'traject' ? dossier.toestand : ({ status: 'onbekend' } as const);
    const toestand = evolveTraject(voor, event as TrajectEvent);
    if (toestand.status === 'onbekend' || toestand === voor) return dossier;
    return { soort: 'traject', toestand, laatsteStap };
  }
  const voor = dossier?.soort === 'vergunning' ? dossier.toestand : ({ status: 'onbekend' } as const);
  const toestand = evolveVergunning(voor, event as VergunningEvent);
  if (toestand.status === 'onbekend' || toestand === voor) return dossier;
  return { soort: 'vergunning', toestand, laatsteStap };
}

/** The traject as the werkvoorraad shows it, or undefined once closed. */
export function werkvoorraadTraject(toestand: BekendTraject, laatsteStap: LaatsteKamerverhuurStap): WerkvoorraadTraject | undefined {
  if (toestand.status === 'afgesloten') return undefined;
  const { zaak } = toestand;
  return {
    zaakId: zaak.zaakId,
    gemeente: zaak.gemeente,
    pandSleutel: zaak.pandSleutel,
    registerZaakId: zaak.registerZaakId,
    soort: zaak.soort,
    status: toestand.status,
    constateringsdatum: zaak.constateringsdatum,
    volgendeStap: volgendeStap(toestand),
    stapDatum: stapDatum(toestand, laatsteStap),
    ...(toestand.dwangsom === undefined ? {} : { dwangsomZaakId: toestand.dwangsom.dwangsomZaakId }),
    laatsteStap,
  };
}

/** The term the next step waits for, read as `volgendeStap` reads the state. */
function stapDatum(toestand: Extract<BekendTraject, { status: OpenTrajectStatus }>, laatsteStap: LaatsteKamerverhuurStap): StapDatum {
  const termijn = (datum: string): StapDatum => ({ datum, betekenis: 'einde-termijn' });
  const wacht: StapDatum = { datum: laatsteStap.datum, betekenis: 'wacht-sinds' };
  switch (toestand.status) {
    case 'vooraankondiging-verzonden': {
      const einde = toestand.vooraankondiging.hersteltermijnEinde;
      return toestand.hercontroles.length === 0 && einde !== undefined ? termijn(einde) : wacht;
    }
    case 'voornemen-verzonden':
      return termijn(toestand.voornemen.zienswijzetermijnEinde);
    case 'last-opgelegd': {
      const last = toestand.last;
      if (last.vervallen !== undefined) return wacht;
      const hercontrole = toestand.hercontroles.filter((h) => h.na === 'last-onder-bestuursdwang').at(-1);
      if (hercontrole === undefined) return termijn(last.begunstigingstermijn.einde);
      const herstel = last.bezwaar?.beslissing === undefined ? last.bezwaar?.beslistermijn?.lopend?.hersteltermijnEinde : undefined;
      return hercontrole.uitkomst === 'overtreding' && herstel !== undefined ? termijn(herstel) : wacht;
    }
    default:
      return wacht;
  }
}

/** The aanvraag as the werkvoorraad shows it, or undefined once decided (verleend, or geweigerd and not herroepen). */
export function openAanvraag(toestand: BekendeVergunning, laatsteStap: LaatsteKamerverhuurStap): OpenAanvraag | undefined {
  const opnieuw = toestand.status === 'geweigerd' && toestand.bestreden.herroepen !== undefined;
  if (toestand.status !== 'aangevraagd' && !opnieuw) return undefined;
  const { zaak } = toestand;
  const basis = {
    zaakId: zaak.zaakId,
    gemeente: zaak.gemeente,
    pandSleutel: zaak.pandSleutel,
    registerZaakId: zaak.registerZaakId,
    aantalKamers: zaak.aantalKamers,
    ontvangstdatum: zaak.ontvangstdatum,
  };
  if (toestand.status !== 'aangevraagd') return { ...basis, volgendeStap: 'opnieuw beslissen op de aanvraag (weigering herroepen)', laatsteStap };
  // As the domain counts it on the day of the last step: a hersteltermijn passed unused by then has ended the suspension.
  const termijn = beslistermijnVanAanvraag(toestand, laatsteStap.datum);
  const beslistermijn: BeslistermijnInWerkvoorraad | undefined =
    termijn === undefined ? undefined : termijn.status === 'bekend' ? { status: 'bekend', einde: termijn.einde } : { status: 'opgeschort', sinds: termijn.opgeschortSinds, uiterlijkEinde: termijn.uiterlijkEinde };
  const voornemen = toestand.voornemen;
  const volgende =
    beslistermijn?.status === 'opgeschort'
      ? 'aanvulling van de aanvraag afwachten'
      : voornemen === undefined
        ? 'beslissen op de aanvraag (verlenen, of voornemen tot weigering verzenden)'
        : zienswijzefaseAfgerond(voornemen)
          ? 'beslissen op de aanvraag (zienswijzefase afgerond)'
          : `zienswijze op het voornemen tot weigering afwachten tot ${voornemen.zienswijzetermijnEinde}; daarna beslissen`;
  return { ...basis, volgendeStap: volgende, ...(beslistermijn === undefined ? {} : { beslistermijn }), laatsteStap };
}
