import { isWachtrijActie, leesActie } from './wachtrij-audit';

const basis = '/admin/queues';

describe("reading bull-board's action paths for the audit", () => {
  it.each([
    ['PUT', '/api/queues/herinneringen/damocles-1.zienswijzetermijn.op-einddag-0800/promote', { actie: 'promote', wachtrij: 'herinneringen', jobId: 'damocles-1.zienswijzetermijn.op-einddag-0800' }],
    ['PUT', '/api/queues/herinneringen/a%2Fb/retry', { actie: 'retry', wachtrij: 'herinneringen', jobId: 'a/b' }],
    ['PUT', '/api/queues/herinneringen/j1/clean', { actie: 'clean', wachtrij: 'herinneringen', jobId: 'j1' }],
    ['PATCH', '/api/queues/herinneringen/j1/update-data', { actie: 'update-data', wachtrij: 'herinneringen', jobId: 'j1' }],
    ['PUT', '/api/queues/herinneringen/retry/failed', { actie: 'retry', wachtrij: 'herinneringen', jobstatus: 'failed' }],
    ['PUT', '/api/queues/herinneringen/clean/completed', { actie: 'clean', wachtrij: 'herinneringen', jobstatus: 'completed' }],
    ['PUT', '/api/queues/herinneringen/promote', { actie: 'promote', wachtrij: 'herinneringen' }],
    ['POST', '/api/queues/herinneringen/add', { actie: 'add', wachtrij: 'herinneringen' }],
    ['PUT', '/api/queues/herinneringen/rate-limit/release', { actie: 'rate-limit/release', wachtrij: 'herinneringen' }],
    ['PUT', '/api/queues/herinneringen/job-schedulers/s1/run', { actie: 'job-schedulers/s1/run', wachtrij: 'herinneringen' }],
    ['PUT', '/api/queues/pause', { actie: 'pause' }],
    ['POST', '/api/metrics/history/purge', { actie: 'metrics/history/purge' }],
  ])('%s %s', (methode, pad, verwacht) => {
    const gelezen = leesActie(methode, pad, basis);
    expect(gelezen).toEqual({ methode, pad: `${basis}${pad}`, ...verwacht });
  });

  it('only what changes something is an action: reads and the page itself are not', () => {
    expect(isWachtrijActie('GET', '/api/queues')).toBe(false);
    expect(isWachtrijActie('GET', '/api/queues/herinneringen/j1')).toBe(false);
    expect(isWachtrijActie('HEAD', '/api/queues')).toBe(false);
    expect(isWachtrijActie('PUT', '/api/queues/herinneringen/j1/promote')).toBe(true);
    expect(isWachtrijActie('post', '/api/queues/herinneringen/add')).toBe(true);
    expect(isWachtrijActie('DELETE', '/api/queues/herinneringen/j1')).toBe(true);
  });
});
