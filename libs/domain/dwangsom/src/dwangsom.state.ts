import type { Beroep, BeslistermijnVerloop, StandVanVoorziening, Zienswijzefase } from '@handhaving/domain-awb';
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

/** The bezwaar against one besluit and the rechtsgang after it (the kernel's beslistermijn and beroepsfase). */
export interface Bezwaar {
  readonly ontvangstdatum: string;
  readonly bezwaartermijnEinde: string;
  readonly tijdig: boolean;
  /** An adviescommissie advises: twelve weeks (art. 7:10 lid 1, 7:13 Awb); absent: six. */
  readonly adviescommissie?: boolean;
  /** Suspensions, verdaging and uitstel of the beslistermijn (art. 7:10 lid 2–4 Awb). */
  readonly beslistermijn?: BeslistermijnVerloop;
  readonly beslissing?: { readonly uitkomst: Bezwaaruitkomst; readonly bekendmakingsdatum: string; readonly beroepstermijnEinde: string };
  /** A voorlopige voorziening asked pending this bezwaar or the beroep after it (art. 8:81 Awb); absent: none. */
  readonly voorlopigeVoorziening?: StandVanVoorziening;
  readonly beroep?: Beroep;
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
  /** Herroepen on bezwaar or vernietigd on beroep (it or the last): nothing is owed any more. */
  readonly vervallen: boolean;
}

/** `vernietigd`: by the rechtbank on beroep (art. 8:72 lid 3 sub b Awb), with the consequences of a herroeping. */
export const EINDE_VAN_LAST = ['uitgeput', 'opgeheven', 'ingetrokken', 'herroepen', 'vernietigd'] as const;
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
