import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@handhaving/event-store';
import { beleidStreamId, type BeleidEvent } from '@handhaving/policy';
import { kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import { toDomainEvent } from '../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../platform/event-store/event-store.module';

/**
 * A gemeente's policy stream. Policy is reference data that commands are judged by, so it is
 * read from the log itself (a handful of events), never from a read model that may lag.
 * `bekendOp` keeps only what was recorded by the end of that day: the policy as it was known then.
 */
@Injectable()
export class BeleidStream {
  constructor(@Inject(EventStoreToken) private readonly store: EventStore) {}

  async events(gemeente: string, bekendOp?: string): Promise<{ events: BeleidEvent[]; revision: number }> {
    const recorded = await this.store.readStream(beleidStreamId(gemeente));
    const known = bekendOp === undefined ? recorded : recorded.filter((event) => kalenderdatumInAmsterdam(event.metadata.recordedAt) <= bekendOp);
    return { events: known.map(toDomainEvent<BeleidEvent>), revision: recorded.length - 1 };
  }
}
