import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { deadlines, type DeadlineStatus } from '@handhaving/read-models';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { CurrentPrincipal, Public, Roles } from '../../../platform/auth/auth.decorators';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { NotFound } from '../../../platform/problem-details/api-errors';
import { RedisToken } from '../../../platform/redis/redis.module';
import { AgendaLink } from './agenda-link';
import { icalendar } from './icalendar';

/** A term standing still shows where it would end if it ran again today: a date that will move. */
const TITELBEGIN: Partial<Record<DeadlineStatus, string>> = { verstreken: 'VERSTREKEN: ', opgeschort: 'OPGESCHORT (einddatum voorlopig): ' };

/** A medewerker's own running terms as an iCalendar feed, for their agenda. */
@ApiTags('termijnen')
@Controller('termijnen')
export class AgendaController {
  constructor(
    private readonly links: AgendaLink,
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  @Get('agenda-link')
  @ApiBearerAuth()
  @Roles('juridisch-medewerker', 'toezichthouder', 'beheer')
  @ApiOperation({ summary: 'De persoonlijke link van uw termijnen-agenda (iCalendar), om in uw agenda te abonneren' })
  link(@CurrentPrincipal() principal: Principal): { url: string } {
    return { url: `/api/termijnen/agenda/${this.links.token({ userId: principal.userId, gemeenten: principal.gemeenten })}.ics` };
  }

  @Get('agenda/:token.ics')
  @Public()
  @ApiOperation({ summary: 'Uw lopende, opgeschorte en verstreken termijnen als iCalendar (via de link uit agenda-link; geen token nodig)' })
  async feed(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const houder = this.links.verify(token);
    if (!houder) throw new NotFound('Deze agenda-link bestaat niet (meer); vraag een nieuwe op via /api/termijnen/agenda-link');
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
