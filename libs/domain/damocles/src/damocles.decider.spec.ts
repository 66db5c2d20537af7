import { DeciderSpecification, fold, verdraagtVreemdeEvents } from '@handhaving/domain-shared';
import { voorbeeldBeleid } from '@handhaving/policy';
import { beslistermijnBezwaar } from '@handhaving/domain-awb';
import type { DamoclesCommand, NeemBesluit, RegistreerEindeOpschorting, RegistreerRapportage, VerdaagBeslistermijnBezwaar, VraagHerstelVerzuim } from './damocles.commands';
import { damoclesDecider, damoclesStreamId, zwaarsteCategorie } from './damocles.decider';
import type {
  BeslistermijnBezwaarVerdaagd,
  BezwaarIngediend,
  DamoclesEvent,
  HerstelVerzuimGevraagd,
  OpschortingBeslistermijnBeeindigd,
  MaatregelVoorgesteld,
  RapportageOntvangen,
  SluitingsbesluitGenomen,
  SluitingUitgevoerd,
  VoornemenVerzonden,
  ZienswijzetermijnVerstreken,
} from './damocles.events';

const given = DeciderSpecification.for(damoclesDecider).given;

const zaakId = '5f0c2a9e-1d3b-4c5a-8e7f-9a0b1c2d3e4f';
const door = 'medewerker-1';
const beleid = voorbeeldBeleid();

// A hennepkwekerij in a woning in Kerkrade: softdrugs, a first find.
const registreer = (velden: Partial<RegistreerRapportage> = {}): RegistreerRapportage => ({
  type: 'RegistreerRapportage',
  zaakId,
  gemeente: 'GM0928',
  pand: { postcode: '6461 ab', huisnummer: '12', huisletter: 'a' },
  pandtype: 'woning',
  constateringsdatum: '2021-02-10',
  ontvangstdatum: '2021-02-15',
  vondsten: [
    { categorie: 'attributen', omschrijving: 'kweekapparatuur' },
    { categorie: 'softdrugs', omschrijving: 'hennepkwekerij', hoeveelheid: '120 planten' },
  ],
  betrokkenen: [
    { betrokkeneId: 'b-eigenaar', rol: 'eigenaar' },
    { betrokkeneId: 'b-huurder', rol: 'gebruiker' },
  ],
  datum: '2021-02-15',
  door,
  ...velden,
});

const ontvangen: RapportageOntvangen = {
  type: 'RapportageOntvangen',
  zaakId,
  gemeente: 'GM0928',
  pand: { sleutel: 'adres:6461AB-12-A', identiteit: { soort: 'adres', postcode: '6461AB', huisnummer: 12, huisletter: 'A' }, pandtype: 'woning' },
  constateringsdatum: '2021-02-10',
  ontvangstdatum: '2021-02-15',
  vondsten: [
    { categorie: 'attributen', omschrijving: 'kweekapparatuur' },
    { categorie: 'softdrugs', omschrijving: 'hennepkwekerij', hoeveelheid: '120 planten' },
  ],
  zwaarsteCategorie: 'softdrugs',
  betrokkenen: [
    { betrokkeneId: 'b-eigenaar', rol: 'eigenaar' },
    { betrokkeneId: 'b-huurder', rol: 'gebruiker' },
  ],
  datum: '2021-02-15',
  door,
};

const harddrugsOntvangen: RapportageOntvangen = {
  ...ontvangen,
  vondsten: [...ontvangen.vondsten, { categorie: 'harddrugs', omschrijving: 'cocaïne', hoeveelheid: '50 g' }],
  zwaarsteCategorie: 'harddrugs',
};

const eerdereVondst = { zaakId: '0a1b2c3d-0000-4000-8000-000000000001', constateringsdatum: '2019-06-01' };

const voorgesteldTweede: MaatregelVoorgesteld = {
  type: 'MaatregelVoorgesteld',
  zaakId,
  voorgesteld: { soort: 'sluiting', duurMaanden: 3 },
  trede: 'tweede',
  beleidsversie: 'GM0928-2020-01-01',
  recidiveTermijnMaanden: 36,
  eerdereVondsten: [eerdereVondst],
  uitleg:
    'woning, zwaarste categorie softdrugs, 1 eerdere vondst binnen 36 maanden (0a1b2c3d-0000-4000-8000-000000000001 van 2019-06-01) vóór 2021-02-10: ' +
    'trede tweede, dus sluiting 3 maanden (beleid GM0928-2020-01-01)',
  datum: '2021-02-16',
  door,
};

const voorgesteldEerste: MaatregelVoorgesteld = {
  ...voorgesteldTweede,
  voorgesteld: { soort: 'waarschuwing' },
  trede: 'eerste',
  eerdereVondsten: [],
  uitleg: 'woning, zwaarste categorie softdrugs, geen eerdere vondsten binnen 36 maanden vóór 2021-02-10: trede eerste, dus waarschuwing (beleid GM0928-2020-01-01)',
};

// Sent on Wednesday 17 February 2021: two weeks run through Wednesday 3 March.
const voornemenSluiting: VoornemenVerzonden = {
  type: 'VoornemenVerzonden',
  zaakId,
  maatregel: { soort: 'sluiting', duurMaanden: 3 },
  verzenddatum: '2021-02-17',
  zienswijzetermijn: { einde: '2021-03-03', lengte: { aantal: 2, eenheid: 'weken' }, verlengdAlsAtw: true },
  datum: '2021-02-17',
  door,
};

/** As the decider records a voornemen now: to the case's betrokkenen (`aan`), which older events lack. */
const aanBetrokkenen = (event: VoornemenVerzonden): VoornemenVerzonden => {
  const { datum, door: wie, ...rest } = event;
  return { ...rest, aan: ['b-eigenaar', 'b-huurder'], datum, door: wie };
};
const termijnVerstreken: ZienswijzetermijnVerstreken = { type: 'ZienswijzetermijnVerstreken', zaakId, einde: '2021-03-03', datum: '2021-03-04', door };

// Bekendgemaakt Wednesday 10 March 2021: begunstiging 2 weeks through 24 March, bezwaar 6 weeks through 21 April.
const sluitingsbesluit: SluitingsbesluitGenomen = {
  type: 'SluitingsbesluitGenomen',
  zaakId,
  duurMaanden: 3,
  begunstigingstermijn: { einde: '2021-03-24', lengte: { aantal: 2, eenheid: 'weken' }, verlengdAlsAtw: true },
  bekendmakingsdatum: '2021-03-10',
  bezwaartermijnEinde: '2021-04-21',
  spoedeisend: false,
  datum: '2021-03-10',
  door,
};

const bezwaar: BezwaarIngediend = {
  type: 'BezwaarIngediend',
  zaakId,
  ontvangstdatum: '2021-04-01',
  bezwaartermijnEinde: '2021-04-21',
  tijdig: true,
  datum: '2021-04-01',
  door,
};

// Sealed Thursday 25 March 2021: three months through 24 June.
const uitgevoerd: SluitingUitgevoerd = { type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-03-25', eindeSluiting: '2021-06-24', datum: '2021-03-25', door };

const totVoornemen: DamoclesEvent[] = [ontvangen, voorgesteldTweede, voornemenSluiting];
const totBesluit: DamoclesEvent[] = [...totVoornemen, termijnVerstreken];
const totSluitingsbesluit: DamoclesEvent[] = [...totBesluit, sluitingsbesluit];

const stelVoor = (eerdere = [eerdereVondst]): DamoclesCommand => ({
  type: 'StelMaatregelVoor',
  zaakId,
  beleidsversie: 'GM0928-2020-01-01',
  beleid,
  eerdereVondsten: eerdere,
  datum: '2021-02-16',
  door,
});

const verzend = (velden: Partial<Extract<DamoclesCommand, { type: 'VerzendVoornemen' }>> = {}): DamoclesCommand => ({
  type: 'VerzendVoornemen',
  zaakId,
  maatregel: { soort: 'sluiting', duurMaanden: 3 },
  verzenddatum: '2021-02-17',
  zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true },
  datum: '2021-02-17',
  door,
  ...velden,
});

const besluitSluiting = (velden: Partial<NeemBesluit> = {}): NeemBesluit => ({
  type: 'NeemBesluit',
  zaakId,
  besluit: { soort: 'sluiting', duurMaanden: 3, begunstigingstermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, bekendmakingsdatum: '2021-03-10' },
  datum: '2021-03-10',
  door,
  ...velden,
});

const registreerBezwaar = (ontvangstdatum: string, verzenddatum?: string): DamoclesCommand => ({
  type: 'RegistreerBezwaar',
  zaakId,
  ontvangstdatum,
  ...(verzenddatum === undefined ? {} : { verzenddatum }),
  datum: ontvangstdatum,
  door,
});

const voorziening = (stap: 'gevraagd' | 'toegewezen' | 'afgewezen', datum = '2021-04-02'): DamoclesCommand => ({ type: 'RegistreerVoorlopigeVoorziening', zaakId, stap, datum, door });
const voerUit = (sluitingsdatum = '2021-03-25'): DamoclesCommand => ({ type: 'RegistreerSluitingUitgevoerd', zaakId, sluitingsdatum, datum: sluitingsdatum, door });

describe('damocles: rapportage', () => {
  it('given nothing, when a rapportage is registered, then RapportageOntvangen with the pand normalised and the heaviest category derived', () => {
    given([]).when(registreer()).then([ontvangen]);
  });

  it('classifies a find by its heaviest category: harddrugs > softdrugs > attributen', () => {
    expect(zwaarsteCategorie([{ categorie: 'attributen' }, { categorie: 'harddrugs' }, { categorie: 'softdrugs' }])).toBe('harddrugs');
    expect(zwaarsteCategorie([{ categorie: 'attributen' }, { categorie: 'softdrugs' }])).toBe('softdrugs');
    expect(zwaarsteCategorie([{ categorie: 'attributen' }])).toBe('attributen');
    given([]).when(registreer({ vondsten: harddrugsOntvangen.vondsten })).then([harddrugsOntvangen]);
  });

  it('keeps a BAG id as the pand key', () => {
    const bag = { soort: 'bag', adresseerbaarObjectId: '0928010000012345' } as const;
    given([])
      .when(registreer({ pand: { adresseerbaarObjectId: '0928010000012345' } }))
      .then([{ ...ontvangen, pand: { sleutel: 'bag:0928010000012345', identiteit: bag, pandtype: 'woning' } }]);
  });

  it('refuses a second registration, a rapportage without finds, an unknown category, a report received before the find, an invalid postcode or date', () => {
    given([ontvangen]).when(registreer()).thenRefuses('damocles/zaak-bestaat-al', 'zaakId');
    given([]).when(registreer({ vondsten: [] })).thenRefuses('damocles/geen-vondsten', 'vondsten');
    given([])
      .when(registreer({ vondsten: [{ categorie: 'xtc' as never, omschrijving: 'pillen' }] }))
      .thenRefuses('damocles/categorie-onbekend', 'vondsten[0].categorie');
    given([]).when(registreer({ ontvangstdatum: '2021-02-09' })).thenRefuses('damocles/datum-voor-vorige-stap', 'ontvangstdatum');
    given([]).when(registreer({ pand: { postcode: '6461 SS', huisnummer: 12 } })).thenRefuses('pand/postcode-ongeldig', 'pand.postcode');
    given([]).when(registreer({ constateringsdatum: '2021-02-30' })).thenRefuses('damocles/datum-ongeldig', 'constateringsdatum');
    given([]).when(registreer({ pandtype: 'bedrijf' as never })).thenRefuses('damocles/pandtype-onbekend', 'pandtype');
    given([])
      .when(registreer({ betrokkenen: [{ betrokkeneId: 'b-1', rol: 'buurman' as never }] }))
      .thenRefuses('damocles/rol-onbekend', 'betrokkenen[0].rol');
  });

  it('gives the stream id damocles-{zaakId}', () => {
    expect(damoclesStreamId(zaakId)).toBe(`damocles-${zaakId}`);
  });
});

describe('damocles: maatregel voorgesteld', () => {
  it('applies the ladder itself: a first softdrugs find in a woning gives a waarschuwing, and says why', () => {
    given([ontvangen]).when(stelVoor([])).then([voorgesteldEerste]);
  });

  it('counts the earlier finds the application passes in: the second within the window gives a closure of 3 months', () => {
    given([ontvangen]).when(stelVoor()).then([voorgesteldTweede]);
  });

  it('may propose again before the voornemen (e.g. after a correction), the last proposal counting', () => {
    given([ontvangen, voorgesteldEerste]).when(stelVoor()).then([voorgesteldTweede]);
  });

  it('refuses an earlier find that is not earlier, a proposal for an unknown case, for another case, or after the voornemen', () => {
    given([ontvangen])
      .when(stelVoor([{ zaakId: 'x', constateringsdatum: '2021-02-10' }]))
      .thenRefuses('damocles/eerdere-vondst-ongeldig', 'eerdereVondsten[0]');
    given([]).when(stelVoor()).thenRefuses('damocles/zaak-onbekend', 'zaakId');
    given([ontvangen])
      .when({ ...stelVoor(), zaakId: 'andere-zaak' })
      .thenRefuses('damocles/andere-zaak', 'zaakId');
    given(totVoornemen).when(stelVoor()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
  });
});

describe('damocles: voornemen', () => {
  it('sends the proposed measure with a zienswijzetermijn computed from the policy length', () => {
    given([ontvangen, voorgesteldTweede]).when(verzend()).then([aanBetrokkenen(voornemenSluiting)]);
  });

  it('takes an explicit end date as written in the letter', () => {
    given([ontvangen, voorgesteldTweede])
      .when(verzend({ zienswijzetermijn: { einde: '2021-03-05' } }))
      .then([aanBetrokkenen({ ...voornemenSluiting, zienswijzetermijn: { einde: '2021-03-05' } })]);
  });

  it('extends the term past Easter only when the policy says so', () => {
    // Friday 26 March 2021 + 8 days = Saturday 3 April; Sunday is Easter, Monday tweede Paasdag.
    const achtDagen = { aantal: 8, eenheid: 'dagen' } as const;
    given([ontvangen, voorgesteldTweede])
      .when(verzend({ verzenddatum: '2021-03-26', datum: '2021-03-26', zienswijzetermijn: { lengte: achtDagen, verlengAlsAtw: true } }))
      .then([aanBetrokkenen({ ...voornemenSluiting, verzenddatum: '2021-03-26', zienswijzetermijn: { einde: '2021-04-06', lengte: achtDagen, verlengdAlsAtw: true }, datum: '2021-03-26' })]);
    given([ontvangen, voorgesteldTweede])
      .when(verzend({ verzenddatum: '2021-03-26', datum: '2021-03-26', zienswijzetermijn: { lengte: achtDagen, verlengAlsAtw: false } }))
      .then([aanBetrokkenen({ ...voornemenSluiting, verzenddatum: '2021-03-26', zienswijzetermijn: { einde: '2021-04-03', lengte: achtDagen, verlengdAlsAtw: false }, datum: '2021-03-26' })]);
  });

  it('records a deviation from the proposal with its motivation', () => {
    const afwijking = { motivering: 'Minderjarige kinderen in de woning; een waarschuwing is evenredig' };
    given([ontvangen, voorgesteldTweede])
      .when(verzend({ maatregel: { soort: 'waarschuwing' }, afwijking }))
      .then([aanBetrokkenen({ type: 'VoornemenVerzonden', zaakId, maatregel: { soort: 'waarschuwing' }, afwijking, verzenddatum: '2021-02-17', zienswijzetermijn: voornemenSluiting.zienswijzetermijn, datum: '2021-02-17', door })]);
  });

  it('refuses a deviation without motivation, and a motivation without deviation', () => {
    given([ontvangen, voorgesteldTweede]).when(verzend({ maatregel: { soort: 'sluiting', duurMaanden: 6 } })).thenRefuses('damocles/afwijking-zonder-motivering', 'afwijking');
    given([ontvangen, voorgesteldTweede])
      .when(verzend({ maatregel: { soort: 'waarschuwing' }, afwijking: { motivering: '  ' } }))
      .thenRefuses('damocles/afwijking-zonder-motivering', 'afwijking');
    given([ontvangen, voorgesteldTweede]).when(verzend({ afwijking: { motivering: 'zomaar' } })).thenRefuses('damocles/afwijking-zonder-verschil', 'afwijking');
  });

  it('refuses a warning for harddrugs, even with a motivation', () => {
    given([harddrugsOntvangen, voorgesteldTweede])
      .when(verzend({ maatregel: { soort: 'waarschuwing' }, afwijking: { motivering: 'eerste keer' } }))
      .thenRefuses('damocles/harddrugs-geen-waarschuwing', 'maatregel');
  });

  it('refuses a voornemen before the proposal, a second voornemen, a measure that is none, and a term ending before sending', () => {
    given([ontvangen]).when(verzend()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    given(totVoornemen).when(verzend()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    given([ontvangen, voorgesteldTweede])
      .when(verzend({ maatregel: { soort: 'sluiting', duurMaanden: 0 } }))
      .thenRefuses('damocles/maatregel-ongeldig', 'maatregel');
    given([ontvangen, voorgesteldTweede]).when(verzend({ zienswijzetermijn: { einde: '2021-02-17' } })).thenRefuses('damocles/termijn-ongeldig', 'zienswijzetermijn.einde');
    given([ontvangen, voorgesteldTweede]).when(verzend({ verzenddatum: '2021-02-14' })).thenRefuses('damocles/datum-voor-vorige-stap', 'verzenddatum');
  });
});

describe('damocles: spoedeisende sluiting', () => {
  const spoed = {
    type: 'NeemSpoedeisendeSluiting',
    zaakId,
    motivering: 'Brandgevaarlijke installatie; direct gevaar voor de buren',
    duurMaanden: 3,
    bekendmakingsdatum: '2021-02-17',
    datum: '2021-02-17',
    door,
  } as const;

  it('skips the voornemen with its motivation and takes the sluitingsbesluit at once', () => {
    given([ontvangen, voorgesteldTweede])
      .when(spoed)
      .then([
        { type: 'VoornemenAchterwegeGelaten', zaakId, motivering: spoed.motivering, datum: '2021-02-17', door },
        { type: 'SluitingsbesluitGenomen', zaakId, duurMaanden: 3, bekendmakingsdatum: '2021-02-17', bezwaartermijnEinde: '2021-03-31', spoedeisend: true, datum: '2021-02-17', door },
      ]);
  });

  it('refuses it without a motivation, or after a voornemen', () => {
    given([ontvangen, voorgesteldTweede])
      .when({ ...spoed, motivering: '' })
      .thenRefuses('damocles/spoed-zonder-motivering', 'motivering');
    given(totVoornemen).when(spoed).thenRefuses('damocles/stap-in-verkeerde-volgorde');
  });
});

describe('damocles: events the decider does not know (a reminder sent, a newer version)', () => {
  // The scheduler records HerinneringVerstuurd on the case's stream; a newer version may write
  // types this one has never seen. Neither changes the case, and the next step is still taken.
  it.each<[string, DamoclesEvent[], DamoclesCommand]>([
    ['before the proposal', [ontvangen], stelVoor()],
    ['between the voornemen and the zienswijze', totVoornemen, { type: 'RegistreerZienswijze', zaakId, wijze: 'mondeling', datum: '2021-03-01', door }],
    ['before the besluit', totBesluit, besluitSluiting()],
    ['after the sluitingsbesluit', totSluitingsbesluit, registreerBezwaar('2021-03-20')],
    ['while the premises are closed', [...totSluitingsbesluit, uitgevoerd], { type: 'RegistreerHeropening', zaakId, heropeningsdatum: '2021-06-25', datum: '2021-06-25', door }],
  ])('%s: folds to the same state and accepts the next command', (_stage, events, command) => {
    verdraagtVreemdeEvents(damoclesDecider, events, command);
  });
});

describe('damocles: zienswijze', () => {
  it('records a zienswijze within the term, and a late one as late', () => {
    given(totVoornemen)
      .when({ type: 'RegistreerZienswijze', zaakId, wijze: 'mondeling', datum: '2021-03-01', door })
      .then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'mondeling', binnenTermijn: true, datum: '2021-03-01', door }]);
    given(totBesluit)
      .when({ type: 'RegistreerZienswijze', zaakId, wijze: 'schriftelijk', datum: '2021-03-05', door })
      .then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', binnenTermijn: false, datum: '2021-03-05', door }]);
  });

  it('establishes the term passed only after its last day', () => {
    const verstreken = (datum: string): DamoclesCommand => ({ type: 'StelVastDatZienswijzetermijnVerstreken', zaakId, datum, door });
    given(totVoornemen).when(verstreken('2021-03-04')).then([termijnVerstreken]);
    given(totVoornemen).when(verstreken('2021-03-03')).thenRefuses('damocles/zienswijzetermijn-loopt-nog', 'datum');
    given([ontvangen, voorgesteldTweede]).when(verstreken('2021-03-04')).thenRefuses('damocles/stap-in-verkeerde-volgorde');
  });

  it('refuses a zienswijze before any voornemen', () => {
    given([ontvangen, voorgesteldTweede])
      .when({ type: 'RegistreerZienswijze', zaakId, wijze: 'schriftelijk', datum: '2021-02-20', door })
      .thenRefuses('damocles/stap-in-verkeerde-volgorde');
  });
});

describe('damocles: besluit', () => {
  it('takes the sluitingsbesluit announced, with its begunstigingstermijn and bezwaartermijn', () => {
    given(totBesluit).when(besluitSluiting()).then([sluitingsbesluit]);
  });

  it('takes a sluitingsbesluit with a fixed begunstiging date after a zienswijze', () => {
    given([...totVoornemen, { type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', binnenTermijn: true, datum: '2021-03-01', door }])
      .when(
        besluitSluiting({
          besluit: { soort: 'sluiting', duurMaanden: 3, begunstigingstermijn: { einde: '2021-03-31' }, bekendmakingsdatum: '2021-03-10' },
        }),
      )
      .then([{ ...sluitingsbesluit, begunstigingstermijn: { einde: '2021-03-31' } }]);
  });

  it('gives the warning announced; the case ends', () => {
    const voornemenWaarschuwing: VoornemenVerzonden = { ...voornemenSluiting, maatregel: { soort: 'waarschuwing' } };
    const waarschuwing: NeemBesluit = { type: 'NeemBesluit', zaakId, besluit: { soort: 'waarschuwing', bekendmakingsdatum: '2021-03-10' }, datum: '2021-03-10', door };
    const gegeven = [{ type: 'WaarschuwingGegeven', zaakId, bekendmakingsdatum: '2021-03-10', datum: '2021-03-10', door }] as const;
    given([ontvangen, voorgesteldEerste, voornemenWaarschuwing, termijnVerstreken]).when(waarschuwing).then(gegeven);
    expect(fold(damoclesDecider, [ontvangen, voorgesteldEerste, voornemenWaarschuwing, termijnVerstreken, ...gegeven]).status).toBe('afgesloten');
  });

  it('never gives harddrugs a warning', () => {
    given([harddrugsOntvangen, voorgesteldTweede, voornemenSluiting, termijnVerstreken])
      .when({ type: 'NeemBesluit', zaakId, besluit: { soort: 'waarschuwing', bekendmakingsdatum: '2021-03-10' }, afwijking: { motivering: 'spijt' }, datum: '2021-03-10', door })
      .thenRefuses('damocles/harddrugs-geen-waarschuwing', 'besluit');
  });

  it('records a besluit that deviates from the voornemen with its motivation, and refuses one without', () => {
    const zes = { soort: 'sluiting', duurMaanden: 6, begunstigingstermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, bekendmakingsdatum: '2021-03-10' } as const;
    given(totBesluit).when(besluitSluiting({ besluit: zes })).thenRefuses('damocles/afwijking-zonder-motivering', 'afwijking');
    const afwijking = { motivering: 'De zienswijze toont een tweede kwekerij in de schuur' };
    given(totBesluit)
      .when(besluitSluiting({ besluit: zes, afwijking }))
      .then([
        {
          type: 'SluitingsbesluitGenomen',
          zaakId,
          duurMaanden: 6,
          begunstigingstermijn: sluitingsbesluit.begunstigingstermijn,
          bekendmakingsdatum: '2021-03-10',
          bezwaartermijnEinde: '2021-04-21',
          spoedeisend: false,
          afwijking,
          datum: '2021-03-10',
          door,
        },
      ]);
  });

  it('refuses a besluit while the zienswijzetermijn runs, or before any voornemen', () => {
    given(totVoornemen).when(besluitSluiting()).thenRefuses('damocles/zienswijzefase-niet-afgerond', 'besluit');
    given([ontvangen, voorgesteldTweede]).when(besluitSluiting()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
  });

  it('may refrain from a measure, motivated, after the proposal or the zienswijze; never without motivation', () => {
    const afzien = (motivering: string): NeemBesluit => ({ type: 'NeemBesluit', zaakId, besluit: { soort: 'afzien', motivering }, datum: '2021-03-10', door });
    const motivering = 'Eigen gebruik, onder de handelshoeveelheid';
    given([ontvangen, voorgesteldTweede])
      .when(afzien(motivering))
      .then([{ type: 'AfgezienVanMaatregel', zaakId, motivering, datum: '2021-03-10', door }]);
    given(totBesluit)
      .when(afzien(motivering))
      .then([{ type: 'AfgezienVanMaatregel', zaakId, motivering, datum: '2021-03-10', door }]);
    given(totBesluit).when(afzien('')).thenRefuses('damocles/afzien-zonder-motivering', 'besluit.motivering');
  });
});

describe('damocles: bezwaar en voorlopige voorziening', () => {
  it('records an objection within the term as tijdig', () => {
    given(totSluitingsbesluit).when(registreerBezwaar('2021-04-01')).then([bezwaar]);
  });

  it('records a late objection and flags it, without refusing it', () => {
    given(totSluitingsbesluit)
      .when(registreerBezwaar('2021-04-22'))
      .then([{ ...bezwaar, ontvangstdatum: '2021-04-22', tijdig: false, datum: '2021-04-22' }]);
  });

  it('counts an objection posted within the term and received within a week after as tijdig (art. 6:9 Awb)', () => {
    given(totSluitingsbesluit)
      .when(registreerBezwaar('2021-04-28', '2021-04-21'))
      .then([{ type: 'BezwaarIngediend', zaakId, ontvangstdatum: '2021-04-28', verzenddatum: '2021-04-21', bezwaartermijnEinde: '2021-04-21', tijdig: true, datum: '2021-04-28', door }]);
    given(totSluitingsbesluit)
      .when(registreerBezwaar('2021-04-29', '2021-04-21'))
      .then([{ type: 'BezwaarIngediend', zaakId, ontvangstdatum: '2021-04-29', verzenddatum: '2021-04-21', bezwaartermijnEinde: '2021-04-21', tijdig: false, datum: '2021-04-29', door }]);
  });

  it('refuses a second objection, and one before a sluitingsbesluit or before its bekendmaking', () => {
    given([...totSluitingsbesluit, bezwaar]).when(registreerBezwaar('2021-04-02')).thenRefuses('damocles/bezwaar-al-ingediend', 'zaakId');
    given(totBesluit).when(registreerBezwaar('2021-04-01')).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    given(totSluitingsbesluit).when(registreerBezwaar('2021-03-09')).thenRefuses('damocles/datum-voor-vorige-stap', 'ontvangstdatum');
  });

  it('records a voorlopige voorziening asked for pending the objection, then granted or refused', () => {
    given([...totSluitingsbesluit, bezwaar]).when(voorziening('gevraagd')).then([{ type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2021-04-02', door }]);
    const gevraagd = [...totSluitingsbesluit, bezwaar, { type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2021-04-02', door } as const];
    given(gevraagd).when(voorziening('toegewezen', '2021-04-20')).then([{ type: 'VoorlopigeVoorzieningToegewezen', zaakId, datum: '2021-04-20', door }]);
    given(gevraagd).when(voorziening('afgewezen', '2021-04-20')).then([{ type: 'VoorlopigeVoorzieningAfgewezen', zaakId, datum: '2021-04-20', door }]);
    given(gevraagd).when(voorziening('gevraagd')).thenRefuses('damocles/voorziening-al-gevraagd', 'stap');
  });

  it('refuses a voorziening without an objection, and a ruling on one never asked', () => {
    given(totSluitingsbesluit).when(voorziening('gevraagd')).thenRefuses('damocles/voorziening-zonder-bezwaar', 'stap');
    given([...totSluitingsbesluit, bezwaar]).when(voorziening('toegewezen')).thenRefuses('damocles/voorziening-niet-gevraagd', 'stap');
  });

  it('refuses to carry out a closure the court suspended', () => {
    given([
      ...totSluitingsbesluit,
      bezwaar,
      { type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2021-04-02', door },
      { type: 'VoorlopigeVoorzieningToegewezen', zaakId, datum: '2021-04-20', door },
    ])
      .when(voerUit('2021-04-22'))
      .thenRefuses('damocles/sluiting-geschorst', 'sluitingsdatum');
  });

  it('lets the suspension last through the beroepstermijn after an ongegrond objection, and no longer (art. 8:85 Awb)', () => {
    const geschorstEnOngegrond: DamoclesEvent[] = [
      ...totSluitingsbesluit,
      bezwaar,
      { type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2021-04-02', door },
      { type: 'VoorlopigeVoorzieningToegewezen', zaakId, datum: '2021-04-20', door },
      { type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door },
    ];
    given(geschorstEnOngegrond).when(voerUit('2021-06-23')).thenRefuses('damocles/sluiting-geschorst', 'sluitingsdatum');
    given(geschorstEnOngegrond)
      .when(voerUit('2021-06-24'))
      .then([{ type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-06-24', eindeSluiting: '2021-09-23', datum: '2021-06-24', door }]);
  });
});

describe('damocles: beslissing op bezwaar', () => {
  const beslis = (velden: Partial<Extract<DamoclesCommand, { type: 'NeemBeslissingOpBezwaar' }>>): DamoclesCommand => ({
    type: 'NeemBeslissingOpBezwaar',
    zaakId,
    uitkomst: 'ongegrond',
    bekendmakingsdatum: '2021-05-12',
    datum: '2021-05-12',
    door,
    ...velden,
  });
  const herroepen = {
    type: 'BeslissingOpBezwaarGenomen',
    zaakId,
    uitkomst: 'gegrond',
    gevolg: { soort: 'herroepen' },
    bekendmakingsdatum: '2021-05-12',
    beroepstermijnEinde: '2021-06-23',
    datum: '2021-05-12',
    door,
  } as const;

  it('records an ongegrond or niet-ontvankelijk objection; the closure stands', () => {
    given([...totSluitingsbesluit, bezwaar])
      .when(beslis({}))
      .then([{ type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door }]);
    given([...totSluitingsbesluit, bezwaar])
      .when(beslis({ uitkomst: 'niet-ontvankelijk' }))
      .then([{ type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'niet-ontvankelijk', bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door }]);
  });

  it('revokes the closure on a gegrond objection, after which it cannot be carried out', () => {
    given([...totSluitingsbesluit, bezwaar]).when(beslis({ uitkomst: 'gegrond', gevolg: { soort: 'herroepen' } })).then([herroepen]);
    given([...totSluitingsbesluit, bezwaar, herroepen]).when(voerUit('2021-05-20')).thenRefuses('damocles/sluiting-herroepen', 'zaakId');
  });

  it('changes the duration of a closure already carried out, and its end', () => {
    given([...totSluitingsbesluit, uitgevoerd, bezwaar])
      .when(beslis({ uitkomst: 'gegrond', gevolg: { soort: 'gewijzigd', duurMaanden: 6 } }))
      .then([
        {
          type: 'BeslissingOpBezwaarGenomen',
          zaakId,
          uitkomst: 'gegrond',
          gevolg: { soort: 'gewijzigd', duurMaanden: 6, eindeSluiting: '2021-09-24' },
          bekendmakingsdatum: '2021-05-12',
          beroepstermijnEinde: '2021-06-23',
          datum: '2021-05-12',
          door,
        },
      ]);
  });

  it('changes the duration of a closure not yet carried out, which then runs for the new duration', () => {
    const gewijzigd = { type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'gegrond', gevolg: { soort: 'gewijzigd', duurMaanden: 1 }, bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door } as const;
    given([...totSluitingsbesluit, bezwaar]).when(beslis({ uitkomst: 'gegrond', gevolg: { soort: 'gewijzigd', duurMaanden: 1 } })).then([gewijzigd]);
    given([...totSluitingsbesluit, bezwaar, gewijzigd])
      .when(voerUit('2021-05-20'))
      .then([{ type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-05-20', eindeSluiting: '2021-06-19', datum: '2021-05-20', door }]);
  });

  it('refuses a decision without an objection, a second decision, gegrond without consequence, and a consequence of a rejected objection', () => {
    given(totSluitingsbesluit).when(beslis({})).thenRefuses('damocles/geen-bezwaar', 'zaakId');
    given([...totSluitingsbesluit, bezwaar, herroepen]).when(beslis({})).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    given([...totSluitingsbesluit, uitgevoerd, bezwaar, { ...herroepen, uitkomst: 'ongegrond', gevolg: undefined }])
      .when(beslis({}))
      .thenRefuses('damocles/bezwaar-al-beslist', 'zaakId');
    given([...totSluitingsbesluit, bezwaar]).when(beslis({ uitkomst: 'gegrond' })).thenRefuses('damocles/gevolg-ontbreekt', 'gevolg');
    given([...totSluitingsbesluit, bezwaar]).when(beslis({ gevolg: { soort: 'herroepen' } })).thenRefuses('damocles/gevolg-zonder-gegrond-bezwaar', 'gevolg');
  });
});

describe('damocles: sluiting en heropening', () => {
  it('carries out the closure; it ends after the duration in calendar months', () => {
    given(totSluitingsbesluit).when(voerUit()).then([uitgevoerd]);
  });

  it('gives an indefinite closure no end date', () => {
    given([...totBesluit, { ...sluitingsbesluit, duurMaanden: 'onbepaald' }])
      .when(voerUit())
      .then([{ type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-03-25', datum: '2021-03-25', door }]);
  });

  it('refuses a closure before the besluit, twice, or dated before the bekendmaking', () => {
    given(totBesluit).when(voerUit()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    given([...totSluitingsbesluit, uitgevoerd]).when(voerUit()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    given(totSluitingsbesluit).when(voerUit('2021-03-09')).thenRefuses('damocles/datum-voor-vorige-stap', 'sluitingsdatum');
  });

  it('reopens the pand and closes the case; not before the closure', () => {
    const heropen = (heropeningsdatum: string): DamoclesCommand => ({ type: 'RegistreerHeropening', zaakId, heropeningsdatum, datum: heropeningsdatum, door });
    const heropend = { type: 'PandHeropend', zaakId, heropeningsdatum: '2021-06-25', datum: '2021-06-25', door } as const;
    given([...totSluitingsbesluit, uitgevoerd]).when(heropen('2021-06-25')).then([heropend]);
    expect(fold(damoclesDecider, [...totSluitingsbesluit, uitgevoerd, heropend])).toMatchObject({ status: 'afgesloten', afloop: 'heropend', sinds: '2021-06-25' });
    given(totSluitingsbesluit).when(heropen('2021-06-25')).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    given([...totSluitingsbesluit, uitgevoerd]).when(heropen('2021-03-24')).thenRefuses('damocles/datum-voor-vorige-stap', 'heropeningsdatum');
  });

  it('lets a pand whose closure was revoked after it was carried out reopen', () => {
    const herroepen = { type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'gegrond', gevolg: { soort: 'herroepen' }, bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door } as const;
    const state = fold(damoclesDecider, [...totSluitingsbesluit, uitgevoerd, bezwaar, herroepen]);
    expect(state).toMatchObject({ status: 'pand-gesloten', besluit: { herroepen: true } });
    given([...totSluitingsbesluit, uitgevoerd, bezwaar, herroepen])
      .when({ type: 'RegistreerHeropening', zaakId, heropeningsdatum: '2021-05-13', datum: '2021-05-13', door })
      .then([{ type: 'PandHeropend', zaakId, heropeningsdatum: '2021-05-13', datum: '2021-05-13', door }]);
  });
});

describe('damocles: correctie van feiten', () => {
  const corrigeer = (correcties: Extract<DamoclesCommand, { type: 'CorrigeerFeiten' }>['correcties'], reden = 'Typefout in de rapportage'): DamoclesCommand => ({
    type: 'CorrigeerFeiten',
    zaakId,
    correcties,
    reden,
    datum: '2021-06-01',
    door,
  });

  it('records a corrected constateringsdatum as its own event, with old and new value', () => {
    given(totSluitingsbesluit)
      .when(corrigeer({ constateringsdatum: '2021-02-11', ontvangstdatum: '2021-02-15' }))
      .then([
        {
          type: 'FeitenGecorrigeerd',
          zaakId,
          correcties: [{ veld: 'constateringsdatum', oud: '2021-02-10', nieuw: '2021-02-11' }],
          reden: 'Typefout in de rapportage',
          datum: '2021-06-01',
          door,
        },
      ]);
  });

  it('records the new heaviest category when corrected finds change it, and evolve applies it', () => {
    const vondsten = [{ categorie: 'harddrugs', omschrijving: 'amfetamine volgens het lab' }] as const;
    const gecorrigeerd = {
      type: 'FeitenGecorrigeerd',
      zaakId,
      correcties: [
        { veld: 'vondsten', oud: ontvangen.vondsten, nieuw: vondsten },
        { veld: 'zwaarsteCategorie', oud: 'softdrugs', nieuw: 'harddrugs' },
      ],
      reden: 'Labuitslag',
      datum: '2021-06-01',
      door,
    } as const;
    given([ontvangen, voorgesteldTweede]).when(corrigeer({ vondsten }, 'Labuitslag')).then([gecorrigeerd]);
    // The proposal was made for softdrugs: it no longer stands, a new one comes before a voornemen.
    given([ontvangen, voorgesteldTweede, gecorrigeerd]).when(verzend()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    // Applied: after a new proposal, a warning is refused as for harddrugs.
    given([ontvangen, voorgesteldTweede, gecorrigeerd, voorgesteldTweede])
      .when(verzend({ maatregel: { soort: 'waarschuwing' }, afwijking: { motivering: 'eerste keer' } }))
      .thenRefuses('damocles/harddrugs-geen-waarschuwing', 'maatregel');
    const state = fold(damoclesDecider, [ontvangen, voorgesteldTweede, gecorrigeerd, { type: 'FeitenGecorrigeerd', zaakId, correcties: [{ veld: 'pandtype', oud: 'woning', nieuw: 'lokaal' }], reden: 'Bedrijfspand', datum: '2021-06-02', door }]);
    expect(state).toMatchObject({ status: 'rapportage-ontvangen', zaak: { zwaarsteCategorie: 'harddrugs', vondsten, pand: { pandtype: 'lokaal', sleutel: 'adres:6461AB-12-A' } } });
  });

  it('corrects the betrokkenen and the pandtype, even after the case closed', () => {
    const afgesloten = [...totSluitingsbesluit, uitgevoerd, { type: 'PandHeropend', zaakId, heropeningsdatum: '2021-06-25', datum: '2021-06-25', door } as const];
    const betrokkenen = [{ betrokkeneId: 'b-eigenaar', rol: 'eigenaar' }] as const;
    given(afgesloten)
      .when({ ...corrigeer({ pandtype: 'lokaal', betrokkenen }), datum: '2021-07-01' })
      .then([
        {
          type: 'FeitenGecorrigeerd',
          zaakId,
          correcties: [
            { veld: 'pandtype', oud: 'woning', nieuw: 'lokaal' },
            { veld: 'betrokkenen', oud: ontvangen.betrokkenen, nieuw: betrokkenen },
          ],
          reden: 'Typefout in de rapportage',
          datum: '2021-07-01',
          door,
        },
      ]);
  });

  it('refuses a correction without reason, one that changes nothing, one that makes the report precede the find, and one for an unknown case', () => {
    given([ontvangen]).when(corrigeer({ constateringsdatum: '2021-02-11' }, ' ')).thenRefuses('damocles/correctie-zonder-reden', 'reden');
    given([ontvangen]).when(corrigeer({ constateringsdatum: '2021-02-10', vondsten: ontvangen.vondsten })).thenRefuses('damocles/correctie-zonder-wijziging', 'correcties');
    given([ontvangen]).when(corrigeer({ constateringsdatum: '2021-02-16' })).thenRefuses('damocles/datum-voor-vorige-stap', 'correcties.constateringsdatum');
    given([ontvangen]).when(corrigeer({ vondsten: [] })).thenRefuses('damocles/geen-vondsten', 'correcties.vondsten');
    given([]).when(corrigeer({ constateringsdatum: '2021-02-11' })).thenRefuses('damocles/zaak-onbekend', 'zaakId');
  });
});

describe('damocles: last onder dwangsom', () => {
  const kies = (velden: Partial<Extract<DamoclesCommand, { type: 'KiesLastOnderDwangsom' }>> = {}): DamoclesCommand => ({
    type: 'KiesLastOnderDwangsom',
    zaakId,
    overtrederId: 'b-huurder',
    motivering: 'de huurder handelt vanuit de woning; een dwangsom naast de waarschuwing',
    datum: '2021-03-20',
    door,
    ...velden,
  });

  it('records the choice against a betrokkene of the case, and leaves the case where it was', () => {
    given([ontvangen, voorgesteldTweede])
      .when(kies())
      .then([{ type: 'LastOnderDwangsomGekozen', zaakId, overtrederId: 'b-huurder', motivering: 'de huurder handelt vanuit de woning; een dwangsom naast de waarschuwing', datum: '2021-03-20', door }]);
    const voor = fold(damoclesDecider, [ontvangen, voorgesteldTweede]);
    const na = fold(damoclesDecider, [ontvangen, voorgesteldTweede, { type: 'LastOnderDwangsomGekozen', zaakId, overtrederId: 'b-huurder', motivering: 'm', datum: '2021-03-20', door }]);
    expect(na).toEqual(voor);
  });

  it('refuses someone who is no betrokkene, a choice without reasons, and an unknown case', () => {
    given([ontvangen]).when(kies({ overtrederId: 'b-onbekend' })).thenRefuses('damocles/overtreder-geen-betrokkene', 'overtrederId');
    given([ontvangen]).when(kies({ motivering: ' ' })).thenRefuses('damocles/dwangsom-zonder-motivering', 'motivering');
    given([]).when(kies()).thenRefuses('damocles/zaak-onbekend', 'zaakId');
  });
});

/*
 * The beslistermijn op bezwaar of the case above: the bezwaartermijn ended Wednesday 21 April
 * 2021, so the six weeks of art. 7:10 lid 1 Awb run 22 April through Wednesday 2 June 2021.
 */
describe('damocles: opschorting en verdaging van de beslistermijn op bezwaar (art. 7:10 lid 2 en 3 Awb)', () => {
  const totBezwaar: DamoclesEvent[] = [...totSluitingsbesluit, bezwaar];
  const vraagHerstel = (datum = '2021-04-26', velden: Partial<VraagHerstelVerzuim> = {}): VraagHerstelVerzuim => ({
    type: 'VraagHerstelVerzuim',
    zaakId,
    verzuim: 'de gronden van het bezwaar ontbreken',
    hersteltermijnEinde: '2021-05-10',
    datum,
    door,
    ...velden,
  });
  // Asked on Monday 26 April 2021: the term stands still from Tuesday 27 April.
  const herstelGevraagd: HerstelVerzuimGevraagd = {
    type: 'HerstelVerzuimGevraagd',
    zaakId,
    verzuim: 'de gronden van het bezwaar ontbreken',
    hersteltermijnEinde: '2021-05-10',
    opgeschortVanaf: '2021-04-27',
    datum: '2021-04-26',
    door,
  };
  const eindeOpschorting = (datum: string, einde: RegistreerEindeOpschorting['einde'] = 'verzuim-hersteld'): RegistreerEindeOpschorting => ({
    type: 'RegistreerEindeOpschorting',
    zaakId,
    einde,
    datum,
    door,
  });
  // Repaired on Thursday 6 May: 27 April through 5 May stood still, nine days.
  const hersteld: OpschortingBeslistermijnBeeindigd = {
    type: 'OpschortingBeslistermijnBeeindigd',
    zaakId,
    einde: 'verzuim-hersteld',
    opschorting: { van: '2021-04-27', totEnMet: '2021-05-05' },
    datum: '2021-05-06',
    door,
  };
  const verdaag = (datum = '2021-05-20', velden: Partial<VerdaagBeslistermijnBezwaar> = {}): VerdaagBeslistermijnBezwaar => ({
    type: 'VerdaagBeslistermijnBezwaar',
    zaakId,
    lengte: { aantal: 6, eenheid: 'weken' },
    reden: 'advies van de bezwaarcommissie volgt later',
    datum,
    door,
    ...velden,
  });
  const verdaagd = (beslistermijnEinde: string, datum = '2021-05-20'): BeslistermijnBezwaarVerdaagd => ({
    type: 'BeslistermijnBezwaarVerdaagd',
    zaakId,
    lengte: { aantal: 6, eenheid: 'weken' },
    reden: 'advies van de bezwaarcommissie volgt later',
    beslistermijnEinde,
    datum,
    door,
  });
  const beslistermijnNa = (events: DamoclesEvent[], peildatum?: string): string => {
    const state = fold(damoclesDecider, events);
    if (state.status !== 'sluiting-besloten') throw new Error(state.status);
    const v = state.rechtsbescherming.beslistermijn;
    const opschortingen = v === undefined ? [] : v.lopend === undefined ? v.opschortingen : [...v.opschortingen, v.lopend.opschorting];
    return beslistermijnBezwaar(state.besluit.bezwaartermijnEinde, { opschortingen, verdagingen: v?.verdagingen ?? [] }, peildatum).einde;
  };

  it('art. 7:10 lid 2 Awb: a request to repair an omission suspends the term from the day after; evolve keeps it running', () => {
    given(totBezwaar).when(vraagHerstel()).then([herstelGevraagd]);
    expect(beslistermijnNa(totBezwaar)).toBe('2021-06-02');
    const state = fold(damoclesDecider, [...totBezwaar, herstelGevraagd]);
    expect(state).toMatchObject({ rechtsbescherming: { beslistermijn: { lopend: { gevraagdOp: '2021-04-26', hersteltermijnEinde: '2021-05-10', opschorting: { van: '2021-04-27' } }, laatsteStap: '2021-04-26' } } });
    // Counted through Friday 30 April: four days, 2 June + 4 = Sunday 6 June, so Monday 7 June (art. 1 Atw).
    expect(beslistermijnNa([...totBezwaar, herstelGevraagd], '2021-04-30')).toBe('2021-06-07');
  });

  it('art. 7:10 lid 2 Awb: the suspension ends the day before the repair; nine days move the end to Friday 11 June', () => {
    given([...totBezwaar, herstelGevraagd]).when(eindeOpschorting('2021-05-06')).then([hersteld]);
    const state = fold(damoclesDecider, [...totBezwaar, herstelGevraagd, hersteld]);
    expect(state).toMatchObject({ rechtsbescherming: { beslistermijn: { opschortingen: [{ van: '2021-04-27', totEnMet: '2021-05-05' }], laatsteStap: '2021-05-06' } } });
    expect(state.status === 'sluiting-besloten' ? state.rechtsbescherming.beslistermijn?.lopend : 'andere status').toBeUndefined();
    expect(beslistermijnNa([...totBezwaar, herstelGevraagd, hersteld])).toBe('2021-06-11');
  });

  it('art. 7:10 lid 2 Awb: a hersteltermijn passed unused ends the suspension on its last day (27 April through 10 May: 2 June + 14 = 16 June)', () => {
    const verstreken: OpschortingBeslistermijnBeeindigd = {
      type: 'OpschortingBeslistermijnBeeindigd',
      zaakId,
      einde: 'hersteltermijn-ongebruikt-verstreken',
      opschorting: { van: '2021-04-27', totEnMet: '2021-05-10' },
      datum: '2021-05-11',
      door,
    };
    given([...totBezwaar, herstelGevraagd]).when(eindeOpschorting('2021-05-11', 'hersteltermijn-ongebruikt-verstreken')).then([verstreken]);
    expect(beslistermijnNa([...totBezwaar, herstelGevraagd, verstreken])).toBe('2021-06-16');
  });

  it('art. 7:10 lid 2 Awb: a repair after the hersteltermijn counts no further than its last day', () => {
    given([...totBezwaar, herstelGevraagd])
      .when(eindeOpschorting('2021-05-14'))
      .then([{ type: 'OpschortingBeslistermijnBeeindigd', zaakId, einde: 'verzuim-hersteld', opschorting: { van: '2021-04-27', totEnMet: '2021-05-10' }, datum: '2021-05-14', door }]);
  });

  it('art. 7:10 lid 2 Awb: a repair on the day after the request suspended no day; the end stays', () => {
    const direct: OpschortingBeslistermijnBeeindigd = { type: 'OpschortingBeslistermijnBeeindigd', zaakId, einde: 'verzuim-hersteld', datum: '2021-04-27', door };
    given([...totBezwaar, herstelGevraagd]).when(eindeOpschorting('2021-04-27')).then([direct]);
    expect(beslistermijnNa([...totBezwaar, herstelGevraagd, direct])).toBe('2021-06-02');
  });

  it('art. 7:10 lid 2 Awb: a second request after the first suspension ended suspends again, and both count', () => {
    const tweede = { ...herstelGevraagd, verzuim: 'de handtekening ontbreekt', hersteltermijnEinde: '2021-05-31', opgeschortVanaf: '2021-05-18', datum: '2021-05-17' };
    given([...totBezwaar, herstelGevraagd, hersteld]).when(vraagHerstel('2021-05-17', { verzuim: 'de handtekening ontbreekt', hersteltermijnEinde: '2021-05-31' })).then([tweede]);
    const tweedeHersteld: OpschortingBeslistermijnBeeindigd = { ...hersteld, opschorting: { van: '2021-05-18', totEnMet: '2021-05-19' }, datum: '2021-05-20' };
    // Nine days and two: 2 June + 11 = Sunday 13 June, so Monday 14 June (art. 1 Atw).
    expect(beslistermijnNa([...totBezwaar, herstelGevraagd, hersteld, tweede, tweedeHersteld])).toBe('2021-06-14');
  });

  it('art. 7:10 lid 2 Awb: refuses a request without an objection, after the beslissing, while one runs, without verzuim, with a hersteltermijn not after it, before the objection, or on the last day of the term', () => {
    given(totSluitingsbesluit).when(vraagHerstel()).thenRefuses('damocles/geen-bezwaar', 'zaakId');
    given(totBesluit).when(vraagHerstel()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    const beslist = { type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door } as const;
    given([...totBezwaar, beslist]).when(vraagHerstel('2021-05-13')).thenRefuses('damocles/bezwaar-al-beslist', 'zaakId');
    given([...totBezwaar, herstelGevraagd]).when(vraagHerstel('2021-04-28')).thenRefuses('damocles/opschorting-loopt-al', 'zaakId');
    given(totBezwaar).when(vraagHerstel('2021-04-26', { verzuim: ' ' })).thenRefuses('damocles/verzuim-zonder-omschrijving', 'verzuim');
    given(totBezwaar).when(vraagHerstel('2021-04-26', { hersteltermijnEinde: '2021-04-26' })).thenRefuses('damocles/termijn-ongeldig', 'hersteltermijnEinde');
    given(totBezwaar).when(vraagHerstel('2021-04-26', { hersteltermijnEinde: '10-05-2021' })).thenRefuses('damocles/datum-ongeldig', 'hersteltermijnEinde');
    given(totBezwaar).when(vraagHerstel('2021-03-31')).thenRefuses('damocles/datum-voor-vorige-stap', 'datum');
    given([...totBezwaar, herstelGevraagd, hersteld]).when(vraagHerstel('2021-05-05')).thenRefuses('damocles/datum-voor-vorige-stap', 'datum');
    // On the last day the term has nothing left to stand still for; the day before still counts one day.
    given(totBezwaar).when(vraagHerstel('2021-06-02', { hersteltermijnEinde: '2021-06-16' })).thenRefuses('damocles/beslistermijn-verstreken', 'datum');
    given(totBezwaar)
      .when(vraagHerstel('2021-06-01', { hersteltermijnEinde: '2021-06-16' }))
      .then([{ ...herstelGevraagd, hersteltermijnEinde: '2021-06-16', opgeschortVanaf: '2021-06-02', datum: '2021-06-01' }]);
  });

  it('art. 7:10 lid 2 Awb: refuses ending a suspension none runs, after the beslissing, before the request, an unused hersteltermijn that still runs, and an unknown end', () => {
    given(totBezwaar).when(eindeOpschorting('2021-05-06')).thenRefuses('damocles/geen-opschorting', 'zaakId');
    given([...totBezwaar, herstelGevraagd, hersteld]).when(eindeOpschorting('2021-05-07')).thenRefuses('damocles/geen-opschorting', 'zaakId');
    given(totSluitingsbesluit).when(eindeOpschorting('2021-05-06')).thenRefuses('damocles/geen-bezwaar', 'zaakId');
    const beslist = { type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-04-28', beroepstermijnEinde: '2021-06-09', datum: '2021-04-28', door } as const;
    given([...totBezwaar, herstelGevraagd, beslist]).when(eindeOpschorting('2021-05-06')).thenRefuses('damocles/bezwaar-al-beslist', 'zaakId');
    given([...totBezwaar, herstelGevraagd]).when(eindeOpschorting('2021-04-25')).thenRefuses('damocles/datum-voor-vorige-stap', 'datum');
    given([...totBezwaar, herstelGevraagd]).when(eindeOpschorting('2021-05-10', 'hersteltermijn-ongebruikt-verstreken')).thenRefuses('damocles/hersteltermijn-loopt-nog', 'datum');
    given([...totBezwaar, herstelGevraagd])
      .when({ ...eindeOpschorting('2021-05-06'), einde: 'ingetrokken' as unknown as RegistreerEindeOpschorting['einde'] })
      .thenRefuses('damocles/einde-opschorting-onbekend', 'einde');
  });

  it('art. 7:10 lid 3 Awb: postpones the term once by six weeks, by notice before it ends (2 June + 6 weeks = Wednesday 14 July)', () => {
    given(totBezwaar).when(verdaag()).then([verdaagd('2021-07-14')]);
    expect(beslistermijnNa([...totBezwaar, verdaagd('2021-07-14')])).toBe('2021-07-14');
    expect(fold(damoclesDecider, [...totBezwaar, verdaagd('2021-07-14')])).toMatchObject({
      rechtsbescherming: { beslistermijn: { verdagingen: [{ soort: 'verdaging', lengte: { aantal: 6, eenheid: 'weken' } }], laatsteStap: '2021-05-20' } },
    });
    // On the last day of the term the notice is still in time.
    given(totBezwaar).when(verdaag('2021-06-02')).then([verdaagd('2021-07-14', '2021-06-02')]);
    // Less than six weeks is allowed.
    given(totBezwaar)
      .when(verdaag('2021-05-20', { lengte: { aantal: 3, eenheid: 'weken' } }))
      .then([{ ...verdaagd('2021-06-23'), lengte: { aantal: 3, eenheid: 'weken' } }]);
  });

  it('art. 7:10 lid 2 en 3 Awb: a verdaging after a suspension counts from the moved end, and one during a running suspension by its days so far', () => {
    // Nine days suspended: 11 June; 6 weeks later: 23 July.
    given([...totBezwaar, herstelGevraagd, hersteld]).when(verdaag()).then([verdaagd('2021-07-23')]);
    expect(beslistermijnNa([...totBezwaar, herstelGevraagd, hersteld, verdaagd('2021-07-23')])).toBe('2021-07-23');
    // Notice on Thursday 29 April during the suspension (27 through 29 April so far: three days): 14 July + 3 = 17 July, a Saturday, so Monday 19 July.
    given([...totBezwaar, herstelGevraagd]).when(verdaag('2021-04-29')).then([verdaagd('2021-07-19', '2021-04-29')]);
  });

  it('art. 7:10 lid 3 Awb: refuses a second verdaging, one longer than six weeks, one after the term ended, without reason or objection, and after the beslissing', () => {
    given([...totBezwaar, verdaagd('2021-07-14')]).when(verdaag('2021-06-01')).thenRefuses('damocles/verdaging-al-gebruikt', 'zaakId');
    given(totBezwaar).when(verdaag('2021-05-20', { lengte: { aantal: 7, eenheid: 'weken' } })).thenRefuses('damocles/verdaging-te-lang', 'lengte');
    given(totBezwaar).when(verdaag('2021-05-20', { lengte: { aantal: 2, eenheid: 'maanden' } })).thenRefuses('damocles/verdaging-te-lang', 'lengte');
    given(totBezwaar).when(verdaag('2021-05-20', { lengte: { aantal: 0, eenheid: 'weken' } })).thenRefuses('damocles/termijn-ongeldig', 'lengte');
    given(totBezwaar).when(verdaag('2021-06-03')).thenRefuses('damocles/beslistermijn-verstreken', 'datum');
    // After nine days of suspension the term runs through 11 June: a notice on 3 June is in time.
    given([...totBezwaar, herstelGevraagd, hersteld]).when(verdaag('2021-06-03')).then([verdaagd('2021-07-23', '2021-06-03')]);
    given(totBezwaar).when(verdaag('2021-05-20', { reden: '' })).thenRefuses('damocles/verdaging-zonder-reden', 'reden');
    given(totSluitingsbesluit).when(verdaag()).thenRefuses('damocles/geen-bezwaar', 'zaakId');
    given(totBezwaar).when(verdaag('2021-03-31')).thenRefuses('damocles/datum-voor-vorige-stap', 'datum');
    given([...totBezwaar, herstelGevraagd, hersteld]).when(verdaag('2021-05-05')).thenRefuses('damocles/datum-voor-vorige-stap', 'datum');
    const beslist = { type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door } as const;
    given([...totBezwaar, beslist]).when(verdaag()).thenRefuses('damocles/bezwaar-al-beslist', 'zaakId');
  });

  it('leaves the rest of the case as it was: a closure can still be carried out while the term is suspended or postponed', () => {
    given([...totBezwaar, herstelGevraagd, verdaagd('2021-07-19', '2021-04-29')])
      .when(voerUit('2021-04-30'))
      .then([{ type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-04-30', eindeSluiting: '2021-07-29', datum: '2021-04-30', door }]);
  });

  it('art. 7:10 lid 2 Awb: a request while the bezwaartermijn still runs suspends the beslistermijn only from its first day, 22 April', () => {
    const vroeg = { ...herstelGevraagd, hersteltermijnEinde: '2021-04-30', opgeschortVanaf: '2021-04-07', datum: '2021-04-06' };
    given(totBezwaar).when(vraagHerstel('2021-04-06', { hersteltermijnEinde: '2021-04-30' })).then([vroeg]);
    // Repaired Monday 26 April: 7 through 25 April stood still, of which 22 through 25 April in the term: 2 June + 4 = Sunday 6 June, so Monday 7 June.
    const vroegHersteld: OpschortingBeslistermijnBeeindigd = { ...hersteld, opschorting: { van: '2021-04-07', totEnMet: '2021-04-25' }, datum: '2021-04-26' };
    given([...totBezwaar, vroeg]).when(eindeOpschorting('2021-04-26')).then([vroegHersteld]);
    expect(beslistermijnNa([...totBezwaar, vroeg, vroegHersteld])).toBe('2021-06-07');
  });
});
