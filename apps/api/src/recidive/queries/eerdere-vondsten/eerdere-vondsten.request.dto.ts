import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { PandVraagRequest } from '../../../panden/pand-vraag.request.dto';
import { IsKalenderdatum } from '../../../platform/validation/is-kalenderdatum';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';


/** Which earlier finds, in any context, count for a new find in this pand (and of this betrokkene) on this date? */
export class EerdereVondstenRequest extends PandVraagRequest {
  @ApiProperty({ example: '2021-06-01', description: 'De datum van de (nieuwe) vondst: het beleid van kracht op die dag telt' })
  @IsKalenderdatum('datum')
  datum!: string;

  @ApiPropertyOptional({ example: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', description: 'Ook de vondsten die deze betrokkene noemen, in elk pand, waar het beleid dat zegt' })
  @Weglaatbaar()
  @Matches(/^[A-Za-z0-9-]{1,100}$/, { message: 'betrokkeneId moet een betrokkene-id zijn (letters, cijfers en streepjes)' })
  betrokkeneId?: string;

  @ApiPropertyOptional({ example: '2020-12-31', description: 'Zoals het op die dag bekend was (vondsten, uitkomsten, koppelingen en beleid)' })
  @Weglaatbaar()
  @IsKalenderdatum('bekendOp')
  bekendOp?: string;

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie verwerkt is' })
  @Weglaatbaar()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}
