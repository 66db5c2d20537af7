import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { magGemeente, type Principal } from '@handhaving/auth';
import { DomainRuleViolation, fold, type Decider } from '@handhaving/domain-shared';
import type { EventStore, NewEvent, RecordedEvent } from '@handhaving/event-store';
import { EventStoreToken } from '../event-store/event-store.module';
import { IdInGebruik, NotFound, PreconditionFailed } from '../problem-details/api-errors';
import { BetrokkeneVerwijzingen, type BetrokkeneVerwijzing } from './betrokkene-verwijzing';

/** A domain event: a fact named by its `type`, with its fields beside it. */
export interface DomainEvent {
  readonly type: string;
}

export interface CommandRequest<Command, State = unknown> {
  readonly streamId: string;
  /**
   * The command, or how to build it from the case so far (when it needs the case's facts, e.g. to
   * look up the policy of its date). A builder runs only after the caller's access was checked.
   */
  readonly command: Command | ((state: State) => Promise<Command>);
  /**
   * The gemeente of a new stream; checked against the caller's token. For a step on an existing
   * case it may be left out: the case's own gemeente (from its first event) is used.
   */
  readonly gemeente?: string;
  readonly principal: Principal;
  /** From `Idempotency-Key`, else the command's own id: a retry appends nothing twice. */
  readonly commandId: string;
  /**
   * With an `Idempotency-Key`: the hash of method, route and body (`commandFingerprint`), stored
   * with the events; the key again with another fingerprint is refused. Commands of process
   * managers carry none: their id is derived from the one event they react to and the command is
   * rebuilt from that event, so the id alone names it (a builder's command is not known before the
   * case is read, so it could not be hashed up front anyway).
   */
  readonly fingerprint?: string;
  readonly correlationId: string;
  /** From `If-Match`: the revision the caller last saw. */
  readonly ifMatch?: number;
  /** A command on an existing case: a missing stream is a 404. */
  readonly streamMustExist: boolean;
  /**
   * The command opens a new case under an id the caller chose (or one derived from its
   * Idempotency-Key): a stream that exists, in the caller's gemeente or in any other, is refused
   * alike (409 `zaak-id/in-gebruik`, without its gemeente or revision), unless this very command
   * appended it (a retry). Without it, a taken id answered 404 in another gemeente and the
   * context's own 422 in one's own: an oracle for other gemeenten's case ids.
   */
  readonly mustBeNew?: boolean;
  /**
   * The betrokkenen the command names (a case's overtreder, aanvrager, …): each must be registered
   * in the command's gemeente and not erased (`BetrokkeneVerwijzingen`). Checked once the command
   * is known to be new, so a retry still gets its first answer.
   */
  readonly betrokkenen?: readonly BetrokkeneVerwijzing[];
  /**
   * Work that must happen only once the command is known to be allowed, and before its events
   * are stored (e.g. destroying a betrokkene's key before recording that it was destroyed).
   */
  readonly beforeAppend?: () => Promise<void>;
}

export interface CommandOutcome {
  readonly streamId: string;
  /** The stream's revision after the command: the next `If-Match` / ETag. */
  readonly revision: number;
  /** Global position of the last event, for read-your-writes (`?na=`). */
  readonly position: string;
  readonly events: readonly string[];
  /** True when this command id had been processed before and nothing was appended now. */
  readonly alreadyProcessed: boolean;
}

/**
 * The one way a command changes a stream, for every context: load → fold → decide → append
 * with the expected revision. Refusals (DomainRuleViolation) and conflicts propagate as typed
 * errors, which the problem-details filter answers; a refused command appends nothing.
 */
@Injectable()
export class CommandPipeline implements BeforeApplicationShutdown {
  private inFlight = 0;
  private drained: (() => void) | undefined;
  private readonly verwijzingen: BetrokkeneVerwijzingen;

  constructor(@Inject(EventStoreToken) private readonly store: EventStore) {
    this.verwijzingen = new BetrokkeneVerwijzingen(store);
  }

  async execute<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    request: CommandRequest<Command, State>,
  ): Promise<CommandOutcome> {
    this.inFlight += 1;
    try {
      return await this.run(decider, request);
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.drained?.();
    }
  }

  /** Graceful shutdown: commands already accepted finish before the store closes. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.inFlight === 0) return;
    await Promise.race([
      new Promise<void>((resolve) => (this.drained = resolve)),
      new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref()),
    ]);
  }

  private async run<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    request: CommandRequest<Command, State>,
  ): Promise<CommandOutcome> {
    const { streamId, principal } = request;
    const recorded = await this.store.readStream(streamId);
    const streamGemeente = recorded[0]?.metadata.gemeente;
    const buitenGemeenten = streamGemeente !== undefined && !magGemeente(principal, streamGemeente);
    // A new case's id taken in a gemeente the caller does not work for: as taken in their own.
    if (recorded.length > 0 && request.mustBeNew && buitenGemeenten) throw new IdInGebruik('zaakId');
    // Another gemeente's case does not exist for this caller: 404, never a hint that it does.
    if ((recorded.length === 0 && request.streamMustExist) || buitenGemeenten) {
      throw new NotFound(`Zaak ${streamId} bestaat niet of valt buiten uw gemeenten`);
    }
    // Before the gemeente of the request is compared: a key reused to open a case in another
    // gemeente lands on the case named after the key; that is the key's reuse, not a missing case.
    const earlier = earlierCommand(recorded, request);
    if (streamGemeente !== undefined && request.gemeente !== undefined && streamGemeente !== request.gemeente) {
      if (request.mustBeNew) throw new IdInGebruik('zaakId');
      throw new NotFound(`Zaak ${streamId} hoort niet bij gemeente ${request.gemeente}`);
    }
    const gemeente = request.gemeente ?? streamGemeente;
    if (gemeente === undefined) throw new NotFound(`Zaak ${streamId} bestaat niet`);
    if (earlier.length > 0) return outcome(streamId, earlier, true);
    if (recorded.length > 0 && request.mustBeNew) throw new IdInGebruik('zaakId');
    if (request.betrokkenen !== undefined) await this.verwijzingen.controleer(gemeente, request.betrokkenen);

    const current = recorded.length === 0 ? ('no-stream' as const) : recorded.length - 1;
    if (request.ifMatch !== undefined && request.ifMatch !== current) throw new PreconditionFailed(request.ifMatch, current);

    const state = fold(decider, recorded.map(toDomainEvent<Event>));
    const command = typeof request.command === 'function' ? await (request.command as (state: State) => Promise<Command>)(state) : request.command;
    const decided = decider.decide(command, state);
    if (decided.length === 0) {
      return { streamId, revision: recorded.length - 1, position: String(recorded.at(-1)?.globalPosition ?? 0n), events: [], alreadyProcessed: false };
    }
    await request.beforeAppend?.();
    const result = await this.store.appendToStream(streamId, decided.map(toNewEvent), {
      expectedRevision: current,
      metadata: {
        commandId: request.commandId,
        ...(request.fingerprint === undefined ? {} : { commandFingerprint: request.fingerprint }),
        correlationId: request.correlationId,
        causationId: request.commandId,
        userId: principal.userId,
        gemeente,
      },
    });
    if (result.alreadyAppended) {
      // The same key came in twice at once and the other request appended first: answer as it did, or refuse other content.
      return outcome(streamId, earlierCommand(await this.store.readStream(streamId), request), true);
    }
    return {
      streamId,
      revision: result.nextExpectedRevision,
      position: String(result.lastPosition),
      events: decided.map((event) => event.type),
      alreadyProcessed: false,
    };
  }
}

/**
 * The events an earlier command with this id appended. The same id for another command (another
 * fingerprint) is refused, as the IETF Idempotency-Key draft asks: the first answer would be an
 * answer to a question not asked. Events stored before fingerprints were kept carry none: those
 * keys still give the first answer.
 */
function earlierCommand(recorded: readonly RecordedEvent[], request: Pick<CommandRequest<unknown>, 'commandId' | 'fingerprint'>): readonly RecordedEvent[] {
  const earlier = recorded.filter((event) => event.metadata.commandId === request.commandId);
  const fingerprint = earlier[0]?.metadata.commandFingerprint;
  if (fingerprint !== undefined && fingerprint !== request.fingerprint) {
    throw new DomainRuleViolation(
      'idempotency-key/andere-inhoud',
      'Deze Idempotency-Key is al gebruikt voor een andere opdracht: kies een nieuwe sleutel',
      'Idempotency-Key',
    );
  }
  return earlier;
}

function outcome(streamId: string, events: readonly RecordedEvent[], alreadyProcessed: boolean): CommandOutcome {
  const last = events[events.length - 1];
  return {
    streamId,
    revision: last.streamRevision,
    position: String(last.globalPosition),
    events: events.map((event) => event.type),
    alreadyProcessed,
  };
}

/** Events are stored as `type` + the other fields as data, and read back the same way. */
export function toNewEvent(event: DomainEvent): NewEvent {
  const { type, ...data } = event;
  return { type, data };
}

export function toDomainEvent<Event extends DomainEvent>(recorded: RecordedEvent): Event {
  return { ...(recorded.data as object), type: recorded.type } as Event;
}
