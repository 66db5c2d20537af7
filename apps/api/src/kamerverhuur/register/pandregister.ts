import { Inject, Injectable } from '@nestjs/common';
import { kamerverhuurregisterContext, registerDecider, type RegisterEvent } from '@handhaving/domain-kamerverhuur';
import { DomainRuleViolation, fold, type PandInvoer } from '@handhaving/domain-shared';
import type { EventStore } from '@handhaving/event-store';
import { toDomainEvent } from '../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../platform/event-store/event-store.module';
import { registerZaakId } from './register-zaak';

export interface PandInRegister {
  readonly registerZaakId: string;
  readonly pandSleutel: string;
}

/**
 * A permit or a traject is about a pand in the gemeente's register: found by the pand's own key,
 * read from its stream (never from a read model that may lag). Not there: the medewerker enters
 * it first (422, on the field `pand`).
 */
@Injectable()
export class Pandregister {
  constructor(@Inject(EventStoreToken) private readonly store: EventStore) {}

  async vind(gemeente: string, pand: PandInvoer): Promise<PandInRegister> {
    const zaakId = registerZaakId(pand);
    const entry = fold(registerDecider, (await this.store.readStream(kamerverhuurregisterContext.streamId(zaakId))).map(toDomainEvent<RegisterEvent>));
    if (entry.status !== 'opgenomen' || entry.gemeente !== gemeente) {
      throw new DomainRuleViolation('kamerverhuur/pand-niet-in-register', `Dit pand staat niet in het kamerverhuurregister van ${gemeente}: neem het eerst op (POST /api/kamerverhuurregister/zaken)`, 'pand');
    }
    return { registerZaakId: zaakId, pandSleutel: entry.pand.sleutel };
  }
}
