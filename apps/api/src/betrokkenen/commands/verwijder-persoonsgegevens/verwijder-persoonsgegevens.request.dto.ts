import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import type { RedenVerwijdering } from '@handhaving/domain-betrokkenen';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

export class VerwijderPersoonsgegevensRequest {
  @ApiProperty({
    enum: ['avg-artikel-17', 'bewaartermijn-verstreken'],
    example: 'avg-artikel-17',
    description: 'Een toegewezen verzoek om verwijdering (AVG art. 17) of het einde van de bewaartermijn',
  })
  @IsIn(['avg-artikel-17', 'bewaartermijn-verstreken'], { message: 'reden moet avg-artikel-17 of bewaartermijn-verstreken zijn' })
  reden!: RedenVerwijdering;

  @ApiPropertyOptional({ example: 'Verzoek van 2024-04-12, toegewezen bij besluit 2024/117', description: 'Zonder persoonsgegevens' })
  @Weglaatbaar()
  @IsString()
  @MaxLength(500, { message: 'toelichting mag hoogstens 500 tekens hebben' })
  toelichting?: string;
}
