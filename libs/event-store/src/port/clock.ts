/** Where the store's recorded-at instants come from; replaced by a fixed clock in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
