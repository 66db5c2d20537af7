import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInput } from '../problem-details/api-errors';
import type { FieldProblem } from '../problem-details/problem';

/**
 * Shape validation at the edge: unknown fields are refused (not silently dropped), values are
 * transformed to their declared types, and every failure names the field and the rule.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInput(flatten(errors)),
  });
}

function flatten(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, detail]) => ({
      field,
      rule: rule === 'whitelistValidation' ? 'onbekend-veld' : rule,
      detail: rule === 'whitelistValidation' ? `Het veld ${field} bestaat niet in deze opdracht` : detail,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
