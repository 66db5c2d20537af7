import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsKalenderdatum } from '../../../platform/validation/is-kalenderdatum';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

export class BeleidOpDatumRequest {
  @ApiPropertyOptional({ example: '2020-03-02', description: 'De datum van de feiten; vandaag als u niets opgeeft' })
  @Weglaatbaar()
  @IsKalenderdatum('op')
  op?: string;

  @ApiPropertyOptional({ example: '2020-12-31', description: 'Alleen wat op die dag was vastgelegd: het beleid zoals het toen bekend was' })
  @Weglaatbaar()
  @IsKalenderdatum('bekendOp')
  bekendOp?: string;
}
