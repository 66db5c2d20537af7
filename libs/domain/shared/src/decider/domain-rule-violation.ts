/**
 * A command that is well-formed but not allowed by the law or the policy in the current state,
 * in the user's words. The API answers it as 422 problem+json with `type` built from `rule`.
 */
export class DomainRuleViolation extends Error {
  override readonly name = 'DomainRuleViolation';

  constructor(
    /** Stable identifier of the rule, e.g. `damocles/harddrugs-geen-waarschuwing`. */
    readonly rule: string,
    /** What is wrong and what to do, in Dutch, for the medewerker. */
    readonly detail: string,
    /** The command field the rule is about, when there is one. */
    readonly field?: string,
  ) {
    super(detail);
  }
}
