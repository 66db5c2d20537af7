import { door, given, stappen, weigeringMetBezwaar, zaakId, zaakNa } from './vergunning.spec-support';

const ongegrond = zaakNa(weigeringMetBezwaar, [stappen.beslis('ongegrond', '2020-05-13')]);

describe('kamerverhuur: registreer beroep tegen de beslissing op bezwaar (art. 8:1, 6:7, 6:9 Awb)', () => {
  it('given the beslissing op bezwaar of 13 May 2020, beroep received 10 June is on time (through 24 June); one of 25 June is late', () => {
    given(ongegrond).when(stappen.beroep('2020-06-10')).then([{ type: 'BeroepIngesteld', zaakId, rechtbank: 'Rechtbank Limburg', indieningsdatum: '2020-06-10', beroepstermijnEinde: '2020-06-24', tijdig: true, datum: '2020-06-10', door }]);
    given(ongegrond).when(stappen.beroep('2020-06-25')).then([{ type: 'BeroepIngesteld', zaakId, rechtbank: 'Rechtbank Limburg', indieningsdatum: '2020-06-25', beroepstermijnEinde: '2020-06-24', tijdig: false, datum: '2020-06-25', door }]);
  });

  it('refuses beroep before the beslissing op bezwaar (art. 7:1 Awb), a second one, and one without rechtbank', () => {
    given(weigeringMetBezwaar).when(stappen.beroep('2020-06-10')).thenRefuses('kamerverhuur/geen-beslissing-op-bezwaar', 'zaakId');
    given(zaakNa(ongegrond, [stappen.beroep('2020-06-10')])).when(stappen.beroep('2020-06-11')).thenRefuses('kamerverhuur/beroep-al-ingesteld', 'zaakId');
    given(ongegrond).when({ ...stappen.beroep('2020-06-10'), rechtbank: ' ' } as never).thenRefuses('kamerverhuur/rechtbank-ontbreekt', 'rechtbank');
  });
});
