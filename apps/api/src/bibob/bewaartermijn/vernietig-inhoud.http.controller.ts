import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { BibobState } from '@handhaving/domain-bibob';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import type { EventStore } from '@handhaving/event-store';
import { PersonalDataVault } from '@handhaving/personal-data';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { AuditLog } from '../../platform/audit/audit-log';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { ClockToken, vandaag, type Clock } from '../../platform/clock/clock';
import { EventStoreToken } from '../../platform/event-store/event-store.module';
import { toetsOnderwerp } from '../inhoud/toets-inhoud';
import { leesToets } from '../toets/toets-stroom';

export class VernietigInhoudRequest {
  @ApiProperty({ enum: ['bewaartermijn-verstreken'], example: 'bewaartermijn-verstreken' })
  @IsIn(['bewaartermijn-verstreken'], { message: 'reden moet bewaartermijn-verstreken zijn' })
  reden!: 'bewaartermijn-verstreken';

  @ApiPropertyOptional({ example: 'Selectielijst: vernietigen na afloop bewaartermijn, lijst 2026/3', description: 'Zonder inhoud van de toets' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'toelichting mag hoogstens 500 tekens hebben' })
  toelichting?: string;
}

/** Why the contents may not go yet: the toets runs, or its besluit can still be contested or is contested. */
function nogNodig(toestand: BibobState, vandaagHier: string): string | undefined {
  if (toestand.status === 'afgesloten') return undefined;
  if (toestand.status !== 'besloten') return 'De toets loopt nog: de inhoud is nodig tot het besluit of de afsluiting';
  if (vandaagHier <= toestand.besluit.bezwaartermijnEinde) return `De bezwaartermijn loopt tot en met ${toestand.besluit.bezwaartermijnEinde}`;
  const { bezwaar, beslissingOpBezwaar, beroep } = toestand.rechtsbescherming;
  if (bezwaar !== undefined && beslissingOpBezwaar === undefined) return 'Op het bezwaar is nog niet beslist';
  if (beslissingOpBezwaar !== undefined && beroep === undefined && vandaagHier <= beslissingOpBezwaar.beroepstermijnEinde) return `De beroepstermijn loopt tot en met ${beslissingOpBezwaar.beroepstermijnEinde}`;
  if (beroep !== undefined && beroep.uitspraak === undefined) return 'Het beroep loopt nog';
  return undefined;
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
  ) {}

  @Post(':zaakId/vernietig-inhoud')
  @HttpCode(200)
  @Roles('beheer')
  @ApiOperation({
    summary: 'Vernietig de vertrouwelijke inhoud van een afgeronde toets na de bewaartermijn (de sleutel van de toets)',
    description: 'Kan pas als de toets is afgesloten, of besloten zonder lopend bezwaar of beroep. De stand, de termijnen en de cijfers blijven.',
  })
  async vernietig(@Param('zaakId') zaakId: string, @Body() body: VernietigInhoudRequest, @CurrentPrincipal() principal: Principal): Promise<object> {
    const { gemeente, toestand } = await leesToets(this.store, zaakId, principal);
    const bezwaar = nogNodig(toestand, vandaag(this.clock));
    if (bezwaar !== undefined) throw new DomainRuleViolation('bibob/bewaartermijn-niet-verstreken', `${bezwaar}; de inhoud kan nog niet worden vernietigd`);
    const grafsteen = await this.vault.erase(toetsOnderwerp(zaakId), body.reden);
    this.audit.vertrouwelijkeInhoudVernietigd(principal, `bibob/zaken/${zaakId}`, gemeente, body.reden);
    return { zaakId, status: 'vernietigd na bewaartermijn', vernietigdOp: grafsteen.erasedAt.toISOString(), reden: grafsteen.reason };
  }
}
