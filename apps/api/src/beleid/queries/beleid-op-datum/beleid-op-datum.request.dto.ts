import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class BeleidOpDatumRequest {
  @ApiPropertyOptional({ example: '2020-03-02', description: 'De datum van de feiten; vandaag als u niets opgeeft' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'op moet de vorm JJJJ-MM-DD hebben' })
  op?: string;

  @ApiPropertyOptional({ example: '2020-12-31', description: 'Alleen wat op die dag was vastgelegd: het beleid zoals het toen bekend was' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'bekendOp moet de vorm JJJJ-MM-DD hebben' })
  bekendOp?: string;
}
