import { fold } from '@handhaving/domain-shared';
import { dwangsomDecider } from '../dwangsom.decider';
import type { BetalingOntvangen } from '../dwangsom.events';
import { openstaandCent } from '../dwangsom.state';
import { given, zaakId, door, stap, ingevorderd } from './zaak.spec-support';

describe('dwangsom: registreer betaling', () => {
  const betaal = (bedragCent: number, betaaldatum = '2021-07-01', nummer = 1) =>
    ({ type: 'RegistreerBetaling', ...stap, invordering: nummer, bedragCent, betaaldatum, datum: betaaldatum }) as const;
  const betaald = (bedragCent: number, openstaand: number, betaaldatum = '2021-07-01'): BetalingOntvangen => ({
    type: 'BetalingOntvangen',
    zaakId,
    invordering: 1,
    bedragCent,
    betaaldatum,
    openstaandCent: openstaand,
    datum: betaaldatum,
    door,
  });

  it('records a partial payment and what is still owed, then the rest', () => {
    given(ingevorderd).when(betaal(100_000)).then([betaald(100_000, 150_000)]);
    given([...ingevorderd, betaald(100_000, 150_000)]).when(betaal(150_000, '2021-08-01')).then([betaald(150_000, 0, '2021-08-01')]);
    expect(openstaandCent(fold(dwangsomDecider, [...ingevorderd, betaald(100_000, 150_000)]))).toBe(150_000);
  });

  it('refuses more than is owed, anything on a paid beschikking, fractions of a cent, and an unknown beschikking', () => {
    given(ingevorderd).when(betaal(250_001)).thenRefuses('dwangsom/betaling-te-hoog', 'bedragCent');
    given([...ingevorderd, betaald(250_000, 0)]).when(betaal(1)).thenRefuses('dwangsom/invordering-voldaan', 'invordering');
    given(ingevorderd).when(betaal(100.5)).thenRefuses('dwangsom/bedrag-ongeldig', 'bedragCent');
    given(ingevorderd).when(betaal(-5)).thenRefuses('dwangsom/bedrag-ongeldig', 'bedragCent');
    given(ingevorderd).when(betaal(100, '2021-07-01', 2)).thenRefuses('dwangsom/invordering-onbekend', 'invordering');
    given(ingevorderd).when({ ...betaal(100), betaaldatum: '1-7-2021' }).thenRefuses('dwangsom/datum-ongeldig', 'betaaldatum');
  });
});
