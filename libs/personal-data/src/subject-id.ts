import { randomUUID } from 'node:crypto';
import { InvalidSubjectId } from './errors';

/**
 * The id of a data subject (betrokkene): a random UUID handed out when a person first appears in
 * a case. Events refer to the person only by this id and by sealed data (see
 * `EncryptedPersonalData`), so the id itself reveals nothing about who the person is.
 */
export type SubjectId = string & { readonly __brand: 'SubjectId' };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A new subject id for a betrokkene who is not yet known. */
export function newSubjectId(): SubjectId {
  return randomUUID() as SubjectId;
}

export function isSubjectId(value: unknown): value is SubjectId {
  return typeof value === 'string' && uuidPattern.test(value);
}

/** Checks a subject id read from an event, a request or a database (lower-case UUID). */
export function toSubjectId(value: string): SubjectId {
  if (!isSubjectId(value)) throw new InvalidSubjectId(value);
  return value;
}
