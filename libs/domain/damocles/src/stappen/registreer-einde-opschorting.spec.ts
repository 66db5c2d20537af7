import { DeciderSpecification, fold } from '@handhaving/domain-shared';
import type { RegistreerEindeOpschorting } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import type { OpschortingBeslistermijnBeeindigd } from '../damocles.events';
import { door, zaakId } from './zaak.spec-support';
import { beslistermijnNa, eindeOpschorting, hersteld, herstelGevraagd, totBezwaar, totSluitingsbesluit } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

/*
 * The beslistermijn op bezwaar of this case: the bezwaartermijn ended Wednesday 21 April 2021, so
 * the six weeks of art. 7:10 lid 1 Awb run 22 April through Wednesday 2 June 2021.
 */
describe('damocles: registreer einde opschorting of the beslistermijn op bezwaar (art. 7:10 lid 2 Awb)', () => {
  it('art. 7:10 lid 2 Awb: the suspension ends the day before the repair; nine days move the end to Friday 11 June', () => {
    given([...totBezwaar, herstelGevraagd]).when(eindeOpschorting('2021-05-06')).then([hersteld]);
    const state = fold(damoclesDecider, [...totBezwaar, herstelGevraagd, hersteld]);
    expect(state).toMatchObject({ rechtsbescherming: { beslistermijn: { opschortingen: [{ van: '2021-04-27', totEnMet: '2021-05-05' }], laatsteStap: '2021-05-06' } } });
    expect(state.status === 'sluiting-besloten' ? state.rechtsbescherming.beslistermijn?.lopend : 'andere status').toBeUndefined();
    expect(beslistermijnNa([...totBezwaar, herstelGevraagd, hersteld])).toBe('2021-06-11');
  });

  it('art. 7:10 lid 2 Awb: a hersteltermijn passed unused ends the suspension on its last day (27 April through 10 May: 2 June + 14 = 16 June)', () => {
    const verstreken: OpschortingBeslistermijnBeeindigd = {
      type: 'OpschortingBeslistermijnBeeindigd',
      zaakId,
      einde: 'hersteltermijn-ongebruikt-verstreken',
      opschorting: { van: '2021-04-27', totEnMet: '2021-05-10' },
      datum: '2021-05-11',
      door,
    };
    given([...totBezwaar, herstelGevraagd]).when(eindeOpschorting('2021-05-11', 'hersteltermijn-ongebruikt-verstreken')).then([verstreken]);
    expect(beslistermijnNa([...totBezwaar, herstelGevraagd, verstreken])).toBe('2021-06-16');
  });

  it('art. 7:10 lid 2 Awb: a repair after the hersteltermijn counts no further than its last day', () => {
    given([...totBezwaar, herstelGevraagd])
      .when(eindeOpschorting('2021-05-14'))
      .then([{ type: 'OpschortingBeslistermijnBeeindigd', zaakId, einde: 'verzuim-hersteld', opschorting: { van: '2021-04-27', totEnMet: '2021-05-10' }, datum: '2021-05-14', door }]);
  });

  it('art. 7:10 lid 2 Awb: a repair on the day after the request suspended no day; the end stays', () => {
    const direct: OpschortingBeslistermijnBeeindigd = { type: 'OpschortingBeslistermijnBeeindigd', zaakId, einde: 'verzuim-hersteld', datum: '2021-04-27', door };
    given([...totBezwaar, herstelGevraagd]).when(eindeOpschorting('2021-04-27')).then([direct]);
    expect(beslistermijnNa([...totBezwaar, herstelGevraagd, direct])).toBe('2021-06-02');
  });

  it('art. 7:10 lid 2 Awb: refuses ending a suspension none runs, after the beslissing, before the request, an unused hersteltermijn that still runs, and an unknown end', () => {
    given(totBezwaar).when(eindeOpschorting('2021-05-06')).thenRefuses('damocles/geen-opschorting', 'zaakId');
    given([...totBezwaar, herstelGevraagd, hersteld]).when(eindeOpschorting('2021-05-07')).thenRefuses('damocles/geen-opschorting', 'zaakId');
    given(totSluitingsbesluit).when(eindeOpschorting('2021-05-06')).thenRefuses('damocles/geen-bezwaar', 'zaakId');
    const beslist = { type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-04-28', beroepstermijnEinde: '2021-06-09', datum: '2021-04-28', door } as const;
    given([...totBezwaar, herstelGevraagd, beslist]).when(eindeOpschorting('2021-05-06')).thenRefuses('damocles/bezwaar-al-beslist', 'zaakId');
    given([...totBezwaar, herstelGevraagd]).when(eindeOpschorting('2021-04-25')).thenRefuses('damocles/datum-voor-vorige-stap', 'datum');
    given([...totBezwaar, herstelGevraagd]).when(eindeOpschorting('2021-05-10', 'hersteltermijn-ongebruikt-verstreken')).thenRefuses('damocles/hersteltermijn-loopt-nog', 'datum');
    given([...totBezwaar, herstelGevraagd])
      .when({ ...eindeOpschorting('2021-05-06'), einde: 'ingetrokken' as unknown as RegistreerEindeOpschorting['einde'] })
      .thenRefuses('damocles/einde-opschorting-onbekend', 'einde');
  });
});
