import { damoclesDecider, type DamoclesEvent, type DamoclesState, type ZaakPand } from '@handhaving/domain-damocles';
import { HERINNERING_VERSTUURD, type HerinneringVerstuurd } from '@handhaving/domain-shared';
import { beschrijfMaatregel, type Drugscategorie } from '@handhaving/policy';

/*
 * One Damocles case as the werkvoorraad holds it (the read model `damocles.werkvoorraad`,
 * docs/damocles.md): folded by the Damocles decider's own evolve, so it is the state the next
 * command is decided on, with the last step recorded; `werkvoorraadZaak` says where it stands and
 * what the juridisch medewerker does next. Pure: the projection (werkvoorraad.projection.ts)
 * loads and stores the records and files the open ones, the question is in werkvoorraad.vragen.ts.
 */

export type OpenStatus = Exclude<DamoclesState['status'], 'onbekend' | 'afgesloten'>;

/** The states of a case still on the werkvoorraad, in the order a case passes them. */
export const OPEN_STATUSSEN = [
  'rapportage-ontvangen',
  'maatregel-voorgesteld',
  'voornemen-verzonden',
  'gereed-voor-besluit',
  'sluiting-besloten',
  'pand-gesloten',
] as const satisfies readonly OpenStatus[];

export interface LaatsteStap {
  /** The event type, e.g. `VoornemenVerzonden`. */
  readonly stap: string;
  /** Its domain date. */
  readonly datum: string;
  readonly door: string;
}

export interface WerkvoorraadZaak {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly status: OpenStatus;
  readonly pand: ZaakPand;
  readonly zwaarsteCategorie: Drugscategorie;
  readonly ontvangstdatum: string;
  /** What is to be done next, in the medewerker's words. */
  readonly volgendeStap: string;
  /** The date that next step waits for or must be taken by, when there is one. */
  readonly wachtTot?: string;
  readonly laatsteStap: LaatsteStap;
}

/** A case this read model saw opened: every state but `onbekend`. */
export type BekendeToestand = Exclude<DamoclesState, { readonly status: 'onbekend' }>;

/** The stored record of a case: the state the decider's own evolve folds (the one its commands are decided on), and the last step. */
export interface WerkvoorraadDossier {
  readonly toestand: BekendeToestand;
  readonly laatsteStap: LaatsteStap;
}

/** The case's record after `event`; null for a case whose rapportage this read model never saw. */
export function evolveWerkvoorraad(dossier: WerkvoorraadDossier | null, event: DamoclesEvent | HerinneringVerstuurd): WerkvoorraadDossier | null {
  // A reminder sent is not a step on the case.
  if (event.type === HERINNERING_VERSTUURD) return dossier;
  const toestand = damoclesDecider.evolve(dossier?.toestand ?? damoclesDecider.initialState(), event);
  if (toestand.status === 'onbekend') return dossier; // a step of a case whose rapportage this model never saw
  return { toestand, laatsteStap: { stap: event.type, datum: event.datum, door: event.door } };
}

/** The case as the werkvoorraad shows it (what is filed under `open:{gemeente}`), or undefined when it has ended. */
export function werkvoorraadZaak({ toestand, laatsteStap }: WerkvoorraadDossier): WerkvoorraadZaak | undefined {
  if (toestand.status === 'afgesloten') return undefined;
  const { zaak } = toestand;
  return {
    zaakId: zaak.zaakId,
    gemeente: zaak.gemeente,
    status: toestand.status,
    pand: zaak.pand,
    zwaarsteCategorie: zaak.zwaarsteCategorie,
    ontvangstdatum: zaak.ontvangstdatum,
    ...volgendeStap(toestand),
    laatsteStap,
  };
}

function volgendeStap(toestand: Extract<DamoclesState, { status: OpenStatus }>): { volgendeStap: string; wachtTot?: string } {
  switch (toestand.status) {
    case 'rapportage-ontvangen':
      return { volgendeStap: 'Maatregel voorstellen volgens de beleidsladder' };
    case 'maatregel-voorgesteld': {
      const voorgesteld = toestand.voorstel.voorgesteld;
      return voorgesteld.soort === 'geen-maatregel'
        ? { volgendeStap: 'De ladder voorziet geen maatregel: afzien, of afwijken met motivering' }
        : { volgendeStap: `Voornemen verzenden (${beschrijfMaatregel(voorgesteld)}), of spoedeisend sluiten met motivering` };
    }
    case 'voornemen-verzonden':
      return { volgendeStap: 'Zienswijze afwachten; daarna besluiten', wachtTot: toestand.voornemen.zienswijzetermijnEinde };
    case 'gereed-voor-besluit':
      return { volgendeStap: toestand.zienswijze === 'ontvangen' ? 'Besluiten (zienswijze ontvangen)' : 'Besluiten (zienswijzetermijn verstreken zonder zienswijze)' };
    case 'sluiting-besloten':
    case 'pand-gesloten': {
      const { rechtsbescherming } = toestand;
      if (rechtsbescherming.bezwaar !== undefined && rechtsbescherming.beslissingOpBezwaar === undefined) {
        const herstel = rechtsbescherming.beslistermijn?.lopend;
        // Art. 7:10 lid 2 Awb: the beslistermijn stands still until the omission is repaired or its term passed.
        return herstel === undefined
          ? { volgendeStap: 'Beslissen op bezwaar' }
          : { volgendeStap: 'Herstel van het verzuim in het bezwaar afwachten; daarna beslissen op bezwaar', wachtTot: herstel.hersteltermijnEinde };
      }
      const beroep = rechtsbescherming.beroep;
      if (toestand.status === 'sluiting-besloten' && beroep?.uitspraak === undefined) {
        // The kernel's controleerUitvoerbaar (art. 8:81, 8:85 Awb): a voorziening asked, or granted, holds the closure.
        if (rechtsbescherming.voorlopigeVoorziening === 'gevraagd') return { volgendeStap: 'Beslissing van de voorzieningenrechter afwachten; daarna sluiting uitvoeren' };
        if (rechtsbescherming.voorlopigeVoorziening === 'toegewezen') {
          if (beroep !== undefined) return { volgendeStap: 'Uitspraak op beroep afwachten: de sluiting is geschorst' };
          const beslissing = rechtsbescherming.beslissingOpBezwaar;
          if (beslissing !== undefined) return { volgendeStap: 'Sluiting uitvoeren na de beroepstermijn als er geen beroep komt (geschorst)', wachtTot: beslissing.beroepstermijnEinde };
        }
      }
      if (toestand.status === 'sluiting-besloten') {
        const begunstiging = toestand.besluit.begunstigingstermijnEinde;
        return begunstiging === undefined
          ? { volgendeStap: 'Sluiting uitvoeren', wachtTot: toestand.besluit.bekendmakingsdatum }
          : { volgendeStap: 'Sluiting uitvoeren na de begunstigingstermijn', wachtTot: begunstiging };
      }
      if (toestand.besluit.herroepen) return { volgendeStap: 'Pand heropenen: de sluiting is op bezwaar herroepen' };
      if (toestand.besluit.vernietigd) return { volgendeStap: 'Pand heropenen: de rechtbank heeft de sluiting vernietigd' };
      return toestand.eindeSluiting === undefined
        ? { volgendeStap: 'Pand gesloten voor onbepaalde tijd: heropenen wanneer besloten' }
        : { volgendeStap: 'Pand heropenen aan het einde van de sluiting', wachtTot: toestand.eindeSluiting };
    }
  }
}
