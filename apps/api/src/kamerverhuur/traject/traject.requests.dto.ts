import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import type { GesteldeTermijn } from '@handhaving/domain-awb';
import {
  HERCONTROLE_UITKOMSTEN,
  RESULTATEN_VAN_TRAJECT,
  TRAJECTSOORTEN,
  type ResultaatVanTraject,
  type Trajectsoort,
  type UitkomstVanHercontrole,
} from '@handhaving/domain-kamerverhuur';
import type { Begunstigingsduur } from '@handhaving/policy';
import { PandzaakRequest } from '../pandzaak.request.dto';
import { DATUM, ZaakstapRequest } from '../../platform/zaakstappen/awb-stap.requests.dto';
import { BronRequest } from '../../platform/zaakstappen/bron.request.dto';
import { Weglaatbaar } from '../../platform/validation/weglaatbaar';

/*
 * The bodies of a handhavingstraject's own steps (docs/kamerverhuur.md, "Het handhavingstraject");
 * its Awb steps take the shared bodies. The edge checks the shape, the decider what is allowed now.
 */

const keuze = (veld: string, waarden: readonly string[]) => ({ message: `${veld} moet ${waarden.join(', ')} zijn` });
const tekst = (veld: string, min: number, max: number) => ({ message: `${veld} moet ${min} tot ${max} tekens hebben` });

export class RegistreerConstateringRequest extends PandzaakRequest {
  @ApiProperty({ enum: TRAJECTSOORTEN, example: 'kamerverhuur', description: 'kamerverhuur zonder vergunning, of woningsplitsing' })
  @IsIn([...TRAJECTSOORTEN], keuze('soort', TRAJECTSOORTEN))
  soort!: Trajectsoort;

  @ApiProperty({ example: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', description: 'De overtreder: een id uit POST /api/betrokkenen' })
  @IsUUID('all', { message: 'overtrederId moet een id uit POST /api/betrokkenen zijn' })
  overtrederId!: string;

  @ApiProperty({ example: '2020-03-02' })
  @Matches(DATUM, { message: 'constateringsdatum moet de vorm JJJJ-MM-DD hebben' })
  constateringsdatum!: string;

  @ApiProperty({ example: 'toezichthouder J. Smeets' })
  @IsString()
  @Length(1, 200, tekst('toezichthouder', 1, 200))
  toezichthouder!: string;

  @ApiProperty({ example: 'zes kamers los verhuurd, zes namen op de bellen' })
  @IsString()
  @Length(1, 4000, tekst('bevindingen', 1, 4000))
  bevindingen!: string;

  @ApiPropertyOptional({ type: BronRequest, description: 'De flexteamcontrole waaruit de constatering komt' })
  @Weglaatbaar()
  @ValidateNested()
  @Type(() => BronRequest)
  bron?: BronRequest;
}

export class VerzendVooraankondigingRequest extends ZaakstapRequest {
  @ApiProperty({ example: '2020-03-09' })
  @Matches(DATUM, { message: 'verzenddatum moet de vorm JJJJ-MM-DD hebben' })
  verzenddatum!: string;

  @ApiPropertyOptional({ example: '2020-04-06', description: 'De dag waarop de overtreding beëindigd moet zijn' })
  @Weglaatbaar()
  @Matches(DATUM, { message: 'hersteltermijnEinde moet de vorm JJJJ-MM-DD hebben' })
  hersteltermijnEinde?: string;
}

export class RegistreerHercontroleRequest extends ZaakstapRequest {
  @ApiProperty({ example: '2020-04-07' })
  @Matches(DATUM, { message: 'controledatum moet de vorm JJJJ-MM-DD hebben' })
  controledatum!: string;

  @ApiProperty({ enum: HERCONTROLE_UITKOMSTEN, example: 'overtreding' })
  @IsIn([...HERCONTROLE_UITKOMSTEN], keuze('uitkomst', HERCONTROLE_UITKOMSTEN))
  uitkomst!: UitkomstVanHercontrole;

  @ApiProperty({ example: 'toezichthouder J. Smeets' })
  @IsString()
  @Length(1, 200, tekst('toezichthouder', 1, 200))
  toezichthouder!: string;

  @ApiPropertyOptional({ example: 'nog steeds zes namen op de bellen' })
  @Weglaatbaar()
  @IsString()
  @Length(1, 4000, tekst('bevindingen', 1, 4000))
  bevindingen?: string;
}

// Damocles has a step of the same name, with an overtreder: the OpenAPI document keeps them apart.
@ApiSchema({ name: 'KamerverhuurKiesLastOnderDwangsomRequest' })
export class KiesLastOnderDwangsomRequest extends ZaakstapRequest {
  @ApiProperty({ example: 'de verhuur gaat door na de vooraankondiging; een dwangsom dwingt beëindiging af' })
  @IsString()
  @Length(10, 4000, tekst('motivering', 10, 4000))
  motivering!: string;
}

export class LegLastOnderBestuursdwangOpRequest extends ZaakstapRequest {
  @ApiProperty({ example: '2020-05-04', description: 'Na de zienswijzefase' })
  @Matches(DATUM, { message: 'besluitdatum moet de vorm JJJJ-MM-DD hebben' })
  besluitdatum!: string;

  @ApiPropertyOptional({ example: '2020-05-05', description: 'Standaard de besluitdatum' })
  @Weglaatbaar()
  @Matches(DATUM, { message: 'bekendmakingsdatum moet de vorm JJJJ-MM-DD hebben' })
  bekendmakingsdatum?: string;

  @ApiPropertyOptional({
    example: { lengte: { aantal: 8, eenheid: 'weken' }, verlengAlsAtw: true },
    description: '{ lengte, verlengAlsAtw } of { einde } (art. 5:24 lid 2 Awb); zonder: de begunstigingstermijn voor kamerverhuur uit het beleid van de gemeente op de besluitdatum',
  })
  @Weglaatbaar()
  @IsObject({ message: 'begunstigingstermijn moet een object zijn' })
  begunstigingstermijn?: GesteldeTermijn<Begunstigingsduur>;

  @ApiProperty({ example: 'beëindig de verhuur van kamers aan meer dan twee huishoudens' })
  @IsString()
  @Length(10, 4000, tekst('omschrijving', 10, 4000))
  omschrijving!: string;
}

export class KostenRequest {
  @ApiProperty({ example: 125000, description: 'In hele eurocenten' })
  @IsInt({ message: 'kosten.bedragCent moet een geheel aantal eurocenten zijn' })
  @Min(0, { message: 'kosten.bedragCent kan niet negatief zijn' })
  bedragCent!: number;
}

export class PasBestuursdwangToeRequest extends ZaakstapRequest {
  @ApiProperty({ example: '2020-07-06' })
  @Matches(DATUM, { message: 'uitvoeringsdatum moet de vorm JJJJ-MM-DD hebben' })
  uitvoeringsdatum!: string;

  @ApiPropertyOptional({ type: KostenRequest, description: 'Wat het kostte, te verhalen op de overtreder (art. 5:25 Awb)' })
  @Weglaatbaar()
  @ValidateNested()
  @Type(() => KostenRequest)
  kosten?: KostenRequest;
}

export class SluitTrajectAfRequest extends ZaakstapRequest {
  @ApiProperty({ example: '2020-08-03' })
  @Matches(DATUM, { message: 'afsluitdatum moet de vorm JJJJ-MM-DD hebben' })
  afsluitdatum!: string;

  @ApiProperty({ enum: RESULTATEN_VAN_TRAJECT, example: 'nageleefd' })
  @IsIn([...RESULTATEN_VAN_TRAJECT], keuze('resultaat', RESULTATEN_VAN_TRAJECT))
  resultaat!: ResultaatVanTraject;

  @ApiPropertyOptional({ example: 'kamerverhuurvergunning verleend op 2020-07-20', description: 'Verplicht bij gelegaliseerd en geen-overtreding' })
  @Weglaatbaar()
  @IsString()
  @Length(1, 4000, tekst('toelichting', 1, 4000))
  toelichting?: string;
}
