import { given, stap, geopend, voornemen, termijnVerstreken } from './zaak.spec-support';

describe('dwangsom: stel vast dat de zienswijzetermijn verstreken is', () => {
  it('establishes the term passed only from the day after it ended', () => {
    const verstreken = { type: 'StelVastDatZienswijzetermijnVerstreken', ...stap, datum: '2021-03-18' } as const;
    given([geopend, voornemen]).when(verstreken).then([termijnVerstreken]);
    given([geopend, voornemen]).when({ ...verstreken, datum: '2021-03-17' }).thenRefuses('dwangsom/zienswijzetermijn-loopt-nog', 'datum');
    given([geopend, voornemen, termijnVerstreken]).when(verstreken).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
  });
});
