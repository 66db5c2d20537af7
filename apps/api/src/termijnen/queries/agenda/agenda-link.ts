import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';

export interface AgendaHouder {
  readonly userId: string;
  readonly gemeenten: readonly string[];
}

/**
 * Calendar apps cannot send a bearer token, so a user's agenda feed has a link of its own: the
 * user and gemeenten, signed with a secret (AGENDA_FEED_SECRET; outside production one is
 * generated in the data folder). Changing the secret withdraws every link.
 */
@Injectable()
export class AgendaLink {
  private readonly secret: Buffer;

  constructor(@Inject(ApiConfigToken) config: ApiConfig) {
    const configured = process.env['AGENDA_FEED_SECRET']?.trim();
    if (configured) this.secret = Buffer.from(configured, 'utf8');
    else {
      const file = join(config.dataDir, 'agenda-feed.key');
      if (!existsSync(file)) {
        mkdirSync(config.dataDir, { recursive: true });
        writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
      }
      this.secret = Buffer.from(readFileSync(file, 'utf8'), 'utf8');
    }
  }

  token(houder: AgendaHouder): string {
    const payload = Buffer.from(JSON.stringify({ u: houder.userId, g: houder.gemeenten }), 'utf8').toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  /** The holder, or undefined for a link that was not made here (or with another secret). */
  verify(token: string): AgendaHouder | undefined {
    const [payload, signature] = token.split('.');
    if (!payload || !signature) return undefined;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const { u, g } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { u: string; g: string[] };
      return { userId: u, gemeenten: g };
    } catch {
      return undefined;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
