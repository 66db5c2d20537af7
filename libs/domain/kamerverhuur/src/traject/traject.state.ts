import type { Begunstigingstermijn, Beroep, BeslistermijnVerloop, Bezwaaruitkomst, StandVanVoorziening, Zienswijzefase } from '@handhaving/domain-awb';
import type { Bron } from '@handhaving/domain-shared';
import type { HercontroleNa, ResultaatVanTraject, Trajectsoort, UitkomstVanHercontrole } from './traject.events';

/** What the constatering fixed: the pand, the soort, the overtreder. */
export interface Traject {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly registerZaakId: string;
  readonly pandSleutel: string;
  readonly soort: Trajectsoort;
  readonly overtrederId: string;
  readonly constateringsdatum: string;
  readonly bron?: Bron;
}

export interface Vooraankondiging {
  readonly verzenddatum: string;
  readonly hersteltermijnEinde?: string;
}

export interface Hercontrole {
  readonly controledatum: string;
  readonly uitkomst: UitkomstVanHercontrole;
  readonly na: HercontroleNa;
}

/** The bezwaar against the last and the rechtsgang after it (the kernel's beslistermijn and beroepsfase). */
export interface Bezwaar {
  readonly ontvangstdatum: string;
  readonly bezwaartermijnEinde: string;
  readonly tijdig: boolean;
  readonly adviescommissie?: boolean;
  readonly beslistermijn?: BeslistermijnVerloop;
  readonly beslissing?: { readonly uitkomst: Bezwaaruitkomst; readonly bekendmakingsdatum: string; readonly beroepstermijnEinde: string };
  readonly voorlopigeVoorziening?: StandVanVoorziening;
  readonly beroep?: Beroep;
}

export interface LastOnderBestuursdwang {
  readonly besluitdatum: string;
  readonly bekendmakingsdatum: string;
  readonly begunstigingstermijn: Begunstigingstermijn;
  readonly omschrijving: string;
  readonly bezwaartermijnEinde: string;
  readonly bezwaar?: Bezwaar;
  /** Herroepen on bezwaar (art. 7:11 lid 2 Awb) or vernietigd on beroep (art. 8:72 Awb): it can no longer be carried out. */
  readonly vervallen?: { readonly reden: 'herroepen' | 'vernietigd'; readonly sinds: string };
}

export interface Toepassing {
  readonly uitvoeringsdatum: string;
  readonly kosten?: { readonly bedragCent: number };
}

export interface Dwangsomkeuze {
  readonly dwangsomZaakId: string;
  readonly gekozenOp: string;
}

export interface Afsluiting {
  readonly afsluitdatum: string;
  readonly resultaat: ResultaatVanTraject;
}

/** What a traject knows once found; each status below says which of the optional parts it has. */
export interface Trajectverloop {
  readonly zaak: Traject;
  /** In the order recorded; the last one counts. */
  readonly hercontroles: readonly Hercontrole[];
  readonly vooraankondiging?: Vooraankondiging;
  readonly voornemen?: Zienswijzefase;
  readonly last?: LastOnderBestuursdwang;
  readonly toepassing?: Toepassing;
  readonly dwangsom?: Dwangsomkeuze;
  /** The date of the latest step of the traject's own course (not its juridische procedure): a next one cannot lie before it. */
  readonly laatsteStap: string;
}

type Met<K extends keyof Trajectverloop> = Trajectverloop & { readonly [P in K]-?: NonNullable<Trajectverloop[P]> };

export type TrajectState =
  | { readonly status: 'onbekend' }
  | ({ readonly status: 'geconstateerd' } & Trajectverloop)
  | ({ readonly status: 'vooraankondiging-verzonden' } & Met<'vooraankondiging'>)
  | ({ readonly status: 'voornemen-verzonden' } & Met<'voornemen'>)
  /** The zienswijze came in from everyone, or its term passed: the last may be imposed. */
  | ({ readonly status: 'gereed-voor-besluit' } & Met<'voornemen'>)
  | ({ readonly status: 'last-opgelegd' } & Met<'voornemen' | 'last'>)
  | ({ readonly status: 'bestuursdwang-toegepast' } & Met<'voornemen' | 'last' | 'toepassing'>)
  /** The dwangsom case carries the enforcement on; a last onder bestuursdwang herroepen before may still be contested here. */
  | ({ readonly status: 'dwangsom-gekozen' } & Met<'dwangsom'>)
  /** Nothing more happens in the traject except the juridische procedure against its last. */
  | ({ readonly status: 'afgesloten'; readonly afsluiting: Afsluiting } & Trajectverloop);

export type TrajectStatus = TrajectState['status'];

export type TrajectIn<S extends TrajectStatus> = Extract<TrajectState, { status: S }>;

/** Every state after the constatering. */
export type GevondenTraject = Exclude<TrajectState, { status: 'onbekend' }>;

/** The latest hercontrole, if any. */
export function laatsteHercontrole(state: Pick<Trajectverloop, 'hercontroles'>): Hercontrole | undefined {
  return state.hercontroles.at(-1);
}

/** A last onder bestuursdwang that still stands (not herroepen nor vernietigd). */
export function staandeLast(state: Pick<Trajectverloop, 'last'>): LastOnderBestuursdwang | undefined {
  return state.last?.vervallen === undefined ? state.last : undefined;
}
