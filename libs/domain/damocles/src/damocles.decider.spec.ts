import { damoclesStreamId } from './damocles.decider';
import { zaakId } from './stappen/zaak.spec-support';

/*
 * The decider as a whole. Each step's rules are tested beside the step, in stappen/<stap>.spec.ts;
 * the fold of events into a case in damocles.evolve.spec.ts.
 */
describe('damocles decider', () => {
  it('gives the stream id damocles-{zaakId}', () => {
    expect(damoclesStreamId(zaakId)).toBe(`damocles-${zaakId}`);
  });
});
