import type { GlobalPosition } from '@handhaving/event-store';
import type { Redis } from 'ioredis';
import { InvalidCheckpointError } from './projection-errors';

/** The key prefix of one installation when none is configured. */
export const defaultKeyPrefix = 'hh:';

/** Every key of a projection starts with `{keyPrefix}{name}:`, its checkpoint included. */
export function projectionKeyPrefix(keyPrefix: string, projectionName: string): string {
  return `${keyPrefix}${projectionName}:`;
}

export function checkpointKey(keyPrefix: string, projectionName: string): string {
  return `${projectionKeyPrefix(keyPrefix, projectionName)}checkpoint`;
}

/** `null` when the projection has never committed a batch (or was wiped). */
export function parseCheckpoint(projectionName: string, value: string | null): GlobalPosition | null {
  if (value === null) return null;
  if (!/^\d+$/.test(value)) throw new InvalidCheckpointError(projectionName, value);
  return BigInt(value);
}

export async function readCheckpoint(
  redis: Redis,
  keyPrefix: string,
  projectionName: string,
): Promise<GlobalPosition | null> {
  return parseCheckpoint(projectionName, await redis.get(checkpointKey(keyPrefix, projectionName)));
}
