import type { AwbStap, RegistreerBezwaar as AwbRegistreerBezwaar, RegistreerEindeOpschorting as AwbRegistreerEindeOpschorting, VraagHerstelVerzuim as AwbVraagHerstelVerzuim, VerdaagBeslistermijnBezwaar as AwbVerdaagBeslistermijnBezwaar, StelBeslissingOpBezwaarUit as AwbStelBeslissingOpBezwaarUit, RegistreerBeroep as AwbRegistreerBeroep, RegistreerUitspraakOpBeroep as AwbRegistreerUitspraakOpBeroep, GesteldeTermijn, StapVanVoorziening } from '@handhaving/domain-awb';
import type { Pand, PandInvoer } from '@handhaving/domain-shared';
import type { Zienswijzeduur } from '@handhaving/policy';
import type { Aanvraagtype, Besluituitkomst, Bezwaaruitkomst, ConclusieLbb, RedenVanAfsluiting, Signaalreden, SoortGegevens, Strekking, UitkomstEigenOnderzoek, WijzeVanZienswijze } from './bibob.events';
import type { VerzegeldeInhoud } from './verzegelde-inhoud';

/*
 * Every command carries the domain date of its step (`datum`), who gives it (`door`) and the day
 * it is recorded (`vandaag`, set by the API): the decider reads no clock. Content is sealed
 * (`VerzegeldeInhoud`) before it reaches the domain; plain text in those fields is refused.
 */
type Stap = AwbStap;

export type GevraagdeAanleiding =
  | {
      readonly soort: 'aanvraag';
      readonly aanvraagtype: Aanvraagtype;
      readonly ontvangstdatum: string;
      readonly aanvragerId: string;
      /** The statutory term in weeks as the policy gives it for this aanvraagtype; default eight (art. 4:13 lid 2 Awb). */
      readonly beslistermijnWeken?: number;
      readonly grondslag?: string;
    }
  | { readonly soort: 'signaal'; readonly reden: Signaalreden; readonly betrokkeneId: string; readonly vergunning?: Aanvraagtype };

export interface StartToets extends Stap {
  readonly type: 'StartToets';
  readonly gemeente: string;
  readonly startdatum: string;
  readonly aanleiding: GevraagdeAanleiding;
  /** The premises the aanvraag or signal is about (a horecazaak, a pand changing hands), when there is one. */
  readonly pand?: PandInvoer | Pand;
}

export interface VraagGegevensOp extends Stap {
  readonly type: 'VraagGegevensOp';
  readonly soort: SoortGegevens;
  readonly verzenddatum: string;
  readonly omschrijving?: VerzegeldeInhoud;
}

export interface RegistreerOntvangstGegevens extends Stap {
  readonly type: 'RegistreerOntvangstGegevens';
  readonly ontvangstdatum: string;
}

export interface RondEigenOnderzoekAf extends Stap {
  readonly type: 'RondEigenOnderzoekAf';
  readonly uitkomst: UitkomstEigenOnderzoek;
  readonly bevindingen: VerzegeldeInhoud;
}

export interface VraagLbbAdvies extends Stap {
  readonly type: 'VraagLbbAdvies';
  readonly verzenddatum: string;
  /** Art. 31 Wet Bibob: the day the betrokkene was told that advice is asked. */
  readonly betrokkeneGeinformeerdOp: string;
}

/** Art. 15 Wet Bibob: the LBB extends its term once by four weeks; `datum` is the day of its notice. */
export interface VerlengLbbTermijn extends Stap {
  readonly type: 'VerlengLbbTermijn';
}

export interface RegistreerVragenLbb extends Stap {
  readonly type: 'RegistreerVragenLbb';
  readonly gesteldOp: string;
}

export interface RegistreerAntwoordOpVragenLbb extends Stap {
  readonly type: 'RegistreerAntwoordOpVragenLbb';
  readonly beantwoordOp: string;
}

export interface RegistreerLbbAdvies extends Stap {
  readonly type: 'RegistreerLbbAdvies';
  readonly ontvangstdatum: string;
  readonly conclusie: ConclusieLbb;
  readonly advies: VerzegeldeInhoud;
}

export interface VerzendVoornemen extends Stap {
  readonly type: 'VerzendVoornemen';
  readonly strekking: Strekking;
  readonly verzenddatum: string;
  readonly zienswijzetermijn: GesteldeTermijn<Zienswijzeduur>;
  /** By default the aanvrager, or the betrokkene of a signal. */
  readonly aan?: readonly string[];
  readonly motivering?: VerzegeldeInhoud;
}

export interface RegistreerZienswijze extends Stap {
  readonly type: 'RegistreerZienswijze';
  readonly wijze: WijzeVanZienswijze;
  readonly van?: string;
}

export interface StelVastDatZienswijzetermijnVerstreken extends Stap {
  readonly type: 'StelVastDatZienswijzetermijnVerstreken';
}

export interface NeemBesluit extends Stap {
  readonly type: 'NeemBesluit';
  readonly uitkomst: Besluituitkomst;
  readonly bekendmakingsdatum: string;
  readonly motivering?: VerzegeldeInhoud;
}

export interface SluitToetsAf extends Stap {
  readonly type: 'SluitToetsAf';
  readonly reden: RedenVanAfsluiting;
}

export interface RegistreerBezwaar extends Stap, AwbRegistreerBezwaar {
  readonly type: 'RegistreerBezwaar';
}

/** Art. 6:6 Awb: `verzuim` is what the letter asks to repair, sealed. */
export interface VraagHerstelVerzuim extends Stap, Omit<AwbVraagHerstelVerzuim, 'verzuim'> {
  readonly type: 'VraagHerstelVerzuim';
  readonly verzuim: VerzegeldeInhoud;
}

export interface RegistreerEindeOpschorting extends Stap, AwbRegistreerEindeOpschorting {
  readonly type: 'RegistreerEindeOpschorting';
}

export interface VerdaagBeslistermijnBezwaar extends Stap, Omit<AwbVerdaagBeslistermijnBezwaar, 'reden'> {
  readonly type: 'VerdaagBeslistermijnBezwaar';
  readonly reden: VerzegeldeInhoud;
}

export interface StelBeslissingOpBezwaarUit extends Stap, Omit<AwbStelBeslissingOpBezwaarUit, 'reden'> {
  readonly type: 'StelBeslissingOpBezwaarUit';
  readonly reden: VerzegeldeInhoud;
}

export interface NeemBeslissingOpBezwaar extends Stap {
  readonly type: 'NeemBeslissingOpBezwaar';
  readonly uitkomst: Bezwaaruitkomst;
  readonly bekendmakingsdatum: string;
  /** Only for a gegrond bezwaar: the besluit that replaces the one herroepen. */
  readonly herzien?: Besluituitkomst;
}

export interface RegistreerVoorlopigeVoorziening extends Stap {
  readonly type: 'RegistreerVoorlopigeVoorziening';
  readonly stap: StapVanVoorziening;
}

export interface RegistreerBeroep extends Stap, AwbRegistreerBeroep {
  readonly type: 'RegistreerBeroep';
}

export interface RegistreerUitspraakOpBeroep extends Stap, AwbRegistreerUitspraakOpBeroep {
  readonly type: 'RegistreerUitspraakOpBeroep';
}

/** After the retention term: the toets's key is destroyed (beheer). */
export interface VernietigInhoud extends Stap {
  readonly type: 'VernietigInhoud';
  readonly reden: 'bewaartermijn-verstreken';
}

export type BibobCommand =
  | StartToets
  | VraagGegevensOp
  | RegistreerOntvangstGegevens
  | RondEigenOnderzoekAf
  | VraagLbbAdvies
  | VerlengLbbTermijn
  | RegistreerVragenLbb
  | RegistreerAntwoordOpVragenLbb
  | RegistreerLbbAdvies
  | VerzendVoornemen
  | RegistreerZienswijze
  | StelVastDatZienswijzetermijnVerstreken
  | NeemBesluit
  | SluitToetsAf
  | RegistreerBezwaar
  | VraagHerstelVerzuim
  | RegistreerEindeOpschorting
  | VerdaagBeslistermijnBezwaar
  | StelBeslissingOpBezwaarUit
  | NeemBeslissingOpBezwaar
  | RegistreerVoorlopigeVoorziening
  | RegistreerBeroep
  | RegistreerUitspraakOpBeroep
  | VernietigInhoud;
