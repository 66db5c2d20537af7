import { describeWith, redisForTests } from '@handhaving/testing';
import { damocles, SchedulerOmgeving, totdat, type SchedulerInstantie } from '../test-support/scheduler-harness';
import { WACHTRIJBEHEER_STREAM, type WachtrijActieOpgedragen } from './wachtrij-audit';

const redisUrl = redisForTests('scheduler: queue board');

const zaakId = '00000000-0000-4000-8000-000000000b01';
const streamId = `damocles-${zaakId}`;
const jobId = `${streamId}.zienswijzetermijn.op-einddag-0800`;

jest.setTimeout(30_000);

describeWith(redisUrl)('/admin/queues (bull-board): installation-wide role, every action audited, bodies bounded (real Redis, embedded store)', () => {
  let omgeving: SchedulerOmgeving;
  let scheduler: SchedulerInstantie;
  let board: string;

  beforeAll(async () => {
    omgeving = await new SchedulerOmgeving(redisUrl ?? '').start();
    // No worker: these tests are about the board; what a worker does with a promoted job is te-vroeg.int.spec.ts.
    scheduler = await omgeving.scheduler({ http: true, overrides: { worker: false } });
    board = `${scheduler.url}/admin/queues`;
    // A term ending far in the future: its reminders wait as delayed jobs.
    await omgeving.leg(streamId, [damocles.rapportage(zaakId, '2099-12-01'), damocles.voornemen(zaakId, '2099-12-01', '2099-12-15')]);
    await totdat(() => scheduler.service.queue.getJob(jobId), (job) => job !== undefined, 10_000, 'herinnering gepland');
  });

  afterAll(async () => {
    await omgeving.close();
  });

  const met = (token: string, init: RequestInit = {}): RequestInit => ({ ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) } });
  const audit = async (): Promise<WachtrijActieOpgedragen[]> =>
    (await omgeving.store.readStream(WACHTRIJBEHEER_STREAM)).map((e) => ({ ...(e.data as object), type: e.type }) as WachtrijActieOpgedragen);
  const promote = `/api/queues/herinneringen/${encodeURIComponent(jobId)}/promote`;

  describe('who may use it', () => {
    it('401 without a token; 403 for every gemeente role, beheer included, also of several gemeenten; the board for installatiebeheer', async () => {
      expect((await fetch(board)).status).toBe(401);
      for (const [rollen, gemeenten] of [
        [['juridisch-medewerker'], ['GM0928']],
        [['beheer'], ['GM0928']],
        [['beheer'], ['GM0928', 'GM1903', 'GM0363']],
      ] as const) {
        const response = await fetch(board, met(await omgeving.token([...rollen], [...gemeenten])));
        expect(response.status).toBe(403);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        const problem = (await response.json()) as { status: number; detail: string };
        expect(problem.status).toBe(403);
        expect(problem.detail).toContain('installatiebeheer');
      }
      const installatie = await omgeving.token(['installatiebeheer']);
      const pagina = await fetch(board, met(installatie));
      expect(pagina.status).toBe(200);
      expect(await pagina.text()).toContain('<html');
      const queues = await fetch(`${board}/api/queues`, met(installatie));
      expect(queues.status).toBe(200);
      expect(JSON.stringify(await queues.json())).toContain('herinneringen');
      // The browser's later requests carry the token as a cookie.
      const cookie = pagina.headers.get('set-cookie')?.split(';')[0] ?? '';
      expect((await fetch(`${board}/api/queues`, { headers: { cookie } })).status).toBe(200);
    });

    it("a gemeente's beheer cannot promote, retry or remove another gemeente's reminder, and nothing is recorded as done", async () => {
      const beheer = await omgeving.token(['beheer'], ['GM1903']);
      for (const actie of ['promote', 'retry', 'clean']) {
        const response = await fetch(`${board}/api/queues/herinneringen/${encodeURIComponent(jobId)}/${actie}`, met(beheer, { method: 'PUT' }));
        expect(response.status).toBe(403);
      }
      expect(await (await scheduler.service.queue.getJob(jobId))?.getState()).toBe('delayed');
      expect(await audit()).toEqual([]);
    });
  });

  describe('every action is audited before it is carried out', () => {
    it('a promote leaves one event naming who, what and which job; reading the board leaves none', async () => {
      const token = await omgeving.token(['installatiebeheer']);
      expect((await fetch(`${board}/api/queues`, met(token))).status).toBe(200);
      expect((await fetch(`${board}/api/queues/herinneringen/${encodeURIComponent(jobId)}`, met(token))).status).toBe(200);
      expect(await audit()).toEqual([]);

      const response = await fetch(`${board}${promote}`, met(token, { method: 'PUT' }));
      expect(response.status).toBeLessThan(300);
      expect(await (await scheduler.service.queue.getJob(jobId))?.getState()).toBe('waiting');

      const [event, ...rest] = await audit();
      expect(rest).toEqual([]);
      expect(event).toEqual({
        type: 'WachtrijActieOpgedragen',
        door: 'test-installatiebeheer',
        rollen: ['installatiebeheer'],
        methode: 'PUT',
        actie: 'promote',
        wachtrij: 'herinneringen',
        jobId,
        pad: `/admin/queues${promote}`,
      });
      const [recorded] = await omgeving.store.readStream(WACHTRIJBEHEER_STREAM);
      expect(recorded.metadata.userId).toBe('test-installatiebeheer');
      expect(Date.now() - Date.parse(recorded.metadata.recordedAt)).toBeLessThan(60_000);
    });

    it('an action over a whole queue names the queue and the status, not a job', async () => {
      const token = await omgeving.token(['installatiebeheer']);
      const voor = (await audit()).length;
      expect((await fetch(`${board}/api/queues/herinneringen/clean/completed`, met(token, { method: 'PUT' }))).status).toBeLessThan(300);
      const laatste = (await audit()).slice(voor);
      expect(laatste).toEqual([expect.objectContaining({ methode: 'PUT', actie: 'clean', wachtrij: 'herinneringen', jobstatus: 'completed', door: 'test-installatiebeheer' })]);
      expect(laatste[0]).not.toHaveProperty('jobId');
    });
  });

  it('an action that cannot be recorded is not carried out: 503, the job stays where it was', async () => {
    const store = omgeving.store;
    const weigerAudit = new Proxy(store, {
      get: (target, key) => {
        if (key === 'appendToStream') {
          return async (streamId: string, ...rest: unknown[]) => {
            if (streamId === WACHTRIJBEHEER_STREAM) throw new Error('schijf vol');
            return (target.appendToStream as (...args: unknown[]) => unknown).call(target, streamId, ...rest);
          };
        }
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const tweede = await omgeving.scheduler({ http: true, overrides: { worker: false, eventStore: weigerAudit } });
    const anderJob = `${streamId}.zienswijzetermijn.na-einde-1wd-0800`;
    expect(await scheduler.service.queue.getJobState(anderJob)).toBe('delayed');
    const voor = (await audit()).length;
    const response = await fetch(`${tweede.url}/admin/queues/api/queues/herinneringen/${encodeURIComponent(anderJob)}/promote`, met(await omgeving.token(['installatiebeheer']), { method: 'PUT' }));
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await scheduler.service.queue.getJobState(anderJob)).toBe('delayed');
    expect((await audit()).length).toBe(voor);
    await tweede.stop();
  });

  describe("the board's bodies: bounded, and refused as problem+json", () => {
    const updateData = `/api/queues/herinneringen/${encodeURIComponent(jobId)}/update-data`;
    const patch = async (body: string | Buffer, contentType = 'application/json', extra: Record<string, string> = {}): Promise<Response> =>
      fetch(`${board}${updateData}`, met(await omgeving.token(['installatiebeheer']), { method: 'PATCH', body, headers: { 'content-type': contentType, ...extra } }));
    const verwachtProbleem = async (response: Response, status: number): Promise<{ type: string; detail: string; errors?: { field: string; rule: string }[] }> => {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await response.json()) as { status: number; type: string; detail: string; errors?: { field: string; rule: string }[] };
      expect(problem.status).toBe(status);
      expect(problem.detail).toEqual(expect.any(String));
      return problem;
    };

    it('a body over 100 kB (announced or streamed): 413; not JSON, an unknown charset or a compressed body: 415; broken JSON: 400', async () => {
      const voor = (await audit()).length;
      const data = (await scheduler.service.queue.getJob(jobId))?.data;
      await verwachtProbleem(await patch(JSON.stringify({ data: { x: 'a'.repeat(200_000) } })), 413);
      // Without a Content-Length (chunked): refused once 100 kB have come in.
      const stukken = Array.from({ length: 30 }, () => new TextEncoder().encode(`"${'b'.repeat(10_000)}",`));
      const stroom = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"data":['));
          for (const stuk of stukken) controller.enqueue(stuk);
          controller.enqueue(new TextEncoder().encode('""]}'));
          controller.close();
        },
      });
      const token = await omgeving.token(['installatiebeheer']);
      await verwachtProbleem(await fetch(`${board}${updateData}`, { ...met(token, { method: 'PATCH', headers: { 'content-type': 'application/json' } }), body: stroom, duplex: 'half' } as RequestInit), 413);
      await verwachtProbleem(await patch('data=1', 'application/x-www-form-urlencoded'), 415);
      await verwachtProbleem(await patch('{"data":{}}', 'text/plain'), 415);
      await verwachtProbleem(await patch('{"data":{}}', 'application/json; charset=klingon'), 415);
      await verwachtProbleem(await patch('{"data":{}}', 'application/json', { 'content-encoding': 'gzip' }), 415);
      await verwachtProbleem(await patch('{"data":', 'application/json'), 400);
      expect((await scheduler.service.queue.getJob(jobId))?.data).toEqual(data);
      expect((await audit()).length).toBe(voor);
    });

    it('JSON nested 10,000 deep and a __proto__ key: 400 naming the field and the rule; the job keeps its data', async () => {
      const voor = (await audit()).length;
      const data = (await scheduler.service.queue.getJob(jobId))?.data;
      const diep = `{"data":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
      const teDiep = await verwachtProbleem(await patch(diep), 400);
      expect(teDiep.errors?.[0]).toMatchObject({ rule: 'te-diep-genest' });
      expect(teDiep.errors?.[0].field).toMatch(/^data/);
      const proto = await verwachtProbleem(await patch('{"data":{"__proto__":{"x":1}}}'), 400);
      expect(proto.errors?.[0]).toMatchObject({ field: 'data.__proto__', rule: 'verboden-veld' });
      expect((await scheduler.service.queue.getJob(jobId))?.data).toEqual(data);
      expect((await audit()).length).toBe(voor);
    });

    it('the body is checked only after the token: without one, a large body is answered 401', async () => {
      const response = await fetch(`${board}${updateData}`, { method: 'PATCH', body: JSON.stringify({ data: { x: 'a'.repeat(200_000) } }), headers: { 'content-type': 'application/json' } });
      expect(response.status).toBe(401);
    });
  });
});
