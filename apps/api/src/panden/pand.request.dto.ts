import { ApiPropertyOptional } from '@nestjs/swagger';
import type { Pand, PandInvoer } from '@handhaving/domain-shared';
import { IsInt, IsString, Matches, Min, ValidateIf } from 'class-validator';
import { Weglaatbaar } from '../platform/validation/weglaatbaar';

/** A pand as a request names it: its BAG id, or its address (the shared pand identity, @handhaving/domain-shared). */
export class PandRequest {
  @ApiPropertyOptional({ example: '0928010000012345', description: 'BAG adresseerbaar-object-id (16 cijfers); anders het adres' })
  @Weglaatbaar()
  @Matches(/^\d{16}$/, { message: 'adresseerbaarObjectId moet 16 cijfers zijn' })
  adresseerbaarObjectId?: string;

  @ApiPropertyOptional({ example: '6461 AB' })
  @ValidateIf((pand: PandRequest) => pand.adresseerbaarObjectId === undefined)
  @IsString({ message: 'postcode is verplicht zonder BAG-id' })
  postcode?: string;

  @ApiPropertyOptional({ example: 12 })
  @ValidateIf((pand: PandRequest) => pand.adresseerbaarObjectId === undefined)
  @IsInt({ message: 'huisnummer moet een geheel getal zijn' })
  @Min(1, { message: 'huisnummer moet 1 of hoger zijn' })
  huisnummer?: number;

  @ApiPropertyOptional({ example: 'A' })
  @Weglaatbaar()
  @IsString()
  huisletter?: string;

  @ApiPropertyOptional({ example: '2' })
  @Weglaatbaar()
  @IsString()
  huisnummertoevoeging?: string;
}

/** The pand as the domain reads it: the BAG id when given, else the address (validated there); from a body or a query string. */
export function pandInvoer(pand: Pick<PandRequest, 'adresseerbaarObjectId' | 'postcode' | 'huisnummer' | 'huisletter' | 'huisnummertoevoeging'>): PandInvoer {
  return pand.adresseerbaarObjectId !== undefined
    ? { adresseerbaarObjectId: pand.adresseerbaarObjectId }
    : { postcode: pand.postcode ?? '', huisnummer: pand.huisnummer ?? 0, huisletter: pand.huisletter, huisnummertoevoeging: pand.huisnummertoevoeging };
}

/** A pand in the fields of a request: what an answer gives where a client is to send the pand on (a rank, a prepared case). */
export type PandVelden = Pick<PandRequest, 'adresseerbaarObjectId' | 'postcode' | 'huisnummer' | 'huisletter' | 'huisnummertoevoeging'>;

export function pandVelden(pand: Pand): PandVelden {
  const { soort: _soort, ...velden } = pand;
  return velden;
}
