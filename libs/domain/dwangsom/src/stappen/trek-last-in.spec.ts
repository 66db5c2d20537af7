import { door, given, opgelegd, stap, zaakId } from './zaak.spec-support';

describe('dwangsom: trek last in (art. 5:34 Awb)', () => {
  it('revokes the last', () => {
    const command = { type: 'TrekLastIn', ...stap, ingangsdatum: '2021-05-01', reden: 'verkeerde overtreder', datum: '2021-05-01' } as const;
    given(opgelegd).when(command).then([{ type: 'LastIngetrokken', zaakId, ingangsdatum: '2021-05-01', reden: 'verkeerde overtreder', datum: '2021-05-01', door }]);
    given(opgelegd).when({ ...command, reden: '' }).thenRefuses('dwangsom/reden-ontbreekt', 'reden');
  });
});
