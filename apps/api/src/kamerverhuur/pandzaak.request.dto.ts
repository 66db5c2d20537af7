import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsUUID, IsOptional, Matches, ValidateNested } from 'class-validator';
import { PandRequest } from '../panden/pand.request.dto';
import { ZaakstapRequest } from '../platform/zaakstappen/awb-stap.requests.dto';

/** The first step of a case about a pand in the register (an aanvraag, a constatering): which case, which gemeente, which pand. */
export class PandzaakRequest extends ZaakstapRequest {
  @ApiPropertyOptional({ example: '6f1c2a9e-3b7d-4e8f-9a0b-1c2d3e4f5a6b', description: 'Eigen zaak-id (UUID), bijvoorbeeld bij een import; zonder: de API kiest er een' })
  @IsOptional()
  @IsUUID('all', { message: 'zaakId moet een UUID zijn' })
  zaakId?: string;

  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiProperty({ type: PandRequest, description: 'Het pand; het moet in het kamerverhuurregister van de gemeente staan' })
  @IsDefined({ message: 'pand is verplicht' })
  @ValidateNested()
  @Type(() => PandRequest)
  pand!: PandRequest;
}
