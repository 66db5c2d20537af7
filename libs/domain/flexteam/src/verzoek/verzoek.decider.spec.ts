import { fold, VREEMDE_EVENTS, verdraagtVreemdeEvents } from '@handhaving/domain-shared';
import { beantwoord, beantwoordMet, herkomst, pand, verstuur, verstuurd, zaakId } from './stappen/verzoek.spec-support';
import { verzoekContext } from './verzoek.context';
import { verzoekDecider } from './verzoek.decider';
import type { VerzoekEvent } from './verzoek.events';
import { evolveVerzoek } from './verzoek.evolve';

describe('verzoek: the decider and its context', () => {
  it('lives on streams verzoek-{zaakId} and names the events it writes', () => {
    expect(verzoekContext.naam).toBe('verzoek');
    expect(verzoekContext.streamId(zaakId)).toBe(`verzoek-${zaakId}`);
    expect(verzoekContext.eventTypes).toEqual(['VerzoekVerstuurd', 'VerzoekBeantwoord']);
  });

  it('folds a request from sent to answered', () => {
    expect(fold(verzoekDecider, [verstuurd, beantwoordMet()])).toEqual({
      status: 'beantwoord',
      zaak: { zaakId, gemeente: 'GM0928', aan: 'brp', pand, pandSleutel: 'bag:0928010000012345', herkomst, verstuurdOp: '2020-09-14', antwoordtermijnInWeken: 4, antwoordUiterlijk: '2020-10-12' },
      antwoord: { uitkomst: 'gecorrigeerd', datum: '2020-10-05' },
    });
  });

  it('passes by events it does not know (a HerinneringVerstuurd, a newer version’s type) in every state', () => {
    verdraagtVreemdeEvents(verzoekDecider, [], verstuur());
    verdraagtVreemdeEvents(verzoekDecider, [verstuurd], beantwoord());
    const vreemd = VREEMDE_EVENTS as unknown as VerzoekEvent[];
    for (const events of [[], [verstuurd], [verstuurd, beantwoordMet()]]) {
      const state = fold(verzoekDecider, events);
      for (const event of vreemd) expect(evolveVerzoek(state, event)).toBe(state);
    }
  });

  it('keeps its state on an event out of place (a second sending, a second answer, an answer before sending)', () => {
    const open = fold(verzoekDecider, [verstuurd]);
    expect(evolveVerzoek(open, { ...verstuurd, aan: 'bouw-en-woningtoezicht' })).toBe(open);
    const klaar = fold(verzoekDecider, [verstuurd, beantwoordMet()]);
    expect(evolveVerzoek(klaar, beantwoordMet({ uitkomst: 'niet-gecorrigeerd' }))).toBe(klaar);
    expect(evolveVerzoek({ status: 'onbekend' }, beantwoordMet())).toEqual({ status: 'onbekend' });
  });
});
