/**
 * A bounded context's write side: what a command decides, given the state folded from the
 * stream's events. Pure: no clock (the command carries when and by whom), no I/O.
 * `decide` throws a `DomainRuleViolation` when the command is not allowed now.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export function fold<Event, State>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>, events: readonly Event[]): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}
