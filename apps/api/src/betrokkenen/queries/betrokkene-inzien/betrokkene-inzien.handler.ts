import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { betrokkeneStreamId, type BetrokkeneEvent } from '@handhaving/domain-betrokkenen';
import type { EventStore } from '@handhaving/event-store';
import { isEncryptedPersonalData, isSubjectId, PersonalDataVault } from '@handhaving/personal-data';
import { AuditLog } from '../../../platform/audit/audit-log';
import { toDomainEvent } from '../../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../../platform/event-store/event-store.module';
import { NotFound } from '../../../platform/problem-details/api-errors';
import { BetrokkeneGemeente } from '../betrokkene-gemeente';
import { BetrokkeneInzienQuery } from './betrokkene-inzien.query';

export interface BetrokkeneView {
  readonly betrokkeneId: string;
  readonly gemeente: string;
  readonly soort: string;
  readonly registratiedatum: string;
  readonly persoonsgegevens: { readonly status: 'beschikbaar'; readonly gegevens: Record<string, unknown> } | { readonly status: 'verwijderd'; readonly verwijderdOp?: string };
  readonly revision: number;
}

/** A betrokkene with their personal data opened for the caller; every such read is audit-logged. */
@QueryHandler(BetrokkeneInzienQuery)
export class BetrokkeneInzienHandler implements IQueryHandler<BetrokkeneInzienQuery, BetrokkeneView> {
  constructor(
    @Inject(EventStoreToken) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
    private readonly gemeenteOf: BetrokkeneGemeente,
    private readonly audit: AuditLog,
  ) {}

  async execute({ betrokkeneId, principal }: BetrokkeneInzienQuery): Promise<BetrokkeneView> {
    if (!isSubjectId(betrokkeneId)) throw new NotFound(`Betrokkene ${betrokkeneId} bestaat niet`);
    const gemeente = await this.gemeenteOf.find(betrokkeneId, principal);
    const recorded = await this.store.readStream(betrokkeneStreamId(betrokkeneId));
    const events = recorded.map(toDomainEvent<BetrokkeneEvent>);
    const registratie = events.find((event) => event.type === 'BetrokkeneGeregistreerd');
    if (!registratie || registratie.type !== 'BetrokkeneGeregistreerd' || !isEncryptedPersonalData(registratie.gegevens)) {
      throw new NotFound(`Betrokkene ${betrokkeneId} bestaat niet`);
    }
    this.audit.vertrouwelijkGelezen(principal, `betrokkene/${betrokkeneId}`, gemeente);
    const opened = await this.vault.open(registratie.gegevens);
    const verwijdering = events.find((event) => event.type === 'PersoonsgegevensVerwijderd');
    return {
      betrokkeneId,
      gemeente,
      soort: registratie.soort,
      registratiedatum: registratie.registratiedatum,
      persoonsgegevens:
        opened.status === 'beschikbaar'
          ? { status: 'beschikbaar', gegevens: opened.data }
          : { status: 'verwijderd', verwijderdOp: verwijdering?.type === 'PersoonsgegevensVerwijderd' ? verwijdering.verwijderdOp : undefined },
      revision: recorded.length - 1,
    };
  }
}
