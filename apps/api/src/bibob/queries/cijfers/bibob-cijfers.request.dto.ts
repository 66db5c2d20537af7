import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

const datum = /^\d{4}-\d{2}-\d{2}$/;

export class BibobCijfersRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiPropertyOptional({ example: 2021, description: 'Een kalenderjaar; of geef van en tot' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'jaar moet een jaartal zijn' })
  @Min(1990, { message: 'jaar moet 1990 of later zijn' })
  @Max(2200, { message: 'jaar moet vóór 2200 liggen' })
  jaar?: number;

  @ApiPropertyOptional({ example: '2021-01-01' })
  @IsOptional()
  @Matches(datum, { message: 'van moet de vorm JJJJ-MM-DD hebben' })
  van?: string;

  @ApiPropertyOptional({ example: '2021-12-31' })
  @IsOptional()
  @Matches(datum, { message: 'tot moet de vorm JJJJ-MM-DD hebben' })
  tot?: string;

  @ApiPropertyOptional({ example: '2022-01-15', description: 'De cijfers zoals ze op die dag bekend waren; zonder: zoals nu bekend.' })
  @IsOptional()
  @Matches(datum, { message: 'bekendOp moet de vorm JJJJ-MM-DD hebben' })
  bekendOp?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], example: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'formaat moet json of csv zijn' })
  formaat?: 'json' | 'csv';

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie verwerkt is' })
  @IsOptional()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}
