import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { DRUGSCATEGORIEEN, PANDTYPES, type Drugscategorie, type Pandtype } from '@handhaving/policy';
import { PandRequest } from '../../../panden/pand.request.dto';
import { BronRequest } from '../../../platform/zaakstappen/bron.request.dto';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

const datum = /^\d{4}-\d{2}-\d{2}$/;

/** The finds of one rapportage: one pand's, so a few, or tens for a large kwekerij; never thousands. */
export const MAX_VONDSTEN = 500;

/** The eigenaar, gebruikers and exploitant of one pand; as many as a voornemen may go to (`aan`). */
export const MAX_BETROKKENEN = 50;

export class VondstRequest {
  @ApiProperty({ enum: DRUGSCATEGORIEEN, example: 'softdrugs' })
  @IsIn([...DRUGSCATEGORIEEN], { message: `categorie moet ${DRUGSCATEGORIEEN.join(', ')} zijn` })
  categorie!: Drugscategorie;

  @ApiProperty({ example: 'hennepkwekerij' })
  @IsString()
  @Length(1, 500, { message: 'omschrijving moet 1 tot 500 tekens hebben' })
  omschrijving!: string;

  @ApiPropertyOptional({ example: '120 planten' })
  @Weglaatbaar()
  @IsString()
  @Length(1, 200)
  hoeveelheid?: string;
}

export class ZaakBetrokkeneRequest {
  @ApiProperty({ example: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', description: 'Id uit POST /api/betrokkenen' })
  @IsUUID('all', { message: 'betrokkeneId moet een id uit POST /api/betrokkenen zijn' })
  betrokkeneId!: string;

  @ApiProperty({ enum: ['eigenaar', 'gebruiker', 'exploitant'], example: 'eigenaar' })
  @IsIn(['eigenaar', 'gebruiker', 'exploitant'], { message: 'rol moet eigenaar, gebruiker of exploitant zijn' })
  rol!: 'eigenaar' | 'gebruiker' | 'exploitant';
}

export class RegistreerRapportageRequest {
  @ApiPropertyOptional({
    example: '6f1c2a9e-3b7d-4e8f-9a0b-1c2d3e4f5a6b',
    description: 'Eigen zaak-id (UUID), bijvoorbeeld bij een import: latere stappen in hetzelfde bestand verwijzen ernaar. Zonder: de API kiest er een.',
  })
  @Weglaatbaar()
  @IsUUID('all', { message: 'zaakId moet een UUID zijn' })
  zaakId?: string;

  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiProperty({ type: PandRequest })
  @ValidateNested()
  @Type(() => PandRequest)
  pand!: PandRequest;

  @ApiProperty({ enum: PANDTYPES, example: 'woning' })
  @IsIn([...PANDTYPES], { message: `pandtype moet ${PANDTYPES.join(' of ')} zijn` })
  pandtype!: Pandtype;

  @ApiProperty({ example: '2020-03-02', description: 'De dag van de vondst: recidive telt hiervandaan' })
  @Matches(datum, { message: 'constateringsdatum moet de vorm JJJJ-MM-DD hebben' })
  constateringsdatum!: string;

  @ApiProperty({ example: '2020-03-09', description: 'De dag dat de bestuurlijke rapportage binnenkwam' })
  @Matches(datum, { message: 'ontvangstdatum moet de vorm JJJJ-MM-DD hebben' })
  ontvangstdatum!: string;

  @ApiProperty({ type: [VondstRequest] })
  @IsArray()
  @ArrayMinSize(1, { message: 'vondsten moet minstens één vondst bevatten' })
  @ArrayMaxSize(MAX_VONDSTEN, { message: `vondsten mag ten hoogste ${MAX_VONDSTEN} vondsten bevatten; één rapportage noemt wat in één pand is aangetroffen` })
  @ValidateNested({ each: true })
  @Type(() => VondstRequest)
  vondsten!: VondstRequest[];

  @ApiPropertyOptional({ example: '2020-03-10', description: 'De dag waarop de rapportage werd geregistreerd; vandaag als u niets opgeeft' })
  @Weglaatbaar()
  @Matches(datum, { message: 'datum moet de vorm JJJJ-MM-DD hebben' })
  datum?: string;

  @ApiProperty({ type: [ZaakBetrokkeneRequest] })
  @IsArray()
  @ArrayMaxSize(MAX_BETROKKENEN, { message: `betrokkenen noemt ten hoogste ${MAX_BETROKKENEN} betrokkenen` })
  @ValidateNested({ each: true })
  @Type(() => ZaakBetrokkeneRequest)
  betrokkenen!: ZaakBetrokkeneRequest[];

  @ApiPropertyOptional({ type: BronRequest, description: 'De flexteamcontrole die drugs aantrof en op deze rapportage wachtte: de zaak wordt haar vervolg' })
  @Weglaatbaar()
  @ValidateNested()
  @Type(() => BronRequest)
  bron?: BronRequest;
}
