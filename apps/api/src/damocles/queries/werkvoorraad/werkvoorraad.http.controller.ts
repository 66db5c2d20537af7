import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { damoclesWerkvoorraad, OPEN_STATUSSEN, WERKVOORRAAD_PROJECTIE, type OpenStatus } from '@handhaving/read-models';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, Matches, MaxLength } from 'class-validator';
import type { Response } from 'express';
import type Redis from 'ioredis';
import type { ApiConfig } from '../../../config/api-config';
import { ApiConfigToken } from '../../../config/api-config.provider';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../../platform/auth/gemeente-toegang';
import { ReadYourWrites } from '../../../platform/projections/read-your-writes';
import { RedisToken } from '../../../platform/redis/redis.module';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

export class WerkvoorraadRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiPropertyOptional({ example: 'voornemen-verzonden,gereed-voor-besluit', description: `Alleen zaken in deze toestanden, met komma's: ${OPEN_STATUSSEN.join(', ')}` })
  @Weglaatbaar()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((status) => status.trim()) : value))
  @ArrayMaxSize(OPEN_STATUSSEN.length, { message: `status noemt ten hoogste ${OPEN_STATUSSEN.length} statussen, elk één keer` })
  @IsIn(OPEN_STATUSSEN, { each: true, message: `status moet een of meer zijn van: ${OPEN_STATUSSEN.join(', ')}` })
  status?: OpenStatus[];

  @ApiPropertyOptional({ example: 'mw-1', description: 'Alleen zaken waarvan deze medewerker de laatste stap vastlegde' })
  @Weglaatbaar()
  @MaxLength(200, { message: 'door mag hoogstens 200 tekens zijn' })
  door?: string;

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie verwerkt is' })
  @Weglaatbaar()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}

/** The werkvoorraad: the gemeente's open Damocles cases and what each needs next, the longest waiting first. */
@ApiTags('damocles')
@ApiBearerAuth()
@Controller('damocles/zaken')
export class WerkvoorraadController {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('juridisch-medewerker', 'beheer')
  @ApiOperation({ summary: 'Werkvoorraad: de open Damocles-zaken van een gemeente met hun volgende stap' })
  async werkvoorraad(@Query() query: WerkvoorraadRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    await this.readYourWrites.waitFor(query.na, [WERKVOORRAAD_PROJECTIE], response);
    const zaken = await damoclesWerkvoorraad(this.redis, this.config.redisKeyPrefix, { gemeente: query.gemeente, status: query.status, door: query.door });
    response.json({ gemeente: query.gemeente, aantal: zaken.length, zaken });
  }
}
