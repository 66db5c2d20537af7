import type { Drugscategorie, Maatregel, Trede } from '@handhaving/policy';
import type { Beroep, BeslistermijnVerloop, StandVanVoorziening, Zienswijzefase } from '@handhaving/domain-awb';

export type { BeslistermijnVerloop } from '@handhaving/domain-awb';
import type { Bezwaaruitkomst, Vondst, ZaakBetrokkene, ZaakPand } from './damocles.events';

/** The facts of the rapportage as now known (corrections applied). */
export interface Zaak {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly pand: ZaakPand;
  readonly constateringsdatum: string;
  readonly ontvangstdatum: string;
  readonly vondsten: readonly Vondst[];
  readonly zwaarsteCategorie: Drugscategorie;
  readonly betrokkenen: readonly ZaakBetrokkene[];
}

export interface Voorstel {
  readonly voorgesteld: Maatregel;
  readonly trede: Trede;
  readonly beleidsversie: string;
}

/** The voornemen with its zienswijzefase (to whom it went, who answered): the kernel's, with the measure intended. */
export interface Voornemen extends Zienswijzefase {
  readonly maatregel: Maatregel;
}

export interface Sluitingsbesluit {
  readonly duurMaanden: number | 'onbepaald';
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  readonly begunstigingstermijnEinde?: string;
  /** A gegrond objection revoked it; a closure already carried out must end. */
  readonly herroepen: boolean;
  /** The rechtbank revoked it on beroep (art. 8:72 lid 3 sub b Awb); a closure already carried out must end. Absent: not. */
  readonly vernietigd?: boolean;
  /** Taken without voornemen (art. 4:11 Awb): it may be carried out within its begunstigingstermijn. */
  readonly spoedeisend: boolean;
}

export interface Rechtsbescherming {
  /** `adviescommissie`: twelve weeks to decide (art. 7:10 lid 1, 7:13 Awb); absent on bezwaren recorded before it was kept. */
  /** The first bezwaar: the beslistermijn runs from the bezwaartermijn it was lodged in, one for all (art. 7:10 Awb). */
  readonly bezwaar?: { readonly ontvangstdatum: string; readonly tijdig: boolean; readonly adviescommissie?: boolean };
  /** Every bezwaar, one per betrokkene who objected; the beslissing op bezwaar decides them together. */
  readonly bezwaren?: readonly { readonly van?: string; readonly ontvangstdatum: string; readonly tijdig: boolean }[];
  readonly beslistermijn?: BeslistermijnVerloop;
  /** Asked pending the bezwaar or the beroep (art. 8:81 Awb); the kernel's controleerUitvoerbaar reads it. */
  readonly voorlopigeVoorziening: StandVanVoorziening;
  readonly beslissingOpBezwaar?: { readonly uitkomst: Bezwaaruitkomst; readonly bekendmakingsdatum: string; readonly beroepstermijnEinde: string };
  /** Beroep at the rechtbank against the beslissing op bezwaar, and its uitspraak (the kernel's beroepsfase). */
  readonly beroep?: Beroep;
}

export type Afloop = 'waarschuwing' | 'afgezien' | 'sluiting-herroepen' | 'sluiting-vernietigd' | 'heropend';

export type DamoclesState =
  | { readonly status: 'onbekend' }
  | { readonly status: 'rapportage-ontvangen'; readonly zaak: Zaak }
  | { readonly status: 'maatregel-voorgesteld'; readonly zaak: Zaak; readonly voorstel: Voorstel }
  | { readonly status: 'voornemen-verzonden'; readonly zaak: Zaak; readonly voorstel: Voorstel; readonly voornemen: Voornemen }
  /** The zienswijze came in, or its term passed: the besluit can be taken. */
  | {
      readonly status: 'gereed-voor-besluit';
      readonly zaak: Zaak;
      readonly voorstel: Voorstel;
      readonly voornemen: Voornemen;
      readonly zienswijze: 'ontvangen' | 'termijn-verstreken';
    }
  | { readonly status: 'sluiting-besloten'; readonly zaak: Zaak; readonly besluit: Sluitingsbesluit; readonly rechtsbescherming: Rechtsbescherming }
  | {
      readonly status: 'pand-gesloten';
      readonly zaak: Zaak;
      readonly besluit: Sluitingsbesluit;
      readonly rechtsbescherming: Rechtsbescherming;
      readonly sluitingsdatum: string;
      /** Absent for a closure for an indefinite period. */
      readonly eindeSluiting?: string;
    }
  | { readonly status: 'afgesloten'; readonly zaak: Zaak; readonly afloop: Afloop; readonly sinds: string };

export type DamoclesStatus = DamoclesState['status'];
