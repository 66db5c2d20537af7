import { fold } from '@handhaving/domain-shared';
import { vergunningDecider } from '../vergunning.decider';
import { door, gereedVoorIntrekking, given, ingetrokken, stappen, verleend, voornemenTotIntrekking, zaakId, zaakNa } from './vergunning.spec-support';

const ingetrokkenEvent = (velden: object = {}): never =>
  ({
    type: 'VergunningIngetrokken',
    zaakId,
    besluitdatum: '2020-10-21',
    bekendmakingsdatum: '2020-10-21',
    bezwaartermijnEinde: '2020-12-02',
    ingangsdatum: '2020-11-01',
    reden: 'negen bewoners in zes kamers; vluchtweg geblokkeerd bij twee controles',
    datum: '2020-10-21',
    door,
    ...velden,
  }) as never;

describe('kamerverhuur: trek de vergunning in', () => {
  it('given the voornemen and its zienswijzefase over, when the permit is revoked Wednesday 21 October 2020 from 1 November, then bezwaar runs through Wednesday 2 December', () => {
    given(gereedVoorIntrekking).when(stappen.trekIn()).then([ingetrokkenEvent()]);
    expect(fold(vergunningDecider, ingetrokken)).toMatchObject({ status: 'ingetrokken', intrekking: { ingangsdatum: '2020-11-01' }, bestreden: { soort: 'intrekking', bezwaartermijnEinde: '2020-12-02' } });
  });

  it('refuses an intrekking without voornemen, during the zienswijzefase, or within the zienswijzetermijn', () => {
    given(verleend).when(stappen.trekIn()).thenRefuses('kamerverhuur/voornemen-ontbreekt', 'zaakId');
    given(voornemenTotIntrekking).when(stappen.trekIn()).thenRefuses('kamerverhuur/zienswijzefase-niet-afgerond', 'zaakId');
    const gehoord = zaakNa(voornemenTotIntrekking, [stappen.zienswijze('2020-10-12')]);
    given(gehoord).when(stappen.trekIn('2020-10-12', '2020-11-01')).then([ingetrokkenEvent({ besluitdatum: '2020-10-12', bekendmakingsdatum: '2020-10-12', bezwaartermijnEinde: '2020-11-23', datum: '2020-10-12' })]);
    given(gehoord).when(stappen.trekIn('2020-10-09', '2020-11-01')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
  });

  it('refuses an intrekking without reden, with an ingang before its bekendmaking (art. 3:40 Awb), of a permit past or at its einddatum, and a second one', () => {
    given(gereedVoorIntrekking).when({ ...stappen.trekIn(), reden: '' } as never).thenRefuses('kamerverhuur/reden-ontbreekt', 'reden');
    given(gereedVoorIntrekking).when(stappen.trekIn('2020-10-21', '2020-10-20')).thenRefuses('kamerverhuur/ingang-voor-bekendmaking', 'ingangsdatum');
    given(gereedVoorIntrekking).when(stappen.trekIn('2020-10-21', '2022-03-01')).thenRefuses('kamerverhuur/vergunning-al-verlopen', 'ingangsdatum');
    given(gereedVoorIntrekking).when(stappen.trekIn('2022-03-01', '2022-03-02')).thenRefuses('kamerverhuur/vergunning-al-verlopen', 'datum');
    given(ingetrokken).when(stappen.trekIn('2020-10-28')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
  });
});
