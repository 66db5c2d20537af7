import type Redis from 'ioredis';
import { RedisToken } from '../redis/redis.module';
import { startTestApi, testRedisUrl, type TestApi } from '../../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('/health/ready, a public route', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
  });

  afterAll(() => api?.close());

  it('says which check is down, but not the error’s message (it can name a host): that goes to the log', async () => {
    await api.http().get('/health/ready').expect(200);
    api.app.get<Redis>(RedisToken).disconnect();
    const down = await api.http().get('/health/ready').expect(503);
    expect(down.body).toEqual({ status: 'down', checks: { eventStore: { status: 'up' }, redis: { status: 'down', reason: 'fout; zie het log' } } });
    await new Promise((klaar) => setTimeout(klaar, 100));
    expect(api.logs()).toMatch(/Redis is down/);
  });
});
