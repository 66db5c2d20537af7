/**
 * Every Damocles case lives on a stream `damocles-{zaakId}` (`damoclesStreamId`). Read models
 * subscribe with this prefix as well as their event types: other contexts name some of their
 * events the same (dwangsom's `BeslissingOpBezwaarGenomen`), and a zaakId is only unique within
 * its context.
 */
export const DAMOCLES_STREAM_PREFIX = 'damocles-';

/** A case's stream: `damocles-{zaakId}`. */
export function damoclesStreamId(zaakId: string): string {
  return `${DAMOCLES_STREAM_PREFIX}${zaakId}`;
}
