import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { IsKalenderdatum } from '../../../platform/validation/is-kalenderdatum';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

/** `GET /api/panden/rangorde`: a gemeente's addresses for a control, on a day. */
export class PandRangordeRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiPropertyOptional({ example: '2021-03-01', description: 'De rangorde zoals aan het eind van die dag bekend; zonder: vandaag' })
  @Weglaatbaar()
  @IsKalenderdatum('op')
  op?: string;

  @ApiPropertyOptional({ example: 12, description: 'Meldingen met een meldingsdatum in zoveel maanden vóór op tellen mee (1 tot en met 120); zonder: 12' })
  @Weglaatbaar()
  @Type(() => Number)
  @IsInt({ message: 'maanden moet een geheel getal zijn' })
  @Min(1, { message: 'maanden moet 1 of meer zijn' })
  @Max(120, { message: 'maanden moet 120 of minder zijn' })
  maanden?: number;

  @ApiPropertyOptional({ example: 25, description: 'Hoeveel panden (1 tot en met 500); zonder: 25' })
  @Weglaatbaar()
  @Type(() => Number)
  @IsInt({ message: 'aantal moet een geheel getal zijn' })
  @Min(1, { message: 'aantal moet 1 of meer zijn' })
  @Max(500, { message: 'aantal moet 500 of minder zijn' })
  aantal?: number;

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie verwerkt is' })
  @Weglaatbaar()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}
