import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../platform/auth/gemeente-toegang';
import { ApiIdempotencyKey, commandHeaders, sendOutcome } from '../../platform/commands/command-http';
import type { CommandOutcome } from '../../platform/commands/command-pipeline';
import { StelBeleidVastCommand } from './stel-beleid-vast/stel-beleid-vast.command';
import { StelBeleidVastRequest } from './stel-beleid-vast/stel-beleid-vast.request.dto';
import { TrekBeleidVersieInCommand } from './trek-beleid-versie-in/trek-beleid-versie-in.command';
import { TrekBeleidVersieInRequest } from './trek-beleid-versie-in/trek-beleid-versie-in.request.dto';

@ApiTags('beleid')
@ApiBearerAuth()
@ApiIdempotencyKey()
@ApiHeader({ name: 'If-Match', required: false, description: 'De ETag die u las; een andere versie geeft 412' })
@Controller('beleid/:gemeente/versies')
export class BeleidCommandsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @Roles('beheer')
  @ApiOperation({ summary: 'Stel een beleidsversie vast (vanaf een ingangsdatum)', description: 'Een versie met dezelfde ingangsdatum vervangt de vorige; de geschiedenis blijft.' })
  async stelVast(
    @Param('gemeente') gemeente: string,
    @Body() body: StelBeleidVastRequest,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    assertGemeenteToegang(principal, gemeente);
    const outcome = await this.commandBus.execute<StelBeleidVastCommand, CommandOutcome>(
      new StelBeleidVastCommand(gemeente, body, principal, commandHeaders(request)),
    );
    sendOutcome(response, outcome, true, `/api/beleid/${gemeente}/versies`);
  }

  @Post(':ingangsdatum/intrekken')
  @HttpCode(200)
  @Roles('beheer')
  @ApiOperation({ summary: 'Trek een beleidsversie in', description: 'Feiten uit haar periode vallen terug op de versie ervoor.' })
  async trekIn(
    @Param('gemeente') gemeente: string,
    @Param('ingangsdatum') ingangsdatum: string,
    @Body() body: TrekBeleidVersieInRequest,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    assertGemeenteToegang(principal, gemeente);
    const outcome = await this.commandBus.execute<TrekBeleidVersieInCommand, CommandOutcome>(
      new TrekBeleidVersieInCommand(gemeente, ingangsdatum, body, principal, commandHeaders(request)),
    );
    sendOutcome(response, outcome, false);
  }
}
