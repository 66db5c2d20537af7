import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { heeftRol, type Principal } from '@handhaving/auth';
import { deadlines, type DeadlineStatus } from '@handhaving/read-models';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { CurrentPrincipal, Public, Roles } from '../../../platform/auth/auth.decorators';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { Forbidden, NotFound } from '../../../platform/problem-details/api-errors';
import { RedisToken } from '../../../platform/redis/redis.module';
import { AgendaLink } from './agenda-link';
import { AgendaLinkIntrekkenRequest } from './agenda-link-intrekken.request.dto';
import { AgendaLinkIntrekkingen, type AgendaLinksIngetrokken } from './agenda-link-intrekkingen';
import { icalendar } from './icalendar';

/** A term standing still shows where it would end if it ran again today: a date that will move. */
const TITELBEGIN: Partial<Record<DeadlineStatus, string>> = { verstreken: 'VERSTREKEN: ', opgeschort: 'OPGESCHORT (einddatum voorlopig): ' };

/** A medewerker's own running terms as an iCalendar feed, for their agenda. */
@ApiTags('termijnen')
@Controller('termijnen')
export class AgendaController {
  constructor(
    private readonly links: AgendaLink,
    private readonly intrekkingen: AgendaLinkIntrekkingen,
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  @Get('agenda-link')
  @ApiBearerAuth()
  @Roles('juridisch-medewerker', 'toezichthouder', 'beheer')
  @ApiOperation({
    summary: 'De persoonlijke link van uw termijnen-agenda (iCalendar), om in uw agenda te abonneren',
    description: 'De link werkt tot geldigTot (AGENDA_LINK_GELDIGHEID_DAGEN, standaard 365 dagen) of tot u hem intrekt; vraag daarna een nieuwe op.',
  })
  async link(@CurrentPrincipal() principal: Principal): Promise<{ url: string; geldigTot: string }> {
    const { token, geldigTot } = await this.links.maak({ userId: principal.userId, gemeenten: principal.gemeenten });
    return { url: `/api/termijnen/agenda/${token}.ics`, geldigTot };
  }

  @Post('agenda-link/intrekken')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles('juridisch-medewerker', 'toezichthouder', 'beheer')
  @ApiOperation({
    summary: 'Trek agenda-links in: uw eigen, of (beheer) die van een medewerker voor uw gemeenten',
    description: 'Elke eerder gemaakte link geeft daarna 404; een nieuwe link (GET agenda-link) werkt. Op andere API-instanties binnen 30 seconden.',
  })
  async trekIn(@Body() body: AgendaLinkIntrekkenRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request): Promise<AgendaLinksIngetrokken & { toelichting: string }> {
    const medewerker = body.medewerker ?? principal.userId;
    let fact: AgendaLinksIngetrokken = { medewerker };
    if (medewerker !== principal.userId) {
      if (!heeftRol(principal, 'beheer')) throw new Forbidden('Alleen beheer trekt de agenda-links van een ander in; laat medewerker weg om uw eigen links in te trekken');
      // Beheer reaches the links that show one of its own gemeenten; a link for another gemeente only is not its business.
      fact = { medewerker, gemeenten: principal.gemeenten };
    }
    await this.intrekkingen.trekIn(fact, { userId: principal.userId, correlationId: String(request.id ?? randomUUID()) });
    return { ...fact, toelichting: 'De agenda-links die tot nu toe zijn gemaakt werken niet meer; vraag een nieuwe op via /api/termijnen/agenda-link' };
  }

  @Get('agenda/:token.ics')
  @Public()
  @ApiOperation({ summary: 'Uw lopende, opgeschorte en verstreken termijnen als iCalendar (via de link uit agenda-link; geen token nodig)' })
  async feed(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const houder = await this.links.verify(token);
    // Unknown, expired and withdrawn links get the same answer: the link itself tells nothing.
    if (!houder) throw new NotFound('Deze agenda-link bestaat niet, is verlopen of is ingetrokken; vraag een nieuwe op via /api/termijnen/agenda-link');
    const peildatum = vandaag(this.clock);
    const regels = (
      await Promise.all(
        houder.gemeenten.map((gemeente) =>
          deadlines(this.redis, this.config.redisKeyPrefix, { gemeente, medewerker: houder.userId, status: ['lopend', 'opgeschort', 'verstreken'], peildatum }),
        ),
      )
    ).flat();
    const items = regels.map((regel) => ({
      uid: regel.id,
      datum: regel.einde,
      titel: `${TITELBEGIN[regel.status] ?? ''}${regel.soort} ${regel.context} ${regel.zaakId}`,
      omschrijving: regel.uitleg,
    }));
    response.type('text/calendar; charset=utf-8').send(icalendar('Handhaving: mijn termijnen', items, this.clock.now()));
  }
}
