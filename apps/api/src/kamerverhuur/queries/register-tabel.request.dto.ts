import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, Matches } from 'class-validator';
import { IsKalenderdatum } from '../../platform/validation/is-kalenderdatum';
import { Weglaatbaar } from '../../platform/validation/weglaatbaar';

export class RegisterTabelRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiProperty({ example: '2019-01-01,2020-01-01,2020-06-01,2021-01-01', description: 'De datums van de kolommen, gescheiden door komma’s (ten hoogste 24)' })
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((datum) => datum.trim()) : value))
  @IsArray({ message: 'op moet een of meer datums JJJJ-MM-DD zijn, gescheiden door komma’s' })
  @ArrayMinSize(1, { message: 'op moet ten minste één datum hebben' })
  @ArrayMaxSize(24, { message: 'op heeft ten hoogste 24 datums' })
  @IsKalenderdatum('op', { each: true })
  op!: string[];

  @ApiPropertyOptional({ example: '2020-08-31', description: 'Het register zoals het op die dag bekend was (vóór een latere correctie); zonder: zoals nu bekend' })
  @Weglaatbaar()
  @IsKalenderdatum('bekendOp')
  bekendOp?: string;

  @ApiPropertyOptional({ example: '2020-01-01', description: 'Tel per datum de panden die vanaf deze dag zijn afgevoerd' })
  @Weglaatbaar()
  @IsKalenderdatum('afgevoerdSinds')
  afgevoerdSinds?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], example: 'json' })
  @Weglaatbaar()
  @IsIn(['json', 'csv'], { message: 'formaat moet json of csv zijn' })
  formaat?: 'json' | 'csv';

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie verwerkt is' })
  @Weglaatbaar()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}
