import { normalizeIp, type ThrottlerStorage } from '@nestjs/throttler';
import type { Request } from 'express';
import type { RateLimitConfig } from './rate-limit-config';
import { TeVeelVerzoeken } from './te-veel-verzoeken';

export type Grens = 'perUser' | 'publicPerIp' | 'failedAuthPerIp';

const UITLEG: Record<Grens, (limiet: number, venster: number) => string> = {
  perUser: (limiet, venster) => `U stuurde meer dan ${limiet} verzoeken in ${venster} seconden. Wacht even, of bundel opdrachten in een import.`,
  publicPerIp: (limiet, venster) => `Meer dan ${limiet} verzoeken in ${venster} seconden vanaf uw adres naar deze openbare route.`,
  failedAuthPerIp: (limiet, venster) => `Meer dan ${limiet} ongeldige tokens in ${venster} seconden vanaf uw adres. Vraag een geldig token op en probeer het later opnieuw.`,
};

/** Counts requests against the configured limits; a caller over one gets {@link TeVeelVerzoeken}. */
export class Begrenzer {
  constructor(
    private readonly storage: ThrottlerStorage,
    private readonly config: RateLimitConfig,
  ) {}

  /** Counts one request of `wie` (a user id, or {@link clientAdres}) against `grens`; throws when over it. A limit of 0 counts nothing. */
  async tel(grens: Grens, wie: string): Promise<void> {
    const limiet = this.config[grens];
    if (limiet === 0) return;
    const venster = this.config.windowSeconds * 1000;
    const record = await this.storage.increment(`${grens}:${wie}`, venster, limiet, venster, grens);
    if (record.isBlocked) throw new TeVeelVerzoeken(UITLEG[grens](limiet, this.config.windowSeconds), Math.max(1, record.timeToBlockExpire));
  }
}

/** The client's address as Express sees it (TRUST_PROXY), an IPv6 address by its /64: one household or host, not one of its 2^64 addresses. */
export function clientAdres(request: Request): string {
  return normalizeIp(request.ip ?? request.socket.remoteAddress ?? 'onbekend');
}
