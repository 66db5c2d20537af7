import type { Drugscategorie, Pandtype } from '@handhaving/policy';
import { plusDagen } from '@handhaving/termijnen';

/*
 * The cases of the Damocles scenario test (issue 6): Kerkrade (GM0928) over 2019–2021, with four
 * older finds from 2017 that only the recidive checks of 2019 and 2020 look back on, and a few
 * cases of Valkenburg aan de Geul (GM0994, Heuvelland policy from 2020) to prove the figures
 * never mix gemeenten. Every step is sent through the API as a medewerker would send it, with the
 * day it was taken (`datum`) and the day it was recorded (`vastgelegdOp`: the event store's
 * recorded-at, set with the test API's clock). A step is recorded on the day it was taken unless
 * it says otherwise: that is how "as known on 2020-12-31" differs from "as known now".
 *
 * Kerkrade's policy (libs/policy default-policies.ts): 24 months and no measure for attributen for
 * finds before 2020-01-01; from then 36 months and the ladder of docs/damocles.md. The ladder, for the
 * proposals below (1st / 2nd / 3rd find within the window):
 *   woning  harddrugs  sluiting 3 / 6 / 12     lokaal  harddrugs  sluiting 6 / 12 / onbepaald
 *   woning  softdrugs  waarschuwing / 3 / 6    lokaal  softdrugs  sluiting 3 / 6 / 12
 *   woning  attributen waarschuwing / 3 / 6    lokaal  attributen waarschuwing / 6 / 12   (2019: geen maatregel)
 * A voornemen that differs from the proposal needs an afwijking (the decider refuses it
 * otherwise, and refuses an afwijking where there is none), so every voornemen below also
 * checks the hand-computed proposal: which rung, hence which earlier finds counted.
 */

export const KERKRADE = 'GM0928';
export const VALKENBURG = 'GM0994';

export type Stappad =
  | 'maatregelvoorstel'
  | 'voornemen'
  | 'spoedeisende-sluiting'
  | 'zienswijze'
  | 'zienswijzetermijn-verstreken'
  | 'besluit'
  | 'bezwaar'
  | 'voorlopige-voorziening'
  | 'beslissing-op-bezwaar'
  | 'sluiting-uitgevoerd'
  | 'heropening'
  | 'correctie';

export interface Stap {
  readonly pad: Stappad;
  /** The request body; its `datum` is the day the step was taken. */
  readonly body: { readonly datum: string } & Record<string, unknown>;
  /** The day the step was recorded (or an ISO instant, to pin the hour); the day it was taken when absent. */
  readonly vastgelegdOp?: string;
}

export interface ScenarioZaak {
  /** The name the expected tables use. */
  readonly id: string;
  readonly gemeente: typeof KERKRADE | typeof VALKENBURG;
  /** BAG adresseerbaar-object-id. */
  readonly pand: string;
  readonly pandtype: Pandtype;
  readonly vondsten: readonly Drugscategorie[];
  readonly constateringsdatum: string;
  readonly ontvangstdatum: string;
  /** The day the rapportage was registered (and recorded); the ontvangstdatum when absent. */
  readonly geregistreerdOp?: string;
  readonly stappen: readonly Stap[];
}

/** Panden with more than one find (recidive); every other case has a pand of its own. */
export const PAND = {
  /** K01 (2017-09-10) and K10 (2019-05-14): 20 months, recidive under the old 24-month window. */
  A: '0928010000000001',
  /** K02 (2017-03-01) and K11 (2019-06-11): 27 months, not recidive under 24 (it would be under 36). */
  B: '0928010000000002',
  /** K05 (2019-01-15) and K53 (2021-07-15): exactly 30 months, recidive under 36. */
  C: '0928010000000003',
  /** K06 and K16, both 2019: recidive under 24; the medewerker deviates to a waarschuwing. */
  E: '0928010000000005',
  /** K25 and K37, both 2020, and K60 (found December 2020, received 2021), lokaal attributen: recidive, closures for attributen. */
  G: '0928010000000007',
  /** K04 (2017-10-16) and K22: recidive as recorded (2020-01-03, 36 months), not after the correction to 2019-12-27 (24 months). */
  H: '0928010000000008',
  /** K34 (2020) and K49 (2021), woning attributen: recidive, a closure for attributen. */
  I: '0928010000000009',
  /** K32 (2020, afgezien) and K54 (2021): the afgezien find does not count (Kerkrade policy). */
  K: '0928010000000011',
  /** K43 (running on 2020-12-15) and K45: a running earlier find counts. */
  L: '0928010000000012',
  /** K27 (2020, closure revoked on bezwaar in 2021) and K55 (2021): the revoked find does not count. */
  R: '0928010000000018',
  /** K03 (2017-06-20) and K20 (2019-12-20, received 2020-01-06): exactly 30 months, not recidive under the 24 months in force on the find date. */
  X: '0928010000000024',
  /** V01 (2020) and V05 (2021) in Valkenburg. */
  V: '0994010000000001',
} as const;

const eigenPand = (gemeente: string, nr: number): string => `${gemeente === KERKRADE ? '0928' : '0994'}0100000${String(100 + nr).padStart(5, '0')}`;

/* Steps -------------------------------------------------------------------------------------- */

const stap = (pad: Stappad, datum: string, body: Record<string, unknown> = {}): Stap => ({ pad, body: { datum, ...body } });

/** Recorded on another day (or at a given instant) than it was taken. */
export const vastgelegdOp = (dag: string, s: Stap): Stap => ({ ...s, vastgelegdOp: dag });

const voorstel = (datum: string): Stap => stap('maatregelvoorstel', datum);

type Maatregel = 'waarschuwing' | number | 'onbepaald';
const maatregel = (m: Maatregel) => (m === 'waarschuwing' ? { soort: 'waarschuwing' } : { soort: 'sluiting', duurMaanden: m });

/** Sent on `datum`, zienswijze within two weeks (the end written in the letter). */
const voornemen = (datum: string, m: Maatregel, afwijking?: string): Stap =>
  stap('voornemen', datum, {
    maatregel: maatregel(m),
    verzenddatum: datum,
    zienswijzetermijn: { einde: plusDagen(datum, 14) },
    ...(afwijking === undefined ? {} : { afwijking: { motivering: afwijking } }),
  });

const zienswijze = (datum: string): Stap => stap('zienswijze', datum, { wijze: 'schriftelijk' });
const verstreken = (datum: string): Stap => stap('zienswijzetermijn-verstreken', datum);

/** Taken on `datum`, made known on `bekendmaking` (the same day unless given). */
const waarschuwing = (datum: string, bekendmaking = datum): Stap => stap('besluit', datum, { besluit: { soort: 'waarschuwing', bekendmakingsdatum: bekendmaking } });
const sluiting = (datum: string, duurMaanden: number | 'onbepaald', bekendmaking = datum): Stap =>
  stap('besluit', datum, {
    besluit: { soort: 'sluiting', duurMaanden, begunstigingstermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, bekendmakingsdatum: bekendmaking },
  });
const afzien = (datum: string, motivering: string): Stap => stap('besluit', datum, { besluit: { soort: 'afzien', motivering } });
const spoedeisend = (datum: string, duurMaanden: number | 'onbepaald'): Stap =>
  stap('spoedeisende-sluiting', datum, {
    motivering: 'Drugslab in bedrijf: acuut brand- en explosiegevaar voor de omwonenden, sluiting kan niet wachten op een zienswijze',
    duurMaanden,
    bekendmakingsdatum: datum,
  });
const bezwaar = (datum: string): Stap => stap('bezwaar', datum, { ontvangstdatum: datum });
const voorziening = (datum: string, s: 'gevraagd' | 'toegewezen' | 'afgewezen'): Stap => stap('voorlopige-voorziening', datum, { stap: s });
const beslissingOpBezwaar = (datum: string, uitkomst: 'gegrond' | 'ongegrond', gevolg?: object): Stap =>
  stap('beslissing-op-bezwaar', datum, { uitkomst, ...(gevolg === undefined ? {} : { gevolg }), bekendmakingsdatum: datum });
const uitgevoerd = (datum: string): Stap => stap('sluiting-uitgevoerd', datum, { sluitingsdatum: datum });
const heropend = (datum: string): Stap => stap('heropening', datum, { heropeningsdatum: datum });
const correctie = (datum: string, correcties: object, reden: string): Stap => stap('correctie', datum, { correcties, reden });

const vondst = (categorie: Drugscategorie) => ({ categorie, omschrijving: { harddrugs: 'cocaïne', softdrugs: 'hennepkwekerij', attributen: 'kweekapparatuur' }[categorie] });
export const vondstenVan = (zaak: ScenarioZaak) => zaak.vondsten.map(vondst);

/* The cases ----------------------------------------------------------------------------------- */

interface Feiten {
  readonly pand?: string;
  readonly pandtype: Pandtype;
  readonly vondsten: readonly Drugscategorie[];
  readonly c: string;
  readonly o: string;
  readonly geregistreerdOp?: string;
}

function kerkrade(nr: number, feiten: Feiten, stappen: readonly Stap[] = []): ScenarioZaak {
  return zaak(KERKRADE, 'K', nr, feiten, stappen);
}

function valkenburg(nr: number, feiten: Feiten, stappen: readonly Stap[] = []): ScenarioZaak {
  return zaak(VALKENBURG, 'V', nr, feiten, stappen);
}

function zaak(gemeente: ScenarioZaak['gemeente'], letter: string, nr: number, feiten: Feiten, stappen: readonly Stap[]): ScenarioZaak {
  return {
    id: `${letter}${String(nr).padStart(2, '0')}`,
    gemeente,
    pand: feiten.pand ?? eigenPand(gemeente, nr),
    pandtype: feiten.pandtype,
    vondsten: feiten.vondsten,
    constateringsdatum: feiten.c,
    ontvangstdatum: feiten.o,
    ...(feiten.geregistreerdOp === undefined ? {} : { geregistreerdOp: feiten.geregistreerdOp }),
    stappen,
  };
}

const woning = 'woning' as const;
const lokaal = 'lokaal' as const;
const SOFT: readonly Drugscategorie[] = ['softdrugs'];
const HARD: readonly Drugscategorie[] = ['harddrugs'];
const ATTR: readonly Drugscategorie[] = ['attributen'];

const MOTIVERING = {
  k13: 'Art. 13b lid 1 sub b Opiumwet geldt sinds 2019; de complete kweekinrichting vraagt ook vóór de beleidsaanpassing een waarschuwing',
  k16: 'Nieuwe huurder sinds juli 2019, eigenaar heeft direct na de eerste vondst opgezegd: sluiting is onevenredig (bijzondere omstandigheden)',
  k26: 'Kwekerij van 600 planten met illegale stroomaftap en brandgevaar: een waarschuwing is niet evenredig aan de ernst',
  k39: 'Handel vanuit de woning met aanloop van minderjarigen en een vuurwapen aangetroffen: zwaardere sluiting nodig',
  k12: 'Attributen vielen vóór 2020 niet onder het Damoclesbeleid van Kerkrade; geen maatregel volgens het beleid',
  k32: 'Bewoner is 87 jaar en afhankelijk van mantelzorg in de woning; de kweek is geruimd (bijzondere omstandigheden)',
  k52: 'Enkele lege kweektent zonder aanwijzing van productie of handel; maatregel niet evenredig',
  v03: 'Attributen behoorden tot een verhuisde huurder; de eigenaar heeft de ruimte direct ontruimd',
};

export const SCENARIO: readonly ScenarioZaak[] = [
  // Older finds, registered from the old system in 2017 without further steps: only looked back on by recidive checks.
  kerkrade(1, { pand: PAND.A, pandtype: woning, vondsten: SOFT, c: '2017-09-10', o: '2017-09-20' }),
  kerkrade(2, { pand: PAND.B, pandtype: woning, vondsten: SOFT, c: '2017-03-01', o: '2017-03-10' }),
  kerkrade(3, { pand: PAND.X, pandtype: woning, vondsten: SOFT, c: '2017-06-20', o: '2017-06-27' }),
  kerkrade(4, { pand: PAND.H, pandtype: woning, vondsten: SOFT, c: '2017-10-16', o: '2017-10-23' }),

  // 2019: policy of 2019 (24 months, attributen no measure).
  kerkrade(5, { pand: PAND.C, pandtype: woning, vondsten: SOFT, c: '2019-01-15', o: '2019-01-22' }, [
    voorstel('2019-01-24'),
    voornemen('2019-02-01', 'waarschuwing'),
    verstreken('2019-02-18'),
    waarschuwing('2019-02-25'),
  ]),
  kerkrade(6, { pand: PAND.E, pandtype: woning, vondsten: SOFT, c: '2019-01-08', o: '2019-01-14' }, [
    voorstel('2019-01-15'),
    voornemen('2019-01-21', 'waarschuwing'),
    zienswijze('2019-01-30'),
    waarschuwing('2019-02-18'),
  ]),
  kerkrade(7, { pandtype: woning, vondsten: HARD, c: '2019-02-04', o: '2019-02-11' }, [
    voorstel('2019-02-12'),
    voornemen('2019-02-18', 3),
    zienswijze('2019-02-25'),
    sluiting('2019-03-11', 3),
    uitgevoerd('2019-03-28'),
    heropend('2019-06-28'),
  ]),
  kerkrade(8, { pandtype: lokaal, vondsten: SOFT, c: '2019-03-05', o: '2019-03-12' }, [voorstel('2019-03-13'), voornemen('2019-03-18', 3), zienswijze('2019-03-28'), sluiting('2019-04-15', 3)]),
  kerkrade(9, { pandtype: woning, vondsten: ['softdrugs', 'attributen'], c: '2019-04-02', o: '2019-04-09' }, [
    voorstel('2019-04-10'),
    voornemen('2019-04-15', 'waarschuwing'),
    verstreken('2019-04-30'),
    waarschuwing('2019-05-13'),
  ]),
  // 2nd find in pand A within 24 months (K01): rung tweede, sluiting 3.
  kerkrade(10, { pand: PAND.A, pandtype: woning, vondsten: SOFT, c: '2019-05-14', o: '2019-05-21' }, [
    voorstel('2019-05-22'),
    voornemen('2019-05-27', 3),
    zienswijze('2019-06-05'),
    sluiting('2019-06-24', 3),
  ]),
  // K02 lies 27 months back, outside the 24-month window: rung eerste, waarschuwing.
  kerkrade(11, { pand: PAND.B, pandtype: woning, vondsten: SOFT, c: '2019-06-11', o: '2019-06-18' }, [
    voorstel('2019-06-19'),
    voornemen('2019-06-24', 'waarschuwing'),
    zienswijze('2019-07-02'),
    waarschuwing('2019-07-22'),
  ]),
  kerkrade(12, { pandtype: woning, vondsten: ATTR, c: '2019-06-20', o: '2019-06-27' }, [voorstel('2019-06-28'), afzien('2019-07-08', MOTIVERING.k12)]),
  kerkrade(13, { pandtype: woning, vondsten: ATTR, c: '2019-07-03', o: '2019-07-10' }, [
    voorstel('2019-07-11'),
    voornemen('2019-07-15', 'waarschuwing', MOTIVERING.k13),
    zienswijze('2019-07-25'),
    waarschuwing('2019-08-19'),
  ]),
  kerkrade(14, { pandtype: lokaal, vondsten: HARD, c: '2019-08-06', o: '2019-08-13' }, [voorstel('2019-08-13'), spoedeisend('2019-08-14', 6)]),
  kerkrade(15, { pandtype: woning, vondsten: HARD, c: '2019-09-03', o: '2019-09-10' }, [
    voorstel('2019-09-11'),
    voornemen('2019-09-16', 3),
    zienswijze('2019-09-26'),
    sluiting('2019-10-21', 3),
    bezwaar('2019-11-05'),
    beslissingOpBezwaar('2020-01-20', 'ongegrond'),
  ]),
  // 2nd find in pand E within 24 months (K06): proposal sluiting 3; the medewerker deviates to a waarschuwing.
  kerkrade(16, { pand: PAND.E, pandtype: woning, vondsten: SOFT, c: '2019-09-17', o: '2019-09-24' }, [
    voorstel('2019-09-25'),
    voornemen('2019-09-30', 'waarschuwing', MOTIVERING.k16),
    zienswijze('2019-10-10'),
    waarschuwing('2019-10-28'),
  ]),
  kerkrade(17, { pandtype: woning, vondsten: SOFT, c: '2019-10-01', o: '2019-10-08' }, [
    voorstel('2019-10-09'),
    voornemen('2019-10-14', 'waarschuwing'),
    zienswijze('2019-10-24'),
    waarschuwing('2019-11-18'),
  ]),
  // Received in 2019, decided in 2020.
  kerkrade(18, { pandtype: woning, vondsten: SOFT, c: '2019-10-15', o: '2019-10-22' }, [
    voorstel('2019-10-23'),
    voornemen('2019-11-25', 'waarschuwing'),
    zienswijze('2019-12-09'),
    waarschuwing('2020-01-13'),
  ]),
  kerkrade(19, { pandtype: lokaal, vondsten: HARD, c: '2019-11-05', o: '2019-11-12' }, [
    voorstel('2019-11-13'),
    voornemen('2019-12-02', 6),
    zienswijze('2019-12-16'),
    sluiting('2020-02-03', 6),
  ]),
  // Found in December 2019, received January 2020; K03 lies exactly 30 months back, outside the 24 months in force on the find date.
  kerkrade(20, { pand: PAND.X, pandtype: woning, vondsten: SOFT, c: '2019-12-20', o: '2020-01-06' }, [
    voorstel('2020-01-07'),
    voornemen('2020-01-13', 'waarschuwing'),
    zienswijze('2020-01-27'),
    waarschuwing('2020-02-10'),
  ]),
  kerkrade(21, { pandtype: woning, vondsten: ['harddrugs', 'softdrugs'], c: '2019-12-20', o: '2020-01-08' }, [
    voorstel('2020-01-09'),
    voornemen('2020-01-20', 3),
    verstreken('2020-02-04'),
    sluiting('2020-02-17', 3),
  ]),

  // 2020: policy of 2020 (36 months, attributen in the ladder).
  // Recorded as found on 2020-01-03: K04 (2017-10-16) within 36 months, rung tweede. In 2021 the police correct the find date to 2019-12-27: 24 months, K04 outside.
  kerkrade(22, { pand: PAND.H, pandtype: woning, vondsten: SOFT, c: '2020-01-03', o: '2020-01-10' }, [
    voorstel('2020-01-13'),
    voornemen('2020-01-20', 3),
    zienswijze('2020-02-03'),
    sluiting('2020-03-02', 3),
    correctie('2021-03-01', { constateringsdatum: '2019-12-27' }, 'Aanvullend proces-verbaal: de inval was op 27 december 2019, niet op 3 januari 2020'),
  ]),
  kerkrade(23, { pandtype: woning, vondsten: ATTR, c: '2020-02-04', o: '2020-02-11' }, [
    voorstel('2020-02-12'),
    voornemen('2020-02-17', 'waarschuwing'),
    zienswijze('2020-03-02'),
    waarschuwing('2020-03-23'),
  ]),
  kerkrade(24, { pandtype: woning, vondsten: ATTR, c: '2020-02-18', o: '2020-02-25' }, [
    voorstel('2020-02-26'),
    voornemen('2020-03-02', 'waarschuwing'),
    verstreken('2020-03-17'),
    waarschuwing('2020-04-06'),
  ]),
  kerkrade(25, { pand: PAND.G, pandtype: lokaal, vondsten: ATTR, c: '2020-03-03', o: '2020-03-10' }, [
    voorstel('2020-03-11'),
    voornemen('2020-03-16', 'waarschuwing'),
    zienswijze('2020-03-30'),
    waarschuwing('2020-04-20'),
  ]),
  kerkrade(26, { pandtype: woning, vondsten: SOFT, c: '2020-03-10', o: '2020-03-17' }, [
    voorstel('2020-03-18'),
    voornemen('2020-03-23', 3, MOTIVERING.k26),
    zienswijze('2020-04-06'),
    sluiting('2020-05-04', 3),
  ]),
  // A 2020 closure, suspended by the court, revoked on bezwaar in January 2021.
  kerkrade(27, { pand: PAND.R, pandtype: woning, vondsten: HARD, c: '2020-04-07', o: '2020-04-14' }, [
    voorstel('2020-04-15'),
    voornemen('2020-04-20', 3),
    zienswijze('2020-05-04'),
    sluiting('2020-05-25', 3),
    bezwaar('2020-06-10'),
    voorziening('2020-06-12', 'gevraagd'),
    voorziening('2020-07-01', 'toegewezen'),
    beslissingOpBezwaar('2021-01-18', 'gegrond', { soort: 'herroepen' }),
  ]),
  // Gegrond, the closure shortened to 2 months: still a closure.
  kerkrade(28, { pandtype: lokaal, vondsten: SOFT, c: '2020-04-21', o: '2020-04-28' }, [
    voorstel('2020-04-29'),
    voornemen('2020-05-04', 3),
    zienswijze('2020-05-18'),
    sluiting('2020-06-08', 3),
    bezwaar('2020-06-25'),
    beslissingOpBezwaar('2020-08-17', 'gegrond', { soort: 'gewijzigd', duurMaanden: 2 }),
  ]),
  kerkrade(29, { pandtype: woning, vondsten: HARD, c: '2020-05-05', o: '2020-05-12' }, [
    voorstel('2020-05-13'),
    voornemen('2020-05-18', 3),
    zienswijze('2020-06-02'),
    sluiting('2020-06-22', 3),
    uitgevoerd('2020-07-09'),
    heropend('2020-10-09'),
  ]),
  kerkrade(30, { pandtype: lokaal, vondsten: HARD, c: '2020-05-19', o: '2020-05-26' }, [voorstel('2020-05-26'), spoedeisend('2020-05-27', 6)]),
  kerkrade(31, { pandtype: woning, vondsten: SOFT, c: '2020-06-02', o: '2020-06-09' }, [
    voorstel('2020-06-10'),
    voornemen('2020-06-15', 'waarschuwing'),
    zienswijze('2020-06-29'),
    waarschuwing('2020-07-20'),
  ]),
  kerkrade(32, { pand: PAND.K, pandtype: woning, vondsten: ['softdrugs', 'attributen'], c: '2020-06-16', o: '2020-06-23' }, [
    voorstel('2020-06-24'),
    voornemen('2020-06-29', 'waarschuwing'),
    zienswijze('2020-07-13'),
    afzien('2020-08-03', MOTIVERING.k32),
  ]),
  // Closed as softdrugs in 2020; in February 2021 the lab reports cocaine as well: heaviest category harddrugs.
  kerkrade(33, { pandtype: lokaal, vondsten: SOFT, c: '2020-06-30', o: '2020-07-07' }, [
    voorstel('2020-07-08'),
    voornemen('2020-07-13', 3),
    zienswijze('2020-07-27'),
    sluiting('2020-08-31', 3),
    correctie('2021-02-15', { vondsten: [vondst('softdrugs'), vondst('harddrugs')] }, 'Laboratoriumuitslag: naast hennep ook een handelshoeveelheid cocaïne'),
  ]),
  kerkrade(34, { pand: PAND.I, pandtype: woning, vondsten: ATTR, c: '2020-07-07', o: '2020-07-14' }, [
    voorstel('2020-07-15'),
    voornemen('2020-07-20', 'waarschuwing'),
    verstreken('2020-08-04'),
    waarschuwing('2020-08-24'),
  ]),
  kerkrade(35, { pandtype: woning, vondsten: ATTR, c: '2020-07-21', o: '2020-07-28' }, [
    voorstel('2020-07-29'),
    voornemen('2020-08-03', 'waarschuwing'),
    zienswijze('2020-08-17'),
    waarschuwing('2020-09-07'),
  ]),
  kerkrade(36, { pandtype: lokaal, vondsten: SOFT, c: '2020-08-04', o: '2020-08-11' }, [voorstel('2020-08-12'), voornemen('2020-08-17', 3), zienswijze('2020-08-31'), sluiting('2020-09-21', 3)]),
  // 2nd find in pand G (K25, a waarschuwing): lokaal attributen rung tweede, sluiting 6.
  kerkrade(37, { pand: PAND.G, pandtype: lokaal, vondsten: ATTR, c: '2020-09-01', o: '2020-09-08' }, [
    voorstel('2020-09-09'),
    voornemen('2020-09-14', 6),
    zienswijze('2020-09-28'),
    sluiting('2020-10-19', 6),
  ]),
  kerkrade(38, { pandtype: woning, vondsten: SOFT, c: '2020-09-15', o: '2020-09-22' }, [
    voorstel('2020-09-23'),
    voornemen('2020-09-28', 'waarschuwing'),
    zienswijze('2020-10-12'),
    waarschuwing('2020-11-02'),
  ]),
  kerkrade(39, { pandtype: woning, vondsten: HARD, c: '2020-10-06', o: '2020-10-13' }, [
    voorstel('2020-10-14'),
    voornemen('2020-10-19', 6, MOTIVERING.k39),
    zienswijze('2020-11-02'),
    sluiting('2020-11-23', 6),
  ]),
  // Warning taken on 2020-12-21, but entered only on 2021-01-07 (after the holidays).
  kerkrade(40, { pandtype: woning, vondsten: SOFT, c: '2020-10-20', o: '2020-10-27' }, [
    voorstel('2020-10-28'),
    voornemen('2020-11-02', 'waarschuwing'),
    verstreken('2020-11-17'),
    vastgelegdOp('2021-01-07', waarschuwing('2020-12-21')),
  ]),
  // Running on 2020-12-31: decided in January 2021.
  kerkrade(41, { pandtype: woning, vondsten: SOFT, c: '2020-11-03', o: '2020-11-10' }, [
    voorstel('2020-11-11'),
    voornemen('2020-11-23', 'waarschuwing'),
    zienswijze('2020-12-07'),
    waarschuwing('2021-01-11'),
  ]),
  // Taken on 2020-12-30, made known on 2021-01-04: taken in 2020.
  kerkrade(42, { pandtype: lokaal, vondsten: SOFT, c: '2020-11-10', o: '2020-11-17' }, [
    voorstel('2020-11-18'),
    voornemen('2020-11-23', 3),
    zienswijze('2020-12-03'),
    sluiting('2020-12-30', 3, '2021-01-04'),
  ]),
  kerkrade(43, { pand: PAND.L, pandtype: lokaal, vondsten: HARD, c: '2020-11-17', o: '2020-11-24' }, [
    voorstel('2020-11-25'),
    voornemen('2020-12-07', 6),
    zienswijze('2020-12-21'),
    sluiting('2021-01-25', 6),
  ]),
  kerkrade(44, { pandtype: woning, vondsten: SOFT, c: '2020-12-01', o: '2020-12-08' }, [
    voorstel('2020-12-09'),
    voornemen('2020-12-14', 'waarschuwing'),
    zienswijze('2021-01-04'),
    waarschuwing('2021-02-01'),
  ]),
  // 2nd find in pand L while K43 still runs: a running find counts, lokaal softdrugs rung tweede, sluiting 6.
  kerkrade(45, { pand: PAND.L, pandtype: lokaal, vondsten: SOFT, c: '2020-12-15', o: '2020-12-22' }, [
    voorstel('2020-12-28'),
    voornemen('2021-01-11', 6),
    zienswijze('2021-01-25'),
    sluiting('2021-02-22', 6),
  ]),
  // Registered with ontvangstdatum 2020-12-28 (a typo); corrected in January 2021 to the stamp's 2021-01-08.
  kerkrade(46, { pandtype: woning, vondsten: SOFT, c: '2020-12-17', o: '2020-12-28' }, [
    voorstel('2020-12-29'),
    voornemen('2021-01-18', 'waarschuwing'),
    correctie('2021-01-20', { ontvangstdatum: '2021-01-08' }, 'Ontvangststempel zegt 8 januari 2021; 28 december was een tikfout'),
    zienswijze('2021-02-01'),
    waarschuwing('2021-03-01'),
  ]),
  // Both warnings taken on New Year's Eve and entered late that night: K58 at 23:30 in Amsterdam (22:30 UTC), still
  // 2020-12-31; K59 at 00:30 on 1 January in Amsterdam (23:30 UTC on the 31st), already 2021 where the gemeente is.
  kerkrade(58, { pandtype: woning, vondsten: SOFT, c: '2020-11-24', o: '2020-12-01' }, [
    voorstel('2020-12-02'),
    voornemen('2020-12-07', 'waarschuwing'),
    zienswijze('2020-12-16'),
    vastgelegdOp('2020-12-31T22:30:00Z', waarschuwing('2020-12-31')),
  ]),
  kerkrade(59, { pandtype: woning, vondsten: ATTR, c: '2020-11-24', o: '2020-12-01' }, [
    voorstel('2020-12-02'),
    voornemen('2020-12-07', 'waarschuwing'),
    zienswijze('2020-12-16'),
    vastgelegdOp('2020-12-31T23:30:00Z', waarschuwing('2020-12-31')),
  ]),
  // Third find in pand G (K25 waarschuwing, K37 sluiting), found in December 2020, received January 2021: recidive of 2021
  // (the year received), lokaal attributen rung derdeEnVerder, sluiting 12.
  kerkrade(60, { pand: PAND.G, pandtype: lokaal, vondsten: ATTR, c: '2020-12-22', o: '2021-01-07' }, [
    voorstel('2021-01-08'),
    voornemen('2021-01-11', 12),
    zienswijze('2021-01-25'),
    sluiting('2021-02-22', 12),
  ]),
  // Found in December 2020, received January 2021.
  kerkrade(47, { pandtype: woning, vondsten: ATTR, c: '2020-12-21', o: '2021-01-05' }, [
    voorstel('2021-01-06'),
    voornemen('2021-01-11', 'waarschuwing'),
    zienswijze('2021-01-25'),
    waarschuwing('2021-02-22'),
  ]),

  // 2021.
  kerkrade(48, { pandtype: woning, vondsten: HARD, c: '2021-02-02', o: '2021-02-09' }, [voorstel('2021-02-10'), voornemen('2021-02-15', 3), zienswijze('2021-03-01'), sluiting('2021-03-22', 3)]),
  // 2nd find in pand I (K34, a waarschuwing): woning attributen rung tweede, sluiting 3.
  kerkrade(49, { pand: PAND.I, pandtype: woning, vondsten: ATTR, c: '2021-03-02', o: '2021-03-09' }, [
    voorstel('2021-03-10'),
    voornemen('2021-03-15', 3),
    zienswijze('2021-03-29'),
    sluiting('2021-04-19', 3),
  ]),
  kerkrade(50, { pandtype: woning, vondsten: SOFT, c: '2021-04-06', o: '2021-04-13' }, [
    voorstel('2021-04-14'),
    voornemen('2021-04-19', 'waarschuwing'),
    zienswijze('2021-05-03'),
    waarschuwing('2021-05-25'),
  ]),
  kerkrade(51, { pandtype: lokaal, vondsten: SOFT, c: '2021-05-04', o: '2021-05-11' }, [voorstel('2021-05-12'), voornemen('2021-05-17', 3), zienswijze('2021-05-31'), sluiting('2021-06-21', 3)]),
  kerkrade(52, { pandtype: woning, vondsten: ATTR, c: '2021-06-01', o: '2021-06-08' }, [voorstel('2021-06-09'), afzien('2021-06-21', MOTIVERING.k52)]),
  // K05 lies exactly 30 months back: inside the 36-month window, rung tweede, sluiting 3.
  kerkrade(53, { pand: PAND.C, pandtype: woning, vondsten: SOFT, c: '2021-07-15', o: '2021-07-22' }, [
    voorstel('2021-07-23'),
    voornemen('2021-08-02', 3),
    zienswijze('2021-08-16'),
    sluiting('2021-08-30', 3),
  ]),
  // K32 ended in afzien: it does not count (Kerkrade: vondstenZonderMaatregelTellenMee false), rung eerste, waarschuwing.
  kerkrade(54, { pand: PAND.K, pandtype: woning, vondsten: SOFT, c: '2021-08-03', o: '2021-08-10' }, [
    voorstel('2021-08-11'),
    voornemen('2021-08-16', 'waarschuwing'),
    zienswijze('2021-08-30'),
    waarschuwing('2021-09-20'),
  ]),
  // K27's closure was revoked: it does not count, rung eerste, sluiting 3 (not 6).
  kerkrade(55, { pand: PAND.R, pandtype: woning, vondsten: HARD, c: '2021-09-07', o: '2021-09-14' }, [
    voorstel('2021-09-15'),
    voornemen('2021-09-20', 3),
    zienswijze('2021-10-04'),
    sluiting('2021-10-25', 3),
  ]),
  // Still running.
  kerkrade(56, { pandtype: woning, vondsten: HARD, c: '2021-11-02', o: '2021-11-09' }, [voorstel('2021-11-10'), voornemen('2021-11-22', 3)]),
  // Found in December 2021, received in 2022: not a rapportage of 2021.
  kerkrade(57, { pandtype: woning, vondsten: SOFT, c: '2021-12-20', o: '2022-01-04' }),

  // Valkenburg aan de Geul (Heuvelland policy from 2020-01-01: 36 months, the same ladder).
  valkenburg(1, { pand: PAND.V, pandtype: woning, vondsten: SOFT, c: '2020-03-03', o: '2020-03-10' }, [
    voorstel('2020-03-11'),
    voornemen('2020-03-16', 'waarschuwing'),
    zienswijze('2020-03-30'),
    waarschuwing('2020-04-20'),
  ]),
  valkenburg(2, { pandtype: woning, vondsten: HARD, c: '2020-05-05', o: '2020-05-12' }, [voorstel('2020-05-13'), voornemen('2020-05-18', 3), zienswijze('2020-06-02'), sluiting('2020-06-22', 3)]),
  valkenburg(3, { pandtype: woning, vondsten: ATTR, c: '2020-08-04', o: '2020-08-11' }, [voorstel('2020-08-12'), afzien('2020-08-24', MOTIVERING.v03)]),
  valkenburg(4, { pandtype: lokaal, vondsten: ATTR, c: '2020-12-14', o: '2021-01-05' }, [
    voorstel('2021-01-06'),
    voornemen('2021-01-11', 'waarschuwing'),
    zienswijze('2021-01-25'),
    waarschuwing('2021-02-15'),
  ]),
  valkenburg(5, { pand: PAND.V, pandtype: woning, vondsten: SOFT, c: '2021-03-02', o: '2021-03-09' }, [
    voorstel('2021-03-10'),
    voornemen('2021-03-15', 3),
    zienswijze('2021-03-29'),
    sluiting('2021-04-19', 3),
  ]),
  valkenburg(6, { pandtype: lokaal, vondsten: SOFT, c: '2021-06-01', o: '2021-06-08' }, [voorstel('2021-06-09'), voornemen('2021-06-14', 3)]),
];
