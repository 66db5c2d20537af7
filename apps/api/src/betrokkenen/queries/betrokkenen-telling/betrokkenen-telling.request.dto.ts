import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { IsJaartal } from '../../../platform/validation/is-jaartal';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

export class BetrokkenenTellingRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiProperty({ example: 2026 })
  @IsJaartal()
  jaar!: number;

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie uit een eerder antwoord verwerkt is' })
  @Weglaatbaar()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}
