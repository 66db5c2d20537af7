import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { InvalidInput } from '../problem-details/api-errors';
import type { FieldProblem } from '../problem-details/problem';
import { teLangeLijst } from './lijstlengte';

/**
 * Shape validation at the edge: unknown fields are refused (not silently dropped), values are
 * transformed to their declared types, and every failure names the field and the rule. A body or
 * query with a list longer than any request carries (lijstlengte.ts) is refused first, before
 * validation walks its elements.
 */
export function createValidationPipe(): ValidationPipe {
  return new BegrensdeValidationPipe({
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

class BegrensdeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const problem = teLangeLijst(value);
      if (problem !== undefined) throw new InvalidInput([problem]);
    }
    return super.transform(value, metadata);
  }
}
