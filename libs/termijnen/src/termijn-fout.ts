/**
 * Why an input was refused. The code is stable, so an API can map it to a problem+json `type`;
 * the message is one line in the user's words (Dutch, with the English gist), naming the value.
 */
export type TermijnFoutCode =
  | 'ongeldige-datum'
  | 'buiten-bereik'
  | 'onbekende-soort'
  | 'ongeldige-lengte'
  | 'ongeldige-opschorting'
  | 'ongeldige-verdaging'
  | 'ongeldige-invoer';

export class TermijnFout extends Error {
  override readonly name = 'TermijnFout';

  constructor(
    readonly code: TermijnFoutCode,
    message: string,
    /** The input field that was wrong, e.g. `vanaf` or `opschortingen[1].totEnMet`. */
    readonly veld?: string,
  ) {
    super(message);
  }
}
