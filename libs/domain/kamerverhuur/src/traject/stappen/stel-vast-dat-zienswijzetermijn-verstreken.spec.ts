import { given, gereed, naHercontrole, naVoornemen, stap, termijnVerstreken } from './traject.spec-support';

const verstreken = { type: 'StelVastDatZienswijzetermijnVerstreken', ...stap, datum: '2020-03-18' } as const;

describe('kamerverhuur traject: stel vast dat de zienswijzetermijn verstreken is', () => {
  it('establishes it from the day after the term ended (Wednesday 18 March 2020)', () => {
    given(naVoornemen).when(verstreken).then([termijnVerstreken]);
  });

  it('refuses it on the term’s last day, twice, or without voornemen', () => {
    given(naVoornemen).when({ ...verstreken, datum: '2020-03-17' }).thenRefuses('kamerverhuur/zienswijzetermijn-loopt-nog', 'datum');
    given(gereed).when(verstreken).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
    given(naHercontrole).when(verstreken).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
  });
});
