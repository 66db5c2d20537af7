import { ProjectionRunner, dumpKeys } from '@handhaving/projections';
import { EmbeddedEventStore } from '@handhaving/event-store';
import { betrokkenenTelling } from '@handhaving/read-models';
import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('read models and shutdown', () => {
  let api: TestApi;
  let medewerker: string;

  beforeEach(async () => {
    api = await startTestApi(redisUrl ?? '');
    medewerker = await api.token(['juridisch-medewerker']);
  });

  afterEach(() => api?.close());

  async function register(count: number): Promise<string> {
    let position = '0';
    for (let index = 0; index < count; index++) {
      const soort = index % 3 === 0 ? 'bedrijf' : 'persoon';
      const response = await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).send({ gemeente: 'GM0928', soort, naam: `N${index}` }).expect(201);
      position = response.body.position;
    }
    return position;
  }

  it('wiping Redis and rebuilding gives read models identical to those before the wipe', async () => {
    const position = await register(12);
    const runner = api.app.get(ProjectionRunner);
    expect(await runner.waitForPosition(BigInt(position), 5_000)).toBe(true);
    const prefix = `${api.config.redisKeyPrefix}${betrokkenenTelling.name}:`;
    const before = await dumpKeys(api.redis, prefix);
    expect(before.length).toBeGreaterThan(1);

    const keys = await api.redis.keys(`${api.config.redisKeyPrefix}*`);
    await api.redis.del(...keys);
    expect(await dumpKeys(api.redis, prefix)).toEqual([]);

    const result = await runner.rebuild(betrokkenenTelling.name);
    expect(result.completed).toBe(true);
    expect(await dumpKeys(api.redis, prefix)).toEqual(before);
  });

  it('shutting down finishes the commands in flight: each gets its answer and its events are stored', async () => {
    const store = api.eventStore();
    const append = store.appendToStream.bind(store);
    let entered = 0;
    // Hold every append for a moment, so that the shutdown starts while five commands are in flight.
    store.appendToStream = async (...args) => {
      entered += 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return append(...args);
    };
    const requests = Array.from({ length: 5 }, (_, index) =>
      api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).send({ gemeente: 'GM0928', soort: 'persoon', naam: `S${index}` }).then((response) => response),
    );
    while (entered < 5) await new Promise((resolve) => setTimeout(resolve, 10));
    await api.app.close();
    const responses = await Promise.all(requests);
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);

    const reopened = new EmbeddedEventStore({ dataDir: api.config.dataDir });
    for (const response of responses) {
      expect(await reopened.readStream(response.body.streamId)).toHaveLength(1);
    }
    await reopened.close();
  });
});
