import {
  beslist,
  dwangsomGekozen,
  geconstateerd,
  gecontroleerd,
  given,
  hercontrole,
  inBezwaar,
  naHercontrole,
  naVooraankondiging,
  naVoornemen,
  opgelegd,
  bestuursdwang,
  afgesloten,
} from './traject.spec-support';

describe('kamerverhuur traject: registreer hercontrole', () => {
  describe('after the vooraankondiging (hersteltermijn through Monday 24 February 2020)', () => {
    it('finds the violation going on from the day after the hersteltermijn', () => {
      given(naVooraankondiging).when(hercontrole('2020-02-25', 'overtreding')).then([gecontroleerd('2020-02-25', 'overtreding', 'vooraankondiging')]);
    });

    it('finds it ended, also within the hersteltermijn', () => {
      given(naVooraankondiging).when(hercontrole('2020-02-20', 'nageleefd')).then([gecontroleerd('2020-02-20', 'nageleefd', 'vooraankondiging')]);
    });

    it('refuses a violation found within the hersteltermijn, a hercontrole before the vooraankondiging or before the previous one', () => {
      const refusal = given(naVooraankondiging).when(hercontrole('2020-02-24', 'overtreding')).thenRefuses('kamerverhuur/hersteltermijn-loopt-nog', 'controledatum');
      expect(refusal.detail).toContain('vanaf 2020-02-25');
      given(naVooraankondiging).when(hercontrole('2020-02-09', 'nageleefd')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'controledatum');
      given(naHercontrole).when(hercontrole('2020-02-24', 'nageleefd')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'controledatum');
    });
  });

  describe('after the last onder bestuursdwang (begunstigingstermijn through Wednesday 13 May 2020)', () => {
    it('finds the violation going on from 14 May, or the last complied with earlier', () => {
      given(opgelegd).when(hercontrole('2020-05-14', 'overtreding')).then([gecontroleerd('2020-05-14', 'overtreding', 'last-onder-bestuursdwang')]);
      given(opgelegd).when(hercontrole('2020-04-20', 'nageleefd')).then([gecontroleerd('2020-04-20', 'nageleefd', 'last-onder-bestuursdwang')]);
    });

    it('refuses a violation found within the begunstigingstermijn, and a hercontrole before the bekendmaking', () => {
      given(opgelegd).when(hercontrole('2020-05-13', 'overtreding')).thenRefuses('kamerverhuur/begunstigingstermijn-loopt-nog', 'controledatum');
      given(opgelegd).when(hercontrole('2020-03-17', 'nageleefd')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'controledatum');
    });

    it('refuses a hercontrole on a last herroepen on bezwaar', () => {
      given([...inBezwaar, beslist('gegrond')]).when(hercontrole('2020-06-15', 'overtreding')).thenRefuses('kamerverhuur/last-vervallen', 'zaakId');
    });
  });

  it('on the dwangsom route, records a hercontrole after the choice (to close the traject as nageleefd)', () => {
    given([geconstateerd, dwangsomGekozen()]).when(hercontrole('2020-05-01', 'nageleefd')).then([gecontroleerd('2020-05-01', 'nageleefd', 'last-onder-dwangsom')]);
    given([geconstateerd, dwangsomGekozen()]).when(hercontrole('2020-02-11', 'nageleefd')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'controledatum');
  });

  it('refuses an unknown outcome, no toezichthouder, a violation without bevindingen, a bad date', () => {
    given(naVooraankondiging).when(hercontrole('2020-02-25', 'half' as never)).thenRefuses('kamerverhuur/uitkomst-onbekend', 'uitkomst');
    given(naVooraankondiging).when(hercontrole('2020-02-25', 'overtreding', { toezichthouder: ' ' })).thenRefuses('kamerverhuur/toezichthouder-ontbreekt', 'toezichthouder');
    given(naVooraankondiging).when(hercontrole('2020-02-25', 'overtreding', { bevindingen: ' ' })).thenRefuses('kamerverhuur/bevindingen-ontbreken', 'bevindingen');
    given(naVooraankondiging).when(hercontrole('2020-02-30', 'nageleefd', { datum: '2020-03-02' })).thenRefuses('kamerverhuur/datum-ongeldig', 'controledatum');
  });

  it('refuses a hercontrole with nothing to check: right after the constatering, during the zienswijzefase, after bestuursdwang or closure', () => {
    given([geconstateerd]).when(hercontrole('2020-02-25', 'nageleefd')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
    given(naVoornemen).when(hercontrole('2020-03-05', 'nageleefd')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
    given(bestuursdwang).when(hercontrole('2020-06-05', 'nageleefd')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
    given([...naHercontrole, afgesloten('gelegaliseerd', '2020-02-26', 'vergunning verleend')]).when(hercontrole('2020-03-01', 'nageleefd')).thenRefuses('kamerverhuur/traject-afgesloten', 'zaakId');
  });
});
