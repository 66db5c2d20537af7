import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { beleidOp, beleidDecider, type BeleidOpDatum, type BeleidVersie } from '@handhaving/policy';
import { fold } from '@handhaving/domain-shared';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../platform/auth/gemeente-toegang';
import { ClockToken, vandaag, type Clock } from '../../platform/clock/clock';
import { etagOf } from '../../platform/commands/command-http';
import { NotFound } from '../../platform/problem-details/api-errors';
import { BeleidOpDatumRequest } from './beleid-op-datum/beleid-op-datum.request.dto';
import { BeleidStream } from './beleid-stream';

const iedereen = ['juridisch-medewerker', 'toezichthouder', 'bibob', 'oov-analist', 'beheer'] as const;

@ApiTags('beleid')
@ApiBearerAuth()
@Controller('beleid/:gemeente')
export class BeleidQueriesController {
  constructor(
    private readonly stream: BeleidStream,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...iedereen)
  @ApiOperation({ summary: 'Het beleid dat van kracht is op een datum', description: 'Zaken leggen de versie vast waarnaar zij zijn beoordeeld.' })
  async opDatum(
    @Param('gemeente') gemeente: string,
    @Query() query: BeleidOpDatumRequest,
    @CurrentPrincipal() principal: Principal,
    @Res() response: Response,
  ): Promise<void> {
    assertGemeenteToegang(principal, gemeente);
    const { events, revision } = await this.stream.events(gemeente, query.bekendOp);
    const result: BeleidOpDatum = beleidOp(events, query.op ?? vandaag(this.clock));
    response.setHeader('ETag', etagOf(revision));
    if (result.status === 'geen-beleid') throw new NotFound(result.reden);
    response.json(result);
  }

  @Get('versies')
  @Roles(...iedereen)
  @ApiOperation({ summary: 'Alle versies van het beleid, ook vervangen en ingetrokken versies' })
  async versies(
    @Param('gemeente') gemeente: string,
    @Query() query: BeleidOpDatumRequest,
    @CurrentPrincipal() principal: Principal,
    @Res() response: Response,
  ): Promise<void> {
    assertGemeenteToegang(principal, gemeente);
    const { events, revision } = await this.stream.events(gemeente, query.bekendOp);
    const state = fold(beleidDecider, events);
    const versies: readonly BeleidVersie[] = state.status === 'vastgesteld' ? state.versies : [];
    response.setHeader('ETag', etagOf(revision));
    response.json({ gemeente, versies });
  }
}
