import type { Decider } from './decider';
import { DeciderSpecification } from './decider-specification';
import { DomainRuleViolation } from './domain-rule-violation';

// A minimal case with one term, to test the specification helper itself.
type Command = { type: 'Open'; datum: string } | { type: 'Sluit'; datum: string };
type Event = { type: 'Geopend'; datum: string } | { type: 'Gesloten'; datum: string };
type State = { status: 'nieuw' } | { status: 'open'; sinds: string } | { status: 'gesloten' };

const zaak: Decider<Command, Event, State> = {
  initialState: () => ({ status: 'nieuw' }),
  evolve: (_state, event) => (event.type === 'Geopend' ? { status: 'open', sinds: event.datum } : { status: 'gesloten' }),
  decide: (command, state) => {
    if (command.type === 'Open') {
      if (state.status !== 'nieuw') throw new DomainRuleViolation('zaak/al-geopend', 'De zaak is al geopend');
      return [{ type: 'Geopend', datum: command.datum }];
    }
    if (state.status !== 'open') throw new DomainRuleViolation('zaak/niet-open', 'Alleen een open zaak kan worden gesloten');
    if (command.datum < state.sinds) throw new DomainRuleViolation('zaak/sluiting-voor-opening', 'Sluiten kan niet vóór de opening', 'datum');
    return [{ type: 'Gesloten', datum: command.datum }];
  },
};

const spec = DeciderSpecification.for(zaak);

describe('DeciderSpecification', () => {
  it('passes when the decider produces exactly the expected events', () => {
    spec.given([{ type: 'Geopend', datum: '2021-03-03' }]).when({ type: 'Sluit', datum: '2021-04-14' }).then([{ type: 'Gesloten', datum: '2021-04-14' }]);
  });

  it('fails when the decider produces other events', () => {
    expect(() => spec.given([]).when({ type: 'Open', datum: '2021-03-03' }).then([{ type: 'Geopend', datum: '2021-03-04' }])).toThrow(/Expected events/);
  });

  it('returns the refusal when the expected rule refuses, naming the field', () => {
    const refusal = spec
      .given([{ type: 'Geopend', datum: '2021-03-03' }])
      .when({ type: 'Sluit', datum: '2021-03-01' })
      .thenRefuses('zaak/sluiting-voor-opening', 'datum');
    expect(refusal.detail).toBe('Sluiten kan niet vóór de opening');
  });

  it('fails when another rule refuses, or when nothing refuses', () => {
    expect(() => spec.given([]).when({ type: 'Sluit', datum: '2021-03-01' }).thenRefuses('zaak/al-geopend')).toThrow(/zaak\/niet-open/);
    expect(() => spec.given([]).when({ type: 'Open', datum: '2021-03-01' }).thenRefuses('zaak/al-geopend')).toThrow(/produced/);
  });
});
