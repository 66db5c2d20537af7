import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsKalenderdatum } from '../../../platform/validation/is-kalenderdatum';

export class BeleidOpDatumRequest {
  @ApiPropertyOptional({ example: '2020-03-02', description: 'De datum van de feiten; vandaag als u niets opgeeft' })
  @IsOptional()
  @IsKalenderdatum('op')
  op?: string;

  @ApiPropertyOptional({ example: '2020-12-31', description: 'Alleen wat op die dag was vastgelegd: het beleid zoals het toen bekend was' })
  @IsOptional()
  @IsKalenderdatum('bekendOp')
  bekendOp?: string;
}
