import { DeciderSpecification } from '@handhaving/domain-shared';
import type { DwangsomCommand, LegLastOp, OpenDwangsomzaak, RegistreerControle } from '../dwangsom.commands';
import { dwangsomDecider } from '../dwangsom.decider';
import { verjaringsdatumVoor } from '../eenheden';
import type { BezwaarIngediend, DwangsomEvent, DwangsomVerbeurd, DwangsomzaakGeopend, InvorderingsbeschikkingVerzonden, LastOpgelegd, OvertredingGeconstateerd, VoornemenVerzonden } from '../dwangsom.events';

/*
 * A dwangsom case for the step specs: a street dealer in Kerkrade's aangewezen gebied under the
 * APV's ban on dealing, found Wednesday 24 February 2021; the voornemen of Wednesday 3 March gives
 * him two weeks, through 17 March; the last is made known Wednesday 7 April.
 */

export const given = DeciderSpecification.for(dwangsomDecider).given;

export const zaakId = '7c1e5b2a-3f4d-4e6a-9b8c-0d1e2f3a4b5c';
export const door = 'medewerker-1';
export const stap = { zaakId, door };

// A street dealer in Kerkrade's aangewezen gebied, under the APV's ban on dealing.
export const open = (velden: Partial<OpenDwangsomzaak> = {}): OpenDwangsomzaak => ({
  type: 'OpenDwangsomzaak',
  zaakId,
  gemeente: 'GM0928',
  grondslag: { soort: 'apv', artikel: 'art. 2:74a APV Kerkrade' },
  overtrederId: 'b-dealer',
  overtreding: 'handel in drugs op straat in het aangewezen gebied',
  constateringsdatum: '2021-02-24',
  thema: 'drugshandel',
  datum: '2021-02-26',
  door,
  ...velden,
});

export const geopend: DwangsomzaakGeopend = {
  type: 'DwangsomzaakGeopend',
  zaakId,
  gemeente: 'GM0928',
  grondslag: { soort: 'apv', artikel: 'art. 2:74a APV Kerkrade' },
  overtrederId: 'b-dealer',
  overtreding: 'handel in drugs op straat in het aangewezen gebied',
  constateringsdatum: '2021-02-24',
  thema: 'drugshandel',
  datum: '2021-02-26',
  door,
};

// Sent Wednesday 3 March 2021 to the overtreder: two weeks run through Wednesday 17 March.
export const voornemen: VoornemenVerzonden = {
  type: 'VoornemenVerzonden',
  zaakId,
  verzenddatum: '2021-03-03',
  zienswijzetermijn: { einde: '2021-03-17', lengte: { aantal: 2, eenheid: 'weken' }, verlengdAlsAtw: true },
  aan: ['b-dealer'],
  datum: '2021-03-03',
  door,
};

export const termijnVerstreken = { type: 'ZienswijzetermijnVerstreken', zaakId, einde: '2021-03-17', datum: '2021-03-18', door } as const;

// Bekendgemaakt Wednesday 7 April 2021: bezwaar through Wednesday 19 May; in force one year, through 6 April 2022.
export const preventieveLast: LastOpgelegd = {
  type: 'LastOpgelegd',
  zaakId,
  vorm: { soort: 'preventieve-last', looptijd: { einde: '2022-04-06', lengte: { aantal: 1, eenheid: 'jaren' } } },
  bedrag: { soort: 'per-overtreding', bedragCent: 250_000 },
  maximumCent: 1_000_000,
  bekendmakingsdatum: '2021-04-07',
  bezwaartermijnEinde: '2021-05-19',
  datum: '2021-04-07',
  door,
};

export const legOp = (velden: Partial<LegLastOp> = {}): LegLastOp => ({
  type: 'LegLastOp',
  zaakId,
  vorm: { soort: 'preventieve-last', looptijd: { lengte: { aantal: 1, eenheid: 'jaren' } } },
  bedrag: { soort: 'per-overtreding', bedragCent: 250_000 },
  maximumCent: 1_000_000,
  bekendmakingsdatum: '2021-04-07',
  datum: '2021-04-07',
  door,
  ...velden,
});

// Illegal room rental: end it within four weeks, then € 500 per day up to € 20.000.
// Four weeks from 7 April end on 5 May, Bevrijdingsdag, a holiday every year: extended to Thursday 6 May.
export const herstellastPerDag: LastOpgelegd = {
  ...preventieveLast,
  vorm: { soort: 'herstellast', begunstigingstermijn: { einde: '2021-05-06', lengte: { aantal: 4, eenheid: 'weken' }, verlengdAlsAtw: true } },
  bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 50_000 },
  maximumCent: 2_000_000,
};

export const controle = (uitkomst: RegistreerControle['uitkomst'], controledatum: string): RegistreerControle => ({
  type: 'RegistreerControle',
  zaakId,
  controledatum,
  uitkomst,
  datum: controledatum,
  door,
});

export const dealen = (dag: string) => controle({ soort: 'overtreding', van: dag, omschrijving: 'dealen gezien door BOA' }, dag);

export const geconstateerd = (van: string, totEnMet = van, controledatum = totEnMet): OvertredingGeconstateerd => ({
  type: 'OvertredingGeconstateerd',
  zaakId,
  datum: controledatum,
  door,
  controledatum,
  van,
  totEnMet,
  omschrijving: 'dealen gezien door BOA',
});

export const verbeurd = (verbeuring: number, dag: string, bedragCent = 250_000, velden: Partial<DwangsomVerbeurd> = {}): DwangsomVerbeurd => ({
  type: 'DwangsomVerbeurd',
  zaakId,
  datum: dag,
  door,
  verbeuring,
  verbeurdOp: dag,
  totEnMet: dag,
  eenheden: 1,
  berekendCent: 250_000,
  bedragCent,
  afgetopt: bedragCent < 250_000,
  verjaringsdatum: verjaringsdatumVoor(dag),
  ...velden,
});

export const invordering = (
  nummer: number,
  verbeuring: number,
  bekendmakingsdatum: string,
  bezwaartermijnEinde: string,
  bedragCent = 250_000,
  velden: Partial<InvorderingsbeschikkingVerzonden> = {},
): InvorderingsbeschikkingVerzonden => ({
  type: 'InvorderingsbeschikkingVerzonden',
  zaakId,
  invordering: nummer,
  verbeuring,
  bedragCent,
  bekendmakingsdatum,
  bezwaartermijnEinde,
  ...velden,
  datum: bekendmakingsdatum,
  door,
});
/** What a beschikking for the single forfeiture of `dag` claims. */
export const heel = (dag: string, bedragCent = 250_000) => ({ ingevorderd: { van: dag, totEnMet: dag, eenheden: 1, bedragCent } });
export const perDag = (eersteVerbeurdOp: string, bedragPerEenheidCent = 50_000) => ({ tijdseenheden: { eenheid: 'dag', eersteVerbeurdOp, bedragPerEenheidCent } }) as const;
export const perWeekVan = (eersteVerbeurdOp: string, bedragPerEenheidCent: number) => ({ tijdseenheden: { eenheid: 'week', eersteVerbeurdOp, bedragPerEenheidCent } }) as const;

export const opgelegd: DwangsomEvent[] = [geopend, voornemen, termijnVerstreken, preventieveLast];
export const eenmaalVerbeurd: DwangsomEvent[] = [...opgelegd, geconstateerd('2021-06-10'), verbeurd(1, '2021-06-10')];
// Made known Tuesday 15 June 2021: bezwaar through Tuesday 27 July.
export const ingevorderd: DwangsomEvent[] = [...eenmaalVerbeurd, invordering(1, 1, '2021-06-15', '2021-07-27')];

export type RegistreerBezwaarTegen = Extract<DwangsomCommand, { type: 'RegistreerBezwaar' }>['tegen'];

export const bezwaar = (tegen: RegistreerBezwaarTegen, ontvangstdatum: string, verzenddatum?: string) =>
  ({ type: 'RegistreerBezwaar', ...stap, tegen, ontvangstdatum, ...(verzenddatum ? { verzenddatum } : {}), datum: ontvangstdatum }) as const;
export const ingediend = (tegen: RegistreerBezwaarTegen, ontvangstdatum: string, einde: string, tijdig: boolean, verzenddatum?: string): BezwaarIngediend => ({
  type: 'BezwaarIngediend',
  zaakId,
  tegen,
  ontvangstdatum,
  ...(verzenddatum ? { verzenddatum } : {}),
  bezwaartermijnEinde: einde,
  tijdig,
  datum: ontvangstdatum,
  door,
});
export const beschikking1 = { besluit: 'invorderingsbeschikking', invordering: 1 } as const;

/*
 * The rechtsgang against invorderingsbeschikking 1 (made known Tuesday 15 June 2021, bezwaar
 * through Tuesday 27 July): a bezwaar received Tuesday 20 July. Its beslistermijn runs from
 * Wednesday 28 July: six weeks through Tuesday 7 September, twelve with an adviescommissie through
 * Tuesday 19 October 2021 (art. 7:10 lid 1, 7:13 Awb).
 */
export const bezwaarTegenBeschikking: DwangsomEvent[] = [...ingevorderd, ingediend(beschikking1, '2021-07-20', '2021-07-27', true)];
export const bezwaarMetCommissie: DwangsomEvent[] = [...ingevorderd, { ...ingediend(beschikking1, '2021-07-20', '2021-07-27', true), adviescommissie: true }];
/** The bezwaar against the last, received Wednesday 19 May 2021 (its bezwaartermijn's last day). */
export const bezwaarTegenLast: DwangsomEvent[] = [...opgelegd, ingediend({ besluit: 'last' }, '2021-05-19', '2021-05-19', true)];

// Beslissing op bezwaar made known Wednesday 30 June 2021: beroep through Wednesday 11 August (art. 6:7, 6:8 Awb).
export const beslist = { type: 'BeslissingOpBezwaarGenomen', zaakId, tegen: { besluit: 'last' }, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-06-30', beroepstermijnEinde: '2021-08-11', datum: '2021-06-30', door } as const;
