import { ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import type { GesteldeTermijn } from '@handhaving/domain-awb';
import type { Zienswijzeduur } from '@handhaving/policy';
import { VerzendVoornemenRequest } from '../platform/zaakstappen/awb-stap.requests.dto';
import { Weglaatbaar } from '../platform/validation/weglaatbaar';

/** The voornemen of a permit or traject: its zienswijzetermijn follows the gemeente's policy unless the letter sets one. */
@ApiSchema({ name: 'KamerverhuurVerzendVoornemenRequest' })
export class KamerverhuurVerzendVoornemenRequest extends VerzendVoornemenRequest {
  @ApiPropertyOptional({
    example: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true },
    description: '{ lengte, verlengAlsAtw } of { einde }; zonder: de zienswijzetermijn voor kamerverhuur uit het beleid van de gemeente op de verzenddatum',
  })
  @Weglaatbaar()
  @IsObject({ message: 'zienswijzetermijn moet een object zijn' })
  declare zienswijzetermijn: GesteldeTermijn<Zienswijzeduur>;
}
