import { DeciderSpecification, fold, verdraagtVreemdeEvents } from '@handhaving/domain-shared';
import { formatEuro } from './bedrag';
import type { DwangsomCommand, LegLastOp, NeemBeslissingOpBezwaar, OpenDwangsomzaak, RegistreerControle } from './dwangsom.commands';
import { dwangsomDecider, dwangsomStreamId, eenhedenVoor, verjaringsdatumVoor } from './dwangsom.decider';
import type {
  BeslissingOpBezwaarGenomen,
  BetalingOntvangen,
  BezwaarIngediend,
  DwangsomEvent,
  DwangsomVerbeurd,
  DwangsomzaakGeopend,
  InvorderingsbeschikkingVerzonden,
  LastOpgelegd,
  OvertredingGeconstateerd,
  VoornemenVerzonden,
} from './dwangsom.events';
import { DWANGSOM_EVENT_TYPES, DWANGSOM_SCHEMAVERSIES } from './dwangsom.events';
import { openstaandCent } from './dwangsom.state';

const given = DeciderSpecification.for(dwangsomDecider).given;

const zaakId = '7c1e5b2a-3f4d-4e6a-9b8c-0d1e2f3a4b5c';
const door = 'medewerker-1';
const stap = { zaakId, door };

// A street dealer in Kerkrade's aangewezen gebied, under the APV's ban on dealing.
const open = (velden: Partial<OpenDwangsomzaak> = {}): OpenDwangsomzaak => ({
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

const geopend: DwangsomzaakGeopend = {
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

// Sent Wednesday 3 March 2021: two weeks run through Wednesday 17 March.
const voornemen: VoornemenVerzonden = {
  type: 'VoornemenVerzonden',
  zaakId,
  verzenddatum: '2021-03-03',
  zienswijzetermijn: { einde: '2021-03-17', lengte: { aantal: 2, eenheid: 'weken' }, verlengdAlsAtw: true },
  datum: '2021-03-03',
  door,
};

const termijnVerstreken = { type: 'ZienswijzetermijnVerstreken', zaakId, einde: '2021-03-17', datum: '2021-03-18', door } as const;

// Bekendgemaakt Wednesday 7 April 2021: bezwaar through Wednesday 19 May; in force one year, through 6 April 2022.
const preventieveLast: LastOpgelegd = {
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

const legOp = (velden: Partial<LegLastOp> = {}): LegLastOp => ({
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
const herstellastPerDag: LastOpgelegd = {
  ...preventieveLast,
  vorm: { soort: 'herstellast', begunstigingstermijn: { einde: '2021-05-06', lengte: { aantal: 4, eenheid: 'weken' }, verlengdAlsAtw: true } },
  bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 50_000 },
  maximumCent: 2_000_000,
};

const controle = (uitkomst: RegistreerControle['uitkomst'], controledatum: string): RegistreerControle => ({
  type: 'RegistreerControle',
  zaakId,
  controledatum,
  uitkomst,
  datum: controledatum,
  door,
});

const dealen = (dag: string) => controle({ soort: 'overtreding', van: dag, omschrijving: 'dealen gezien door BOA' }, dag);

const geconstateerd = (van: string, totEnMet = van, controledatum = totEnMet): OvertredingGeconstateerd => ({
  type: 'OvertredingGeconstateerd',
  zaakId,
  datum: controledatum,
  door,
  controledatum,
  van,
  totEnMet,
  omschrijving: 'dealen gezien door BOA',
});

const verbeurd = (verbeuring: number, dag: string, bedragCent = 250_000, velden: Partial<DwangsomVerbeurd> = {}): DwangsomVerbeurd => ({
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

const invordering = (
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
const heel = (dag: string, bedragCent = 250_000) => ({ ingevorderd: { van: dag, totEnMet: dag, eenheden: 1, bedragCent } });
const perDag = (eersteVerbeurdOp: string, bedragPerEenheidCent = 50_000) => ({ tijdseenheden: { eenheid: 'dag', eersteVerbeurdOp, bedragPerEenheidCent } }) as const;
const perWeekVan = (eersteVerbeurdOp: string, bedragPerEenheidCent: number) => ({ tijdseenheden: { eenheid: 'week', eersteVerbeurdOp, bedragPerEenheidCent } }) as const;

const opgelegd: DwangsomEvent[] = [geopend, voornemen, termijnVerstreken, preventieveLast];
const eenmaalVerbeurd: DwangsomEvent[] = [...opgelegd, geconstateerd('2021-06-10'), verbeurd(1, '2021-06-10')];
// Made known Tuesday 15 June 2021: bezwaar through Tuesday 27 July.
const ingevorderd: DwangsomEvent[] = [...eenmaalVerbeurd, invordering(1, 1, '2021-06-15', '2021-07-27')];

describe('dwangsom decider', () => {
  it('names its stream dwangsom-{zaakId}', () => {
    expect(dwangsomStreamId(zaakId)).toBe(`dwangsom-${zaakId}`);
  });

  it('gives every event type a schema version', () => {
    expect(DWANGSOM_EVENT_TYPES).toHaveLength(17);
    expect(Object.values(DWANGSOM_SCHEMAVERSIES).every((v) => v === 1)).toBe(true);
  });

  describe('events the decider does not know (a reminder sent, a newer version)', () => {
    // The scheduler records HerinneringVerstuurd on the case's stream (a verjaring, a bezwaartermijn);
    // before this was handled, every command after the first reminder answered 500.
    it.each<[string, DwangsomEvent[], DwangsomCommand]>([
      ['after opening', [geopend], { type: 'VerzendVoornemen', ...stap, verzenddatum: '2021-03-03', zienswijzetermijn: { einde: '2021-03-17' }, datum: '2021-03-03' }],
      ['during the zienswijzetermijn', [geopend, voornemen], { type: 'RegistreerZienswijze', ...stap, wijze: 'schriftelijk', datum: '2021-03-10' }],
      ['after the last', opgelegd, dealen('2021-06-10')],
      ['after a forfeiture', eenmaalVerbeurd, { type: 'VerzendInvorderingsbeschikking', ...stap, verbeuring: 1, bekendmakingsdatum: '2021-06-15', datum: '2021-06-15' }],
      ['after an invorderingsbeschikking', ingevorderd, { type: 'RegistreerBetaling', ...stap, invordering: 1, bedragCent: 100_000, betaaldatum: '2021-07-01', datum: '2021-07-01' }],
    ])('%s: folds to the same state and accepts the next command', (_stage, events, command) => {
      verdraagtVreemdeEvents(dwangsomDecider, events, command);
    });
  });

  describe('opening a case', () => {
    it('given nothing, when a case is opened on an APV article, then the case records grondslag, overtreder and finding', () => {
      given([]).when(open()).then([geopend]);
    });

    it('records the case it came from', () => {
      const herkomst = { context: 'damocles', zaakId: '5f0c2a9e-1d3b-4c5a-8e7f-9a0b1c2d3e4f' } as const;
      const { datum, door: wie, ...feiten } = geopend;
      given([]).when(open({ herkomst })).then([{ ...feiten, herkomst, datum, door: wie }]);
    });

    it('accepts each statutory ground without an article and trims a given one', () => {
      for (const soort of ['gemeentewet-151d', 'opiumwet-13b', 'huisvestingswet', 'omgevingswet'] as const) {
        given([]).when(open({ grondslag: { soort } })).then([{ ...geopend, grondslag: { soort } }]);
      }
      given([]).when(open({ grondslag: { soort: 'apv', artikel: '  art. 2:74a APV ' } })).then([{ ...geopend, grondslag: { soort: 'apv', artikel: 'art. 2:74a APV' } }]);
    });

    it('refuses an APV ground without its article, an unknown ground, and an unknown origin', () => {
      given([]).when(open({ grondslag: { soort: 'apv' } })).thenRefuses('dwangsom/apv-artikel-ontbreekt', 'grondslag.artikel');
      given([]).when(open({ grondslag: { soort: 'wegenverkeerswet' as never } })).thenRefuses('dwangsom/grondslag-onbekend', 'grondslag.soort');
      given([]).when(open({ herkomst: { context: 'bibob' as never, zaakId: 'x' } })).thenRefuses('dwangsom/herkomst-onbekend', 'herkomst.context');
      given([]).when(open({ herkomst: { context: 'damocles', zaakId: ' ' } })).thenRefuses('dwangsom/herkomst-onbekend', 'herkomst.zaakId');
      given([]).when(open({ thema: 'parkeren' as never })).thenRefuses('dwangsom/thema-onbekend', 'thema');
      given([]).when(open({ thema: undefined })).then([{ ...geopend, thema: 'overig' }]);
    });

    it('refuses a case without overtreder or finding, with a bad date, or twice', () => {
      given([]).when(open({ overtrederId: '' })).thenRefuses('dwangsom/overtreder-ontbreekt', 'overtrederId');
      given([]).when(open({ overtreding: ' ' })).thenRefuses('dwangsom/overtreding-ontbreekt', 'overtreding');
      given([]).when(open({ constateringsdatum: '24-02-2021' })).thenRefuses('dwangsom/datum-ongeldig', 'constateringsdatum');
      given([]).when(open({ datum: '2021-02-30' })).thenRefuses('dwangsom/datum-ongeldig', 'datum');
      given([geopend]).when(open()).thenRefuses('dwangsom/zaak-bestaat-al', 'zaakId');
    });
  });

  describe('voornemen and zienswijze', () => {
    const verzend = { type: 'VerzendVoornemen', ...stap, verzenddatum: '2021-03-03', zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, datum: '2021-03-03' } as const;

    it('given an open case, when the voornemen is sent, then the zienswijzetermijn is computed (two weeks: Wednesday to Wednesday)', () => {
      given([geopend]).when(verzend).then([voornemen]);
    });

    it('takes an end date written in the letter', () => {
      given([geopend])
        .when({ ...verzend, zienswijzetermijn: { einde: '2021-03-19' } })
        .then([{ ...voornemen, zienswijzetermijn: { einde: '2021-03-19' } }]);
      given([geopend]).when({ ...verzend, zienswijzetermijn: { einde: '2021-03-03' } }).thenRefuses('dwangsom/termijn-ongeldig', 'zienswijzetermijn.einde');
    });

    it('refuses a voornemen before the finding, twice, or on an unknown case', () => {
      given([geopend]).when({ ...verzend, verzenddatum: '2021-02-20' }).thenRefuses('dwangsom/datum-voor-vorige-stap', 'verzenddatum');
      given([geopend, voornemen]).when(verzend).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
      given([]).when(verzend).thenRefuses('dwangsom/zaak-onbekend', 'zaakId');
      given([geopend]).when({ ...verzend, zaakId: 'een-andere' }).thenRefuses('dwangsom/andere-zaak', 'zaakId');
    });

    it('records a zienswijze in time or late', () => {
      const zienswijze = { type: 'RegistreerZienswijze', ...stap, wijze: 'schriftelijk', datum: '2021-03-17' } as const;
      given([geopend, voornemen]).when(zienswijze).then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', binnenTermijn: true, datum: '2021-03-17', door }]);
      given([geopend, voornemen, termijnVerstreken])
        .when({ ...zienswijze, wijze: 'mondeling', datum: '2021-03-22' })
        .then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'mondeling', binnenTermijn: false, datum: '2021-03-22', door }]);
      given([geopend, voornemen]).when({ ...zienswijze, wijze: 'per-sms' as never }).thenRefuses('dwangsom/wijze-onbekend', 'wijze');
      given([geopend, voornemen]).when({ ...zienswijze, datum: '2021-03-01' }).thenRefuses('dwangsom/datum-voor-vorige-stap', 'datum');
      given([geopend]).when(zienswijze).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
    });

    it('establishes the term passed only from the day after it ended', () => {
      const verstreken = { type: 'StelVastDatZienswijzetermijnVerstreken', ...stap, datum: '2021-03-18' } as const;
      given([geopend, voornemen]).when(verstreken).then([termijnVerstreken]);
      given([geopend, voornemen]).when({ ...verstreken, datum: '2021-03-17' }).thenRefuses('dwangsom/zienswijzetermijn-loopt-nog', 'datum');
      given([geopend, voornemen, termijnVerstreken]).when(verstreken).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
    });

    it('may decide against a last, with reasons, until one is imposed', () => {
      const afzien = { type: 'ZieAfVanLast', ...stap, motivering: 'overtreder verhuisd naar het buitenland', datum: '2021-03-20' } as const;
      given([geopend, voornemen]).when(afzien).then([{ type: 'AfgezienVanLast', zaakId, motivering: afzien.motivering, datum: '2021-03-20', door }]);
      given([geopend]).when({ ...afzien, motivering: '' }).thenRefuses('dwangsom/afzien-zonder-motivering', 'motivering');
      given(opgelegd).when(afzien).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
      const state = fold(dwangsomDecider, [geopend, { type: 'AfgezienVanLast', zaakId, motivering: 'x', datum: '2021-03-20', door }]);
      expect(state).toMatchObject({ status: 'afgezien', sinds: '2021-03-20' });
    });
  });

  describe('imposing the last', () => {
    const naZienswijze = [geopend, voornemen, termijnVerstreken];

    it('given the zienswijzefase ended, when a preventieve last for a year is imposed, then it runs through the day before the anniversary and bezwaar six weeks', () => {
      given(naZienswijze).when(legOp()).then([preventieveLast]);
    });

    it('computes the begunstigingstermijn of a herstellast, extended past Bevrijdingsdag as the policy chooses', () => {
      given(naZienswijze)
        .when(
          legOp({
            vorm: { soort: 'herstellast', begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: true } },
            bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 50_000 },
            maximumCent: 2_000_000,
          }),
        )
        .then([herstellastPerDag]);
      given(naZienswijze)
        .when(
          legOp({
            vorm: { soort: 'herstellast', begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: false } },
            bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 50_000 },
            maximumCent: 2_000_000,
          }),
        )
        .then([{ ...herstellastPerDag, vorm: { soort: 'herstellast', begunstigingstermijn: { einde: '2021-05-05', lengte: { aantal: 4, eenheid: 'weken' }, verlengdAlsAtw: false } } }]);
    });

    it('takes a preventieve last without looptijd, or with an end date', () => {
      given(naZienswijze).when(legOp({ vorm: { soort: 'preventieve-last' } })).then([{ ...preventieveLast, vorm: { soort: 'preventieve-last' } }]);
      given(naZienswijze)
        .when(legOp({ vorm: { soort: 'preventieve-last', looptijd: { einde: '2021-12-31' } } }))
        .then([{ ...preventieveLast, vorm: { soort: 'preventieve-last', looptijd: { einde: '2021-12-31' } } }]);
      given(naZienswijze).when(legOp({ vorm: { soort: 'preventieve-last', looptijd: { einde: '2021-04-01' } } })).thenRefuses('dwangsom/termijn-ongeldig', 'vorm.looptijd.einde');
      given(naZienswijze)
        .when(legOp({ vorm: { soort: 'preventieve-last', looptijd: { lengte: { aantal: 2, eenheid: 'weken' as never } } } }))
        .thenRefuses('dwangsom/termijn-ongeldig', 'vorm.looptijd.lengte.eenheid');
    });

    it('imposes without voornemen only with motivated urgency (art. 4:11 Awb)', () => {
      const spoedeisend = { motivering: 'handel bij een school, direct gevaar' };
      given([geopend])
        .when(legOp({ spoedeisend }))
        .then([{ type: 'VoornemenAchterwegeGelaten', zaakId, motivering: spoedeisend.motivering, datum: '2021-04-07', door }, preventieveLast]);
      given([geopend]).when(legOp()).thenRefuses('dwangsom/voornemen-ontbreekt', 'spoedeisend');
      given([geopend]).when(legOp({ spoedeisend: { motivering: ' ' } })).thenRefuses('dwangsom/spoed-zonder-motivering', 'spoedeisend.motivering');
      given(naZienswijze).when(legOp({ spoedeisend })).thenRefuses('dwangsom/spoed-na-voornemen', 'spoedeisend');
      given([geopend]).when(legOp({ spoedeisend, bekendmakingsdatum: '2021-02-01' })).thenRefuses('dwangsom/datum-voor-vorige-stap', 'bekendmakingsdatum');
    });

    it('waits for the zienswijzefase, and imposes once', () => {
      given([geopend, voornemen]).when(legOp()).thenRefuses('dwangsom/zienswijzefase-niet-afgerond', 'zaakId');
      given(opgelegd).when(legOp()).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
      given(naZienswijze).when(legOp({ bekendmakingsdatum: '2021-03-01' })).thenRefuses('dwangsom/datum-voor-vorige-stap', 'bekendmakingsdatum');
    });

    it('refuses money that is not whole positive cents, and a maximum below one sum', () => {
      given(naZienswijze).when(legOp({ bedrag: { soort: 'per-overtreding', bedragCent: 2500.5 } })).thenRefuses('dwangsom/bedrag-ongeldig', 'bedrag.bedragCent');
      given(naZienswijze).when(legOp({ bedrag: { soort: 'per-overtreding', bedragCent: 0 } })).thenRefuses('dwangsom/bedrag-ongeldig', 'bedrag.bedragCent');
      given(naZienswijze).when(legOp({ bedrag: { soort: 'per-overtreding', bedragCent: '250000' as never } })).thenRefuses('dwangsom/bedrag-ongeldig', 'bedrag.bedragCent');
      given(naZienswijze).when(legOp({ maximumCent: 1e6 + 0.01 })).thenRefuses('dwangsom/bedrag-ongeldig', 'maximumCent');
      given(naZienswijze).when(legOp({ maximumCent: 249_999 })).thenRefuses('dwangsom/maximum-onder-bedrag', 'maximumCent');
    });

    it('refuses an unknown kind of sum, unit or last, and a herstellast without begunstigingstermijn', () => {
      given(naZienswijze).when(legOp({ bedrag: { soort: 'per-maand', bedragCent: 1 } as never })).thenRefuses('dwangsom/bedragsoort-onbekend', 'bedrag.soort');
      given(naZienswijze).when(legOp({ bedrag: { soort: 'per-tijdseenheid', eenheid: 'uur' as never, bedragCent: 1 } })).thenRefuses('dwangsom/tijdseenheid-onbekend', 'bedrag.eenheid');
      given(naZienswijze).when(legOp({ vorm: { soort: 'bestuursdwang' } as never })).thenRefuses('dwangsom/lastvorm-onbekend', 'vorm.soort');
      given(naZienswijze).when(legOp({ vorm: { soort: 'herstellast' } as never })).thenRefuses('dwangsom/begunstigingstermijn-ontbreekt', 'vorm.begunstigingstermijn');
    });
  });

  describe('controles and forfeiture', () => {
    it('records compliance without forfeiting anything', () => {
      given(opgelegd).when(controle({ soort: 'nageleefd' }, '2021-05-01')).then([{ type: 'NalevingGeconstateerd', zaakId, controledatum: '2021-05-01', datum: '2021-05-01', door }]);
    });

    it('given a preventieve last of € 2.500 per overtreding, when dealing is found, then € 2.500 forfeits and verjaart a year after that day', () => {
      given(opgelegd).when(dealen('2021-06-10')).then([geconstateerd('2021-06-10'), verbeurd(1, '2021-06-10')]);
      expect(verjaringsdatumVoor('2021-06-10')).toBe('2022-06-10');
    });

    it('numbers forfeitures in order', () => {
      given(eenmaalVerbeurd).when(dealen('2021-07-01')).then([geconstateerd('2021-07-01'), verbeurd(2, '2021-07-01')]);
    });

    it('the forfeiture that reaches the maximum is capped and the last recorded as uitgeput; nothing forfeits after', () => {
      // € 10.000 maximum: three forfeitures of € 2.500, then a fourth reaches it exactly.
      const drie = [...eenmaalVerbeurd, geconstateerd('2021-07-01'), verbeurd(2, '2021-07-01'), geconstateerd('2021-08-01'), verbeurd(3, '2021-08-01')];
      given(drie)
        .when(dealen('2021-09-01'))
        .then([
          geconstateerd('2021-09-01'),
          verbeurd(4, '2021-09-01'),
          { type: 'LastUitgeput', zaakId, datum: '2021-09-01', door, maximumCent: 1_000_000, op: '2021-09-01' },
        ]);
      // With a € 9.000 maximum the fourth forfeits only the € 1.500 left.
      const lager = [geopend, voornemen, termijnVerstreken, { ...preventieveLast, maximumCent: 900_000 }, ...drie.slice(4)];
      given(lager)
        .when(dealen('2021-09-01'))
        .then([
          geconstateerd('2021-09-01'),
          verbeurd(4, '2021-09-01', 150_000, { afgetopt: true }),
          { type: 'LastUitgeput', zaakId, datum: '2021-09-01', door, maximumCent: 900_000, op: '2021-09-01' },
        ]);
      const uitgeput = [...lager, geconstateerd('2021-09-01'), verbeurd(4, '2021-09-01', 150_000, { afgetopt: true }), { type: 'LastUitgeput', zaakId, datum: '2021-09-01', door, maximumCent: 900_000, op: '2021-09-01' } as const];
      const refusal = given(uitgeput).when(dealen('2021-10-01')).thenRefuses('dwangsom/last-uitgeput', 'zaakId');
      expect(refusal.detail).toContain('€ 9.000,00');
      given(uitgeput).when(controle({ soort: 'nageleefd' }, '2021-10-01')).thenRefuses('dwangsom/last-uitgeput');
      const state = fold(dwangsomDecider, uitgeput);
      expect(state).toMatchObject({ status: 'last-beeindigd', einde: { reden: 'uitgeput', sinds: '2021-09-01' }, last: { verbeurdCent: 900_000 } });
    });

    it('per dag counts every day from the day after the begunstigingstermijn through the controle', () => {
      const herstel = [geopend, voornemen, termijnVerstreken, herstellastPerDag];
      // 7 through 20 May 2021: 14 days × € 500 = € 7.000.
      given(herstel)
        .when(controle({ soort: 'overtreding', van: '2021-05-07', totEnMet: '2021-05-20', omschrijving: 'nog steeds kamers verhuurd' }, '2021-05-20'))
        .then([
          { ...geconstateerd('2021-05-07', '2021-05-20'), omschrijving: 'nog steeds kamers verhuurd' },
          verbeurd(1, '2021-05-07', 700_000, { datum: '2021-05-20', totEnMet: '2021-05-20', eenheden: 14, berekendCent: 700_000, afgetopt: false, ...perDag('2021-05-07') }),
        ]);
      given(herstel)
        .when(controle({ soort: 'overtreding', van: '2021-05-06', totEnMet: '2021-05-20', omschrijving: 'x' }, '2021-05-20'))
        .thenRefuses('dwangsom/binnen-begunstigingstermijn', 'uitkomst.van');
    });

    it('per week counts every week begun, and caps a long period at the maximum', () => {
      const perWeek = { ...herstellastPerDag, bedrag: { soort: 'per-tijdseenheid', eenheid: 'week', bedragCent: 300_000 } } as const;
      expect(eenhedenVoor(perWeek.bedrag, '2021-05-07', '2021-05-13')).toBe(1);
      expect(eenhedenVoor(perWeek.bedrag, '2021-05-07', '2021-05-14')).toBe(2);
      const herstel = [geopend, voornemen, termijnVerstreken, perWeek];
      // 7 May through 30 September: 147 days, 21 weeks × € 3.000 = € 63.000, capped at € 20.000.
      given(herstel)
        .when(controle({ soort: 'overtreding', van: '2021-05-07', totEnMet: '2021-09-30', omschrijving: 'x' }, '2021-09-30'))
        .then([
          { ...geconstateerd('2021-05-07', '2021-09-30'), omschrijving: 'x' },
          verbeurd(1, '2021-05-07', 2_000_000, { datum: '2021-09-30', totEnMet: '2021-09-30', eenheden: 21, berekendCent: 6_300_000, afgetopt: true, ...perWeekVan('2021-05-07', 300_000) }),
          { type: 'LastUitgeput', zaakId, datum: '2021-09-30', door, maximumCent: 2_000_000, op: '2021-09-30' },
        ]);
    });

    it('a day forfeits once: a period overlapping an earlier one is refused', () => {
      const herstel = [
        geopend,
        voornemen,
        termijnVerstreken,
        herstellastPerDag,
        geconstateerd('2021-05-07', '2021-05-20'),
        verbeurd(1, '2021-05-07', 700_000, { totEnMet: '2021-05-20', eenheden: 14, berekendCent: 700_000 }),
      ];
      given(herstel)
        .when(controle({ soort: 'overtreding', van: '2021-05-20', totEnMet: '2021-05-27', omschrijving: 'x' }, '2021-05-27'))
        .thenRefuses('dwangsom/periode-al-verbeurd', 'uitkomst.van');
      given(herstel)
        .when(controle({ soort: 'overtreding', van: '2021-05-21', totEnMet: '2021-05-27', omschrijving: 'x' }, '2021-05-27'))
        .then([
          { ...geconstateerd('2021-05-21', '2021-05-27'), omschrijving: 'x' },
          verbeurd(2, '2021-05-21', 350_000, { datum: '2021-05-27', totEnMet: '2021-05-27', eenheden: 7, berekendCent: 350_000, ...perDag('2021-05-21') }),
        ]);
    });

    it('refuses a period under a last per overtreding, a violation after the controle or before bekendmaking, and one after the looptijd', () => {
      given(opgelegd)
        .when(controle({ soort: 'overtreding', van: '2021-06-10', totEnMet: '2021-06-12', omschrijving: 'x' }, '2021-06-12'))
        .thenRefuses('dwangsom/periode-bij-bedrag-per-overtreding', 'uitkomst.totEnMet');
      given(opgelegd).when(controle({ soort: 'overtreding', van: '2021-06-12', omschrijving: 'x' }, '2021-06-10')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'uitkomst.totEnMet');
      given(opgelegd).when(controle({ soort: 'overtreding', van: '2021-04-06', omschrijving: 'x' }, '2021-04-08')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'uitkomst.van');
      given(opgelegd).when(dealen('2022-04-07')).thenRefuses('dwangsom/na-looptijd', 'uitkomst.totEnMet');
      given(opgelegd).when(dealen('2022-04-06')).then([geconstateerd('2022-04-06'), verbeurd(1, '2022-04-06')]);
      given(opgelegd).when(controle({ soort: 'nageleefd' }, '2021-04-01')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'controledatum');
      given(opgelegd).when(controle({ soort: 'overtreding', van: '2021-06-10', omschrijving: '' }, '2021-06-10')).thenRefuses('dwangsom/overtreding-ontbreekt', 'uitkomst.omschrijving');
      given(opgelegd).when(controle({ soort: 'onduidelijk' } as never, '2021-06-10')).thenRefuses('dwangsom/uitkomst-onbekend', 'uitkomst.soort');
      given([geopend]).when(dealen('2021-06-10')).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
    });
  });

  describe('invordering (art. 5:37 Awb) and verjaring (art. 5:35 Awb)', () => {
    const verzend = (bekendmakingsdatum: string, verbeuring = 1) =>
      ({ type: 'VerzendInvorderingsbeschikking', ...stap, verbeuring, bekendmakingsdatum, datum: bekendmakingsdatum }) as const;

    it('given a forfeiture, when the invorderingsbeschikking is made known, then it claims the amount and opens its own bezwaartermijn', () => {
      given(eenmaalVerbeurd).when(verzend('2021-06-15')).then([invordering(1, 1, '2021-06-15', '2021-07-27', 250_000, heel('2021-06-10'))]);
    });

    it('can be made known through the day a year after the forfeiture, and not the day after — whatever weekday that is', () => {
      // Forfeited Thursday 10 June 2021: claimable through Friday 10 June 2022.
      given(eenmaalVerbeurd).when(verzend('2022-06-10')).then([invordering(1, 1, '2022-06-10', '2022-07-22', 250_000, heel('2021-06-10'))]);
      const refusal = given(eenmaalVerbeurd).when(verzend('2022-06-11')).thenRefuses('dwangsom/verbeurde-dwangsom-verjaard', 'bekendmakingsdatum');
      expect(refusal.detail).toContain('verjaard na 2022-06-10');
      // 14 May 2022 is a Saturday: the Atw does not move the verjaring to Monday (art. 4 Atw).
      const zaterdag = [...opgelegd, geconstateerd('2021-05-14'), verbeurd(1, '2021-05-14')];
      given(zaterdag).when(verzend('2022-05-16')).thenRefuses('dwangsom/verbeurde-dwangsom-verjaard', 'bekendmakingsdatum');
    });

    it('refuses a second beschikking, an unknown forfeiture, and one before the forfeiture', () => {
      given(ingevorderd).when(verzend('2021-06-20')).thenRefuses('dwangsom/al-ingevorderd', 'verbeuring');
      given(eenmaalVerbeurd).when(verzend('2021-06-15', 2)).thenRefuses('dwangsom/verbeuring-onbekend', 'verbeuring');
      given(eenmaalVerbeurd).when(verzend('2021-06-01')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'bekendmakingsdatum');
      given([geopend]).when(verzend('2021-06-15')).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
    });

    it('collects after the last was lifted or exhausted: what forfeited stays owed', () => {
      const opgeheven = [...eenmaalVerbeurd, { type: 'LastOpgeheven', zaakId, ingangsdatum: '2021-07-01', reden: 'verzoek', datum: '2021-07-01', door } as const];
      given(opgeheven).when(verzend('2021-07-05')).then([invordering(1, 1, '2021-07-05', '2021-08-16', 250_000, heel('2021-06-10'))]);
    });
  });

  describe('a period per tijdseenheid: each unit verjaart on its own (art. 5:35 Awb)', () => {
    // Illegal room rental: € 100 a day from the day after a begunstigingstermijn that ended Sunday 28 February 2021.
    const lastPerDag: LastOpgelegd = {
      ...preventieveLast,
      vorm: { soort: 'herstellast', begunstigingstermijn: { einde: '2021-02-28' } },
      bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 10_000 },
      maximumCent: 5_000_000,
      bekendmakingsdatum: '2021-01-13',
      bezwaartermijnEinde: '2021-02-24',
      datum: '2021-01-13',
    };
    const vooraf: DwangsomEvent[] = [geopend, voornemen, termijnVerstreken, lastPerDag];
    // 1 March through 31 December 2021: 31+30+31+30+31+31+30+31+30+31 = 306 days × € 100 = € 30.600.
    const jaarVerbeurd = verbeurd(1, '2021-03-01', 3_060_000, {
      datum: '2021-12-31',
      totEnMet: '2021-12-31',
      eenheden: 306,
      berekendCent: 3_060_000,
      afgetopt: false,
      ...perDag('2021-03-01', 10_000),
    });
    const verbeurdOverHetJaar = [...vooraf, { ...geconstateerd('2021-03-01', '2021-12-31'), omschrijving: 'kamers verhuurd' }, jaarVerbeurd];
    const verzend = (bekendmakingsdatum: string) => ({ type: 'VerzendInvorderingsbeschikking', ...stap, verbeuring: 1, bekendmakingsdatum, datum: bekendmakingsdatum }) as const;

    it('given a violation of 306 days in one controle, then € 30.600 forfeits and its first day verjaart after 1 March 2022', () => {
      given(vooraf)
        .when(controle({ soort: 'overtreding', van: '2021-03-01', totEnMet: '2021-12-31', omschrijving: 'kamers verhuurd' }, '2021-12-31'))
        .then([{ ...geconstateerd('2021-03-01', '2021-12-31'), omschrijving: 'kamers verhuurd' }, jaarVerbeurd]);
      expect(jaarVerbeurd.verjaringsdatum).toBe('2022-03-01');
    });

    it('when the invorderingsbeschikking is made known on 15 March 2022, then it claims 15 March–31 December (292 days, € 29.200) and records 1–14 March (€ 1.400) as verjaard', () => {
      // The day forfeited on Sunday 14 March 2021 could be claimed through Monday 14 March 2022;
      // that of Monday 15 March 2021 through Tuesday 15 March 2022, the day of bekendmaking.
      // Bezwaar against the beschikking: six weeks from Tuesday 15 March 2022, through Tuesday 26 April.
      given(verbeurdOverHetJaar)
        .when(verzend('2022-03-15'))
        .then([
          invordering(1, 1, '2022-03-15', '2022-04-26', 2_920_000, {
            ingevorderd: { van: '2021-03-15', totEnMet: '2021-12-31', eenheden: 292, bedragCent: 2_920_000 },
            verjaard: { van: '2021-03-01', totEnMet: '2021-03-14', eenheden: 14, bedragCent: 140_000 },
          }),
        ]);
      const state = fold(dwangsomDecider, [...verbeurdOverHetJaar, invordering(1, 1, '2022-03-15', '2022-04-26', 2_920_000)]);
      expect(openstaandCent(state)).toBe(2_920_000);
    });

    it('claims the whole period through the first day’s verjaring, one day on the last, and nothing after', () => {
      given(verbeurdOverHetJaar)
        .when(verzend('2022-03-01'))
        .then([invordering(1, 1, '2022-03-01', '2022-04-12', 3_060_000, { ingevorderd: { van: '2021-03-01', totEnMet: '2021-12-31', eenheden: 306, bedragCent: 3_060_000 } })]);
      // Saturday 31 December 2022: the day forfeited a year before is still claimable (the Atw does not apply, art. 4 Atw).
      const laatsteDag = given(verbeurdOverHetJaar).when(verzend('2022-12-31'));
      laatsteDag.then([
        invordering(1, 1, '2022-12-31', '2023-02-13', 10_000, {
          ingevorderd: { van: '2021-12-31', totEnMet: '2021-12-31', eenheden: 1, bedragCent: 10_000 },
          verjaard: { van: '2021-03-01', totEnMet: '2021-12-30', eenheden: 305, bedragCent: 3_050_000 },
        }),
      ]);
      const refusal = given(verbeurdOverHetJaar).when(verzend('2023-01-02')).thenRefuses('dwangsom/verbeurde-dwangsom-verjaard', 'bekendmakingsdatum');
      expect(refusal.detail).toContain('verjaard na 2022-12-31');
    });

    it('reads a forfeiture recorded before units verjaarden one by one (no tijdseenheden) the same way', () => {
      const { tijdseenheden: _weg, ...oud } = jaarVerbeurd;
      given([...vooraf, oud])
        .when(verzend('2022-03-15'))
        .then([
          invordering(1, 1, '2022-03-15', '2022-04-26', 2_920_000, {
            ingevorderd: { van: '2021-03-15', totEnMet: '2021-12-31', eenheden: 292, bedragCent: 2_920_000 },
            verjaard: { van: '2021-03-01', totEnMet: '2021-03-14', eenheden: 14, bedragCent: 140_000 },
          }),
        ]);
    });

    it('per week, a unit verjaart a year after the week began; a capped period only in the units that forfeited money', () => {
      // € 1.000 a week from Monday 1 March 2021 through Sunday 2 May: 9 weeks, capped at € 5.000 (weeks 1–5).
      const perWeekLast: LastOpgelegd = { ...lastPerDag, bedrag: { soort: 'per-tijdseenheid', eenheid: 'week', bedragCent: 100_000 }, maximumCent: 500_000 };
      const verbeurdPerWeek = verbeurd(1, '2021-03-01', 500_000, { totEnMet: '2021-05-02', eenheden: 9, berekendCent: 900_000, afgetopt: true, ...perWeekVan('2021-03-01', 100_000) });
      // Weeks begin 1, 8, 15, 22 and 29 March; on 16 March 2022 the first three have verjaard.
      // Bezwaar: six weeks end Wednesday 27 April 2022, Koningsdag: extended to Thursday 28 April (art. 1 Atw).
      given([...vooraf, perWeekLast, verbeurdPerWeek])
        .when(verzend('2022-03-16'))
        .then([
          invordering(1, 1, '2022-03-16', '2022-04-28', 200_000, {
            ingevorderd: { van: '2021-03-22', totEnMet: '2021-04-04', eenheden: 2, bedragCent: 200_000 },
            verjaard: { van: '2021-03-01', totEnMet: '2021-03-21', eenheden: 3, bedragCent: 300_000 },
          }),
        ]);
    });
  });

  describe('per week of gedeelte daarvan: the weeks of one continuing violation', () => {
    // € 1.000 a week; the begunstigingstermijn ended Monday 15 February 2021.
    const lastPerWeek: LastOpgelegd = {
      ...preventieveLast,
      vorm: { soort: 'herstellast', begunstigingstermijn: { einde: '2021-02-15' } },
      bedrag: { soort: 'per-tijdseenheid', eenheid: 'week', bedragCent: 100_000 },
      maximumCent: 5_000_000,
      bekendmakingsdatum: '2021-01-13',
      bezwaartermijnEinde: '2021-02-24',
      datum: '2021-01-13',
    };
    const vooraf: DwangsomEvent[] = [geopend, voornemen, termijnVerstreken, lastPerWeek];
    const overtreding = (van: string, totEnMet: string) => controle({ soort: 'overtreding', van, totEnMet, omschrijving: 'x' }, totEnMet);
    const gezien = (van: string, totEnMet: string) => ({ ...geconstateerd(van, totEnMet), omschrijving: 'x' });
    // 16 through 25 February: ten days, two weeks begun (16–22 and 23 February–1 March).
    const eerste = verbeurd(1, '2021-02-16', 200_000, { datum: '2021-02-25', totEnMet: '2021-02-25', eenheden: 2, berekendCent: 200_000, afgetopt: false, ...perWeekVan('2021-02-16', 100_000) });
    const tweeWeken = [...vooraf, gezien('2021-02-16', '2021-02-25'), eerste];

    it('counts weeks from the start of the violation, not per registration', () => {
      expect(eenhedenVoor(lastPerWeek.bedrag, '2021-02-16', '2021-02-25')).toBe(2);
      expect(eenhedenVoor(lastPerWeek.bedrag, '2021-02-26', '2021-03-01', '2021-02-16')).toBe(0);
      expect(eenhedenVoor(lastPerWeek.bedrag, '2021-02-26', '2021-03-02', '2021-02-16')).toBe(1);
      // Per dag the days are the days, however registered.
      expect(eenhedenVoor({ soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 1 }, '2021-02-26', '2021-03-01', '2021-02-16')).toBe(4);
    });

    it('given 16–25 February registered, when 26 February–1 March is registered later, then nothing more forfeits: € 2.000 in all, not € 3.000', () => {
      given(vooraf).when(overtreding('2021-02-16', '2021-02-25')).then([gezien('2021-02-16', '2021-02-25'), eerste]);
      given(tweeWeken).when(overtreding('2021-02-26', '2021-03-01')).then([gezien('2021-02-26', '2021-03-01')]);
      const state = fold(dwangsomDecider, [...tweeWeken, gezien('2021-02-26', '2021-03-01')]);
      expect(state).toMatchObject({ last: { verbeurdCent: 200_000 } });
    });

    it('the third week begins on 2 March and is forfeited by the registration that reaches it; a day already registered is refused', () => {
      const doorgeteld = [...tweeWeken, gezien('2021-02-26', '2021-03-01')];
      given(doorgeteld)
        .when(overtreding('2021-03-02', '2021-03-03'))
        .then([
          gezien('2021-03-02', '2021-03-03'),
          verbeurd(2, '2021-03-02', 100_000, {
            datum: '2021-03-03',
            totEnMet: '2021-03-03',
            eenheden: 1,
            berekendCent: 100_000,
            afgetopt: false,
            ...perWeekVan('2021-03-02', 100_000),
            overtredingSinds: '2021-02-16',
          }),
        ]);
      // Registered in one go from 26 February, the third week is the first new one; it forfeited on 2 March.
      given(tweeWeken)
        .when(overtreding('2021-02-26', '2021-03-03'))
        .then([
          gezien('2021-02-26', '2021-03-03'),
          verbeurd(2, '2021-02-26', 100_000, {
            datum: '2021-03-03',
            totEnMet: '2021-03-03',
            eenheden: 1,
            berekendCent: 100_000,
            afgetopt: false,
            verjaringsdatum: '2022-03-02',
            ...perWeekVan('2021-03-02', 100_000),
            overtredingSinds: '2021-02-16',
          }),
        ]);
      given(doorgeteld).when(overtreding('2021-02-28', '2021-03-02')).thenRefuses('dwangsom/periode-al-verbeurd', 'uitkomst.van');
    });

    it('a registration after a gap is a new violation: its weeks count from its own first day', () => {
      given(tweeWeken)
        .when(overtreding('2021-02-27', '2021-03-01'))
        .then([
          gezien('2021-02-27', '2021-03-01'),
          verbeurd(2, '2021-02-27', 100_000, { datum: '2021-03-01', totEnMet: '2021-03-01', eenheden: 1, berekendCent: 100_000, afgetopt: false, ...perWeekVan('2021-02-27', 100_000) }),
        ]);
    });
  });

  describe('payments', () => {
    const betaal = (bedragCent: number, betaaldatum = '2021-07-01', nummer = 1) =>
      ({ type: 'RegistreerBetaling', ...stap, invordering: nummer, bedragCent, betaaldatum, datum: betaaldatum }) as const;
    const betaald = (bedragCent: number, openstaand: number, betaaldatum = '2021-07-01'): BetalingOntvangen => ({
      type: 'BetalingOntvangen',
      zaakId,
      invordering: 1,
      bedragCent,
      betaaldatum,
      openstaandCent: openstaand,
      datum: betaaldatum,
      door,
    });

    it('records a partial payment and what is still owed, then the rest', () => {
      given(ingevorderd).when(betaal(100_000)).then([betaald(100_000, 150_000)]);
      given([...ingevorderd, betaald(100_000, 150_000)]).when(betaal(150_000, '2021-08-01')).then([betaald(150_000, 0, '2021-08-01')]);
      expect(openstaandCent(fold(dwangsomDecider, [...ingevorderd, betaald(100_000, 150_000)]))).toBe(150_000);
    });

    it('refuses more than is owed, anything on a paid beschikking, fractions of a cent, and an unknown beschikking', () => {
      given(ingevorderd).when(betaal(250_001)).thenRefuses('dwangsom/betaling-te-hoog', 'bedragCent');
      given([...ingevorderd, betaald(250_000, 0)]).when(betaal(1)).thenRefuses('dwangsom/invordering-voldaan', 'invordering');
      given(ingevorderd).when(betaal(100.5)).thenRefuses('dwangsom/bedrag-ongeldig', 'bedragCent');
      given(ingevorderd).when(betaal(-5)).thenRefuses('dwangsom/bedrag-ongeldig', 'bedragCent');
      given(ingevorderd).when(betaal(100, '2021-07-01', 2)).thenRefuses('dwangsom/invordering-onbekend', 'invordering');
      given(ingevorderd).when({ ...betaal(100), betaaldatum: '1-7-2021' }).thenRefuses('dwangsom/datum-ongeldig', 'betaaldatum');
    });
  });

  describe('bezwaar against the last and against each invorderingsbeschikking', () => {
    const bezwaar = (tegen: RegistreerBezwaarTegen, ontvangstdatum: string, verzenddatum?: string) =>
      ({ type: 'RegistreerBezwaar', ...stap, tegen, ontvangstdatum, ...(verzenddatum ? { verzenddatum } : {}), datum: ontvangstdatum }) as const;
    const ingediend = (tegen: RegistreerBezwaarTegen, ontvangstdatum: string, einde: string, tijdig: boolean, verzenddatum?: string): BezwaarIngediend => ({
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
    const beslis = (tegen: RegistreerBezwaarTegen, uitkomst: 'gegrond' | 'ongegrond' | 'niet-ontvankelijk', bekendmakingsdatum: string) =>
      ({ type: 'NeemBeslissingOpBezwaar', ...stap, tegen, uitkomst, bekendmakingsdatum, datum: bekendmakingsdatum }) as const;
    const last = { besluit: 'last' } as const;
    const beschikking1 = { besluit: 'invorderingsbeschikking', invordering: 1 } as const;

    it('records an objection against the last on time (through 19 May), late, or posted in time (art. 6:9 Awb)', () => {
      given(opgelegd).when(bezwaar(last, '2021-05-19')).then([ingediend(last, '2021-05-19', '2021-05-19', true)]);
      given(opgelegd).when(bezwaar(last, '2021-05-20')).then([ingediend(last, '2021-05-20', '2021-05-19', false)]);
      given(opgelegd).when(bezwaar(last, '2021-05-25', '2021-05-19')).then([ingediend(last, '2021-05-25', '2021-05-19', true, '2021-05-19')]);
      given(opgelegd).when(bezwaar(last, '2021-05-27', '2021-05-19')).then([ingediend(last, '2021-05-27', '2021-05-19', false, '2021-05-19')]);
    });

    it('records an objection against an invorderingsbeschikking with that beschikking’s own term', () => {
      given(ingevorderd).when(bezwaar(beschikking1, '2021-07-20')).then([ingediend(beschikking1, '2021-07-20', '2021-07-27', true)]);
      given(ingevorderd).when(bezwaar({ besluit: 'invorderingsbeschikking', invordering: 7 }, '2021-07-20')).thenRefuses('dwangsom/invordering-onbekend', 'tegen.invordering');
      given(ingevorderd).when(bezwaar({ besluit: 'bestuursdwang' } as never, '2021-07-20')).thenRefuses('dwangsom/bestreden-besluit-onbekend', 'tegen');
    });

    it('refuses a second objection against the same besluit, and one received before its bekendmaking', () => {
      given([...opgelegd, ingediend(last, '2021-05-19', '2021-05-19', true)]).when(bezwaar(last, '2021-05-19')).thenRefuses('dwangsom/bezwaar-al-ingediend', 'tegen');
      given(opgelegd).when(bezwaar(last, '2021-04-01')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'ontvangstdatum');
      given([...ingevorderd, ingediend(last, '2021-05-19', '2021-05-19', true)]).when(bezwaar(beschikking1, '2021-07-01')).then([ingediend(beschikking1, '2021-07-01', '2021-07-27', true)]);
    });

    it('decides on an objection with a beroepstermijn; ongegrond leaves the last standing', () => {
      const metBezwaar = [...eenmaalVerbeurd, ingediend(last, '2021-05-19', '2021-05-19', true)];
      // Made known Wednesday 30 June 2021: beroep through Wednesday 11 August.
      given(metBezwaar)
        .when(beslis(last, 'ongegrond', '2021-06-30'))
        .then([{ type: 'BeslissingOpBezwaarGenomen', zaakId, tegen: last, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-06-30', beroepstermijnEinde: '2021-08-11', datum: '2021-06-30', door }]);
      given(opgelegd).when(beslis(last, 'ongegrond', '2021-06-30')).thenRefuses('dwangsom/geen-bezwaar', 'tegen');
      given(metBezwaar).when(beslis(last, 'ongegrond', '2021-05-01')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'bekendmakingsdatum');
      given(metBezwaar).when(beslis(last, 'half' as never, '2021-06-30')).thenRefuses('dwangsom/uitkomst-onbekend', 'uitkomst');
      const beslist = { type: 'BeslissingOpBezwaarGenomen', zaakId, tegen: last, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-06-30', beroepstermijnEinde: '2021-08-11', datum: '2021-06-30', door } as const;
      given([...metBezwaar, beslist]).when(beslis(last, 'gegrond', '2021-07-30')).thenRefuses('dwangsom/bezwaar-al-beslist', 'tegen');
      given([...metBezwaar, beslist]).when(dealen('2021-09-01')).then([geconstateerd('2021-09-01'), verbeurd(2, '2021-09-01')]);
    });

    it('a gegrond objection against the last herroept it: nothing forfeited under it is owed or collected', () => {
      const metBezwaar = [...ingevorderd, ingediend(last, '2021-05-19', '2021-05-19', true)];
      const gegrond = {
        type: 'BeslissingOpBezwaarGenomen',
        zaakId,
        tegen: last,
        uitkomst: 'gegrond',
        gevolg: { soort: 'herroepen' },
        bekendmakingsdatum: '2021-06-30',
        beroepstermijnEinde: '2021-08-11',
        datum: '2021-06-30',
        door,
      } as const;
      // Without a gevolg, gegrond herroept; the event says so.
      given(metBezwaar).when(beslis(last, 'gegrond', '2021-06-30')).then([gegrond]);
      given(metBezwaar).when({ ...beslis(last, 'gegrond', '2021-06-30'), gevolg: { soort: 'herroepen' } }).then([gegrond]);
      const herroepen = [...metBezwaar, gegrond];
      expect(fold(dwangsomDecider, herroepen)).toMatchObject({ status: 'last-beeindigd', einde: { reden: 'herroepen' }, last: { verbeurdCent: 0 } });
      expect(openstaandCent(fold(dwangsomDecider, herroepen))).toBe(0);
      given(herroepen).when(dealen('2021-09-01')).thenRefuses('dwangsom/last-niet-van-kracht', 'zaakId');
      given(herroepen).when({ type: 'RegistreerBetaling', ...stap, invordering: 1, bedragCent: 100, betaaldatum: '2021-07-01', datum: '2021-07-01' }).thenRefuses('dwangsom/invordering-vervallen', 'invordering');
    });

    it('a gegrond objection against an invorderingsbeschikking voids that one only', () => {
      const tweeVerbeurd = [...ingevorderd, geconstateerd('2021-07-01'), verbeurd(2, '2021-07-01'), invordering(2, 2, '2021-07-05', '2021-08-16'), ingediend(beschikking1, '2021-07-20', '2021-07-27', true)];
      const gegrond = { type: 'BeslissingOpBezwaarGenomen', zaakId, tegen: beschikking1, uitkomst: 'gegrond', bekendmakingsdatum: '2021-08-20', beroepstermijnEinde: '2021-10-01', datum: '2021-08-20', door } as const;
      given(tweeVerbeurd).when(beslis(beschikking1, 'gegrond', '2021-08-20')).then([gegrond]);
      const state = fold(dwangsomDecider, [...tweeVerbeurd, gegrond]);
      expect(openstaandCent(state)).toBe(250_000);
      expect(state).toMatchObject({ status: 'last-van-kracht' });
      given([...tweeVerbeurd, gegrond])
        .when({ type: 'RegistreerBetaling', ...stap, invordering: 1, bedragCent: 100, betaaldatum: '2021-09-01', datum: '2021-09-01' })
        .thenRefuses('dwangsom/invordering-vervallen', 'invordering');
    });

    it('refuses a new beschikking for a forfeiture of a herroepen last (a gegrond decision recorded before gevolg existed herroept)', () => {
      const gegrond = { type: 'BeslissingOpBezwaarGenomen', zaakId, tegen: last, uitkomst: 'gegrond', bekendmakingsdatum: '2021-06-30', beroepstermijnEinde: '2021-08-11', datum: '2021-06-30', door } as const;
      given([...eenmaalVerbeurd, ingediend(last, '2021-05-19', '2021-05-19', true), gegrond])
        .when({ type: 'VerzendInvorderingsbeschikking', ...stap, verbeuring: 1, bekendmakingsdatum: '2021-07-01', datum: '2021-07-01' })
        .thenRefuses('dwangsom/verbeuring-vervallen', 'verbeuring');
    });
  });

  describe('a gegrond bezwaar that changes the last (art. 7:11 lid 2 Awb)', () => {
    const last = { besluit: 'last' } as const;
    // Bekendgemaakt 7 April 2021; bezwaar received Saturday 1 May, in time (through 19 May).
    const bezwaarTegenLast: BezwaarIngediend = { type: 'BezwaarIngediend', zaakId, tegen: last, ontvangstdatum: '2021-05-01', bezwaartermijnEinde: '2021-05-19', tijdig: true, datum: '2021-05-01', door };
    const herstel: DwangsomEvent[] = [geopend, voornemen, termijnVerstreken, herstellastPerDag, bezwaarTegenLast];
    const beslis = (gevolg: NeemBeslissingOpBezwaar['gevolg'], bekendmakingsdatum = '2021-06-02', uitkomst: NeemBeslissingOpBezwaar['uitkomst'] = 'gegrond') =>
      ({ type: 'NeemBeslissingOpBezwaar', ...stap, tegen: last, uitkomst, gevolg, bekendmakingsdatum, datum: bekendmakingsdatum }) as const;
    // Made known Wednesday 2 June 2021: beroep through Wednesday 14 July.
    const genomen = (gevolg: BeslissingOpBezwaarGenomen['gevolg'], bekendmakingsdatum = '2021-06-02', beroepstermijnEinde = '2021-07-14'): BeslissingOpBezwaarGenomen => ({
      type: 'BeslissingOpBezwaarGenomen',
      zaakId,
      tegen: last,
      uitkomst: 'gegrond',
      gevolg,
      bekendmakingsdatum,
      beroepstermijnEinde,
      datum: bekendmakingsdatum,
      door,
    });

    it('given nothing forfeited yet, when the bezwaar is gegrond with € 250 a day, € 10.000 at most and four new weeks, then the last stands changed', () => {
      // Four weeks from Wednesday 2 June 2021 end Wednesday 30 June: the new chance runs from the beslissing op bezwaar.
      const gewijzigd = genomen({
        soort: 'gewijzigd',
        bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 25_000 },
        maximumCent: 1_000_000,
        begunstigingstermijn: { einde: '2021-06-30', lengte: { aantal: 4, eenheid: 'weken' }, verlengdAlsAtw: true },
      });
      given(herstel)
        .when(
          beslis({
            soort: 'gewijzigd',
            bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 25_000 },
            maximumCent: 1_000_000,
            begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: true },
          }),
        )
        .then([gewijzigd]);
      const na = [...herstel, gewijzigd];
      expect(fold(dwangsomDecider, na)).toMatchObject({
        status: 'last-van-kracht',
        last: { bedrag: { bedragCent: 25_000 }, maximumCent: 1_000_000, vorm: { begunstigingstermijn: { einde: '2021-06-30' } } },
      });
      given(na)
        .when(controle({ soort: 'overtreding', van: '2021-06-30', totEnMet: '2021-07-02', omschrijving: 'x' }, '2021-07-02'))
        .thenRefuses('dwangsom/binnen-begunstigingstermijn', 'uitkomst.van');
      // 1 and 2 July: two days × € 250.
      given(na)
        .when(controle({ soort: 'overtreding', van: '2021-07-01', totEnMet: '2021-07-02', omschrijving: 'x' }, '2021-07-02'))
        .then([
          { ...geconstateerd('2021-07-01', '2021-07-02'), omschrijving: 'x' },
          verbeurd(1, '2021-07-01', 50_000, { datum: '2021-07-02', totEnMet: '2021-07-02', eenheden: 2, berekendCent: 50_000, afgetopt: false, ...perDag('2021-07-01', 25_000) }),
        ]);
    });

    it('changes only what it names, and never makes the last heavier', () => {
      given(herstel).when(beslis({ soort: 'gewijzigd', maximumCent: 1_500_000 })).then([genomen({ soort: 'gewijzigd', maximumCent: 1_500_000 })]);
      given(herstel).when(beslis({ soort: 'gewijzigd' })).thenRefuses('dwangsom/wijziging-leeg', 'gevolg');
      given(herstel).when(beslis({ soort: 'gewijzigd', maximumCent: 2_500_000 })).thenRefuses('dwangsom/wijziging-verzwaart', 'gevolg.maximumCent');
      given(herstel)
        .when(beslis({ soort: 'gewijzigd', bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 60_000 } }))
        .thenRefuses('dwangsom/wijziging-verzwaart', 'gevolg.bedrag');
      given(herstel)
        .when(beslis({ soort: 'gewijzigd', bedrag: { soort: 'per-tijdseenheid', eenheid: 'week', bedragCent: 10_000 } }))
        .thenRefuses('dwangsom/wijziging-verzwaart', 'gevolg.bedrag');
      // Decided on Monday 3 May, before the begunstigingstermijn (through 6 May) ended: a new end on 5 May shortens it.
      given(herstel).when(beslis({ soort: 'gewijzigd', begunstigingstermijn: { einde: '2021-05-05' } }, '2021-05-03')).thenRefuses('dwangsom/wijziging-verzwaart', 'gevolg.begunstigingstermijn');
      given(herstel).when(beslis({ soort: 'gewijzigd', maximumCent: 40_000 })).thenRefuses('dwangsom/maximum-onder-bedrag', 'gevolg.maximumCent');
      given(herstel).when(beslis({ soort: 'gewijzigd', maximumCent: 100.5 })).thenRefuses('dwangsom/bedrag-ongeldig', 'gevolg.maximumCent');
      const preventief = [...opgelegd, bezwaarTegenLast];
      given(preventief)
        .when(beslis({ soort: 'gewijzigd', begunstigingstermijn: { einde: '2021-07-01' } }))
        .thenRefuses('dwangsom/begunstigingstermijn-bij-preventieve-last', 'gevolg.begunstigingstermijn');
    });

    it('takes a gevolg only for a gegrond objection against the last', () => {
      given(herstel).when(beslis({ soort: 'herroepen' }, '2021-06-02', 'ongegrond')).thenRefuses('dwangsom/gevolg-zonder-gegrond-bezwaar-tegen-last', 'gevolg');
      const tegenBeschikking = [...ingevorderd, { ...bezwaarTegenLast, tegen: { besluit: 'invorderingsbeschikking', invordering: 1 }, ontvangstdatum: '2021-07-01', bezwaartermijnEinde: '2021-07-27' } as const];
      given(tegenBeschikking)
        .when({ ...beslis({ soort: 'gewijzigd', maximumCent: 500_000 }, '2021-08-02'), tegen: { besluit: 'invorderingsbeschikking', invordering: 1 } })
        .thenRefuses('dwangsom/gevolg-zonder-gegrond-bezwaar-tegen-last', 'gevolg');
    });

    describe('given € 7.000 forfeited (7–20 May 2021) before the beslissing op bezwaar', () => {
      const verbeurdVoorBeslissing: DwangsomEvent[] = [
        ...herstel,
        geconstateerd('2021-05-07', '2021-05-20'),
        verbeurd(1, '2021-05-07', 700_000, { totEnMet: '2021-05-20', eenheden: 14, berekendCent: 700_000, ...perDag('2021-05-07') }),
      ];

      it('a maximum below what forfeited is refused, saying what to choose; exactly that amount exhausts the last', () => {
        const refusal = given(verbeurdVoorBeslissing).when(beslis({ soort: 'gewijzigd', maximumCent: 600_000 })).thenRefuses('dwangsom/maximum-onder-verbeurd', 'gevolg.maximumCent');
        expect(refusal.detail).toContain('al € 7.000,00 verbeurd');
        expect(refusal.detail).toContain('ten minste € 7.000,00');
        given(verbeurdVoorBeslissing)
          .when(beslis({ soort: 'gewijzigd', maximumCent: 700_000 }))
          .then([genomen({ soort: 'gewijzigd', maximumCent: 700_000 }), { type: 'LastUitgeput', zaakId, maximumCent: 700_000, op: '2021-06-02', datum: '2021-06-02', door }]);
        given(verbeurdVoorBeslissing).when(beslis({ soort: 'gewijzigd', maximumCent: 1_000_000 })).then([genomen({ soort: 'gewijzigd', maximumCent: 1_000_000 })]);
      });

      it('a lower sum, or a begunstigingstermijn reaching into a forfeiture, would change what forfeited: refused, herroepen is the way', () => {
        const lager = given(verbeurdVoorBeslissing)
          .when(beslis({ soort: 'gewijzigd', bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 25_000 } }))
          .thenRefuses('dwangsom/wijziging-raakt-verbeuringen', 'gevolg.bedrag');
        expect(lager.detail).toContain('herroep de last');
        given(verbeurdVoorBeslissing).when(beslis({ soort: 'gewijzigd', begunstigingstermijn: { einde: '2021-06-30' } })).thenRefuses('dwangsom/wijziging-raakt-verbeuringen', 'gevolg.begunstigingstermijn');
      });
    });
  });

  describe('opheffing and intrekking (art. 5:34 Awb)', () => {
    const hefOp = (ingangsdatum: string, reden = 'een jaar zonder verbeuring') => ({ type: 'HefLastOp', ...stap, ingangsdatum, reden, datum: ingangsdatum }) as const;

    it('lifts the last: nothing forfeits after', () => {
      const opgeheven = { type: 'LastOpgeheven', zaakId, ingangsdatum: '2021-07-01', reden: 'een jaar zonder verbeuring', datum: '2021-07-01', door } as const;
      given(eenmaalVerbeurd).when(hefOp('2021-07-01')).then([opgeheven]);
      given([...eenmaalVerbeurd, opgeheven]).when(dealen('2021-07-02')).thenRefuses('dwangsom/last-niet-van-kracht', 'zaakId');
      given([...eenmaalVerbeurd, opgeheven]).when(hefOp('2021-07-02')).thenRefuses('dwangsom/last-niet-van-kracht');
    });

    it('revokes the last', () => {
      const command = { type: 'TrekLastIn', ...stap, ingangsdatum: '2021-05-01', reden: 'verkeerde overtreder', datum: '2021-05-01' } as const;
      given(opgelegd).when(command).then([{ type: 'LastIngetrokken', zaakId, ingangsdatum: '2021-05-01', reden: 'verkeerde overtreder', datum: '2021-05-01', door }]);
      given(opgelegd).when({ ...command, reden: '' }).thenRefuses('dwangsom/reden-ontbreekt', 'reden');
    });

    it('refuses lifting before bekendmaking, before a forfeiture already recorded, without reason, or with no last', () => {
      given(opgelegd).when(hefOp('2021-04-01')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'ingangsdatum');
      given(eenmaalVerbeurd).when(hefOp('2021-06-01')).thenRefuses('dwangsom/einde-voor-verbeuring', 'ingangsdatum');
      given(opgelegd).when(hefOp('2021-06-01', ' ')).thenRefuses('dwangsom/reden-ontbreekt', 'reden');
      given([geopend]).when(hefOp('2021-06-01')).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
    });
  });

  it('formats amounts the way a besluit writes them', () => {
    expect(formatEuro(250_000)).toBe('€ 2.500,00');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(123_456_789)).toBe('€ 1.234.567,89');
  });

  it('folds a whole case into what is owed', () => {
    const events: DwangsomEvent[] = [
      ...eenmaalVerbeurd,
      geconstateerd('2021-07-01'),
      verbeurd(2, '2021-07-01'),
      invordering(1, 1, '2021-06-15', '2021-07-27'),
      invordering(2, 2, '2021-07-05', '2021-08-16'),
      { type: 'BetalingOntvangen', zaakId, invordering: 2, bedragCent: 50_000, betaaldatum: '2021-08-01', openstaandCent: 200_000, datum: '2021-08-01', door },
    ];
    const state = fold(dwangsomDecider, events);
    expect(openstaandCent(state)).toBe(450_000);
    expect(state).toMatchObject({ status: 'last-van-kracht', last: { verbeurdCent: 500_000 } });
  });
});

type RegistreerBezwaarTegen = Extract<DwangsomCommand, { type: 'RegistreerBezwaar' }>['tegen'];
