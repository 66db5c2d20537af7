import { dwangsomContext, dwangsomDecider, type DwangsomCommand } from '@handhaving/domain-dwangsom';
import { fold } from '@handhaving/domain-shared';
import { kamerverhuurtrajectContext, kamerverhuurvergunningContext, trajectDecider, vergunningDecider, type TrajectCommand, type VergunningCommand } from '@handhaving/domain-kamerverhuur';
import { EmbeddedEventStore, type GlobalPosition } from '@handhaving/event-store';
import { deleteKeysWithPrefix, ProjectionRunner, type Projection, type ProjectionLogger } from '@handhaving/projections';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * The embedded event store and real Redis for the kamerverhuur read models' integration specs:
 * a command is decided on its case as the API would (read, fold, decide, append), recorded at a
 * chosen instant, and the read models are awaited.
 */

const stil: ProjectionLogger = { info: () => undefined, warn: console.warn, error: console.error };

export interface KamerverhuurOpslag {
  readonly redis: Redis;
  readonly store: EmbeddedEventStore;
  readonly runner: ProjectionRunner;
  readonly keyPrefix: string;
  /** Decides and appends; recorded at `vastgelegdOp` (default 10:00 UTC on the step's day); waits for the read models unless told not to. */
  vergunning(command: VergunningCommand, opties?: Opties): Promise<GlobalPosition>;
  traject(command: TrajectCommand, opties?: Opties): Promise<GlobalPosition>;
  /** A step of a dwangsom case (`dwangsom-{zaakId}`): the one a traject's dwangsom route opens, or any other. */
  dwangsom(command: DwangsomCommand, opties?: Opties): Promise<GlobalPosition>;
  wacht(positie: GlobalPosition): Promise<void>;
  stop(): Promise<void>;
}

interface Opties {
  readonly vastgelegdOp?: string;
  readonly wacht?: boolean;
}

export async function startKamerverhuurOpslag(redisUrl: string, naam: string, projections: readonly Projection[]): Promise<KamerverhuurOpslag> {
  const klok = { nu: new Date('2019-01-01T10:00:00Z') };
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const dataDir = mkdtempSync(join(tmpdir(), `handhaving-${naam}-`));
  const store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', pollIntervalMs: 20, clock: { now: () => klok.nu } });
  const keyPrefix = `hhtest:${naam}:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
  const runner = new ProjectionRunner({ eventStore: store, redis, projections: [...projections], keyPrefix, logger: stil });
  await runner.start();

  const wacht = async (positie: GlobalPosition): Promise<void> => {
    if (!(await runner.waitForPosition(positie, 20_000))) throw new Error(`read models did not reach position ${positie}`);
  };

  async function beslis<C extends { readonly zaakId: string; readonly datum: string; readonly door: string; readonly type: string }, E extends { readonly type: string }, S>(
    decider: { decide(command: C, state: S): readonly E[]; evolve(state: S, event: E): S; initialState(): S },
    streamId: string,
    gemeente: (state: S, command: C) => string,
    command: C,
    opties: Opties,
  ): Promise<GlobalPosition> {
    klok.nu = new Date(opties.vastgelegdOp ?? `${command.datum}T10:00:00Z`);
    const recorded = await store.readStream(streamId);
    const state = fold(
      decider,
      recorded.map((e) => ({ ...(e.data as object), type: e.type }) as unknown as E),
    );
    const events = decider.decide(command, state);
    const { lastPosition } = await store.appendToStream(
      streamId,
      events.map(({ type, ...data }) => ({ type, data })),
      { expectedRevision: recorded.length === 0 ? 'no-stream' : recorded.length - 1, metadata: { gemeente: gemeente(state, command), userId: command.door } },
    );
    if (opties.wacht !== false) await wacht(lastPosition);
    return lastPosition;
  }

  return {
    redis,
    store,
    runner,
    keyPrefix,
    vergunning: (command, opties = {}) =>
      beslis(vergunningDecider, kamerverhuurvergunningContext.streamId(command.zaakId), (s, c) => (c.type === 'VraagVergunningAan' ? c.gemeente : s.status === 'onbekend' ? 'onbekend' : s.zaak.gemeente), command, opties),
    traject: (command, opties = {}) =>
      beslis(trajectDecider, kamerverhuurtrajectContext.streamId(command.zaakId), (s, c) => (c.type === 'RegistreerConstatering' ? c.gemeente : s.status === 'onbekend' ? 'onbekend' : s.zaak.gemeente), command, opties),
    dwangsom: (command, opties = {}) =>
      beslis(dwangsomDecider, dwangsomContext.streamId(command.zaakId), (s, c) => (c.type === 'OpenDwangsomzaak' ? c.gemeente : s.status === 'onbekend' ? 'onbekend' : s.zaak.gemeente), command, opties),
    wacht,
    async stop() {
      await runner.stop();
      await store.close();
      await deleteKeysWithPrefix(redis, keyPrefix);
      await redis.quit();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
