import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { BRONCONTEXTEN, type Broncontext } from '@handhaving/domain-shared';
import { UITKOMSTEN, VERZOEK_AAN, type Uitkomst, type VerzoekAan } from '@handhaving/domain-flexteam';
import { PandRequest } from '../../panden/pand.request.dto';
import { ZaakstapRequest } from '../../platform/zaakstappen/awb-stap.requests.dto';
import { NieuweZaakRequest } from '../../platform/zaakstappen/nieuwe-zaak.request.dto';
import { Weglaatbaar } from '../../platform/validation/weglaatbaar';

/*
 * The bodies of an outgoing request (docs/flexteam.md, "Vervolg"): the flexteam's process manager
 * sends one for every brp-onjuist and brandonveilig finding; a medewerker may send one by hand.
 */

const keuze = (veld: string, waarden: readonly string[]) => ({ message: `${veld} moet ${waarden.join(', ')} zijn` });
const VERZOEK_BEVINDINGEN = ['brp-onjuist', 'brandonveilig'] as const;

export class HerkomstRequest {
  @ApiProperty({ enum: BRONCONTEXTEN, example: 'flexteam' })
  @IsIn([...BRONCONTEXTEN], keuze('herkomst.context', BRONCONTEXTEN))
  context!: Broncontext;

  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', description: 'De flexteamcontrole (zaakId)' })
  @IsUUID('all', { message: 'herkomst.zaakId moet een UUID zijn' })
  zaakId!: string;

  @ApiProperty({ example: 'adres:6461AB-12' })
  @IsString()
  @Length(1, 80, { message: 'herkomst.pandSleutel moet 1 tot 80 tekens hebben' })
  pandSleutel!: string;

  @ApiProperty({ enum: VERZOEK_BEVINDINGEN, example: 'brp-onjuist' })
  @IsIn([...VERZOEK_BEVINDINGEN], keuze('herkomst.bevinding', VERZOEK_BEVINDINGEN))
  bevinding!: (typeof VERZOEK_BEVINDINGEN)[number];
}

export class VerstuurVerzoekRequest extends NieuweZaakRequest {
  @ApiProperty({ enum: VERZOEK_AAN, example: 'brp' })
  @IsIn([...VERZOEK_AAN], keuze('aan', VERZOEK_AAN))
  aan!: VerzoekAan;

  @ApiProperty({ type: PandRequest })
  @IsDefined({ message: 'pand is verplicht' })
  @ValidateNested()
  @Type(() => PandRequest)
  pand!: PandRequest;

  @ApiProperty({ type: HerkomstRequest })
  @IsDefined({ message: 'herkomst is verplicht' })
  @ValidateNested()
  @Type(() => HerkomstRequest)
  herkomst!: HerkomstRequest;

  @ApiPropertyOptional({ example: 4, description: 'Binnen hoeveel weken het antwoord verwacht wordt (beleid, geen wettelijke termijn); 4 als u niets opgeeft' })
  @Weglaatbaar()
  @IsInt({ message: 'antwoordtermijnInWeken moet een geheel getal zijn' })
  @Min(1, { message: 'antwoordtermijnInWeken moet 1 tot 52 zijn' })
  @Max(52, { message: 'antwoordtermijnInWeken moet 1 tot 52 zijn' })
  antwoordtermijnInWeken?: number;
}

export class RegistreerAntwoordRequest extends ZaakstapRequest {
  @ApiProperty({ enum: UITKOMSTEN, example: 'gecorrigeerd', description: 'BRP: gecorrigeerd of niet-gecorrigeerd; bouw- en woningtoezicht: maatregel-genomen of geen-maatregel' })
  @IsIn([...UITKOMSTEN], keuze('uitkomst', UITKOMSTEN))
  uitkomst!: Uitkomst;
}
