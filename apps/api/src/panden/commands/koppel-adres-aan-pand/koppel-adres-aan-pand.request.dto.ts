import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsString, Matches } from 'class-validator';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

/** The address to link; normalised and checked by the domain (`leesPand`), which names the field that is wrong. */
export class KoppelAdresAanPandRequest {
  @ApiProperty({ example: 'GM0928', description: 'CBS gemeentecode van de gemeente die de koppeling vastlegt' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiProperty({ example: '6461 AB' })
  @IsString({ message: 'postcode moet tekst zijn, bijvoorbeeld 6461 AB' })
  postcode!: string;

  @ApiProperty({ example: 12, description: 'Alleen het nummer; een letter of toevoeging apart' })
  @IsDefined({ message: 'huisnummer is verplicht' })
  huisnummer!: number | string;

  @ApiPropertyOptional({ example: 'A', description: '"A", " a" en "-a" zijn dezelfde huisletter' })
  @Weglaatbaar()
  @IsString({ message: 'huisletter moet tekst zijn' })
  huisletter?: string;

  @ApiPropertyOptional({ example: '2', description: 'Een losse letter als toevoeging geldt als huisletter (1-a is 1A)' })
  @Weglaatbaar()
  @IsString({ message: 'huisnummertoevoeging moet tekst zijn' })
  huisnummertoevoeging?: string;
}
