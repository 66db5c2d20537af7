import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { personAddressFieldNames, personFieldNames, personalDataFieldNames } from '@handhaving/personal-data';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { ApiConfig } from '../config/api-config';
import { ApiConfigToken } from '../config/api-config.provider';
import { AuditLog } from './audit/audit-log';
import { AuthModule } from './auth/auth.module';
import { ClockToken, systemClock } from './clock/clock';
import { CommandPipeline } from './commands/command-pipeline';
import { OpenZaakHandler } from './zaakstappen/open-zaak.handler';
import { VoerZaakstapUitHandler } from './zaakstappen/voer-zaakstap-uit.handler';
import { EventStoreModule } from './event-store/event-store.module';
import { HealthController } from './health/health.controller';
import { requestLogLevel } from './logging/request-log-level';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { ProjectionsModule } from './projections/projections.module';
import { geheimenUitUrl, GEHEIME_VELDEN_VAN_VERZOEK } from './logging/geheimen-uit-url';
import { ProblemDetailsFilter } from './problem-details/problem-details.filter';
import { RedisModule } from './redis/redis.module';

/**
 * Never logged: tokens (in a header, the agenda link's path, a query string: geheimen-uit-url.ts), the fields that hold a person's data and a context's confidential content
 * (`vertrouwelijkeVelden`: sealed in events, and request bodies are not logged, so this is a
 * safety net). Field names at the top level and one level down, and a person's address fields:
 * deeper wildcards made every log line cost ~0.6 ms.
 */
function redactedPaths(vertrouwelijkeVelden: readonly string[]): string[] {
  return [
    'req.headers.authorization',
    'req.headers.cookie',
    ...GEHEIME_VELDEN_VAN_VERZOEK,
    ...[...personalDataFieldNames, ...vertrouwelijkeVelden].flatMap((field) => [field, `*.${field}`]),
    ...personFieldNames.flatMap((person) => personAddressFieldNames.map((field) => `${person}.${field}`)),
  ];
}

export interface PlatformOptions {
  /** Where log lines go (stdout by default); tests read them to prove nothing personal is logged. */
  readonly logDestination?: NodeJS.WritableStream;
  /** The request fields in which a context takes confidential content (a Bibob toets's texts): never in a log. */
  readonly vertrouwelijkeVelden?: readonly string[];
}

/** The machinery every context uses: configuration, logging, auth, the event store, Redis, the command pipeline. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: ApiConfig, options: PlatformOptions = {}): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        { module: ConfigModule, providers: [{ provide: ApiConfigToken, useValue: config }], exports: [ApiConfigToken], global: true },
        LoggerModule.forRoot({
          pinoHttp: [
            {
            level: config.logLevel,
            redact: { paths: redactedPaths(options.vertrouwelijkeVelden ?? []), censor: '[verwijderd]' },
            genReqId: (request, response) => {
              const given = request.headers['x-correlation-id'];
              const id = typeof given === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID();
              response.setHeader('X-Correlation-Id', id);
              return id;
            },
            // Who asked, once authenticated (the line is written when the answer is done): an investigation starts from a user.
            customProps: (request) => {
              const principal = (request as { principal?: { userId: string; gemeenten: readonly string[] } }).principal;
              return principal === undefined ? { service: 'handhaving-api' } : { service: 'handhaving-api', userId: principal.userId, gemeenten: principal.gemeenten };
            },
            // The URL without its secrets; no `params`: logged before routing, they are the path's segments again.
            serializers: { req: (request: { url?: string }) => ({ ...request, url: request.url === undefined ? undefined : geheimenUitUrl(request.url), params: undefined }) },
            autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
            customLogLevel: requestLogLevel,
            },
            options.logDestination ?? process.stdout,
          ],
        }),
        CqrsModule.forRoot(),
        EventStoreModule,
        RedisModule,
        AuthModule,
        PersonalDataModule,
        ProjectionsModule,
      ],
      controllers: [HealthController],
      providers: [CommandPipeline, OpenZaakHandler, VoerZaakstapUitHandler, AuditLog, { provide: ClockToken, useValue: systemClock }, { provide: APP_FILTER, useClass: ProblemDetailsFilter }],
      exports: [CommandPipeline, CqrsModule, AuditLog, ClockToken],
    };
  }
}

@Module({})
class ConfigModule {}
