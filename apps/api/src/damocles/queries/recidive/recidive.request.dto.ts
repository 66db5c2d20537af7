import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PandVraagRequest } from '../../../panden/pand-vraag.request.dto';
import { IsKalenderdatum } from '../../../platform/validation/is-kalenderdatum';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';


/** Was there an earlier find in this pand within the recidive window, on the date of a new one? */
export class RecidiveRequest extends PandVraagRequest {
  @ApiProperty({ example: '2021-06-01', description: 'De constateringsdatum van de (nieuwe) vondst' })
  @IsKalenderdatum('datum')
  datum!: string;

  @ApiPropertyOptional({ example: '2020-12-31', description: 'Zoals het op die dag bekend was' })
  @Weglaatbaar()
  @IsKalenderdatum('bekendOp')
  bekendOp?: string;
}
