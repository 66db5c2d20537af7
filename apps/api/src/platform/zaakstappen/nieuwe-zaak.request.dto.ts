import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';
import { ZaakstapRequest } from './awb-stap.requests.dto';
import { Weglaatbaar } from '../validation/weglaatbaar';

/** The first step of a case: which case (the caller's own uuid, e.g. in an import, or one the API chooses) in which gemeente. */
export class NieuweZaakRequest extends ZaakstapRequest {
  @ApiPropertyOptional({ example: '6f1c2a9e-3b7d-4e8f-9a0b-1c2d3e4f5a6b', description: 'Eigen zaak-id (UUID), bijvoorbeeld bij een import; zonder: de API kiest er een' })
  @Weglaatbaar()
  @IsUUID('all', { message: 'zaakId moet een UUID zijn' })
  zaakId?: string;

  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;
}
