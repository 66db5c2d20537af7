import { ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * A field the caller may leave out. Left out means absent: `null` is a value like any other and
 * must pass the field's rules (class-validator's `@IsOptional` lets `null` through unchecked, and a
 * decider then met `reden: null` where it expects a text or nothing — a 500 the fuzzer found).
 */
export function Weglaatbaar(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object: object, waarde: unknown) => waarde !== undefined, options);
}
