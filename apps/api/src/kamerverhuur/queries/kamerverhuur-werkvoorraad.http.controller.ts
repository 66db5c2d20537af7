import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { TRAJECTSOORTEN, type Trajectsoort } from '@handhaving/domain-kamerverhuur';
import { KAMERVERHUUR_WERKVOORRAAD_PROJECTIE, kamerverhuurWerkvoorraad, OPEN_TRAJECT_STATUSSEN, type OpenTrajectStatus } from '@handhaving/read-models';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, Matches, MaxLength } from 'class-validator';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../platform/auth/gemeente-toegang';
import { ReadYourWrites } from '../../platform/projections/read-your-writes';
import { RedisToken } from '../../platform/redis/redis.module';
import { Weglaatbaar } from '../../platform/validation/weglaatbaar';

export class KamerverhuurWerkvoorraadRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiPropertyOptional({ enum: TRAJECTSOORTEN })
  @Weglaatbaar()
  @IsIn([...TRAJECTSOORTEN], { message: `soort moet ${TRAJECTSOORTEN.join(' of ')} zijn` })
  soort?: Trajectsoort;

  @ApiPropertyOptional({ example: 'voornemen-verzonden,last-opgelegd', description: `Alleen trajecten in deze toestanden, met komma's: ${OPEN_TRAJECT_STATUSSEN.join(', ')}` })
  @Weglaatbaar()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((status) => status.trim()) : value))
  @ArrayMaxSize(OPEN_TRAJECT_STATUSSEN.length, { message: `status noemt ten hoogste ${OPEN_TRAJECT_STATUSSEN.length} statussen, elk één keer` })
  @IsIn(OPEN_TRAJECT_STATUSSEN, { each: true, message: `status moet een of meer zijn van: ${OPEN_TRAJECT_STATUSSEN.join(', ')}` })
  status?: OpenTrajectStatus[];

  @ApiPropertyOptional({ example: 'mw-1', description: 'Alleen zaken waarvan deze medewerker de laatste stap vastlegde' })
  @Weglaatbaar()
  @MaxLength(200, { message: 'door mag hoogstens 200 tekens zijn' })
  door?: string;

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie verwerkt is' })
  @Weglaatbaar()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}

/** The medewerker's work list: open trajecten with their next step and its date, open aanvragen with their beslistermijn. */
@ApiTags('kamerverhuur')
@ApiBearerAuth()
@Controller('kamerverhuur/werkvoorraad')
export class KamerverhuurWerkvoorraadController {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('juridisch-medewerker', 'beheer')
  @ApiOperation({ summary: 'Open handhavingstrajecten met hun volgende stap, en aanvragen met hun beslistermijn' })
  async werkvoorraad(@Query() query: KamerverhuurWerkvoorraadRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    await this.readYourWrites.waitFor(query.na, [KAMERVERHUUR_WERKVOORRAAD_PROJECTIE], response);
    response.json(await kamerverhuurWerkvoorraad(this.redis, this.config.redisKeyPrefix, { gemeente: query.gemeente, soort: query.soort, status: query.status, door: query.door }));
  }
}
