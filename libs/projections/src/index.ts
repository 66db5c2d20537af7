export * from './projection';
export * from './projection-errors';
export * from './projection-keys';
export * from './projection-logger';
export * from './projection-processor';
export * from './projection-runner';
export { dumpKeys, deleteKeysWithPrefix, scanKeys, type DumpedKey, type DumpedValue, type DumpKeysOptions } from './redis-keys';
