import {
  HERINNERING_VERSTUURD,
  HERINNERING_VERSTUURD_SCHEMAVERSIE,
  herinneringCommandId,
  type HerinneringVerstuurd,
} from '@handhaving/domain-shared';
import { nameBasedUuid, type Clock, type EventStore } from '@handhaving/event-store';
import type { ProjectionRunner } from '@handhaving/projections';
import { DEADLINES_PROJECTIE, type Deadline } from '@handhaving/read-models';
import { kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { verstuurOveral, type Herinneringsbericht, type Notificatiekanaal } from '../notificatie/notificatie.port';
import { deadlinesMetIds } from '../termijnen/deadlines-lezen';
import type { HerinneringJobData, HerinneringUitkomst } from './herinnering-job';

export interface VerzendingOpties {
  readonly store: EventStore;
  readonly redis: Redis;
  readonly keyPrefix: string;
  readonly kanalen: readonly Notificatiekanaal[];
  readonly clock: Clock;
  /** Knows the deadlines read model's checkpoint, to judge a reminder by the term as it is now. */
  readonly deadlines: ProjectionRunner;
}

/**
 * Fires one reminder. The order makes a crash anywhere harmless:
 * 1. the term must still be running with the same end (else the reminder is void);
 * 2. the case stream must not yet hold HerinneringVerstuurd for it (else it was sent);
 * 3. deliver through every channel, with the reminder's id as idempotency key;
 * 4. append HerinneringVerstuurd with a commandId derived from the reminder: recorded once.
 * Killed between 3 and 4, the job's lock runs out, BullMQ gives it to a worker again, step 2
 * finds nothing, and the reminder is delivered again under the same key and recorded once:
 * at-least-once delivery, exactly-once recording.
 */
export class HerinneringVerzending {
  constructor(private readonly opties: VerzendingOpties) {}

  async verwerk(data: HerinneringJobData): Promise<HerinneringUitkomst> {
    const { store, redis, keyPrefix, clock } = this.opties;
    // Judge by the term after everything recorded until now (a step taken a moment ago voids it).
    const head = await store.readHeadPosition();
    await this.opties.deadlines.waitForPosition(head, 2_000, DEADLINES_PROJECTIE);
    const [deadline] = await deadlinesMetIds(redis, keyPrefix, [data.deadlineId]);
    if (deadline === undefined) throw new Error(`Termijn ${data.deadlineId} staat niet (meer) in ${DEADLINES_PROJECTIE}; wordt het leesmodel opnieuw opgebouwd?`);
    if (deadline.status !== 'lopend') {
      return { uitkomst: 'vervallen', herinneringId: data.herinneringId, reden: `termijn ${deadline.status}${deadline.afgeslotenDoor?.reden ? `: ${deadline.afgeslotenDoor.reden}` : ''}` };
    }
    if (deadline.einde !== data.termijnEinde) {
      return { uitkomst: 'vervallen', herinneringId: data.herinneringId, reden: `termijn eindigt nu op ${deadline.einde}, niet op ${data.termijnEinde}` };
    }

    const stream = await store.readStream(data.streamId);
    if (stream.some((event) => event.type === HERINNERING_VERSTUURD && (event.data as HerinneringVerstuurd).herinneringId === data.herinneringId)) {
      return { uitkomst: 'al-verstuurd', herinneringId: data.herinneringId };
    }

    const kanalen = await verstuurOveral(this.opties.kanalen, bericht(data, deadline));
    const verstuurdOp = clock.now();
    const event: HerinneringVerstuurd = {
      type: 'HerinneringVerstuurd',
      herinneringId: data.herinneringId,
      deadlineId: data.deadlineId,
      zaakId: data.zaakId,
      termijnsoort: data.termijnsoort,
      herinneringSoort: data.herinneringSoort,
      termijnEinde: data.termijnEinde,
      gepland: data.moment,
      verstuurdOp: verstuurdOp.toISOString(),
      datum: kalenderdatumInAmsterdam(verstuurdOp.getTime()),
      kanalen,
      ...(data.medewerker === undefined ? {} : { aan: data.medewerker }),
    };
    const { type, ...gegevens } = event;
    await store.appendToStream(
      data.streamId,
      [{ id: nameBasedUuid('HerinneringVerstuurd', data.herinneringId), type, schemaVersion: HERINNERING_VERSTUURD_SCHEMAVERSIE, data: gegevens }],
      {
        expectedRevision: 'stream-exists',
        metadata: { commandId: herinneringCommandId(data.herinneringId), correlationId: data.herinneringId, userId: 'scheduler', gemeente: data.gemeente },
      },
    );
    return { uitkomst: 'verstuurd', herinneringId: data.herinneringId, kanalen, teLaatMs: verstuurdOp.getTime() - Date.parse(data.moment) };
  }
}

const WANNEER: Record<string, string> = { 'voor-einde': 'eindigt over', 'op-einddag': 'eindigt vandaag', 'na-einde': 'is verstreken' };

function bericht(data: HerinneringJobData, deadline: Deadline): Herinneringsbericht {
  const wanneer = WANNEER[data.herinneringSoort.split('-').slice(0, 2).join('-')] ?? 'herinnering';
  const onderwerp =
    wanneer === 'eindigt over'
      ? `Herinnering: ${data.termijnsoort} van zaak ${data.zaakId} eindigt op ${data.termijnEinde}`
      : `Herinnering: ${data.termijnsoort} van zaak ${data.zaakId} ${wanneer} (${data.termijnEinde})`;
  const tekst =
    wanneer === 'is verstreken'
      ? `De ${data.termijnsoort} van zaak ${data.zaakId} (${data.gemeente}) eindigde op ${data.termijnEinde} en er is nog niets vastgelegd. Leg de volgende stap vast.`
      : `De ${data.termijnsoort} van zaak ${data.zaakId} (${data.gemeente}) loopt tot en met ${data.termijnEinde}.`;
  return { ...data, idempotencyKey: data.herinneringId, onderwerp, tekst, ...(deadline.uitleg === undefined ? {} : { uitleg: deadline.uitleg }) };
}
