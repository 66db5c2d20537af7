import { fold } from '@handhaving/domain-shared';
import { trajectDecider } from '../traject.decider';
import { door, given, herstelGevraagd, inBezwaar, stap, zaakId } from './traject.spec-support';

const einde = (datum: string, e: 'verzuim-hersteld' | 'hersteltermijn-ongebruikt-verstreken' = 'verzuim-hersteld') => ({ type: 'RegistreerEindeOpschorting', ...stap, einde: e, datum }) as const;

describe('kamerverhuur traject: einde opschorting van de beslistermijn (art. 7:10 lid 2 Awb)', () => {
  it('repaired Monday 11 May 2020: 5 through 10 May stood still', () => {
    const beeindigd = { type: 'OpschortingBeslistermijnBeeindigd', zaakId, einde: 'verzuim-hersteld', opschorting: { van: '2020-05-05', totEnMet: '2020-05-10' }, datum: '2020-05-11', door } as const;
    given([...inBezwaar, herstelGevraagd]).when(einde('2020-05-11')).then([beeindigd]);
    expect(fold(trajectDecider, [...inBezwaar, herstelGevraagd, beeindigd])).toMatchObject({ last: { bezwaar: { beslistermijn: { opschortingen: [{ van: '2020-05-05', totEnMet: '2020-05-10' }] } } } });
  });

  it('refuses it without a suspension, and an unused hersteltermijn before it ended (18 May)', () => {
    given(inBezwaar).when(einde('2020-05-11')).thenRefuses('kamerverhuur/geen-opschorting', 'zaakId');
    given([...inBezwaar, herstelGevraagd]).when(einde('2020-05-18', 'hersteltermijn-ongebruikt-verstreken')).thenRefuses('kamerverhuur/hersteltermijn-loopt-nog', 'datum');
  });
});
