import { Body, Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { bibobDecider, bibobStreamId } from '@handhaving/domain-bibob';
import type { EventStore } from '@handhaving/event-store';
import { PersonalDataVault, type Tombstone } from '@handhaving/personal-data';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { AuditLog } from '../../platform/audit/audit-log';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { ClockToken, vandaag, type Clock } from '../../platform/clock/clock';
import { commandHeaders } from '../../platform/commands/command-http';
import { CommandPipeline } from '../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../platform/event-store/event-store.module';
import { toetsOnderwerp } from '../inhoud/toets-inhoud';
import { leesToets } from '../toets/toets-stroom';
import { Weglaatbaar } from '../../platform/validation/weglaatbaar';

export class VernietigInhoudRequest {
  @ApiProperty({ enum: ['bewaartermijn-verstreken'], example: 'bewaartermijn-verstreken' })
  @IsIn(['bewaartermijn-verstreken'], { message: 'reden moet bewaartermijn-verstreken zijn' })
  reden!: 'bewaartermijn-verstreken';

  @ApiPropertyOptional({ example: 'Selectielijst: vernietigen na afloop bewaartermijn, lijst 2026/3', description: 'Zonder inhoud van de toets' })
  @Weglaatbaar()
  @IsString()
  @MaxLength(500, { message: 'toelichting mag hoogstens 500 tekens hebben' })
  toelichting?: string;
}

/**
 * After the retention term the toets's key is destroyed (crypto-shredding, as for a betrokkene):
 * every content of the toets reads as "vernietigd na bewaartermijn" from then on, while its
 * events, its state and every figure built on them stay. Destroying again keeps the first.
 */
@ApiTags('bibob')
@ApiBearerAuth()
@Controller('bibob/zaken')
export class VernietigInhoudController {
  constructor(
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
    @Inject(ClockToken) private readonly clock: Clock,
    private readonly audit: AuditLog,
    private readonly pipeline: CommandPipeline,
  ) {}

  @Post(':zaakId/vernietig-inhoud')
  @HttpCode(200)
  @Roles('beheer')
  @ApiOperation({
    summary: 'Vernietig de vertrouwelijke inhoud van een afgeronde toets na de bewaartermijn (de sleutel van de toets)',
    description: 'Kan pas als de toets is afgesloten, of besloten zonder lopend bezwaar of beroep. De stand, de termijnen en de cijfers blijven.',
  })
  async vernietig(
    @Param('zaakId') zaakId: string,
    @Body() body: VernietigInhoudRequest,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ): Promise<object> {
    const { gemeente } = await leesToets(this.store, zaakId, principal);
    const headers = commandHeaders(request);
    const vandaagHier = vandaag(this.clock);
    let grafsteen: Tombstone | undefined;
    // The decider judges whether the contents may go (vernietig-inhoud.ts); the key is destroyed
    // before the fact is recorded, so the record never claims what did not happen.
    const outcome = await this.pipeline.execute(bibobDecider, {
      streamId: bibobStreamId(zaakId),
      command: { type: 'VernietigInhoud', zaakId, reden: body.reden, datum: vandaagHier, door: principal.userId, vandaag: vandaagHier },
      principal,
      ...headers,
      streamMustExist: true,
      beforeAppend: async () => {
        grafsteen = await this.vault.erase(toetsOnderwerp(zaakId), body.reden);
      },
    });
    // Destroyed before (nothing appended now): the key store still knows when, and erasing again keeps that.
    grafsteen ??= await this.vault.erase(toetsOnderwerp(zaakId), body.reden);
    this.audit.vertrouwelijkeInhoudVernietigd(principal, `bibob/zaken/${zaakId}`, gemeente, body.reden);
    return { zaakId, status: 'vernietigd na bewaartermijn', vernietigdOp: grafsteen.erasedAt.toISOString(), reden: grafsteen.reason, position: outcome.position };
  }
}
