import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { BEVINDINGEN, PARTNERS, VERVOLGCONTEXTEN, type Bevinding, type Partner, type Vervolgcontext } from '@handhaving/domain-flexteam';
import { PandRequest } from '../../panden/pand.request.dto';
import { DATUM, ZaakstapRequest } from '../../platform/zaakstappen/awb-stap.requests.dto';
import { NieuweZaakRequest } from '../../platform/zaakstappen/nieuwe-zaak.request.dto';
import { Weglaatbaar } from '../../platform/validation/weglaatbaar';

/*
 * The bodies of a flexteam control's steps (docs/flexteam.md). The edge checks their shape; the
 * decider what they mean (a finding that needs an overtreder, an address visited twice).
 */

const keuze = (veld: string, waarden: readonly string[]) => ({ message: `${veld} moet ${waarden.join(', ')} zijn` });

/** The addresses one control plans (and visits): a day's work for a team is tens; 500 leaves room for a large action. */
export const MAX_ADRESSEN = 500;

/** The signals why one address was chosen (GET /api/panden/rangorde lists them per pand). */
export const MAX_SIGNALEN = 100;

export class SignaalRequest {
  @ApiProperty({ example: 'melding', description: 'De context van het signaal: melding, damocles, kamerverhuurtraject, …' })
  @IsString()
  @Length(1, 40, { message: 'signalen[].context moet 1 tot 40 tekens hebben' })
  context!: string;

  @ApiProperty({ example: '3c9e1f0a-7b2d-4e6f-8a1b-2c3d4e5f6a7b' })
  @IsUUID('all', { message: 'signalen[].zaakId moet een UUID zijn' })
  zaakId!: string;
}

export class GeplandAdresRequest {
  @ApiProperty({ type: PandRequest })
  @IsDefined({ message: 'pand is verplicht' })
  @ValidateNested()
  @Type(() => PandRequest)
  pand!: PandRequest;

  @ApiPropertyOptional({ type: [SignaalRequest], description: 'De signalen (meldingen, eerdere zaken) waarom dit adres gekozen is; zie GET /api/panden/rangorde' })
  @Weglaatbaar()
  @IsArray()
  @ArrayMaxSize(MAX_SIGNALEN, { message: `signalen noemt ten hoogste ${MAX_SIGNALEN} signalen per adres` })
  @ValidateNested({ each: true })
  @Type(() => SignaalRequest)
  signalen?: SignaalRequest[];
}

export class PlanControleRequest extends NieuweZaakRequest {
  @ApiProperty({ example: '2020-09-17', description: 'De dag van de controle' })
  @Matches(DATUM, { message: 'geplandOp moet de vorm JJJJ-MM-DD hebben' })
  geplandOp!: string;

  @ApiProperty({ example: 'Kerkrade-West, Heilust' })
  @IsString()
  @Length(1, 200, { message: 'gebied moet 1 tot 200 tekens hebben' })
  gebied!: string;

  @ApiProperty({ enum: PARTNERS, isArray: true, example: ['boa', 'brp', 'politie'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'partners moet minstens één partner noemen' })
  @ArrayMaxSize(PARTNERS.length, { message: `partners noemt ten hoogste ${PARTNERS.length} partners, elk één keer` })
  @IsIn([...PARTNERS], { each: true, ...keuze('partners[]', PARTNERS) })
  partners!: Partner[];

  @ApiProperty({ type: [GeplandAdresRequest] })
  @IsArray()
  @ArrayMinSize(1, { message: 'adressen moet minstens één adres bevatten' })
  @ArrayMaxSize(MAX_ADRESSEN, { message: `adressen mag ten hoogste ${MAX_ADRESSEN} adressen bevatten; plan een grotere actie als meer controles` })
  @ValidateNested({ each: true })
  @Type(() => GeplandAdresRequest)
  adressen!: GeplandAdresRequest[];
}

export class AnnuleerControleRequest extends ZaakstapRequest {
  @ApiProperty({ example: 'politie niet beschikbaar' })
  @IsString()
  @Length(1, 500, { message: 'reden moet 1 tot 500 tekens hebben' })
  reden!: string;
}

export class BezoekRequest {
  @ApiProperty({ type: PandRequest })
  @IsDefined({ message: 'pand is verplicht' })
  @ValidateNested()
  @Type(() => PandRequest)
  pand!: PandRequest;

  @ApiProperty({ example: true, description: 'Kreeg het team toegang tot het pand?' })
  @IsBoolean({ message: 'toegang moet true of false zijn' })
  toegang!: boolean;

  @ApiPropertyOptional({ example: 7, description: 'Personen aangetroffen (alleen met toegang)' })
  @Weglaatbaar()
  @IsInt({ message: 'personenAangetroffen moet een geheel getal zijn' })
  @Min(0, { message: 'personenAangetroffen moet 0 of meer zijn' })
  personenAangetroffen?: number;

  @ApiPropertyOptional({ example: 2, description: 'Personen op dit adres ingeschreven in de BRP (alleen met toegang)' })
  @Weglaatbaar()
  @IsInt({ message: 'personenInBrp moet een geheel getal zijn' })
  @Min(0, { message: 'personenInBrp moet 0 of meer zijn' })
  personenInBrp?: number;

  @ApiProperty({ enum: BEVINDINGEN, isArray: true, example: ['kamerverhuur', 'brp-onjuist'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'bevindingen moet minstens één bevinding noemen (of geen-bijzonderheden)' })
  @ArrayMaxSize(BEVINDINGEN.length, { message: `bevindingen noemt ten hoogste ${BEVINDINGEN.length} bevindingen, elk één keer` })
  @IsIn([...BEVINDINGEN], { each: true, ...keuze('bevindingen[]', BEVINDINGEN) })
  bevindingen!: Bevinding[];

  @ApiPropertyOptional({ example: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', description: 'Bij kamerverhuur of woningsplitsing: de overtreder (id uit POST /api/betrokkenen); het traject richt zich tot hem' })
  @Weglaatbaar()
  @IsUUID('all', { message: 'overtrederId moet een id uit POST /api/betrokkenen zijn' })
  overtrederId?: string;

  @ApiPropertyOptional({ example: 6, description: 'Bij kamerverhuur of woningsplitsing: de verhuurde kamers; een pand buiten het kamerverhuurregister wordt ermee opgenomen' })
  @Weglaatbaar()
  @IsInt({ message: 'aantalKamers moet een geheel getal zijn' })
  @Min(1, { message: 'aantalKamers moet 1 of meer zijn' })
  aantalKamers?: number;
}

export class RegistreerUitvoeringRequest extends ZaakstapRequest {
  @ApiProperty({ example: 4 })
  @IsInt({ message: 'teamgrootte moet een geheel getal zijn' })
  @Min(1, { message: 'teamgrootte moet 1 of meer zijn' })
  teamgrootte!: number;

  @ApiProperty({ type: [BezoekRequest] })
  @IsArray()
  @ArrayMinSize(1, { message: 'bezoeken moet minstens één bezocht adres bevatten' })
  @ArrayMaxSize(MAX_ADRESSEN, { message: `bezoeken mag ten hoogste ${MAX_ADRESSEN} bezochte adressen bevatten, zoveel als een controle plant` })
  @ValidateNested({ each: true })
  @Type(() => BezoekRequest)
  bezoeken!: BezoekRequest[];
}

/** Which finding, at which address (the pand's key, as the control's view shows it). */
export class BevindingRequest extends ZaakstapRequest {
  @ApiProperty({ example: 'adres:6461AB-12', description: 'De sleutel van het pand, zoals de controle hem toont' })
  @IsString()
  @Length(1, 80, { message: 'pandSleutel moet 1 tot 80 tekens hebben' })
  pandSleutel!: string;

  @ApiProperty({ enum: BEVINDINGEN, example: 'overlast' })
  @IsIn([...BEVINDINGEN], keuze('bevinding', BEVINDINGEN))
  bevinding!: Bevinding;
}

export class VervolgRequest {
  @ApiProperty({ enum: VERVOLGCONTEXTEN, example: 'melding' })
  @IsIn([...VERVOLGCONTEXTEN], keuze('vervolg.context', VERVOLGCONTEXTEN))
  context!: Vervolgcontext;

  @ApiProperty({ example: '3c9e1f0a-7b2d-4e6f-8a1b-2c3d4e5f6a7b' })
  @IsUUID('all', { message: 'vervolg.zaakId moet een UUID zijn' })
  zaakId!: string;
}

export class StartVervolgRequest extends BevindingRequest {
  @ApiProperty({ type: VervolgRequest, description: 'De zaak die het vervolg is' })
  @IsDefined({ message: 'vervolg is verplicht' })
  @ValidateNested()
  @Type(() => VervolgRequest)
  vervolg!: VervolgRequest;
}

export class ZieAfVanVervolgRequest extends BevindingRequest {
  @ApiProperty({ example: 'overlast eenmalig; bewoners aangesproken' })
  @IsString()
  @Length(1, 500, { message: 'reden moet 1 tot 500 tekens hebben' })
  reden!: string;
}
