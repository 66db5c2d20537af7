/**
 * A subject id that is not a lower-case UUID. The offending value is not repeated in the message:
 * a caller that passed a name or a BSN by mistake must not see it land in a log line.
 */
export class InvalidSubjectId extends Error {
  override readonly name = 'InvalidSubjectId';

  constructor(value: unknown) {
    super(`A subject id must be a lower-case UUID (got a ${typeof value} of length ${String(value).length})`);
  }
}

/**
 * New personal data for a subject that has been erased. Erasure is final (AVG art. 17): a person
 * who turns up again gets a new subject id, so the old erasure keeps holding for the old data.
 */
export class SubjectErased extends Error {
  override readonly name = 'SubjectErased';

  constructor(
    readonly subjectId: string,
    readonly erasedAt: Date,
  ) {
    super(`Subject ${subjectId} was erased at ${erasedAt.toISOString()}: give a returning person a new subject id`);
  }
}

/**
 * Sealed data whose authentication failed: the ciphertext, IV or tag was altered, or it was
 * copied from another subject. Never read as "verwijderd": that would hide tampering.
 */
export class PersonalDataIntegrityError extends Error {
  override readonly name = 'PersonalDataIntegrityError';

  constructor(readonly subjectId: string) {
    super(`Sealed personal data of subject ${subjectId} failed authentication: altered, or sealed for another subject`);
  }
}

/** A value that should be sealed personal data and is not (wrong shape, unknown algorithm). */
export class InvalidSealedData extends Error {
  override readonly name = 'InvalidSealedData';
}

/** The key store cannot start: a missing or malformed setting, or the wrong master key. */
export class KeyStoreConfigError extends Error {
  override readonly name = 'KeyStoreConfigError';
}

/**
 * A stored key that cannot be unwrapped although the master key passed its check: the key
 * store row was altered or damaged. Never read as "verwijderd": that would hide the damage.
 */
export class KeyStoreIntegrityError extends Error {
  override readonly name = 'KeyStoreIntegrityError';
}
