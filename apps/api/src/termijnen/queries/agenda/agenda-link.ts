import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { ClockToken, type Clock } from '../../../platform/clock/clock';
import { AgendaLinkIntrekkingen } from './agenda-link-intrekkingen';

export interface AgendaHouder {
  readonly userId: string;
  readonly gemeenten: readonly string[];
}

/** A link as it was made: whose, for which gemeenten, until when. */
export interface AgendaLinkUitgifte {
  readonly token: string;
  /** The instant the link stops working (ISO 8601, whole seconds). */
  readonly geldigTot: string;
}

/** What the signed part of a link says. */
interface Inhoud {
  /** userId */
  readonly u: string;
  /** gemeenten */
  readonly g: readonly string[];
  /** generation: the length of the medewerker's withdrawals stream when it was made */
  readonly v: number;
  /** valid until, in Unix seconds */
  readonly x: number;
}

/**
 * Calendar apps cannot send a bearer token, so a user's agenda feed has a link of its own: the
 * user and gemeenten, the generation of their links and the end of its validity, signed with a
 * secret (AGENDA_FEED_SECRET; outside production one is generated in the data folder). A link
 * stops working after AGENDA_LINK_GELDIGHEID_DAGEN (365 days), or when its holder or beheer
 * withdraws it (AgendaLinkIntrekkingen). Changing the secret withdraws every link.
 */
@Injectable()
export class AgendaLink {
  private readonly secret: Buffer;

  constructor(
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    @Inject(ClockToken) private readonly clock: Clock,
    private readonly intrekkingen: AgendaLinkIntrekkingen,
  ) {
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

  async maak(houder: AgendaHouder): Promise<AgendaLinkUitgifte> {
    const x = Math.floor(this.clock.now().getTime() / 1000) + this.config.agendaLinkGeldigheidDagen * 86_400;
    const inhoud: Inhoud = { u: houder.userId, g: houder.gemeenten, v: await this.intrekkingen.generatie(houder.userId), x };
    const payload = Buffer.from(JSON.stringify(inhoud), 'utf8').toString('base64url');
    return { token: `${payload}.${this.sign(payload)}`, geldigTot: new Date(x * 1000).toISOString() };
  }

  /**
   * The holder, or undefined for a link that was not made here (or with another secret), has
   * expired or was withdrawn. The signature is checked first: a forged link costs no read.
   */
  async verify(token: string): Promise<AgendaHouder | undefined> {
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length > 0) return undefined;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    const inhoud = lees(payload);
    if (!inhoud) return undefined;
    if (this.clock.now().getTime() >= inhoud.x * 1000) return undefined;
    if (await this.intrekkingen.isIngetrokken({ medewerker: inhoud.u, gemeenten: inhoud.g, generatie: inhoud.v })) return undefined;
    return { userId: inhoud.u, gemeenten: inhoud.g };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}

/** The signed content, when it has every field: a link from before links expired has none and no longer works. */
function lees(payload: string): Inhoud | undefined {
  try {
    const inhoud = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<Inhoud>;
    const { u, g, v, x } = inhoud;
    if (typeof u !== 'string' || !Array.isArray(g) || !g.every((gemeente) => typeof gemeente === 'string')) return undefined;
    if (!Number.isSafeInteger(v) || !Number.isSafeInteger(x)) return undefined;
    return { u, g, v: v as number, x: x as number };
  } catch {
    return undefined;
  }
}
