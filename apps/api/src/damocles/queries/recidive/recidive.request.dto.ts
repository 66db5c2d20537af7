import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Min, ValidateIf } from 'class-validator';

const datum = /^\d{4}-\d{2}-\d{2}$/;

export class RecidiveRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiProperty({ example: '2021-06-01', description: 'De constateringsdatum van de (nieuwe) vondst' })
  @Matches(datum, { message: 'datum moet de vorm JJJJ-MM-DD hebben' })
  datum!: string;

  @ApiPropertyOptional({ example: '0928010000012345' })
  @IsOptional()
  @Matches(/^\d{16}$/, { message: 'adresseerbaarObjectId moet 16 cijfers zijn' })
  adresseerbaarObjectId?: string;

  @ApiPropertyOptional({ example: '6461AB' })
  @ValidateIf((vraag: RecidiveRequest) => vraag.adresseerbaarObjectId === undefined)
  @IsString({ message: 'postcode is verplicht zonder BAG-id' })
  postcode?: string;

  @ApiPropertyOptional({ example: 12 })
  @ValidateIf((vraag: RecidiveRequest) => vraag.adresseerbaarObjectId === undefined)
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

  @ApiPropertyOptional({ example: '2020-12-31', description: 'Zoals het op die dag bekend was' })
  @IsOptional()
  @Matches(datum, { message: 'bekendOp moet de vorm JJJJ-MM-DD hebben' })
  bekendOp?: string;
}
