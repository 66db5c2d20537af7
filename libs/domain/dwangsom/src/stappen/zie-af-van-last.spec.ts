import { fold } from '@handhaving/domain-shared';
import { dwangsomDecider } from '../dwangsom.decider';
import { given, zaakId, door, stap, geopend, voornemen, opgelegd } from './zaak.spec-support';

describe('dwangsom: zie af van last', () => {
  it('may decide against a last, with reasons, until one is imposed', () => {
    const afzien = { type: 'ZieAfVanLast', ...stap, motivering: 'overtreder verhuisd naar het buitenland', datum: '2021-03-20' } as const;
    given([geopend, voornemen]).when(afzien).then([{ type: 'AfgezienVanLast', zaakId, motivering: afzien.motivering, datum: '2021-03-20', door }]);
    given([geopend]).when({ ...afzien, motivering: '' }).thenRefuses('dwangsom/afzien-zonder-motivering', 'motivering');
    given(opgelegd).when(afzien).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
    const state = fold(dwangsomDecider, [geopend, { type: 'AfgezienVanLast', zaakId, motivering: 'x', datum: '2021-03-20', door }]);
    expect(state).toMatchObject({ status: 'afgezien', sinds: '2021-03-20' });
  });
});
