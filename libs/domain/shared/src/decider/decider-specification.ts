import { fold, type Decider } from './decider';
import { DomainRuleViolation } from './domain-rule-violation';

/**
 * The one shape of a domain test:
 * `DeciderSpecification.for(decider).given([...events]).when(command).then([...events])`,
 * or `.thenRefuses('rule')` when the command must be refused.
 * Framework-neutral: it throws plain errors, so it works in any test runner.
 */
export const DeciderSpecification = {
  for<Command, Event, State>(decider: Decider<Command, Event, State>) {
    return {
      given(events: readonly Event[]) {
        return {
          when(command: Command) {
            const run = (): readonly Event[] => decider.decide(command, fold(decider, events));
            return {
              then(expected: readonly Event[]): void {
                const actual = run();
                const actualJson = JSON.stringify(actual);
                const expectedJson = JSON.stringify(expected);
                if (actualJson !== expectedJson) {
                  throw new Error(`Expected events\n  ${expectedJson}\nbut the decider produced\n  ${actualJson}`);
                }
              },
              thenRefuses(rule: string, field?: string): DomainRuleViolation {
                let produced: readonly Event[];
                try {
                  produced = run();
                } catch (error) {
                  if (!(error instanceof DomainRuleViolation)) throw error;
                  if (error.rule !== rule) throw new Error(`Expected rule ${rule} to refuse the command, but ${error.rule} did: ${error.detail}`);
                  if (field !== undefined && error.field !== field) {
                    throw new Error(`Expected the refusal to name field ${field}, but it named ${String(error.field)}`);
                  }
                  return error;
                }
                throw new Error(`Expected the command to be refused by ${rule}, but it produced ${JSON.stringify(produced)}`);
              },
            };
          },
        };
      },
    };
  },
};
