import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { DWANGSOM_OPENSTAAND_PROJECTIE, openstaandeBedragen } from '@handhaving/read-models';
import { IsUUID, Matches } from 'class-validator';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../../platform/auth/gemeente-toegang';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { ReadYourWrites } from '../../../platform/projections/read-your-writes';
import { RedisToken } from '../../../platform/redis/redis.module';
import { IsKalenderdatum } from '../../../platform/validation/is-kalenderdatum';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

export class OpenstaandRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiPropertyOptional({ example: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', description: 'Eén overtreder (betrokkene-id); zonder: allen' })
  @Weglaatbaar()
  @IsUUID('all', { message: 'overtrederId moet een betrokkene-id zijn' })
  overtrederId?: string;

  @ApiPropertyOptional({ example: '2022-04-14', description: 'De dag waarop gerekend wordt; vandaag als u niets opgeeft' })
  @Weglaatbaar()
  @IsKalenderdatum('peildatum')
  peildatum?: string;

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie verwerkt is' })
  @Weglaatbaar()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}

/**
 * What each overtreder owes: claimed and unpaid, forfeited and still to claim (with the first
 * verjaringsdatum to act by), and lost to verjaring. Collecting money is the juridisch
 * medewerker's task, so only that role sees who owes what.
 */
@ApiTags('dwangsom')
@ApiBearerAuth()
@Controller('dwangsom/openstaand')
export class OpenstaandController {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    @Inject(ClockToken) private readonly clock: Clock,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('juridisch-medewerker')
  @ApiOperation({ summary: 'Openstaande bedragen per overtreder (in te vorderen, onbetaald, verjaard)' })
  async openstaand(@Query() query: OpenstaandRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    await this.readYourWrites.waitFor(query.na, [DWANGSOM_OPENSTAAND_PROJECTIE], response);
    const peildatum = query.peildatum ?? vandaag(this.clock);
    const overtreders = await openstaandeBedragen(this.redis, this.config.redisKeyPrefix, { gemeente: query.gemeente, overtrederId: query.overtrederId, peildatum });
    response.json({ gemeente: query.gemeente, peildatum, overtreders });
  }
}
