import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { LAATSTE_JAAR, VROEGSTE_JAAR } from '@handhaving/termijnen';
import { IsJaartal } from '../platform/validation/is-jaartal';
import { IsKalenderdatum } from '../platform/validation/is-kalenderdatum';
import { Weglaatbaar } from '../platform/validation/weglaatbaar';

export const JAARVERSLAG_FORMATEN = ['html', 'pdf', 'xlsx', 'csv', 'json'] as const;
export type JaarverslagFormaat = (typeof JAARVERSLAG_FORMATEN)[number];

/** Which annual report: a gemeente and a calendar year, as known now or as reported on a day. */
export class JaarverslagRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiProperty({ example: 2020, description: `Het kalenderjaar (${VROEGSTE_JAAR} tot en met ${LAATSTE_JAAR})` })
  @IsJaartal()
  jaar!: number;

  @ApiPropertyOptional({
    example: '2021-01-14',
    description: 'De dag waarop het verslag naar de raad ging: elke cel toont dan ook het cijfer zoals het toen bekend was, waar dat verschilt, met een voetnoot',
  })
  @Weglaatbaar()
  @IsKalenderdatum('bekendOp')
  bekendOp?: string;

  @ApiPropertyOptional({ enum: JAARVERSLAG_FORMATEN, description: 'In plaats van de Accept-header (voor een link in de browser)' })
  @Weglaatbaar()
  @IsIn(JAARVERSLAG_FORMATEN, { message: `formaat moet een van ${JAARVERSLAG_FORMATEN.join(', ')} zijn` })
  formaat?: JaarverslagFormaat;
}
