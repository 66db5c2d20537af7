import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { BIBOB_WERKVOORRAAD_PROJECTIE, bibobWerkvoorraad, OPEN_TOETS_STATUSSEN, type OpenToetsStatus } from '@handhaving/read-models';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, Matches, MaxLength } from 'class-validator';
import type { Response } from 'express';
import type Redis from 'ioredis';
import type { ApiConfig } from '../../../config/api-config';
import { ApiConfigToken } from '../../../config/api-config.provider';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../../platform/auth/gemeente-toegang';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { ReadYourWrites } from '../../../platform/projections/read-your-writes';
import { RedisToken } from '../../../platform/redis/redis.module';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

export class BibobWerkvoorraadRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiPropertyOptional({ example: 'advies-gevraagd,gereed-voor-besluit', description: `Alleen toetsen in deze toestanden, met komma's: ${OPEN_TOETS_STATUSSEN.join(', ')}` })
  @Weglaatbaar()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((status) => status.trim()) : value))
  @ArrayMaxSize(OPEN_TOETS_STATUSSEN.length, { message: `status noemt ten hoogste ${OPEN_TOETS_STATUSSEN.length} statussen, elk één keer` })
  @IsIn(OPEN_TOETS_STATUSSEN, { each: true, message: `status moet een of meer zijn van: ${OPEN_TOETS_STATUSSEN.join(', ')}` })
  status?: OpenToetsStatus[];

  @ApiPropertyOptional({ example: 'bibob-coordinator-1', description: 'Alleen toetsen waarvan deze medewerker de laatste stap vastlegde' })
  @Weglaatbaar()
  @MaxLength(200, { message: 'door mag hoogstens 200 tekens zijn' })
  door?: string;

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie verwerkt is' })
  @Weglaatbaar()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}

/**
 * The Bibob werkvoorraad: the gemeente's open toetsen, their state, the steps that may follow and
 * the date waited for, the longest waiting first. No content (art. 28 Wet Bibob), and for the
 * Bibob role only: a besloten toets whose bezwaartermijn or beroepstermijn passed today is done.
 */
@ApiTags('bibob')
@ApiBearerAuth()
@Controller('bibob/zaken')
export class BibobWerkvoorraadController {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    @Inject(ClockToken) private readonly clock: Clock,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('bibob')
  @ApiOperation({ summary: 'Werkvoorraad: de open Bibob-toetsen van een gemeente met hun volgende stap' })
  async werkvoorraad(@Query() query: BibobWerkvoorraadRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    await this.readYourWrites.waitFor(query.na, [BIBOB_WERKVOORRAAD_PROJECTIE], response);
    const toetsen = await bibobWerkvoorraad(this.redis, this.config.redisKeyPrefix, { gemeente: query.gemeente, status: query.status, door: query.door, peildatum: vandaag(this.clock) });
    response.json({ gemeente: query.gemeente, aantal: toetsen.length, toetsen });
  }
}
