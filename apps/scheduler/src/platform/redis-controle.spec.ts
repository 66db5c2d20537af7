import { problemenVanRedis } from './redis-controle';

describe('the start-up check of Redis for BullMQ', () => {
  it('is silent for AOF on and noeviction', () => {
    expect(problemenVanRedis('# Persistence\r\naof_enabled:1\r\n', '# Memory\r\nmaxmemory_policy:noeviction\r\n')).toEqual([]);
  });

  it('warns for no AOF and for an eviction policy, saying what to set', () => {
    const problemen = problemenVanRedis('aof_enabled:0\r\n', 'maxmemory_policy:allkeys-lru\r\n');
    expect(problemen).toHaveLength(2);
    expect(problemen[0]).toContain('appendonly yes');
    expect(problemen[1]).toContain('allkeys-lru');
    expect(problemen[1]).toContain('noeviction');
  });

  it('warns when Redis does not say (INFO refused on a managed service)', () => {
    expect(problemenVanRedis('', '')).toHaveLength(2);
  });
});
