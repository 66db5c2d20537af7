import { isPlausibeleDatum, LAATSTE_DATUM, VROEGSTE_DATUM } from '@handhaving/termijnen';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A day that exists, written JJJJ-MM-DD, from 1980-01-01 through 2100-12-31 (the plausible range
 * of libs/termijnen, plausibele-datum.ts): `2021-02-30` has the form and is no day, `9999-12-31`
 * is a day no question of this system is about. Steps are checked by their decider (422); a
 * question's dates here, at the edge (400 naming the field), so they never reach a read model.
 */
export function IsKalenderdatum(veld: string, options: ValidationOptions = {}): PropertyDecorator {
  const bereik = `van ${VROEGSTE_DATUM} tot en met ${LAATSTE_DATUM}`;
  return ValidateBy(
    {
      name: 'isKalenderdatum',
      validator: {
        validate: (waarde: unknown) => isPlausibeleDatum(waarde),
        defaultMessage: () =>
          options.each ? `${veld} moet bestaande datums JJJJ-MM-DD hebben, ${bereik}, gescheiden door komma’s` : `${veld} moet een bestaande datum JJJJ-MM-DD zijn, ${bereik}`,
      },
    },
    options,
  );
}
