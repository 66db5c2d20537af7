import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Min, ValidateIf } from 'class-validator';
import { DATUM } from '../../../platform/zaakstappen/awb-stap.requests.dto';

/** `GET /api/panden/dossier`: a pand of a gemeente (its address or BAG id), on a day. */
export class PandDossierRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiPropertyOptional({ example: '0928010000012345', description: 'BAG adresseerbaar-object-id (16 cijfers); anders het adres' })
  @IsOptional()
  @Matches(/^\d{16}$/, { message: 'adresseerbaarObjectId moet 16 cijfers zijn' })
  adresseerbaarObjectId?: string;

  @ApiPropertyOptional({ example: '6461AB' })
  @ValidateIf((vraag: PandDossierRequest) => vraag.adresseerbaarObjectId === undefined)
  @IsString({ message: 'postcode is verplicht zonder BAG-id' })
  postcode?: string;

  @ApiPropertyOptional({ example: 12 })
  @ValidateIf((vraag: PandDossierRequest) => vraag.adresseerbaarObjectId === undefined)
  @Type(() => Number)
  @IsInt({ message: 'huisnummer moet een geheel getal zijn' })
  @Min(1, { message: 'huisnummer moet 1 of hoger zijn' })
  huisnummer?: number;

  @ApiPropertyOptional({ example: 'A' })
  @IsOptional()
  @IsString()
  huisletter?: string;

  @ApiPropertyOptional({ example: '2' })
  @IsOptional()
  @IsString()
  huisnummertoevoeging?: string;

  @ApiPropertyOptional({ example: '2021-03-01', description: 'Het dossier zoals het aan het eind van die dag bekend was (wat tot en met die dag is vastgelegd); zonder: vandaag' })
  @IsOptional()
  @Matches(DATUM, { message: 'op moet de vorm JJJJ-MM-DD hebben' })
  op?: string;

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie verwerkt is' })
  @IsOptional()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}
