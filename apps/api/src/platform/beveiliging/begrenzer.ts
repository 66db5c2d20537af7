import { Logger } from '@nestjs/common';
import { normalizeIp, type ThrottlerStorage } from '@nestjs/throttler';
import type { Request } from 'express';
import type { RateLimitConfig } from './rate-limit-config';
import { TeVeelVerzoeken } from '../problem-details/api-errors';

export type Grens = 'perUser' | 'publicPerIp' | 'failedAuthPerIp';

const UITLEG: Record<Grens, (limiet: number, venster: number) => string> = {
  perUser: (limiet, venster) => `U stuurde meer dan ${limiet} verzoeken in ${venster} seconden. Wacht even, of bundel opdrachten in een import.`,
  publicPerIp: (limiet, venster) => `Meer dan ${limiet} verzoeken in ${venster} seconden vanaf uw adres naar deze openbare route.`,
  failedAuthPerIp: (limiet, venster) => `Meer dan ${limiet} ongeldige tokens in ${venster} seconden vanaf uw adres. Vraag een geldig token op en probeer het later opnieuw.`,
};

/** Keys remembered as reported at most; past it the memory starts again (a report more, never unbounded memory). */
const MAX_GEMELD = 10_000;

/**
 * Counts requests against the configured limits; a caller over one gets {@link TeVeelVerzoeken}.
 * These refusals come before the request log (which starts after the body parsers), so each block
 * is logged here, once, as a warning: who, which limit, for how long.
 */
export class Begrenzer {
  private readonly logger = new Logger('Begrenzer');
  private readonly gemeld = new Set<string>();

  constructor(
    private readonly storage: ThrottlerStorage,
    private readonly config: RateLimitConfig,
  ) {}

  /** Counts one request of `wie` (a user id, or {@link clientAdres}) against `grens`; throws when over it. A limit of 0 counts nothing. */
  async tel(grens: Grens, wie: string): Promise<void> {
    const limiet = this.config[grens];
    if (limiet === 0) return;
    const venster = this.config.windowSeconds * 1000;
    const key = `${grens}:${wie}`;
    const record = await this.storage.increment(key, venster, limiet, venster, grens);
    if (!record.isBlocked) {
      this.gemeld.delete(key);
      return;
    }
    const retryAfter = Math.max(1, record.timeToBlockExpire);
    if (!this.gemeld.has(key)) {
      if (this.gemeld.size >= MAX_GEMELD) this.gemeld.clear();
      this.gemeld.add(key);
      this.logger.warn({ grens, wie, limiet, vensterSeconden: this.config.windowSeconds, retryAfter }, `Rate limit ${grens} bereikt door ${wie}: 429 voor ${retryAfter} s`);
    }
    throw new TeVeelVerzoeken(UITLEG[grens](limiet, this.config.windowSeconds), retryAfter);
  }
}

/** The client's address as Express sees it (TRUST_PROXY), an IPv6 address by its /64: one household or host, not one of its 2^64 addresses. */
export function clientAdres(request: Request): string {
  return normalizeIp(request.ip ?? request.socket.remoteAddress ?? 'onbekend');
}
