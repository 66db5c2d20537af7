import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { IsKalenderdatum } from '../../../platform/validation/is-kalenderdatum';
import { PandVraagRequest } from '../../pand-vraag.request.dto';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

/** `GET /api/panden/dossier`: a pand of a gemeente (its address or BAG id), on a day. */
export class PandDossierRequest extends PandVraagRequest {
  @ApiPropertyOptional({ example: '2021-03-01', description: 'Het dossier zoals het aan het eind van die dag bekend was (wat tot en met die dag is vastgelegd); zonder: vandaag' })
  @Weglaatbaar()
  @IsKalenderdatum('op')
  op?: string;

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie verwerkt is' })
  @Weglaatbaar()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}
