/**
 * Every Bibob toets lives on a stream `bibob-{zaakId}`. Read models subscribe with this prefix as
 * well as their event types: other contexts name some of their events the same.
 */
export const BIBOB_STREAM_PREFIX = 'bibob-';

export function bibobStreamId(zaakId: string): string {
  return `${BIBOB_STREAM_PREFIX}${zaakId}`;
}
