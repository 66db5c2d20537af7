import type { Type as Klasse } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import {
  AANVRAAGTYPEN,
  BESLUITUITKOMSTEN,
  BEZWAARUITKOMSTEN,
  CONCLUSIES_LBB,
  REDENEN_VAN_AFSLUITING,
  SIGNAALREDENEN,
  SOORTEN_GEGEVENS,
  STREKKINGEN,
  UITKOMSTEN_EIGEN_ONDERZOEK,
  type Aanvraagtype,
  type Besluituitkomst,
  type Bezwaaruitkomst,
  type ConclusieLbb,
  type RedenVanAfsluiting,
  type Signaalreden,
  type SoortGegevens,
  type Strekking,
  type UitkomstEigenOnderzoek,
} from '@handhaving/domain-bibob';
import {
  DATUM,
  RegistreerBeroepRequest as AwbRegistreerBeroepRequest,
  RegistreerBezwaarRequest as AwbRegistreerBezwaarRequest,
  RegistreerEindeOpschortingRequest as AwbRegistreerEindeOpschortingRequest,
  RegistreerUitspraakOpBeroepRequest as AwbRegistreerUitspraakOpBeroepRequest,
  RegistreerVoorlopigeVoorzieningRequest as AwbRegistreerVoorlopigeVoorzieningRequest,
  RegistreerZienswijzeRequest as AwbRegistreerZienswijzeRequest,
  StelBeslissingOpBezwaarUitRequest as AwbStelBeslissingOpBezwaarUitRequest,
  VerdaagBeslistermijnBezwaarRequest as AwbVerdaagBeslistermijnBezwaarRequest,
  VerzendVoornemenRequest as AwbVerzendVoornemenRequest,
  VraagHerstelVerzuimRequest as AwbVraagHerstelVerzuimRequest,
  ZaakstapRequest,
} from '../../platform/zaakstappen/awb-stap.requests.dto';
import { PandRequest } from '../../panden/pand.request.dto';
import { NieuweZaakRequest } from '../../platform/zaakstappen/nieuwe-zaak.request.dto';
import { Weglaatbaar } from '../../platform/validation/weglaatbaar';

/*
 * The bodies of a Bibob toets's steps. Content (what was asked, the findings, the LBB advice, a
 * motivering, the verzuim or reason of a rechtsgang step) comes in as plain text and is sealed
 * with the toets's key before the command is built (bibob.api-context.ts): the command, its events
 * and every log hold only ciphertext. Messages name the field and the rule, never the value.
 */

const keuze = (veld: string, waarden: readonly string[]): string => `${veld} moet ${waarden.join(', ')} zijn`;

/** Every step may carry the day it was taken; today when absent. */
export class BibobstapRequest extends ZaakstapRequest {}

/** The aanvraag or signal the toets starts on; which fields belong to which soort the decider checks (422). */
export class AanleidingRequest {
  @ApiProperty({ enum: ['aanvraag', 'signaal'], example: 'aanvraag' })
  @IsIn(['aanvraag', 'signaal'], { message: 'aanleiding.soort moet aanvraag of signaal zijn' })
  soort!: 'aanvraag' | 'signaal';

  @ApiPropertyOptional({ enum: AANVRAAGTYPEN, example: 'exploitatievergunning-horeca', description: 'Bij een aanvraag' })
  @Weglaatbaar()
  @IsIn([...AANVRAAGTYPEN], { message: keuze('aanleiding.aanvraagtype', AANVRAAGTYPEN) })
  aanvraagtype?: Aanvraagtype;

  @ApiPropertyOptional({ example: '2023-09-04', description: 'Bij een aanvraag: de dag van ontvangst; de beslistermijn loopt vanaf de dag erna (art. 4:13 Awb)' })
  @Weglaatbaar()
  @Matches(DATUM, { message: 'aanleiding.ontvangstdatum moet de vorm JJJJ-MM-DD hebben' })
  ontvangstdatum?: string;

  @ApiPropertyOptional({ example: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', description: 'Bij een aanvraag: de aanvrager, een id uit POST /api/betrokkenen' })
  @Weglaatbaar()
  @IsUUID('all', { message: 'aanleiding.aanvragerId moet een id uit POST /api/betrokkenen zijn' })
  aanvragerId?: string;

  @ApiPropertyOptional({ example: 8, description: 'Bij een aanvraag: de beslistermijn in weken uit de bijzondere wet; standaard acht (art. 4:13 lid 2 Awb)' })
  @Weglaatbaar()
  @IsInt({ message: 'aanleiding.beslistermijnWeken moet een heel aantal weken zijn' })
  @Min(1, { message: 'aanleiding.beslistermijnWeken moet 1 of meer zijn' })
  @Max(52, { message: 'aanleiding.beslistermijnWeken is ten hoogste 52' })
  beslistermijnWeken?: number;

  @ApiPropertyOptional({ example: 'art. 3 Alcoholwet', description: 'Bij een aanvraag: het artikel dat de beslistermijn geeft' })
  @Weglaatbaar()
  @IsString({ message: 'aanleiding.grondslag moet een tekst zijn' })
  @Length(1, 200, { message: 'aanleiding.grondslag moet 1 tot 200 tekens hebben' })
  grondslag?: string;

  @ApiPropertyOptional({ enum: SIGNAALREDENEN, example: 'signaal-ondermijning', description: 'Bij een signaal' })
  @Weglaatbaar()
  @IsIn([...SIGNAALREDENEN], { message: keuze('aanleiding.reden', SIGNAALREDENEN) })
  reden?: Signaalreden;

  @ApiPropertyOptional({ example: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', description: 'Bij een signaal: de betrokkene, een id uit POST /api/betrokkenen' })
  @Weglaatbaar()
  @IsUUID('all', { message: 'aanleiding.betrokkeneId moet een id uit POST /api/betrokkenen zijn' })
  betrokkeneId?: string;

  @ApiPropertyOptional({ enum: AANVRAAGTYPEN, example: 'alcoholvergunning', description: 'Bij een signaal: de lopende vergunning waar het om gaat (alleen die kan worden ingetrokken)' })
  @Weglaatbaar()
  @IsIn([...AANVRAAGTYPEN], { message: keuze('aanleiding.vergunning', AANVRAAGTYPEN) })
  vergunning?: Aanvraagtype;
}

export class StartToetsRequest extends NieuweZaakRequest {
  @ApiProperty({ example: '2023-09-05', description: 'De dag waarop de toets begon' })
  @Matches(DATUM, { message: 'startdatum moet de vorm JJJJ-MM-DD hebben' })
  startdatum!: string;

  @ApiProperty({ type: AanleidingRequest })
  @IsDefined({ message: 'aanleiding is verplicht: een aanvraag of een signaal' })
  @ValidateNested()
  @Type(() => AanleidingRequest)
  aanleiding!: AanleidingRequest;

  @ApiPropertyOptional({ type: PandRequest, description: 'Het pand waarover de aanvraag of het signaal gaat (een horecazaak, een pand dat van eigenaar wisselt): het dossier van het adres toont dat er een toets is, nooit wat erin staat' })
  @Weglaatbaar()
  @ValidateNested()
  @Type(() => PandRequest)
  pand?: PandRequest;
}

/** A content field: plain text here, sealed before the command. */
function Inhoud(veld: string, voorbeeld: string, omschrijving: string, verplicht: boolean): PropertyDecorator {
  return (target, key) => {
    (verplicht ? ApiProperty : ApiPropertyOptional)({ example: voorbeeld, description: `${omschrijving}. Vertrouwelijk (art. 28 Wet Bibob): wordt verzegeld vastgelegd, alleen te lezen via inzage` })(target, key);
    if (!verplicht) Weglaatbaar()(target, key);
    IsString({ message: `${veld} moet een tekst zijn` })(target, key);
    Length(1, 20_000, { message: `${veld} moet 1 tot 20000 tekens hebben` })(target, key);
  };
}

export class VraagGegevensOpRequest extends BibobstapRequest {
  @ApiProperty({ enum: SOORTEN_GEGEVENS, example: 'vragenformulier', description: 'Het Bibob-vragenformulier (art. 30 Wet Bibob) of ontbrekende stukken (art. 4:5 Awb)' })
  @IsIn([...SOORTEN_GEGEVENS], { message: keuze('soort', SOORTEN_GEGEVENS) })
  soort!: SoortGegevens;

  @ApiProperty({ example: '2023-09-06', description: 'De beslistermijn staat stil vanaf de dag erna (art. 4:15 Awb)' })
  @Matches(DATUM, { message: 'verzenddatum moet de vorm JJJJ-MM-DD hebben' })
  verzenddatum!: string;

  @Inhoud('omschrijving', 'Jaarrekeningen 2021 en 2022 en de financiering van de inventaris', 'Wat er gevraagd is', false)
  omschrijving?: string;
}

export class RegistreerOntvangstGegevensRequest extends BibobstapRequest {
  @ApiProperty({ example: '2023-09-20' })
  @Matches(DATUM, { message: 'ontvangstdatum moet de vorm JJJJ-MM-DD hebben' })
  ontvangstdatum!: string;
}

export class RondEigenOnderzoekAfRequest extends BibobstapRequest {
  @ApiProperty({ enum: UITKOMSTEN_EIGEN_ONDERZOEK, example: 'advies-nodig' })
  @IsIn([...UITKOMSTEN_EIGEN_ONDERZOEK], { message: keuze('uitkomst', UITKOMSTEN_EIGEN_ONDERZOEK) })
  uitkomst!: UitkomstEigenOnderzoek;

  @Inhoud('bevindingen', 'Financiering inventaris onverklaard; zakelijke relatie met veroordeelde', 'Wat het eigen onderzoek vond (open bronnen, registers, RIEC)', true)
  bevindingen!: string;
}

export class VraagLbbAdviesRequest extends BibobstapRequest {
  @ApiProperty({ example: '2023-10-02' })
  @Matches(DATUM, { message: 'verzenddatum moet de vorm JJJJ-MM-DD hebben' })
  verzenddatum!: string;

  @ApiProperty({ example: '2023-10-02', description: 'De dag waarop de betrokkene hoorde dat advies is gevraagd (art. 31 Wet Bibob)' })
  @Matches(DATUM, { message: 'betrokkeneGeinformeerdOp moet de vorm JJJJ-MM-DD hebben' })
  betrokkeneGeinformeerdOp!: string;
}

export class RegistreerVragenLbbRequest extends BibobstapRequest {
  @ApiProperty({ example: '2023-10-23', description: 'De dag waarop het LBB de betrokkene vragen stelde' })
  @Matches(DATUM, { message: 'gesteldOp moet de vorm JJJJ-MM-DD hebben' })
  gesteldOp!: string;
}

export class RegistreerAntwoordOpVragenLbbRequest extends BibobstapRequest {
  @ApiProperty({ example: '2023-11-06' })
  @Matches(DATUM, { message: 'beantwoordOp moet de vorm JJJJ-MM-DD hebben' })
  beantwoordOp!: string;
}

export class RegistreerLbbAdviesRequest extends BibobstapRequest {
  @ApiProperty({ example: '2023-11-15' })
  @Matches(DATUM, { message: 'ontvangstdatum moet de vorm JJJJ-MM-DD hebben' })
  ontvangstdatum!: string;

  @ApiProperty({ enum: CONCLUSIES_LBB, example: 'ernstige-mate' })
  @IsIn([...CONCLUSIES_LBB], { message: keuze('conclusie', CONCLUSIES_LBB) })
  conclusie!: ConclusieLbb;

  @Inhoud('advies', 'Ernstige mate van gevaar: strafbare feiten in relatie tot de onderneming', 'De tekst van het advies van het Landelijk Bureau Bibob', true)
  advies!: string;
}

@ApiSchema({ name: 'BibobVerzendVoornemenRequest' })
export class VerzendVoornemenRequest extends AwbVerzendVoornemenRequest {
  @ApiProperty({ enum: STREKKINGEN, example: 'weigeren' })
  @IsIn([...STREKKINGEN], { message: keuze('strekking', STREKKINGEN) })
  strekking!: Strekking;

  @Inhoud('motivering', 'Het advies van het LBB en het eigen onderzoek wijzen op ernstig gevaar', 'De motivering van het voornemen', false)
  motivering?: string;
}

@ApiSchema({ name: 'BibobNeemBesluitRequest' })
export class NeemBesluitRequest extends BibobstapRequest {
  @ApiProperty({ enum: BESLUITUITKOMSTEN, example: 'geweigerd' })
  @IsIn([...BESLUITUITKOMSTEN], { message: keuze('uitkomst', BESLUITUITKOMSTEN) })
  uitkomst!: Besluituitkomst;

  @ApiProperty({ example: '2023-12-06' })
  @Matches(DATUM, { message: 'bekendmakingsdatum moet de vorm JJJJ-MM-DD hebben' })
  bekendmakingsdatum!: string;

  @Inhoud('motivering', 'Ernstige mate van gevaar (art. 3 lid 1 Wet Bibob)', 'De motivering van het besluit', false)
  motivering?: string;
}

export class SluitToetsAfRequest extends BibobstapRequest {
  @ApiProperty({ enum: REDENEN_VAN_AFSLUITING, example: 'geen-maatregel' })
  @IsIn([...REDENEN_VAN_AFSLUITING], { message: keuze('reden', REDENEN_VAN_AFSLUITING) })
  reden!: RedenVanAfsluiting;
}

@ApiSchema({ name: 'BibobRegistreerBezwaarRequest' })
export class RegistreerBezwaarRequest extends AwbRegistreerBezwaarRequest {}

@ApiSchema({ name: 'BibobNeemBeslissingOpBezwaarRequest' })
export class NeemBeslissingOpBezwaarRequest extends BibobstapRequest {
  @ApiProperty({ enum: BEZWAARUITKOMSTEN, example: 'ongegrond' })
  @IsIn([...BEZWAARUITKOMSTEN], { message: keuze('uitkomst', BEZWAARUITKOMSTEN) })
  uitkomst!: Bezwaaruitkomst;

  @ApiProperty({ example: '2024-02-21' })
  @Matches(DATUM, { message: 'bekendmakingsdatum moet de vorm JJJJ-MM-DD hebben' })
  bekendmakingsdatum!: string;

  @ApiPropertyOptional({ enum: BESLUITUITKOMSTEN, example: 'verleend-onder-voorschriften', description: 'Alleen bij gegrond: het besluit dat het herroepen besluit vervangt' })
  @Weglaatbaar()
  @IsIn([...BESLUITUITKOMSTEN], { message: keuze('herzien', BESLUITUITKOMSTEN) })
  herzien?: Besluituitkomst;
}

/*
 * The kernel's rechtsgang bodies; their free texts (verzuim, reden) are sealed like the rest.
 * Their own schema names keep them apart from other contexts' in OpenAPI.
 */
function alsBibobstap<T extends Klasse<object>>(basis: T): T {
  @ApiSchema({ name: `Bibob${basis.name}` })
  class Bibobstap extends basis {}
  Object.defineProperty(Bibobstap, 'name', { value: `Bibob${basis.name}` });
  return Bibobstap;
}

export const VraagHerstelVerzuimRequest = alsBibobstap(AwbVraagHerstelVerzuimRequest);
export const RegistreerEindeOpschortingRequest = alsBibobstap(AwbRegistreerEindeOpschortingRequest);
export const VerdaagBeslistermijnBezwaarRequest = alsBibobstap(AwbVerdaagBeslistermijnBezwaarRequest);
export const StelBeslissingOpBezwaarUitRequest = alsBibobstap(AwbStelBeslissingOpBezwaarUitRequest);
export const RegistreerVoorlopigeVoorzieningRequest = alsBibobstap(AwbRegistreerVoorlopigeVoorzieningRequest);
export const RegistreerBeroepRequest = alsBibobstap(AwbRegistreerBeroepRequest);
export const RegistreerUitspraakOpBeroepRequest = alsBibobstap(AwbRegistreerUitspraakOpBeroepRequest);
export const RegistreerZienswijzeRequest = alsBibobstap(AwbRegistreerZienswijzeRequest);
