import { Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Principal } from '@handhaving/auth';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import type { EventFilter, EventStore, RecordedEvent } from '@handhaving/event-store';
import { defineProjection, ProjectionRunner } from '@handhaving/projections';
import type Redis from 'ioredis';
import type { ApiConfig } from '../../config/api-config';

export interface ProcesmanagerOpties {
  /** `{context}.{naam}.v{n}`: its checkpoint, as a read model's. */
  readonly naam: string;
  /** The events it reacts to. */
  readonly filter: EventFilter;
  readonly store: EventStore;
  readonly redis: Redis;
  readonly config: ApiConfig;
}

/**
 * A process manager: reacts to events of one context by sending commands to another, on the
 * event store subscription with its own checkpoint (never a direct call between contexts, never
 * an in-process bus that loses what it held on a crash). It sends its commands through the same
 * pipeline and deciders as a medewerker would, under command ids derived from the event, so a
 * batch replayed after a crash appends nothing twice.
 */
export abstract class Procesmanager implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected readonly logger: Logger;
  private readonly runner: ProjectionRunner;

  protected constructor(protected readonly opties: ProcesmanagerOpties) {
    this.logger = new Logger(this.constructor.name);
    this.runner = new ProjectionRunner({
      eventStore: opties.store,
      redis: opties.redis,
      keyPrefix: opties.config.redisKeyPrefix,
      projections: [
        defineProjection({
          name: opties.naam,
          filter: opties.filter,
          handle: async (events) => {
            for (const event of events) await this.weiger(event, () => this.reageer(event));
          },
        }),
      ],
      logger: {
        info: (message, context) => this.logger.log({ ...context }, message),
        warn: (message, context) => this.logger.warn({ ...context }, message),
        error: (message, context) => this.logger.error({ ...context }, message),
      },
    });
  }

  /** What to do on one event. */
  protected abstract reageer(event: RecordedEvent): Promise<void>;

  async onApplicationBootstrap(): Promise<void> {
    if (this.opties.config.runProjections) await this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  /** Waits until the process manager has handled the log up to `position` (tests, read-your-writes). */
  waitForPosition(position: bigint, timeoutMs: number): Promise<boolean> {
    return this.runner.waitForPosition(position, timeoutMs);
  }

  /** Acting for the medewerker who took the step, within the case's gemeente only. */
  protected namens(event: RecordedEvent, door: string, gemeente: string): Principal {
    return { userId: event.metadata.userId ?? door, rollen: ['juridisch-medewerker'], gemeenten: [gemeente] };
  }

  /** A refusal is final (the same input would be refused again): say so, and go on with the log. Anything else stops it, to be retried. */
  private async weiger(event: RecordedEvent, stap: () => Promise<void>): Promise<void> {
    try {
      await stap();
    } catch (error) {
      if (!(error instanceof DomainRuleViolation)) throw error;
      this.logger.warn({ eventId: event.id, streamId: event.streamId, rule: error.rule, detail: error.detail }, `${event.type}: niet verwerkt`);
    }
  }
}
