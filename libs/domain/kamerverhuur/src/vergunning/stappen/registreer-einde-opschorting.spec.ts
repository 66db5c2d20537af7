import { door, given, stap, weigeringMetBezwaar, zaakId, zaakNa } from './vergunning.spec-support';

const einde = (soort: 'verzuim-hersteld' | 'hersteltermijn-ongebruikt-verstreken', datum: string) => ({ type: 'RegistreerEindeOpschorting', ...stap, einde: soort, datum }) as const;
const metHerstel = zaakNa(weigeringMetBezwaar, [{ type: 'VraagHerstelVerzuim', ...stap, verzuim: 'de gronden ontbreken', hersteltermijnEinde: '2020-04-29', datum: '2020-04-15' }]);

describe('kamerverhuur: registreer het einde van de opschorting (art. 7:10 lid 2 Awb)', () => {
  it('repaired Wednesday 22 April 2020: 16 through 21 April stood still', () => {
    given(metHerstel).when(einde('verzuim-hersteld', '2020-04-22')).then([{ type: 'OpschortingBeslistermijnBeeindigd', zaakId, einde: 'verzuim-hersteld', opschorting: { van: '2020-04-16', totEnMet: '2020-04-21' }, datum: '2020-04-22', door }]);
  });

  it('the hersteltermijn passed unused: from the day after its end, 16 through 29 April', () => {
    given(metHerstel)
      .when(einde('hersteltermijn-ongebruikt-verstreken', '2020-04-30'))
      .then([{ type: 'OpschortingBeslistermijnBeeindigd', zaakId, einde: 'hersteltermijn-ongebruikt-verstreken', opschorting: { van: '2020-04-16', totEnMet: '2020-04-29' }, datum: '2020-04-30', door }]);
  });

  it('refuses it without a suspension, on the last day of the hersteltermijn, and with an unknown end', () => {
    given(weigeringMetBezwaar).when(einde('verzuim-hersteld', '2020-04-22')).thenRefuses('kamerverhuur/geen-opschorting', 'zaakId');
    given(metHerstel).when(einde('hersteltermijn-ongebruikt-verstreken', '2020-04-29')).thenRefuses('kamerverhuur/hersteltermijn-loopt-nog', 'datum');
    given(metHerstel).when({ ...einde('verzuim-hersteld', '2020-04-22'), einde: 'vergeten' } as never).thenRefuses('kamerverhuur/einde-opschorting-onbekend', 'einde');
  });
});
