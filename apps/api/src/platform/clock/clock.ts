import { kalenderdatumInAmsterdam } from '@handhaving/termijnen';

/** Where the API's sense of "now" comes from; a fixed clock in tests. Domain code has none. */
export interface Clock {
  now(): Date;
}

export const ClockToken = Symbol('Clock');

export const systemClock: Clock = { now: () => new Date() };

/** Today as a legal calendar date in Europe/Amsterdam (YYYY-MM-DD). */
export function vandaag(clock: Clock): string {
  return kalenderdatumInAmsterdam(clock.now().getTime());
}
