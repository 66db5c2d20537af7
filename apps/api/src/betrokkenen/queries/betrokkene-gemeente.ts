import { Inject, Injectable } from '@nestjs/common';
import { magGemeente, type Principal } from '@handhaving/auth';
import { betrokkeneStreamId } from '@handhaving/domain-betrokkenen';
import type { EventStore } from '@handhaving/event-store';
import { EventStoreToken } from '../../platform/event-store/event-store.module';
import { NotFound } from '../../platform/problem-details/api-errors';

/** The gemeente a betrokkene belongs to, if the caller may see it; otherwise a 404 (no leak). */
@Injectable()
export class BetrokkeneGemeente {
  constructor(@Inject(EventStoreToken) private readonly store: EventStore) {}

  async find(betrokkeneId: string, principal: Principal): Promise<string> {
    const [first] = await this.store.readStream(betrokkeneStreamId(betrokkeneId), { maxCount: 1 });
    const gemeente = first?.metadata.gemeente;
    if (!gemeente || !magGemeente(principal, gemeente)) throw new NotFound(`Betrokkene ${betrokkeneId} bestaat niet of valt buiten uw gemeenten`);
    return gemeente;
  }
}
