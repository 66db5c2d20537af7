import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { REDENEN_VAN_VERVAL, type RedenVanVerval } from '@handhaving/domain-kamerverhuur';
import { PandzaakRequest } from '../pandzaak.request.dto';
import { DATUM, ZaakstapRequest } from '../../platform/zaakstappen/awb-stap.requests.dto';
import { Weglaatbaar } from '../../platform/validation/weglaatbaar';

/*
 * The bodies of a kamerverhuurvergunning's own steps (docs/kamerverhuur.md, "De vergunning"); its
 * Awb steps (voornemen, zienswijze, bezwaar, beroep) take the shared bodies. The edge checks the
 * shape, the decider what is allowed now (422 with the rule).
 */

const tekst = (veld: string, max: number) => ({ message: `${veld} moet 1 tot ${max} tekens hebben` });

export class VraagVergunningAanRequest extends PandzaakRequest {
  @ApiProperty({ example: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', description: 'De aanvrager: een id uit POST /api/betrokkenen' })
  @IsUUID('all', { message: 'aanvragerId moet een id uit POST /api/betrokkenen zijn' })
  aanvragerId!: string;

  @ApiProperty({ example: 5 })
  @IsInt({ message: 'aantalKamers moet een geheel getal zijn' })
  @Min(1, { message: 'aantalKamers moet 1 of meer zijn' })
  aantalKamers!: number;

  @ApiProperty({ example: '2020-01-03', description: 'De dag van ontvangst; de beslistermijn loopt vanaf de dag erna (art. 4:13 Awb)' })
  @Matches(DATUM, { message: 'ontvangstdatum moet de vorm JJJJ-MM-DD hebben' })
  ontvangstdatum!: string;

  @ApiPropertyOptional({ example: 8, description: 'De beslistermijn in weken volgens de verordening; standaard acht (art. 4:13 lid 2 Awb)' })
  @Weglaatbaar()
  @IsInt({ message: 'beslistermijnWeken moet een heel aantal weken zijn' })
  @Min(1, { message: 'beslistermijnWeken moet 1 of meer zijn' })
  @Max(52, { message: 'beslistermijnWeken is ten hoogste 52' })
  beslistermijnWeken?: number;

  @ApiPropertyOptional({ example: 'art. 2.3 Huisvestingsverordening Kerkrade', description: 'Het artikel dat de beslistermijn geeft' })
  @Weglaatbaar()
  @IsString()
  @Length(1, 200, tekst('grondslag', 200))
  grondslag?: string;
}

export class VraagAanvullingAanRequest extends ZaakstapRequest {
  @ApiProperty({ example: '2020-01-10', description: 'De beslistermijn staat stil vanaf de dag erna (art. 4:15 lid 1 sub a Awb)' })
  @Matches(DATUM, { message: 'gevraagdOp moet de vorm JJJJ-MM-DD hebben' })
  gevraagdOp!: string;

  @ApiProperty({ example: 'plattegrond met de maten van de kamers' })
  @IsString()
  @Length(1, 1000, tekst('ontbreekt', 1000))
  ontbreekt!: string;

  @ApiProperty({ example: '2020-01-24', description: 'De laatste dag om aan te vullen (art. 4:5 Awb)' })
  @Matches(DATUM, { message: 'hersteltermijnEinde moet de vorm JJJJ-MM-DD hebben' })
  hersteltermijnEinde!: string;
}

export class RegistreerAanvullingRequest extends ZaakstapRequest {
  @ApiProperty({ example: '2020-01-20' })
  @Matches(DATUM, { message: 'ontvangenOp moet de vorm JJJJ-MM-DD hebben' })
  ontvangenOp!: string;
}

export class VerdaagBeslistermijnAanvraagRequest extends ZaakstapRequest {
  @ApiProperty({ example: '2020-02-25', description: 'Vóór het einde van de beslistermijn (art. 4:14 lid 3 Awb)' })
  @Matches(DATUM, { message: 'verdagingsdatum moet de vorm JJJJ-MM-DD hebben' })
  verdagingsdatum!: string;

  @ApiProperty({ example: 4, description: 'Een redelijke termijn, in weken' })
  @IsInt({ message: 'weken moet een heel aantal weken zijn' })
  @Min(1, { message: 'weken moet 1 of meer zijn' })
  @Max(26, { message: 'weken is ten hoogste 26' })
  weken!: number;

  @ApiProperty({ example: 'brandveiligheidsadvies van de veiligheidsregio volgt' })
  @IsString()
  @Length(1, 2000, tekst('motivering', 2000))
  motivering!: string;
}

export class VerleenVergunningRequest extends ZaakstapRequest {
  @ApiPropertyOptional({ example: '2020-02-14', description: 'De dag van bekendmaking; standaard de dag van de stap' })
  @Weglaatbaar()
  @Matches(DATUM, { message: 'bekendmakingsdatum moet de vorm JJJJ-MM-DD hebben' })
  bekendmakingsdatum?: string;

  @ApiProperty({ example: '2020-02-15' })
  @Matches(DATUM, { message: 'ingangsdatum moet de vorm JJJJ-MM-DD hebben' })
  ingangsdatum!: string;

  @ApiPropertyOptional({ example: '2025-02-15', description: 'Voor een vergunning voor bepaalde tijd: de dag waarop zij vervalt (vanaf die dag geldt zij niet meer)' })
  @Weglaatbaar()
  @Matches(DATUM, { message: 'einddatum moet de vorm JJJJ-MM-DD hebben' })
  einddatum?: string;

  @ApiPropertyOptional({ example: 5, description: 'Standaard de aangevraagde kamers' })
  @Weglaatbaar()
  @IsInt({ message: 'aantalKamers moet een geheel getal zijn' })
  @Min(1, { message: 'aantalKamers moet 1 of meer zijn' })
  aantalKamers?: number;
}

export class WeigerVergunningRequest extends ZaakstapRequest {
  @ApiPropertyOptional({ example: '2020-02-14' })
  @Weglaatbaar()
  @Matches(DATUM, { message: 'bekendmakingsdatum moet de vorm JJJJ-MM-DD hebben' })
  bekendmakingsdatum?: string;

  @ApiProperty({ example: 'de kamers zijn kleiner dan de verordening toestaat' })
  @IsString()
  @Length(10, 4000, { message: 'motivering moet 10 tot 4000 tekens hebben' })
  motivering!: string;
}

export class TrekVergunningInRequest extends ZaakstapRequest {
  @ApiPropertyOptional({ example: '2020-09-01' })
  @Weglaatbaar()
  @Matches(DATUM, { message: 'bekendmakingsdatum moet de vorm JJJJ-MM-DD hebben' })
  bekendmakingsdatum?: string;

  @ApiProperty({ example: '2020-09-15', description: 'Vanaf wanneer de vergunning niet meer geldt; niet vóór de bekendmaking' })
  @Matches(DATUM, { message: 'ingangsdatum moet de vorm JJJJ-MM-DD hebben' })
  ingangsdatum!: string;

  @ApiProperty({ example: 'herhaalde overlast en meer kamers verhuurd dan vergund' })
  @IsString()
  @Length(1, 2000, tekst('reden', 2000))
  reden!: string;
}

export class StelVervalVastRequest extends ZaakstapRequest {
  @ApiProperty({ enum: REDENEN_VAN_VERVAL, example: 'einddatum-verstreken' })
  @IsIn([...REDENEN_VAN_VERVAL], { message: `reden moet ${REDENEN_VAN_VERVAL.join(', ')} zijn` })
  reden!: RedenVanVerval;

  @ApiPropertyOptional({ example: '2020-06-30', description: 'Vanaf wanneer de vergunning niet meer geldt; bij einddatum-verstreken de einddatum' })
  @Weglaatbaar()
  @Matches(DATUM, { message: 'vervaldatum moet de vorm JJJJ-MM-DD hebben' })
  vervaldatum?: string;
}
