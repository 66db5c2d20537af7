import { DevIssuer, type Rol } from '@handhaving/auth';
import { HERINNERING_VERSTUURD, type HerinneringVerstuurd } from '@handhaving/domain-shared';
import { EmbeddedEventStore, type Clock, type EventStore, type RecordedEvent } from '@handhaving/event-store';
import { deleteKeysWithPrefix } from '@handhaving/projections';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mountBullBoard } from '../beheer/bull-board';
import type { SchedulerConfig } from '../config/scheduler-config';
import { HerinneringenService } from '../herinneringen/herinneringen.service';
import { WebhookKanaal } from '../notificatie/webhook-kanaal';
import { SchedulerModule, type SchedulerOverrides } from '../scheduler.module';

/** A clock the test moves; BullMQ's delays mean nothing to it, the wekker promotes what it passed. */
export class HandmatigeKlok implements Clock {
  private ms: number;

  constructor(begin: string | number) {
    this.ms = typeof begin === 'number' ? begin : Date.parse(begin);
  }

  now(): Date {
    return new Date(this.ms);
  }

  zet(instant: string | number): void {
    this.ms = typeof instant === 'number' ? instant : Date.parse(instant);
  }
}

/** The machine's time shifted: real seconds pass, but "now" is a chosen day (for the real-time test). */
export function verschovenKlok(offsetMs: number): Clock {
  return { now: () => new Date(Date.now() + offsetMs) };
}

export interface Ontvangst {
  readonly idempotencyKey: string;
  readonly herinneringId: string;
  readonly ontvangenOp: number;
  /** The body as it arrived, for tests of what a reminder may (not) say. */
  readonly body: string;
}

/**
 * A real HTTP server standing in for the municipality's webhook receiver: it records every
 * delivery; `gedrag` lets a test make it fail or hang.
 */
export class WebhookOntvanger {
  readonly ontvangen: Ontvangst[] = [];
  gedrag: 'ok' | 'fout' | 'hangen' = 'ok';
  private server: Server | undefined;
  private readonly open = new Set<ServerResponse>();
  private wachtenden: (() => void)[] = [];

  async start(): Promise<string> {
    this.server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const stukken: Buffer[] = [];
      request.on('data', (stuk: Buffer) => stukken.push(stuk));
      request.on('end', () => {
        const tekst = Buffer.concat(stukken).toString('utf8');
        const body = JSON.parse(tekst) as { herinneringId: string };
        this.ontvangen.push({ idempotencyKey: String(request.headers['idempotency-key']), herinneringId: body.herinneringId, ontvangenOp: Date.now(), body: tekst });
        for (const wacht of this.wachtenden) wacht();
        this.wachtenden = [];
        if (this.gedrag === 'hangen') {
          this.open.add(response);
          return;
        }
        response.statusCode = this.gedrag === 'fout' ? 503 : 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/herinneringen`;
  }

  /** Resolves at the next delivery. */
  volgende(): Promise<void> {
    return new Promise((resolve) => this.wachtenden.push(resolve));
  }

  aantal(herinneringId: string): number {
    return this.ontvangen.filter((o) => o.herinneringId === herinneringId).length;
  }

  async stop(): Promise<void> {
    for (const response of this.open) response.destroy();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/** One Redis key prefix, one embedded store in a temp folder, a webhook receiver; schedulers on top. */
export class SchedulerOmgeving {
  readonly keyPrefix = `hhtest:sched:${process.pid}:${randomUUID().slice(0, 8)}:`;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'handhaving-scheduler-'));
  readonly store: EventStore;
  readonly redis: Redis;
  readonly webhook = new WebhookOntvanger();
  webhookUrl = '';
  private readonly apps: INestApplication[] = [];

  constructor(readonly redisUrl: string) {
    this.store = new EmbeddedEventStore({ dataDir: this.dataDir, synchronous: 'NORMAL', pollIntervalMs: 50 });
    this.redis = new Redis(redisUrl);
  }

  async start(): Promise<this> {
    this.webhookUrl = await this.webhook.start();
    return this;
  }

  config(velden: Partial<SchedulerConfig> = {}): SchedulerConfig {
    return {
      port: 0,
      dataDir: this.dataDir,
      eventStore: { kind: 'embedded', dataDir: this.dataDir },
      redisUrl: this.redisUrl,
      redisKeyPrefix: this.keyPrefix,
      auth: { mode: 'dev', audience: 'handhaving', rolesClaim: 'roles', gemeentenClaim: 'gemeenten', maxTokenLifetimeSeconds: 24 * 3600 },
      logLevel: 'silent',
      devMode: true,
      runsReadModels: true,
      concurrency: 10,
      reconcileIntervalMs: 60_000,
      inhaalvensterMs: 72 * 3_600_000,
      pogingen: 5,
      backoffMs: 200,
      lockDurationMs: 30_000,
      notificatie: { webhookUrl: this.webhookUrl, emailVan: 'handhaving@example.org', timeoutMs: 5_000 },
      ...velden,
    };
  }

  /** A scheduler in this process, on the shared store; `http` also mounts /admin/queues and listens. */
  async scheduler(opties: { config?: Partial<SchedulerConfig>; overrides?: SchedulerOverrides; http?: boolean } = {}): Promise<SchedulerInstantie> {
    const config = this.config(opties.config);
    const app = await NestFactory.create(
      SchedulerModule.forRoot(config, { eventStore: this.store, kanalen: [new WebhookKanaal(this.webhookUrl, 5_000)], ...opties.overrides }),
      { logger: process.env['SCHEDULER_TEST_LOG'] ? ['error', 'warn', 'log'] : false },
    );
    if (opties.http) mountBullBoard(app);
    app.enableShutdownHooks([]);
    if (opties.http) await app.listen(0, '127.0.0.1');
    else await app.init();
    this.apps.push(app);
    const service = app.get(HerinneringenService);
    return {
      app,
      service,
      url: opties.http ? await app.getUrl() : undefined,
      stop: async () => {
        this.apps.splice(this.apps.indexOf(app), 1);
        await app.close();
      },
    };
  }

  async token(rollen: Rol[], gemeenten: string[] = ['GM0928']): Promise<string> {
    const issuer = await DevIssuer.open(this.dataDir);
    return issuer.sign({ userId: `test-${rollen.join('-')}`, rollen, gemeenten });
  }

  /** Appends Damocles events to a case's stream as the API would (the case's gemeente in the metadata). */
  async leg(streamId: string, events: readonly { type: string; [veld: string]: unknown }[], userId = 'medewerker@gemeente.example'): Promise<bigint> {
    const result = await this.store.appendToStream(
      streamId,
      events.map(({ type, ...data }) => ({ type, data })),
      { expectedRevision: 'any', metadata: { commandId: randomUUID(), userId, gemeente: 'GM0928' } },
    );
    return result.lastPosition;
  }

  async verstuurd(streamId: string): Promise<HerinneringVerstuurd[]> {
    const events: RecordedEvent[] = await this.store.readStream(streamId);
    return events.filter((e) => e.type === HERINNERING_VERSTUURD).map((e) => ({ ...(e.data as object), type: e.type }) as HerinneringVerstuurd);
  }

  /** Everything of this installation in Redis gone: FLUSHALL for this key prefix (other tests share the server). */
  async wisRedis(): Promise<void> {
    await deleteKeysWithPrefix(this.redis, this.keyPrefix);
  }

  async close(): Promise<void> {
    for (const app of [...this.apps].reverse()) await app.close().catch(() => undefined);
    await this.webhook.stop();
    await this.wisRedis().catch(() => undefined);
    this.redis.disconnect();
    await this.store.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export interface SchedulerInstantie {
  readonly app: INestApplication;
  readonly service: HerinneringenService;
  readonly url: string | undefined;
  stop(): Promise<void>;
}

/** Polls until `check` holds, or fails with what it last saw. */
export async function totdat<T>(check: () => Promise<T> | T, klaar: (waarde: T) => boolean, timeoutMs = 10_000, wat = 'voorwaarde'): Promise<T> {
  const einde = Date.now() + timeoutMs;
  let laatste = await check();
  while (!klaar(laatste)) {
    if (Date.now() > einde) throw new Error(`${wat} niet bereikt binnen ${timeoutMs} ms; laatst: ${JSON.stringify(laatste, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
    laatste = await check();
  }
  return laatste;
}

/** The events of a Damocles case, as the decider records them (the fields the deadlines read model uses). */
export const damocles = {
  rapportage: (zaakId: string, datum: string) => ({
    type: 'RapportageOntvangen',
    zaakId,
    gemeente: 'GM0928',
    pand: { sleutel: `adres:6461AB-${zaakId.slice(0, 4)}`, postcode: '6461AB', huisnummer: 12 },
    pandtype: 'woning',
    constateringsdatum: datum,
    ontvangstdatum: datum,
    vondsten: [{ categorie: 'softdrugs', omschrijving: 'hennepkwekerij' }],
    zwaarsteCategorie: 'softdrugs',
    betrokkenen: [],
    datum,
    door: 'medewerker@gemeente.example',
  }),
  voornemen: (zaakId: string, verzenddatum: string, einde: string) => ({
    type: 'VoornemenVerzonden',
    zaakId,
    maatregel: { soort: 'sluiting', duurMaanden: 6 },
    verzenddatum,
    zienswijzetermijn: { einde },
    datum: verzenddatum,
    door: 'medewerker@gemeente.example',
  }),
  zienswijze: (zaakId: string, datum: string) => ({ type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', binnenTermijn: true, datum, door: 'medewerker@gemeente.example' }),
  sluitingsbesluit: (zaakId: string, bekendmakingsdatum: string, bezwaartermijnEinde: string, begunstigingEinde: string) => ({
    type: 'SluitingsbesluitGenomen',
    zaakId,
    duurMaanden: 6,
    begunstigingstermijn: { einde: begunstigingEinde },
    bekendmakingsdatum,
    bezwaartermijnEinde,
    spoedeisend: false,
    datum: bekendmakingsdatum,
    door: 'medewerker@gemeente.example',
  }),
  sluitingUitgevoerd: (zaakId: string, sluitingsdatum: string, eindeSluiting: string) => ({
    type: 'SluitingUitgevoerd',
    zaakId,
    sluitingsdatum,
    eindeSluiting,
    datum: sluitingsdatum,
    door: 'medewerker@gemeente.example',
  }),
  bezwaar: (zaakId: string, ontvangstdatum: string, bezwaartermijnEinde: string) => ({
    type: 'BezwaarIngediend',
    zaakId,
    ontvangstdatum,
    bezwaartermijnEinde,
    tijdig: true,
    datum: ontvangstdatum,
    door: 'medewerker@gemeente.example',
  }),
  /** Art. 7:10 lid 2 Awb: the beslistermijn stands still from the day after `datum`. */
  herstelVerzuimGevraagd: (zaakId: string, datum: string, opgeschortVanaf: string, hersteltermijnEinde: string) => ({
    type: 'HerstelVerzuimGevraagd',
    zaakId,
    verzuim: 'de gronden ontbreken',
    hersteltermijnEinde,
    opgeschortVanaf,
    datum,
    door: 'medewerker@gemeente.example',
  }),
  verzuimHersteld: (zaakId: string, datum: string, van: string, totEnMet: string) => ({
    type: 'OpschortingBeslistermijnBeeindigd',
    zaakId,
    einde: 'verzuim-hersteld',
    opschorting: { van, totEnMet },
    datum,
    door: 'medewerker@gemeente.example',
  }),
  /** Art. 7:10 lid 3 Awb. */
  beslistermijnVerdaagd: (zaakId: string, datum: string, weken: number, beslistermijnEinde: string) => ({
    type: 'BeslistermijnBezwaarVerdaagd',
    zaakId,
    lengte: { aantal: weken, eenheid: 'weken' },
    reden: 'advies bezwaarcommissie',
    beslistermijnEinde,
    datum,
    door: 'medewerker@gemeente.example',
  }),
  sluitingGewijzigdOpBezwaar: (zaakId: string, bekendmakingsdatum: string, beroepstermijnEinde: string, eindeSluiting: string) => ({
    type: 'BeslissingOpBezwaarGenomen',
    zaakId,
    uitkomst: 'gedeeltelijk-gegrond',
    gevolg: { soort: 'gewijzigd', duurMaanden: 3, eindeSluiting },
    bekendmakingsdatum,
    beroepstermijnEinde,
    datum: bekendmakingsdatum,
    door: 'medewerker@gemeente.example',
  }),
};
