import { aangekondigd, dwangsomGekozen, geconstateerd, given, stap, afgesloten } from './traject.spec-support';

const verzend = { type: 'VerzendVooraankondiging', ...stap, verzenddatum: '2020-02-10', hersteltermijnEinde: '2020-02-24', datum: '2020-02-10' } as const;

describe('kamerverhuur traject: verzend vooraankondiging', () => {
  it('given a constatering, when the vooraankondiging asks to end it by 24 February, then it records that day', () => {
    given([geconstateerd]).when(verzend).then([aangekondigd]);
  });

  it('may name no hersteltermijn; its end may lie ahead of today', () => {
    const { hersteltermijnEinde: _einde, ...zonder } = verzend;
    const { hersteltermijnEinde: _e, ...zonderTermijn } = aangekondigd;
    given([geconstateerd]).when(zonder).then([zonderTermijn]);
    given([geconstateerd]).when({ ...verzend, vandaag: '2020-02-10' }).then([aangekondigd]);
  });

  it('refuses a hersteltermijn that ends on or before the verzenddatum, or is no date', () => {
    given([geconstateerd]).when({ ...verzend, hersteltermijnEinde: '2020-02-10' }).thenRefuses('kamerverhuur/termijn-ongeldig', 'hersteltermijnEinde');
    given([geconstateerd]).when({ ...verzend, hersteltermijnEinde: '24-02-2020' }).thenRefuses('kamerverhuur/datum-ongeldig', 'hersteltermijnEinde');
  });

  it('refuses one before the constatering, after today, twice, on an unknown or another traject', () => {
    given([geconstateerd]).when({ ...verzend, verzenddatum: '2020-02-05' }).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'verzenddatum');
    given([geconstateerd]).when({ ...verzend, vandaag: '2020-02-09', datum: '2020-02-09' }).thenRefuses('kamerverhuur/datum-in-de-toekomst', 'verzenddatum');
    given([geconstateerd, aangekondigd]).when(verzend).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
    given([]).when(verzend).thenRefuses('kamerverhuur/zaak-onbekend', 'zaakId');
    given([geconstateerd]).when({ ...verzend, zaakId: 'een-ander-traject' }).thenRefuses('kamerverhuur/andere-zaak', 'zaakId');
  });

  it('refuses one after the dwangsom route was chosen, or the traject closed', () => {
    given([geconstateerd, dwangsomGekozen('2020-02-08')]).when(verzend).thenRefuses('kamerverhuur/dwangsom-gekozen', 'zaakId');
    given([geconstateerd, afgesloten('gelegaliseerd', '2020-02-08', 'vergunning verleend')]).when(verzend).thenRefuses('kamerverhuur/traject-afgesloten', 'zaakId');
  });
});
