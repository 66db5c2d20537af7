import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { leesPandSleutel } from '@handhaving/domain-shared';
import { PAND_DOSSIER_PROJECTIE, pandRangorde, type Rang } from '@handhaving/read-models';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../../platform/auth/gemeente-toegang';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { ReadYourWrites } from '../../../platform/projections/read-your-writes';
import { RedisToken } from '../../../platform/redis/redis.module';
import { pandVelden, type PandVelden } from '../../pand.request.dto';
import { PandRangordeRequest } from './pand-rangorde.request.dto';

export interface PandRangordeAntwoord {
  readonly gemeente: string;
  readonly op: string;
  readonly maanden: number;
  /** Meldingen count with a meldingsdatum after this day, through `op`. */
  readonly van: string;
  /**
   * Each rank with its pand as a request names one (`pand`: postcode, huisnummer, … or
   * adresseerbaarObjectId) and its meldingen as `signalen`: `{ pand, signalen }` is an address of a
   * planning (`POST /api/flexteamcontrole/zaken`) as it stands; and the numbers behind the rank.
   */
  readonly panden: ReadonlyArray<Rang & { readonly pand: PandVelden }>;
}

/**
 * The gemeente's addresses ranked for the flexteam's planning (issue 15, item 4; docs/flexteam.md):
 * by their meldingen in the months before the day asked and their running cases (Damocles,
 * dwangsom, kamerverhuur trajecten, requests), as known at the end of that day. Each rank names
 * its pand and its meldingen as the signals a planning (`POST /api/flexteamcontrole/zaken`) takes.
 * The same roles as the address dossier; a gemeente the caller does not work for is a 403.
 */
@ApiTags('panden')
@ApiBearerAuth()
@Controller('panden/rangorde')
export class PandRangordeController {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    @Inject(ClockToken) private readonly clock: Clock,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('juridisch-medewerker', 'toezichthouder', 'beheer')
  @ApiOperation({
    summary: 'De adressen van een gemeente in volgorde voor een flexteamcontrole: recente meldingen en lopende zaken per pand',
    description:
      'Per pand het aantal meldingen met een meldingsdatum in de gevraagde maanden vóór op en het aantal lopende Damocles-, dwangsom- en kamerverhuurzaken en onbeantwoorde verzoeken, ' +
      'zoals aan het eind van die dag bekend; bij gelijke stand eerst meer lopende zaken, dan de pandsleutel. De meldingen zijn de signalen voor de planning.',
  })
  async rangorde(@Query() query: PandRangordeRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    const op = query.op ?? vandaag(this.clock);
    const maanden = query.maanden ?? 12;
    await this.readYourWrites.waitFor(query.na, [PAND_DOSSIER_PROJECTIE], response);
    const { van, panden } = await pandRangorde(this.redis, this.config.redisKeyPrefix, { gemeente: query.gemeente, op, maanden, aantal: query.aantal ?? 25 });
    const antwoord: PandRangordeAntwoord = {
      gemeente: query.gemeente,
      op,
      maanden,
      van,
      panden: panden.map(({ rang, pandSleutel, ...cijfers }) => ({ rang, pandSleutel, pand: pandVelden(leesPandSleutel(pandSleutel)), ...cijfers })),
    };
    response.json(antwoord);
  }
}
