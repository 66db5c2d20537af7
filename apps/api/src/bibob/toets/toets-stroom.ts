import { magGemeente, type Principal } from '@handhaving/auth';
import { bibobDecider, bibobStreamId, type BibobEvent, type BibobState } from '@handhaving/domain-bibob';
import { fold } from '@handhaving/domain-shared';
import type { EventStore, RecordedEvent } from '@handhaving/event-store';
import { kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import { toDomainEvent } from '../../platform/commands/command-pipeline';
import { NotFound } from '../../platform/problem-details/api-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface GelezenToets {
  readonly zaakId: string;
  readonly gemeente: string;
  /** Every event of the toets, to the last. */
  readonly recorded: readonly RecordedEvent[];
  /** The events known on `op` (all without it). */
  readonly bekend: readonly RecordedEvent[];
  readonly toestand: BibobState;
}

/**
 * A toets from its own stream, as it was known on `op` (what was recorded by the end of that day)
 * or now. Another gemeente's toets does not exist for the caller: 404, never a hint that it does.
 */
export async function leesToets(store: EventStore, zaakId: string, principal: Principal, op?: string): Promise<GelezenToets> {
  const recorded = UUID.test(zaakId) ? await store.readStream(bibobStreamId(zaakId)) : [];
  const gemeente = recorded[0]?.metadata.gemeente;
  if (!gemeente || !magGemeente(principal, gemeente)) throw new NotFound(`Toets ${zaakId} bestaat niet of valt buiten uw gemeenten`);
  const bekend = op === undefined ? recorded : recorded.filter((event) => kalenderdatumInAmsterdam(event.metadata.recordedAt) <= op);
  return { zaakId, gemeente, recorded, bekend, toestand: fold(bibobDecider, bekend.map(toDomainEvent<BibobEvent>)) };
}
