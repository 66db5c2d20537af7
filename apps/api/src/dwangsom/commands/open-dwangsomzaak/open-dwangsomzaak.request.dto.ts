import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { GRONDSLAGEN, HERKOMST_CONTEXTEN, THEMAS, type GrondslagSoort, type HerkomstContext, type Thema } from '@handhaving/domain-dwangsom';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

const datum = /^\d{4}-\d{2}-\d{2}$/;

export class GrondslagRequest {
  @ApiProperty({ enum: GRONDSLAGEN, example: 'apv' })
  @IsIn([...GRONDSLAGEN], { message: `grondslag.soort moet ${GRONDSLAGEN.join(', ')} zijn` })
  soort!: GrondslagSoort;

  @ApiPropertyOptional({ example: 'art. 2:74a APV Kerkrade', description: 'Verplicht bij de APV' })
  @Weglaatbaar()
  @IsString()
  @Length(1, 200, { message: 'artikel moet 1 tot 200 tekens hebben' })
  artikel?: string;
}

export class HerkomstRequest {
  @ApiProperty({ enum: HERKOMST_CONTEXTEN, example: 'damocles' })
  @IsIn([...HERKOMST_CONTEXTEN], { message: `herkomst.context moet ${HERKOMST_CONTEXTEN.join(', ')} zijn` })
  context!: HerkomstContext;

  @ApiProperty({ example: '5f0c2a9e-1d3b-4c5a-8e7f-9a0b1c2d3e4f' })
  @IsUUID('all', { message: 'herkomst.zaakId moet een zaak-id (UUID) zijn' })
  zaakId!: string;
}

export class OpenDwangsomzaakRequest {
  @ApiPropertyOptional({ example: '7c1e5b2a-3f4d-4e6a-9b8c-0d1e2f3a4b5c', description: 'Eigen zaak-id (UUID), bijvoorbeeld bij een import; zonder: de API kiest er een' })
  @Weglaatbaar()
  @IsUUID('all', { message: 'zaakId moet een UUID zijn' })
  zaakId?: string;

  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiProperty({ type: GrondslagRequest })
  @ValidateNested()
  @Type(() => GrondslagRequest)
  grondslag!: GrondslagRequest;

  @ApiProperty({ example: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', description: 'De overtreder: een id uit POST /api/betrokkenen' })
  @IsUUID('all', { message: 'overtrederId moet een id uit POST /api/betrokkenen zijn' })
  overtrederId!: string;

  @ApiProperty({ example: 'handel in drugs op straat in het aangewezen gebied' })
  @IsString()
  @Length(1, 2000, { message: 'overtreding moet 1 tot 2000 tekens hebben' })
  overtreding!: string;

  @ApiProperty({ example: '2021-02-24' })
  @Matches(datum, { message: 'constateringsdatum moet de vorm JJJJ-MM-DD hebben' })
  constateringsdatum!: string;

  @ApiPropertyOptional({ enum: THEMAS, example: 'drugshandel', description: 'Waar de last over gaat (voor de cijfers); standaard overig' })
  @Weglaatbaar()
  @IsIn([...THEMAS], { message: `thema moet ${THEMAS.join(', ')} zijn` })
  thema?: Thema;

  @ApiPropertyOptional({ type: HerkomstRequest, description: 'De zaak waaruit deze voortkomt' })
  @Weglaatbaar()
  @ValidateNested()
  @Type(() => HerkomstRequest)
  herkomst?: HerkomstRequest;

  @ApiPropertyOptional({ example: '2021-02-26', description: 'De dag waarop de zaak werd geopend; vandaag als u niets opgeeft' })
  @Weglaatbaar()
  @Matches(datum, { message: 'datum moet de vorm JJJJ-MM-DD hebben' })
  datum?: string;
}
