import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, Length, Matches, Validate, type ValidatorConstraintInterface, ValidatorConstraint } from 'class-validator';
import type { SoortBetrokkene } from '@handhaving/domain-betrokkenen';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

/** The Dutch BSN "elfproef": 9 digits whose weighted sum (9…2, and −1 for the last) is divisible by 11. */
@ValidatorConstraint({ name: 'elfproef' })
export class Elfproef implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || !/^\d{9}$/.test(value)) return false;
    const digits = [...value].map(Number);
    const sum = digits.slice(0, 8).reduce((total, digit, index) => total + digit * (9 - index), 0) - digits[8];
    return sum % 11 === 0;
  }

  defaultMessage(): string {
    return 'bsn moet 9 cijfers zijn en voldoen aan de elfproef';
  }
}

export class RegistreerBetrokkeneRequest {
  @ApiProperty({ example: 'GM0928', description: 'CBS gemeentecode van de gemeente die de betrokkene registreert' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiProperty({ enum: ['persoon', 'bedrijf'], example: 'persoon' })
  @IsIn(['persoon', 'bedrijf'], { message: 'soort moet persoon of bedrijf zijn' })
  soort!: SoortBetrokkene;

  @ApiProperty({ example: 'J. de Vries', description: 'Wordt versleuteld opgeslagen' })
  @IsString()
  @Length(1, 200, { message: 'naam moet 1 tot 200 tekens hebben' })
  naam!: string;

  @ApiPropertyOptional({ example: '111222333', description: 'Burgerservicenummer; wordt versleuteld opgeslagen' })
  @Weglaatbaar()
  @Validate(Elfproef)
  bsn?: string;

  @ApiPropertyOptional({ example: '1980-05-17' })
  @Weglaatbaar()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'geboortedatum moet de vorm JJJJ-MM-DD hebben' })
  geboortedatum?: string;

  @ApiPropertyOptional({ example: 'j.devries@example.nl' })
  @Weglaatbaar()
  @IsEmail({}, { message: 'email moet een geldig e-mailadres zijn' })
  email?: string;

  @ApiPropertyOptional({ example: '0455678901' })
  @Weglaatbaar()
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'telefoon moet een telefoonnummer zijn' })
  telefoon?: string;

  @ApiPropertyOptional({ example: '12345678', description: 'KvK-nummer van een bedrijf' })
  @Weglaatbaar()
  @Matches(/^\d{8}$/, { message: 'kvkNummer moet 8 cijfers zijn' })
  kvkNummer?: string;
}
