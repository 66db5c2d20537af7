import type { Drugscategorie, Maatregel, Trede } from '@handhaving/policy';
import type { Opschorting, Verdaging } from '@handhaving/termijnen';
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

export interface Voornemen {
  readonly maatregel: Maatregel;
  readonly verzenddatum: string;
  readonly zienswijzetermijnEinde: string;
}

export interface Sluitingsbesluit {
  readonly duurMaanden: number | 'onbepaald';
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  readonly begunstigingstermijnEinde?: string;
  /** A gegrond objection revoked it; a closure already carried out must end. */
  readonly herroepen: boolean;
}

/** What happened to the beslistermijn op bezwaar (art. 7:10 lid 2 en 3 Awb) since the objection. */
export interface BeslistermijnVerloop {
  /** Suspensions that ended (each with the days the term stood still). */
  readonly opschortingen: readonly Opschorting[];
  /** A request to repair an omission still open: the term stands still since `opschorting.van`. */
  readonly lopend?: { readonly gevraagdOp: string; readonly hersteltermijnEinde: string; readonly opschorting: Opschorting };
  readonly verdagingen: readonly Verdaging[];
  /** The domain date of the last of these steps: a next one cannot lie before it. */
  readonly laatsteStap: string;
}

export interface Rechtsbescherming {
  readonly bezwaar?: { readonly ontvangstdatum: string; readonly tijdig: boolean };
  readonly beslistermijn?: BeslistermijnVerloop;
  readonly voorlopigeVoorziening: 'geen' | 'gevraagd' | 'toegewezen' | 'afgewezen';
  readonly beslissingOpBezwaar?: { readonly uitkomst: Bezwaaruitkomst; readonly beroepstermijnEinde: string };
}

export type Afloop = 'waarschuwing' | 'afgezien' | 'sluiting-herroepen' | 'heropend';

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
