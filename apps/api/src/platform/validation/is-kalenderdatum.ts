import { isKalenderdatum } from '@handhaving/termijnen';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A day that exists, written JJJJ-MM-DD: `2021-02-30` has the form and is no day. Steps are checked
 * by their decider (422); a question's dates here, at the edge (400 naming the field), so they
 * never reach a read model.
 */
export function IsKalenderdatum(veld: string, options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isKalenderdatum',
      validator: {
        validate: (waarde: unknown) => typeof waarde === 'string' && isKalenderdatum(waarde),
        defaultMessage: () => (options.each ? `${veld} moet bestaande datums JJJJ-MM-DD hebben, gescheiden door komma’s` : `${veld} moet een bestaande datum JJJJ-MM-DD zijn`),
      },
    },
    options,
  );
}
