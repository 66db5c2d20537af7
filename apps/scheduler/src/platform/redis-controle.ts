import type { Redis } from 'ioredis';

/**
 * BullMQ keeps its jobs only in Redis: without AOF a restart loses the jobs of the last seconds,
 * and any maxmemory-policy but noeviction lets Redis drop jobs when memory runs short. The
 * reconciler repairs both from the deadlines, but only when it next runs: say it loudly.
 */
export async function controleerRedis(redis: Redis): Promise<string[]> {
  const persistence = await redis.info('persistence').then((tekst) => tekst, () => '');
  const memory = await redis.info('memory').then((tekst) => tekst, () => '');
  return problemenVanRedis(persistence, memory);
}

/** The problems `INFO persistence` and `INFO memory` show, one sentence each. */
export function problemenVanRedis(persistence: string, memory: string): string[] {
  const veld = (tekst: string, naam: string): string | undefined => new RegExp(`^${naam}:(.*)$`, 'm').exec(tekst)?.[1]?.trim();
  const problemen: string[] = [];
  const aof = veld(persistence, 'aof_enabled');
  if (aof !== '1') {
    problemen.push(
      `Redis heeft geen AOF (aof_enabled=${aof ?? 'onbekend'}): bij een herstart gaan geplande herinneringen verloren tot de reconciler ze terugzet. Zet appendonly yes (redis-server --appendonly yes).`,
    );
  }
  const policy = veld(memory, 'maxmemory_policy');
  if (policy !== 'noeviction') {
    problemen.push(
      `Redis maxmemory-policy is ${policy ?? 'onbekend'}, niet noeviction: bij geheugentekort gooit Redis BullMQ-jobs weg. Zet maxmemory-policy noeviction.`,
    );
  }
  return problemen;
}
