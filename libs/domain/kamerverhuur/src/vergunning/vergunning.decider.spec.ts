import { verdraagtVreemdeEvents } from '@handhaving/domain-shared';
import { aangevraagd, aanvullingGevraagd, gereedVoorIntrekking, gereedVoorWeigering, geweigerd, stappen, verleend, voornemenTotWeigering, weigeringMetBezwaar, intrekkingMetBezwaar, zaakId } from './stappen/vergunning.spec-support';
import { kamerverhuurvergunningContext } from './vergunning.context';
import type { VergunningCommand } from './vergunning.commands';
import { vergunningDecider } from './vergunning.decider';
import { VERGUNNING_EVENT_TYPES, VERGUNNING_SCHEMAVERSIES, type VergunningEvent } from './vergunning.events';

/*
 * The decider as a whole. Each step's rules are tested beside the step, in stappen/<stap>.spec.ts;
 * the term arithmetic in regels/beslistermijn.spec.ts.
 */
describe('kamerverhuur: de vergunning-decider', () => {
  it('names its stream kamerverhuurvergunning-{zaakId}', () => {
    expect(kamerverhuurvergunningContext.naam).toBe('kamerverhuurvergunning');
    expect(kamerverhuurvergunningContext.streamId(zaakId)).toBe(`kamerverhuurvergunning-${zaakId}`);
    expect(kamerverhuurvergunningContext.decider).toBe(vergunningDecider);
  });

  it('gives every event type a schema version and registers them all', () => {
    expect(VERGUNNING_EVENT_TYPES).toHaveLength(22);
    expect(kamerverhuurvergunningContext.eventTypes).toEqual(VERGUNNING_EVENT_TYPES);
    expect(Object.values(VERGUNNING_SCHEMAVERSIES).every((v) => v === 1)).toBe(true);
  });

  it('checks every step’s date before the step: none after the day it is recorded', () => {
    expect(() => vergunningDecider.decide({ ...stappen.verleen(), vandaag: '2020-02-18' } as VergunningCommand, vergunningDecider.initialState())).toThrow(
      expect.objectContaining({ rule: 'kamerverhuur/datum-in-de-toekomst', field: 'datum' }),
    );
  });

  describe('events the decider does not know (a reminder sent, a newer version)', () => {
    it.each<[string, VergunningEvent[], VergunningCommand]>([
      ['after the aanvraag', aangevraagd, stappen.aanvulling()],
      ['while an aanvulling is awaited', aanvullingGevraagd, stappen.aangevuld()],
      ['during the zienswijzefase', voornemenTotWeigering, stappen.termijnVerstreken()],
      ['before the weigering', gereedVoorWeigering, stappen.weiger()],
      ['after the weigering', geweigerd, stappen.bezwaar('2020-03-20')],
      ['after a bezwaar', weigeringMetBezwaar, stappen.beslis('ongegrond', '2020-05-13')],
      ['with the permit', verleend, stappen.voornemen('2020-10-05')],
      ['before the intrekking', gereedVoorIntrekking, stappen.trekIn()],
      ['after the intrekking, with a bezwaar', intrekkingMetBezwaar, stappen.beslis('gegrond', '2021-01-13')],
    ])('%s: folds to the same state and accepts the next command', (_fase, events, command) => {
      verdraagtVreemdeEvents(vergunningDecider, events, command);
    });
  });
});
