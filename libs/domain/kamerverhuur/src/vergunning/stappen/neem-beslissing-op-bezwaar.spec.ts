import { fold } from '@handhaving/domain-shared';
import { vergunningDecider } from '../vergunning.decider';
import { door, geweigerd, given, intrekkingMetBezwaar, stappen, weigeringMetBezwaar, zaakId, zaakNa } from './vergunning.spec-support';

const genomen = (uitkomst: string, datum: string, beroepstermijnEinde: string) => ({ type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst, bekendmakingsdatum: datum, beroepstermijnEinde, datum, door }) as never;

describe('kamerverhuur: neem de beslissing op bezwaar (art. 7:11 Awb)', () => {
  it('ongegrond leaves the weigering standing; beroep runs through Wednesday 24 June 2020 (art. 6:7 Awb)', () => {
    given(weigeringMetBezwaar).when(stappen.beslis('ongegrond', '2020-05-13')).then([genomen('ongegrond', '2020-05-13', '2020-06-24')]);
    expect(fold(vergunningDecider, [...weigeringMetBezwaar, genomen('ongegrond', '2020-05-13', '2020-06-24')])).toMatchObject({ status: 'geweigerd', bestreden: { rechtsbescherming: { beslissingOpBezwaar: { uitkomst: 'ongegrond' } } } });
  });

  it('gegrond against the intrekking herroept it: the permit holds again as granted (until 1 March 2022), its rechtsgang kept', () => {
    given(intrekkingMetBezwaar).when(stappen.beslis('gegrond', '2021-01-13')).then([genomen('gegrond', '2021-01-13', '2021-02-24')]);
    const hersteld = fold(vergunningDecider, zaakNa(intrekkingMetBezwaar, [stappen.beslis('gegrond', '2021-01-13')]));
    expect(hersteld).toMatchObject({
      status: 'verleend',
      vergunning: { ingangsdatum: '2020-03-01', einddatum: '2022-03-01' },
      bestreden: { soort: 'intrekking', herroepen: { op: '2021-01-13', door: 'bezwaar' }, rechtsbescherming: { beslissingOpBezwaar: { uitkomst: 'gegrond' } } },
    });
    expect(hersteld).not.toHaveProperty('voornemen');
  });

  it('gegrond against the weigering herroept it: the case stays geweigerd until the aanvraag is decided anew', () => {
    expect(fold(vergunningDecider, zaakNa(weigeringMetBezwaar, [stappen.beslis('gegrond', '2020-05-13')]))).toMatchObject({ status: 'geweigerd', bestreden: { herroepen: { op: '2020-05-13', door: 'bezwaar' } } });
  });

  it('refuses a beslissing without bezwaar, a second one, an unknown uitkomst, and one made known before the bezwaar', () => {
    given(geweigerd).when(stappen.beslis('ongegrond', '2020-05-13')).thenRefuses('kamerverhuur/geen-bezwaar', 'zaakId');
    given(zaakNa(weigeringMetBezwaar, [stappen.beslis('ongegrond', '2020-05-13')])).when(stappen.beslis('gegrond', '2020-05-14')).thenRefuses('kamerverhuur/bezwaar-al-beslist', 'zaakId');
    given(weigeringMetBezwaar).when(stappen.beslis('half' as never, '2020-05-13')).thenRefuses('kamerverhuur/uitkomst-onbekend', 'uitkomst');
    given(weigeringMetBezwaar).when({ ...stappen.beslis('ongegrond', '2020-05-13'), bekendmakingsdatum: '2020-03-19' } as never).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'bekendmakingsdatum');
  });
});
