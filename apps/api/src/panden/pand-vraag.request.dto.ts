import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Min, ValidateIf } from 'class-validator';

/** A question about one pand of a gemeente, in the query string: its BAG id, or its address. */
export class PandVraagRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiPropertyOptional({ example: '0928010000012345', description: 'BAG adresseerbaar-object-id (16 cijfers); anders het adres' })
  @IsOptional()
  @Matches(/^\d{16}$/, { message: 'adresseerbaarObjectId moet 16 cijfers zijn' })
  adresseerbaarObjectId?: string;

  @ApiPropertyOptional({ example: '6461AB' })
  @ValidateIf((vraag: PandVraagRequest) => vraag.adresseerbaarObjectId === undefined)
  @IsString({ message: 'postcode is verplicht zonder BAG-id' })
  postcode?: string;

  @ApiPropertyOptional({ example: 12 })
  @ValidateIf((vraag: PandVraagRequest) => vraag.adresseerbaarObjectId === undefined)
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
}
