import { DeciderSpecification } from '@handhaving/domain-shared';
import { damoclesDecider } from '../damocles.decider';
import type { DamoclesEvent } from '../damocles.events';
import { door, stappen, zaakId, zaakNa } from './zaak.spec-support';
import { beroep, bezwaar, herstelGevraagd, ongegrond, sluitingsbesluit, totBesluit, totBezwaar, totSluitingsbesluit, uitgevoerd, uitspraak, verdaagd, voerUit, voorziening } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;
// Sluitingsbesluit of Wednesday 10 March 2021 with a begunstigingstermijn through Wednesday 24 March.
const besloten = zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.termijnVerstreken(), stappen.sluiting('2021-03-10')]);

/** Art. 5:24 lid 2 Awb: within the begunstigingstermijn the owner may close the premises himself. */
describe('damocles: registreer sluiting uitgevoerd', () => {
  it('refuses a closure carried out on the last day of the begunstigingstermijn', () => {
    given(besloten).when({ type: 'RegistreerSluitingUitgevoerd', zaakId, sluitingsdatum: '2021-03-24', datum: '2021-03-24', door }).thenRefuses('damocles/binnen-begunstigingstermijn', 'sluitingsdatum');
  });

  it('records it the day after; the closure runs three calendar months from then', () => {
    given(besloten)
      .when({ type: 'RegistreerSluitingUitgevoerd', zaakId, sluitingsdatum: '2021-03-25', datum: '2021-03-25', door })
      .then([{ type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-03-25', eindeSluiting: '2021-06-24', datum: '2021-03-25', door }]);
  });

  it('a spoedeisende sluiting (art. 4:11 Awb) may be carried out at once', () => {
    const spoed = zaakNa([
      stappen.rapportage(),
      stappen.voorstel(),
      { type: 'NeemSpoedeisendeSluiting', zaakId, motivering: 'Acuut brandgevaar door illegale stroomaansluiting', duurMaanden: 3, begunstigingstermijn: { einde: '2021-02-19' }, bekendmakingsdatum: '2021-02-17', datum: '2021-02-17', door },
    ]);
    given(spoed).when({ type: 'RegistreerSluitingUitgevoerd', zaakId, sluitingsdatum: '2021-02-18', datum: '2021-02-18', door }).then([
      { type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-02-18', eindeSluiting: '2021-05-17', datum: '2021-02-18', door },
    ]);
  });

  it('no sluitingsdatum after the day it is recorded', () => {
    given(besloten).when({ type: 'RegistreerSluitingUitgevoerd', zaakId, sluitingsdatum: '9999-12-31', datum: '2021-03-25', door, vandaag: '2021-03-25' }).thenRefuses('damocles/datum-in-de-toekomst', 'sluitingsdatum');
  });
});

describe('damocles: registreer sluiting uitgevoerd, its end and its order', () => {
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
});

describe('damocles: registreer sluiting uitgevoerd while the besluit is contested', () => {
  it('refuses to carry out a closure the court suspended', () => {
    given([
      ...totSluitingsbesluit,
      bezwaar,
      { type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2021-04-02', door },
      { type: 'VoorlopigeVoorzieningToegewezen', zaakId, datum: '2021-04-20', door },
    ])
      .when(voerUit('2021-04-22'))
      .thenRefuses('damocles/besluit-geschorst', 'sluitingsdatum');
  });

  it('lets the suspension last through the beroepstermijn after an ongegrond objection, and no longer (art. 8:85 Awb)', () => {
    const geschorstEnOngegrond: DamoclesEvent[] = [
      ...totSluitingsbesluit,
      bezwaar,
      { type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2021-04-02', door },
      { type: 'VoorlopigeVoorzieningToegewezen', zaakId, datum: '2021-04-20', door },
      { type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door },
    ];
    given(geschorstEnOngegrond).when(voerUit('2021-06-23')).thenRefuses('damocles/besluit-geschorst', 'sluitingsdatum');
    given(geschorstEnOngegrond)
      .when(voerUit('2021-06-24'))
      .then([{ type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-06-24', eindeSluiting: '2021-09-23', datum: '2021-06-24', door }]);
  });

  it('leaves the rest of the case as it was: a closure can still be carried out while the term is suspended or postponed', () => {
    given([...totBezwaar, herstelGevraagd, verdaagd('2021-07-19', '2021-04-29')])
      .when(voerUit('2021-04-30'))
      .then([{ type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-04-30', eindeSluiting: '2021-07-29', datum: '2021-04-30', door }]);
  });
});

/*
 * Beroep (the kernel's controleerUitvoerbaar): the beslissing op bezwaar of 12 May 2021 (ongegrond),
 * the beroepstermijn through 23 June, beroep brought 1 June, the uitspraak on 5 October 2021.
 */
describe('damocles: registreer sluiting uitgevoerd while a voorlopige voorziening is asked pending bezwaar or beroep', () => {
  const inBeroep: DamoclesEvent[] = [...totBezwaar, ongegrond, beroep];

  it('holds the closure while a voorziening asked pending the bezwaar awaits the judge (art. 8:81 Awb); refused, it may go ahead', () => {
    given([...totBezwaar, voorziening('gevraagd', '2021-04-02')]).when(voerUit('2021-04-06')).thenRefuses('damocles/voorziening-gevraagd', 'sluitingsdatum');
    given([...totBezwaar, voorziening('gevraagd', '2021-04-02'), voorziening('afgewezen', '2021-04-20')])
      .when(voerUit('2021-04-21'))
      .then([{ type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-04-21', eindeSluiting: '2021-07-20', datum: '2021-04-21', door }]);
  });

  it('a beroep alone does not hold it (art. 6:16 Awb)', () => {
    given(inBeroep).when(voerUit('2021-06-02')).then([{ type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-06-02', eindeSluiting: '2021-09-01', datum: '2021-06-02', door }]);
  });

  it('asked pending the beroep on 3 June: held; granted on 20 June: held past the beroepstermijn until the uitspraak (art. 8:85 lid 1), then allowed', () => {
    const gevraagd = [...inBeroep, voorziening('gevraagd', '2021-06-03')];
    given(gevraagd).when(voerUit('2021-06-10')).thenRefuses('damocles/voorziening-gevraagd', 'sluitingsdatum');
    const toegewezen = [...gevraagd, voorziening('toegewezen', '2021-06-20')];
    given(toegewezen).when(voerUit('2021-06-24')).thenRefuses('damocles/besluit-geschorst', 'sluitingsdatum');
    given(toegewezen).when(voerUit('2021-10-04')).thenRefuses('damocles/besluit-geschorst', 'sluitingsdatum');
    given([...toegewezen, uitspraak()])
      .when(voerUit('2021-10-07'))
      .then([{ type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-10-07', eindeSluiting: '2022-01-06', datum: '2021-10-07', door }]);
  });

  it('granted pending the bezwaar and a beroep brought: the suspension runs on past the beroepstermijn until the uitspraak', () => {
    given([...totBezwaar, voorziening('gevraagd', '2021-04-02'), voorziening('toegewezen', '2021-04-20'), ongegrond, beroep])
      .when(voerUit('2021-06-24'))
      .thenRefuses('damocles/besluit-geschorst', 'sluitingsdatum');
  });
});

