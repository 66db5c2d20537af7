export const SchedulerConfigToken = Symbol('SchedulerConfig');
export const ClockToken = Symbol('Clock');
export const RedisToken = Symbol('Redis');
export const EventStoreToken = Symbol('EventStore');
export const SchedulerOptiesToken = Symbol('SchedulerOpties');
