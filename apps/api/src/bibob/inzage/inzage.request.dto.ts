import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsString, Length, Matches } from 'class-validator';
import { IsKalenderdatum } from '../../platform/validation/is-kalenderdatum';
import { Weglaatbaar } from '../../platform/validation/weglaatbaar';

export class InzageRequest {
  @ApiProperty({ example: 'Voorbereiding zienswijzegesprek met de aanvrager', description: 'Waarom u de inhoud leest; wordt met uw naam en het tijdstip vastgelegd (art. 28 Wet Bibob)' })
  @IsDefined({ message: 'reden is verplicht: zeg waarom u de inhoud van de toets leest' })
  @IsString({ message: 'reden moet een tekst zijn' })
  @Length(5, 500, { message: 'reden moet 5 tot 500 tekens hebben' })
  reden!: string;
}


export class InzagelogRequest {
  @ApiProperty({ example: 'GM0928' })
  @IsDefined({ message: 'gemeente is verplicht' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'Vanaf deze dag (inclusief)' })
  @Weglaatbaar()
  @IsKalenderdatum('van')
  van?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Tot en met deze dag' })
  @Weglaatbaar()
  @IsKalenderdatum('tot')
  tot?: string;
}
