import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PandVraagRequest } from '../../../panden/pand-vraag.request.dto';

const datum = /^\d{4}-\d{2}-\d{2}$/;

/** Was there an earlier find in this pand within the recidive window, on the date of a new one? */
export class RecidiveRequest extends PandVraagRequest {
  @ApiProperty({ example: '2021-06-01', description: 'De constateringsdatum van de (nieuwe) vondst' })
  @Matches(datum, { message: 'datum moet de vorm JJJJ-MM-DD hebben' })
  datum!: string;

  @ApiPropertyOptional({ example: '2020-12-31', description: 'Zoals het op die dag bekend was' })
  @IsOptional()
  @Matches(datum, { message: 'bekendOp moet de vorm JJJJ-MM-DD hebben' })
  bekendOp?: string;
}
