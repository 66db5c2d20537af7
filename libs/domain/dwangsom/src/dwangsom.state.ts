import type { Zienswijzefase } from '@handhaving/domain-awb';
import type { Bezwaaruitkomst, Dwangsombedrag, Grondslag, Herkomst, LastVorm, Thema } from './dwangsom.events';
import type { Eenheden } from './eenheden';

export interface Zaak {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly grondslag: Grondslag;
  readonly overtrederId: string;
  readonly overtreding: string;
  readonly constateringsdatum: string;
  readonly thema: Thema;
  readonly herkomst?: Herkomst;
}

/** The voornemen with its zienswijzefase (to whom it went, who answered): the kernel's. */
export type Voornemen = Zienswijzefase;

export interface Bezwaar {
  readonly ontvangstdatum: string;
  readonly bezwaartermijnEinde: string;
  readonly tijdig: boolean;
  readonly beslissing?: { readonly uitkomst: Bezwaaruitkomst; readonly bekendmakingsdatum: string; readonly beroepstermijnEinde: string };
}

export interface Last {
  readonly vorm: LastVorm;
  readonly bedrag: Dwangsombedrag;
  readonly maximumCent: number;
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  /** What forfeited so far and still stands (a herroepen last leaves nothing). */
  readonly verbeurdCent: number;
  readonly bezwaar?: Bezwaar;
}

export interface Verbeuring {
  readonly verbeuring: number;
  readonly verbeurdOp: string;
  readonly totEnMet: string;
  readonly bedragCent: number;
  /** Of its first unit; each unit verjaart on its own (`eenheden`). */
  readonly verjaringsdatum: string;
  readonly eenheden: Eenheden;
  /** The invorderingsbeschikking sent for it, if any. */
  readonly invordering?: number;
  /** The last was herroepen: nothing of it is owed. */
  readonly vervallen: boolean;
}

export interface Invordering {
  readonly invordering: number;
  readonly verbeuring: number;
  readonly bedragCent: number;
  readonly betaaldCent: number;
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  readonly bezwaar?: Bezwaar;
  /** Herroepen on bezwaar (against it or against the last): nothing is owed any more. */
  readonly vervallen: boolean;
}

export const EINDE_VAN_LAST = ['uitgeput', 'opgeheven', 'ingetrokken', 'herroepen'] as const;
export type EindeVanLast = (typeof EINDE_VAN_LAST)[number];

/** A violation a controle registered; `sinds` is the first day of the continuing violation it belongs to. */
export interface Overtreding {
  readonly van: string;
  readonly totEnMet: string;
  readonly sinds: string;
}

interface MetLast {
  readonly zaak: Zaak;
  readonly last: Last;
  readonly overtredingen: readonly Overtreding[];
  readonly verbeuringen: readonly Verbeuring[];
  readonly invorderingen: readonly Invordering[];
}

export type DwangsomState =
  | { readonly status: 'onbekend' }
  | { readonly status: 'geopend'; readonly zaak: Zaak }
  | { readonly status: 'voornemen-verzonden'; readonly zaak: Zaak; readonly voornemen: Voornemen }
  /** The zienswijze came in, or its term passed: the last can be imposed. */
  | { readonly status: 'gereed-voor-besluit'; readonly zaak: Zaak; readonly voornemen: Voornemen; readonly zienswijze: 'ontvangen' | 'termijn-verstreken' }
  | ({ readonly status: 'last-van-kracht' } & MetLast)
  /** Nothing forfeits any more; what forfeited before is still collected (except after herroeping). */
  | ({ readonly status: 'last-beeindigd'; readonly einde: { readonly reden: EindeVanLast; readonly sinds: string } } & MetLast)
  | { readonly status: 'afgezien'; readonly zaak: Zaak; readonly sinds: string };

export type DwangsomStatus = DwangsomState['status'];

/** What is still to be paid on the invorderingsbeschikkingen of a case. */
export function openstaandCent(state: DwangsomState): number {
  if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return 0;
  return state.invorderingen.filter((i) => !i.vervallen).reduce((som, i) => som + i.bedragCent - i.betaaldCent, 0);
}
