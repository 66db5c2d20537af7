import { describeWith, redisForTests } from '@handhaving/testing';
import { tijdstipInAmsterdam } from '@handhaving/termijnen';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { damocles, SchedulerOmgeving, totdat, verschovenKlok } from '../test-support/scheduler-harness';

const redisUrl = redisForTests('scheduler: killed mid-delivery');
const root = join(__dirname, '..', '..', '..', '..');

describeWith(redisUrl)('scheduler: a worker killed (SIGKILL) mid-delivery (real Redis, embedded store, a child process)', () => {
  let omgeving: SchedulerOmgeving;

  beforeAll(async () => {
    omgeving = await new SchedulerOmgeving(redisUrl ?? '').start();
  });

  afterAll(async () => {
    await omgeving.close();
  });

  it('after a restart the reminder is delivered again under the same idempotency key and recorded exactly once', async () => {
    const moment = Date.parse(tijdstipInAmsterdam('2027-12-15', 8, 0));
    const offset = moment - (Date.now() + 1_500);
    // A short lock: a dead worker's job goes to another after 1 s instead of 30.
    const config = omgeving.config({ lockDurationMs: 1_000 });
    const id = '00000000-0000-4000-8000-000000000999';
    const s = `damocles-${id}`;
    await omgeving.leg(s, [damocles.rapportage(id, '2027-12-01'), damocles.voornemen(id, '2027-12-01', '2027-12-15')]);

    // The receiver takes the delivery and never answers: the worker is mid-delivery when killed.
    omgeving.webhook.gedrag = 'hangen';
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, '..', 'test-support', 'scheduler-process.ts'), JSON.stringify(config), String(offset)], {
      cwd: root,
      env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await omgeving.webhook.volgende();
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    expect(omgeving.webhook.ontvangen).toHaveLength(1);
    expect(await omgeving.verstuurd(s)).toEqual([]);

    omgeving.webhook.gedrag = 'ok';
    const scheduler = await omgeving.scheduler({ config: { lockDurationMs: 1_000 }, overrides: { clock: verschovenKlok(offset) } });
    const verstuurd = await totdat(() => omgeving.verstuurd(s), (v) => v.length > 0, 15_000, 'HerinneringVerstuurd na herstart');
    // Let any further attempt happen before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await omgeving.verstuurd(s)).toHaveLength(1);
    expect(verstuurd[0].herinneringId).toBe(`${s}.zienswijzetermijn.op-einddag-0800.2027-12-15`);
    expect(omgeving.webhook.ontvangen.map((o) => o.idempotencyKey)).toEqual([verstuurd[0].herinneringId, verstuurd[0].herinneringId]);
    const job = await scheduler.service.queue.getJob(`${s}.zienswijzetermijn.op-einddag-0800`);
    expect(await job?.getState()).toBe('completed');
    await scheduler.stop();
  }, 30_000);
});
