import {
  HERINNERING_VERSTUURD,
  HERINNERING_VERSTUURD_SCHEMAVERSIE,
  herinneringCommandId,
  type HerinneringVerstuurd,
} from '@handhaving/domain-shared';
import { nameBasedUuid, type Clock, type EventStore } from '@handhaving/event-store';
import type { ProjectionRunner } from '@handhaving/projections';
import { DEADLINES_PROJECTIE, opgeslagenTermijnenMetIds, type Deadline } from '@handhaving/read-models';
import { kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import { DelayedError, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { verstuurOveral, type Herinneringsbericht, type Notificatiekanaal } from '../notificatie/notificatie.port';
import { herinneringIdVan, type HerinneringJobData, type HerinneringUitkomst } from './herinnering-job';

export interface VerzendingOpties {
  readonly store: EventStore;
  readonly redis: Redis;
  readonly keyPrefix: string;
  readonly kanalen: readonly Notificatiekanaal[];
  readonly clock: Clock;
  /** Knows the deadlines read model's checkpoint, to judge a reminder by the term as it is now. */
  readonly deadlines: ProjectionRunner;
  /** Where a reminder taken before its moment is reported (it is put back, not delivered). */
  readonly waarschuw?: (bericht: string) => void;
}

/** How far a worker's clock may be behind the planner's: a reminder this close to its moment goes out. */
export const TE_VROEG_MARGE_MS = 60_000;

/**
 * Fires one reminder. First its moment: a job taken before it (promoted on the board, retried
 * while not yet due) is not delivered, but put back until its moment (`te-vroeg`), so the real
 * reminder is not lost to an early one recorded as sent. Then the order makes a crash anywhere harmless:
 * 1. the case stream must not yet hold HerinneringVerstuurd for it (else it was sent);
 * 2. the term, once the deadlines read model has applied the case's last step, must still be
 *    running with the same end (else the reminder is void);
 * 3. deliver through every channel, with the reminder's id as idempotency key;
 * 4. append HerinneringVerstuurd with a commandId derived from the reminder: recorded once (the
 *    store drops a second append with that commandId, from a worker that raced this one).
 * Killed between 3 and 4, the job's lock runs out, BullMQ gives it to a worker again, step 1
 * finds nothing, and the reminder is delivered again under the same key and recorded once:
 * at-least-once delivery, exactly-once recording.
 */
export class HerinneringVerzending {
  constructor(private readonly opties: VerzendingOpties) {}

  /**
   * The worker's processor: a reminder taken too early goes back to the delayed set until its
   * moment (without counting as an attempt) and BullMQ is told so by a DelayedError.
   */
  async verwerkJob(job: Job<HerinneringJobData>, token: string | undefined): Promise<HerinneringUitkomst> {
    const uitkomst = await this.verwerk(job.data);
    if (uitkomst.uitkomst !== 'te-vroeg') return uitkomst;
    this.opties.waarschuw?.(`Herinnering ${uitkomst.herinneringId} genomen vóór haar moment ${uitkomst.moment} (naar voren gehaald?): niet verstuurd, wacht weer tot dan`);
    await job.moveToDelayed(Date.now() + uitkomst.wachtMs, token);
    throw new DelayedError();
  }

  async verwerk(data: HerinneringJobData): Promise<HerinneringUitkomst> {
    const { store, redis, keyPrefix, clock } = this.opties;
    const id = herinneringIdVan(data);
    const wachtMs = Date.parse(data.moment) - clock.now().getTime();
    if (wachtMs > TE_VROEG_MARGE_MS) return { uitkomst: 'te-vroeg', herinneringId: id, moment: data.moment, wachtMs };
    const leesTermijn = async (): Promise<Deadline> => {
      const [deadline] = await opgeslagenTermijnenMetIds(redis, keyPrefix, [data.deadlineId]);
      if (deadline === undefined) throw new Error(`Termijn ${data.deadlineId} staat niet (meer) in ${DEADLINES_PROJECTIE}; wordt het leesmodel opnieuw opgebouwd?`);
      return deadline;
    };
    // The job names only the term; the term names its case.
    const { streamId } = await leesTermijn();

    // Judge by the term after every step on the case so far (a step taken a moment ago voids
    // the reminder): wait until the deadlines read model has applied the case's last event.
    const stream = await store.readStream(streamId);
    if (stream.some((event) => event.type === HERINNERING_VERSTUURD && (event.data as HerinneringVerstuurd).herinneringId === id)) {
      return { uitkomst: 'al-verstuurd', herinneringId: id };
    }
    const laatsteStap = stream.filter((event) => event.type !== HERINNERING_VERSTUURD).at(-1)?.globalPosition;
    if (laatsteStap !== undefined && !(await this.opties.deadlines.waitForPosition(laatsteStap, 5_000, DEADLINES_PROJECTIE))) {
      throw new Error(`${DEADLINES_PROJECTIE} loopt achter op zaak ${streamId}: later opnieuw`);
    }
    const deadline = await leesTermijn();
    if (deadline.status !== 'lopend') {
      return { uitkomst: 'vervallen', herinneringId: id, reden: `termijn ${deadline.status}${deadline.afgeslotenDoor?.reden ? `: ${deadline.afgeslotenDoor.reden}` : ''}` };
    }
    if (deadline.einde !== data.termijnEinde) {
      return { uitkomst: 'vervallen', herinneringId: id, reden: `termijn eindigt nu op ${deadline.einde}, niet op ${data.termijnEinde}` };
    }

    const kanalen = await verstuurOveral(this.opties.kanalen, bericht(id, data, deadline));
    const verstuurdOp = clock.now();
    const event: HerinneringVerstuurd = {
      type: 'HerinneringVerstuurd',
      herinneringId: id,
      deadlineId: data.deadlineId,
      zaakId: deadline.zaakId,
      termijnsoort: deadline.soort,
      herinneringSoort: data.herinneringSoort,
      termijnEinde: data.termijnEinde,
      gepland: data.moment,
      verstuurdOp: verstuurdOp.toISOString(),
      datum: kalenderdatumInAmsterdam(verstuurdOp.getTime()),
      kanalen,
      ...(deadline.medewerker === undefined ? {} : { aan: deadline.medewerker }),
    };
    const { type, ...gegevens } = event;
    const vastgelegd = await store.appendToStream(
      deadline.streamId,
      [{ id: nameBasedUuid('HerinneringVerstuurd', id), type, schemaVersion: HERINNERING_VERSTUURD_SCHEMAVERSIE, data: gegevens }],
      {
        expectedRevision: 'stream-exists',
        metadata: { commandId: herinneringCommandId(id), correlationId: id, userId: 'scheduler', gemeente: deadline.gemeente },
      },
    );
    // The store says when the commandId was there already: another worker recorded it between our
    // look at the stream and now, and the receiver got it twice under one idempotency key.
    if (vastgelegd.alreadyAppended) return { uitkomst: 'al-verstuurd', herinneringId: id, ookAfgeleverd: true };
    return { uitkomst: 'verstuurd', herinneringId: id, kanalen, teLaatMs: verstuurdOp.getTime() - Date.parse(data.moment) };
  }
}

function bericht(id: string, data: HerinneringJobData, deadline: Deadline): Herinneringsbericht {
  const zaak = `zaak ${deadline.zaakId}`;
  const soort = data.herinneringSoort.startsWith('voor-einde') ? 'voor' : data.herinneringSoort.startsWith('na-einde') ? 'na' : 'op';
  const onderwerp =
    soort === 'voor'
      ? `Herinnering: ${deadline.soort} van ${zaak} eindigt op ${data.termijnEinde}`
      : soort === 'op'
        ? `Herinnering: ${deadline.soort} van ${zaak} eindigt vandaag (${data.termijnEinde})`
        : `Herinnering: ${deadline.soort} van ${zaak} is verstreken (${data.termijnEinde})`;
  const tekst =
    soort === 'na'
      ? `De ${deadline.soort} van ${zaak} (${deadline.gemeente}) eindigde op ${data.termijnEinde} en er is nog niets vastgelegd. Leg de volgende stap vast.`
      : `De ${deadline.soort} van ${zaak} (${deadline.gemeente}) loopt tot en met ${data.termijnEinde}.`;
  return {
    herinneringId: id,
    deadlineId: data.deadlineId,
    streamId: deadline.streamId,
    zaakId: deadline.zaakId,
    context: deadline.context,
    gemeente: deadline.gemeente,
    termijnsoort: deadline.soort,
    herinneringSoort: data.herinneringSoort,
    termijnEinde: data.termijnEinde,
    moment: data.moment,
    ...(deadline.medewerker === undefined ? {} : { medewerker: deadline.medewerker }),
    idempotencyKey: id,
    onderwerp,
    tekst,
    ...(deadline.uitleg === undefined ? {} : { uitleg: deadline.uitleg }),
  };
}
