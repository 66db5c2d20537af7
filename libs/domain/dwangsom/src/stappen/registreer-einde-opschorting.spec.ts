import { fold } from '@handhaving/domain-shared';
import { dwangsomDecider } from '../dwangsom.decider';
import { beschikking1, bezwaarTegenBeschikking, given, stap, door, zaakId } from './zaak.spec-support';

const gevraagd = { type: 'HerstelVerzuimGevraagd', zaakId, tegen: beschikking1, verzuim: 'de gronden ontbreken', hersteltermijnEinde: '2021-08-16', opgeschortVanaf: '2021-08-03', datum: '2021-08-02', door } as const;
const einde = (datum: string, e: 'verzuim-hersteld' | 'hersteltermijn-ongebruikt-verstreken' = 'verzuim-hersteld') => ({ type: 'RegistreerEindeOpschorting', ...stap, tegen: beschikking1, einde: e, datum }) as const;

describe('dwangsom: einde opschorting van de beslistermijn (art. 7:10 lid 2 Awb)', () => {
  it('repaired Tuesday 10 August: 3 through 9 August stood still, so the term ends seven days later, Tuesday 14 September 2021', () => {
    const beeindigd = { type: 'OpschortingBeslistermijnBeeindigd', zaakId, tegen: beschikking1, einde: 'verzuim-hersteld', opschorting: { van: '2021-08-03', totEnMet: '2021-08-09' }, datum: '2021-08-10', door } as const;
    given([...bezwaarTegenBeschikking, gevraagd]).when(einde('2021-08-10')).then([beeindigd]);
    const s = fold(dwangsomDecider, [...bezwaarTegenBeschikking, gevraagd, beeindigd]);
    expect(s).toMatchObject({ invorderingen: [{ bezwaar: { beslistermijn: { opschortingen: [{ van: '2021-08-03', totEnMet: '2021-08-09' }], laatsteStap: '2021-08-10' } } }] });
  });

  it('refuses without a suspension, and an unused hersteltermijn before it ended (16 August)', () => {
    given(bezwaarTegenBeschikking).when(einde('2021-08-10')).thenRefuses('dwangsom/geen-opschorting', 'zaakId');
    given([...bezwaarTegenBeschikking, gevraagd]).when(einde('2021-08-16', 'hersteltermijn-ongebruikt-verstreken')).thenRefuses('dwangsom/hersteltermijn-loopt-nog', 'datum');
  });
});
