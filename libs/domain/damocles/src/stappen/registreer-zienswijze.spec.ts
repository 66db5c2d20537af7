import { DeciderSpecification } from '@handhaving/domain-shared';
import { damoclesDecider } from '../damocles.decider';
import { door, stappen, zaakId, zaakNa } from './zaak.spec-support';
import { ontvangen, totBesluit, totVoornemen, voorgesteldTweede } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;
const verzonden = zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen()]);

/** Art. 4:8 Awb: each betrokkene the voornemen went to may give his zienswijze. */
describe('damocles: registreer zienswijze, per betrokkene', () => {
  it('the voornemen goes to every betrokkene of the case by default', () => {
    expect(verzonden[2]).toMatchObject({ type: 'VoornemenVerzonden', aan: ['b-eigenaar', 'b-huurder'] });
  });

  it('records who gave it, on time', () => {
    given(verzonden)
      .when(stappen.zienswijze('2021-02-20', 'b-huurder'))
      .then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', van: 'b-huurder', binnenTermijn: true, datum: '2021-02-20', door }]);
  });

  it('asks whose it is when the voornemen went to more than one', () => {
    given(verzonden).when(stappen.zienswijze('2021-02-20')).thenRefuses('damocles/zienswijze-van-ontbreekt', 'van');
  });

  it('refuses one from someone the voornemen did not go to', () => {
    given(verzonden).when(stappen.zienswijze('2021-02-20', 'b-buurman')).thenRefuses('damocles/zienswijze-van-onbekend', 'van');
  });

  it('a voornemen to one betrokkene: his zienswijze needs no name', () => {
    given(zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen({ aan: ['b-eigenaar'] })]))
      .when(stappen.zienswijze('2021-02-20'))
      .then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', van: 'b-eigenaar', binnenTermijn: true, datum: '2021-02-20', door }]);
  });

  it('refuses a voornemen to someone who is no betrokkene of the case', () => {
    given(zaakNa([stappen.rapportage(), stappen.voorstel()])).when(stappen.voornemen({ aan: ['b-onbekend'] })).thenRefuses('damocles/voornemen-aan-onbekende', 'aan');
  });

  it('the term may be recorded as passed when one of two gave a zienswijze', () => {
    given(zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.zienswijze('2021-02-20', 'b-eigenaar')]))
      .when(stappen.termijnVerstreken())
      .then([{ type: 'ZienswijzetermijnVerstreken', zaakId, einde: '2021-03-03', datum: '2021-03-04', door }]);
  });
});

describe('damocles: registreer zienswijze, on time or late', () => {
  it('records a zienswijze within the term, and a late one as late', () => {
    given(totVoornemen)
      .when({ type: 'RegistreerZienswijze', zaakId, wijze: 'mondeling', datum: '2021-03-01', door })
      .then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'mondeling', binnenTermijn: true, datum: '2021-03-01', door }]);
    given(totBesluit)
      .when({ type: 'RegistreerZienswijze', zaakId, wijze: 'schriftelijk', datum: '2021-03-05', door })
      .then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', binnenTermijn: false, datum: '2021-03-05', door }]);
  });

  it('refuses a zienswijze before any voornemen', () => {
    given([ontvangen, voorgesteldTweede])
      .when({ type: 'RegistreerZienswijze', zaakId, wijze: 'schriftelijk', datum: '2021-02-20', door })
      .thenRefuses('damocles/stap-in-verkeerde-volgorde');
  });
});
