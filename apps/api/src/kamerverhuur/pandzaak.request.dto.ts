import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, ValidateNested } from 'class-validator';
import { PandRequest } from '../panden/pand.request.dto';
import { NieuweZaakRequest } from '../platform/zaakstappen/nieuwe-zaak.request.dto';

/** The first step of a case about a pand in the register (an aanvraag, a constatering): which case, which gemeente, which pand. */
export class PandzaakRequest extends NieuweZaakRequest {
  @ApiProperty({ type: PandRequest, description: 'Het pand; het moet in het kamerverhuurregister van de gemeente staan' })
  @IsDefined({ message: 'pand is verplicht' })
  @ValidateNested()
  @Type(() => PandRequest)
  pand!: PandRequest;
}
