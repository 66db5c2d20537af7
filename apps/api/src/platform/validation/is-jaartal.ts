import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { LAATSTE_JAAR, VROEGSTE_JAAR } from '@handhaving/termijnen';

/** A calendar year the figures can hold: 1980 through 2100 (the plausible dates of every step), read from a query string as a number. */
export function IsJaartal(): PropertyDecorator {
  const bereik = `jaar moet een jaartal van ${VROEGSTE_JAAR} tot en met ${LAATSTE_JAAR} zijn`;
  return applyDecorators(Type(() => Number), IsInt({ message: 'jaar moet een jaartal zijn' }), Min(VROEGSTE_JAAR, { message: bereik }), Max(LAATSTE_JAAR, { message: bereik }));
}
