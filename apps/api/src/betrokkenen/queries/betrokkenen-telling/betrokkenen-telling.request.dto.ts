import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class BetrokkenenTellingRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt({ message: 'jaar moet een jaartal zijn' })
  @Min(1990, { message: 'jaar moet 1990 of later zijn' })
  @Max(2200, { message: 'jaar moet vóór 2200 liggen' })
  jaar!: number;

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie uit een eerder antwoord verwerkt is' })
  @IsOptional()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}
