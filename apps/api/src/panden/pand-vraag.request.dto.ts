import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Matches } from 'class-validator';
import { PandRequest } from './pand.request.dto';

/** A question about one pand of a gemeente, in the query string: its BAG id, or its address, checked as a body's pand is. */
export class PandVraagRequest extends PandRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  /** A query string brings the huisnummer as text: read as a number, then checked as PandRequest checks it. */
  @ApiPropertyOptional({ example: 12 })
  @Type(() => Number)
  override huisnummer?: number = undefined;
}
