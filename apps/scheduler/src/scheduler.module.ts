import { Module, type DynamicModule, Inject, type OnApplicationShutdown, Controller, Get } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { DevIssuer, TokenVerifier, devAudience, devIssuer } from '@handhaving/auth';
import { createEventStore, systemClock, type Clock, type EventStore } from '@handhaving/event-store';
import Redis from 'ioredis';
import type { SchedulerConfig } from './config/scheduler-config';
import { HERINNERINGEN_QUEUE } from './herinneringen/herinnering-job';
import { bullPrefix, HerinneringenService, type SchedulerOpties } from './herinneringen/herinneringen.service';
import { EmailKanaal } from './notificatie/email-kanaal';
import { LogKanaal } from './notificatie/log-kanaal';
import { NotificatieKanalenToken, type Notificatiekanaal } from './notificatie/notificatie.port';
import { WebhookKanaal } from './notificatie/webhook-kanaal';
import { redisOpties } from './platform/redis-verbinding';
import { ClockToken, EventStoreToken, RedisToken, SchedulerConfigToken, SchedulerOptiesToken } from './platform/tokens';
import { Logger } from '@nestjs/common';

export interface SchedulerOverrides extends SchedulerOpties {
  readonly clock?: Clock;
  /** Channels instead of those the configuration names. */
  readonly kanalen?: readonly Notificatiekanaal[];
  /** A store opened by the caller (who closes it) instead of the configured one. */
  readonly eventStore?: EventStore;
}

@Controller('health')
class HealthController {
  @Get('live')
  live(): { status: string } {
    return { status: 'ok' };
  }
}

/** Closes what the module opened, after the worker and processors stopped. */
class Afsluiter implements OnApplicationShutdown {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(NotificatieKanalenToken) private readonly kanalen: readonly Notificatiekanaal[],
  ) {}

  async onApplicationShutdown(): Promise<void> {
    for (const kanaal of this.kanalen) if (kanaal instanceof EmailKanaal) kanaal.close();
    await this.redis.quit().catch(() => this.redis.disconnect());
    await this.store.close();
  }
}

export function kanalenUit(config: SchedulerConfig): Notificatiekanaal[] {
  const { notificatie } = config;
  const kanalen: Notificatiekanaal[] = [];
  if (notificatie.smtpUrl) kanalen.push(new EmailKanaal(notificatie.smtpUrl, notificatie.emailVan, notificatie.emailAan, notificatie.timeoutMs));
  if (notificatie.webhookUrl) kanalen.push(new WebhookKanaal(notificatie.webhookUrl, notificatie.timeoutMs, notificatie.webhookSecret));
  if (kanalen.length === 0) {
    const logger = new Logger('Herinneringen');
    logger.warn('Geen SMTP_URL en geen HERINNERING_WEBHOOK_URL: herinneringen gaan alleen naar dit log (en worden op de zaak vastgelegd)');
    kanalen.push(new LogKanaal((bericht) => logger.log(bericht)));
  }
  return kanalen;
}

/** The caller's store, which the module must not close. */
function geleend(store: EventStore): EventStore {
  return new Proxy(store, {
    get: (target, key) => {
      if (key === 'close') return async () => undefined;
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

@Module({})
export class SchedulerModule {
  static forRoot(config: SchedulerConfig, overrides: SchedulerOverrides = {}): DynamicModule {
    return {
      module: SchedulerModule,
      imports: [
        BullModule.forRoot({ connection: redisOpties(config.redisUrl), prefix: bullPrefix(config.redisKeyPrefix) }),
        BullModule.registerQueue({ name: HERINNERINGEN_QUEUE }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: SchedulerConfigToken, useValue: config },
        { provide: SchedulerOptiesToken, useValue: { wekkerMs: overrides.wekkerMs, standbyMs: overrides.standbyMs, worker: overrides.worker } satisfies SchedulerOpties },
        { provide: ClockToken, useValue: overrides.clock ?? systemClock },
        { provide: RedisToken, useFactory: (): Redis => new Redis(config.redisUrl, { maxRetriesPerRequest: 3 }) },
        { provide: EventStoreToken, useFactory: (): Promise<EventStore> => (overrides.eventStore ? Promise.resolve(geleend(overrides.eventStore)) : createEventStore(config.eventStore)) },
        { provide: NotificatieKanalenToken, useFactory: (): readonly Notificatiekanaal[] => overrides.kanalen ?? kanalenUit(config) },
        {
          provide: TokenVerifier,
          useFactory: async (): Promise<TokenVerifier> => {
            const { auth } = config;
            if (auth.mode === 'dev') {
              const issuer = await DevIssuer.open(config.dataDir);
              return new TokenVerifier({ jwks: issuer.jwks, issuer: devIssuer, audience: devAudience });
            }
            return new TokenVerifier({
              jwksUrl: auth.jwksUrl,
              issuer: auth.issuer ?? '',
              audience: auth.audience,
              rolesClaim: auth.rolesClaim,
              gemeentenClaim: auth.gemeentenClaim,
              maxLevensduurSeconden: auth.maxTokenLifetimeSeconds,
            });
          },
        },
        Afsluiter,
        HerinneringenService,
      ],
    };
  }
}
