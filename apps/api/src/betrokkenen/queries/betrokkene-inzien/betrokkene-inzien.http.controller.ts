import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { etagOf } from '../../../platform/commands/command-http';
import { BetrokkeneInzienQuery } from './betrokkene-inzien.query';
import type { BetrokkeneView } from './betrokkene-inzien.handler';

@ApiTags('betrokkenen')
@ApiBearerAuth()
@Controller('betrokkenen')
export class BetrokkeneInzienController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':betrokkeneId')
  @Roles('juridisch-medewerker', 'toezichthouder', 'beheer')
  @ApiOperation({ summary: 'Een betrokkene met persoonsgegevens (wordt in het auditlog vastgelegd)' })
  async inzien(@Param('betrokkeneId') betrokkeneId: string, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    const view = await this.queryBus.execute<BetrokkeneInzienQuery, BetrokkeneView>(new BetrokkeneInzienQuery(betrokkeneId, principal));
    response.setHeader('ETag', etagOf(view.revision));
    response.setHeader('Cache-Control', 'no-store');
    response.json(view);
  }
}
