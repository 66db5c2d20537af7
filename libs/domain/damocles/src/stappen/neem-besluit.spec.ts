import { DeciderSpecification, fold } from '@handhaving/domain-shared';
import type { NeemBesluit } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import type { VoornemenVerzonden } from '../damocles.events';
import { door, stappen, zaakId, zaakNa } from './zaak.spec-support';
import { besluitSluiting, harddrugsOntvangen, ontvangen, sluitingsbesluit, termijnVerstreken, totBesluit, totVoornemen, voorgesteldEerste, voorgesteldTweede, voornemenSluiting } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

/*
 * Art. 4:8 Awb: the betrokkenen are heard before the besluit. Voornemen sent Wednesday 17 February
 * 2021 to the eigenaar and the huurder, zienswijzetermijn through Wednesday 3 March.
 */
describe('damocles: neem besluit after the zienswijzefase (art. 4:8 Awb)', () => {
  it('refuses a sluitingsbesluit dated within the term when the term was recorded as passed but the besluit carries an earlier date', () => {
    given(zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.termijnVerstreken()]))
      .when(stappen.sluiting('2021-02-17'))
      .thenRefuses('damocles/besluit-binnen-zienswijzetermijn', 'datum');
  });

  it('takes it the day after the term ended', () => {
    const [, , , , besluit] = zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.termijnVerstreken(), stappen.sluiting('2021-03-04')]);
    expect(besluit).toMatchObject({ type: 'SluitingsbesluitGenomen', datum: '2021-03-04', bekendmakingsdatum: '2021-03-04' });
  });

  it('one of two betrokkenen heard: the phase is not over, the besluit waits', () => {
    given(zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.zienswijze('2021-02-20', 'b-eigenaar')]))
      .when(stappen.sluiting('2021-02-22'))
      .thenRefuses('damocles/zienswijzefase-niet-afgerond', 'besluit');
  });

  it('both heard before the end: the besluit may follow at once, not before the last zienswijze', () => {
    const gehoord = zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.zienswijze('2021-02-20', 'b-eigenaar'), stappen.zienswijze('2021-02-24', 'b-huurder')]);
    given(gehoord).when(stappen.sluiting('2021-02-23')).thenRefuses('damocles/datum-voor-vorige-stap', 'datum');
    const besluit = damoclesDecider.decide(stappen.sluiting('2021-02-24'), gehoord.reduce(damoclesDecider.evolve, damoclesDecider.initialState()));
    expect(besluit).toMatchObject([{ type: 'SluitingsbesluitGenomen', datum: '2021-02-24' }]);
  });

  it('a besluit is not made known before the day it was taken', () => {
    given(zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.termijnVerstreken()]))
      .when(stappen.sluiting('2021-03-10', '2021-03-09'))
      .thenRefuses('damocles/datum-voor-vorige-stap', 'besluit.bekendmakingsdatum');
  });

  it('no date of a step after the day it is recorded; the bekendmaking may be planned ahead', () => {
    const klaar = zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.termijnVerstreken()]);
    given(klaar).when({ ...stappen.sluiting('2021-03-10'), vandaag: '2021-03-09' }).thenRefuses('damocles/datum-in-de-toekomst', 'datum');
    const besluit = damoclesDecider.decide({ ...stappen.sluiting('2021-03-10', '2021-03-15'), vandaag: '2021-03-10' }, klaar.reduce(damoclesDecider.evolve, damoclesDecider.initialState()));
    expect(besluit).toMatchObject([{ type: 'SluitingsbesluitGenomen', bekendmakingsdatum: '2021-03-15' }]);
  });
});

describe('damocles: neem besluit', () => {
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
