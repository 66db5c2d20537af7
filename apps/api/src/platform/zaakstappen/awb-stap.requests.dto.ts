import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsObject, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import {
  BELANGEN_VAN_ANDEREN_BIJ_UITSTEL,
  BEROEPSUITKOMSTEN,
  BEZWAARUITKOMSTEN,
  EINDEN_VAN_OPSCHORTING,
  type BelangenVanAnderenBijUitstel,
  type Beroepsuitkomst,
  type Bezwaaruitkomst,
  type EindeVanOpschorting,
  type GesteldeTermijn,
} from '@handhaving/domain-awb';
import type { Zienswijzeduur } from '@handhaving/policy';
import type { Eenheid, Termijnlengte } from '@handhaving/termijnen';
import { Weglaatbaar } from '../validation/weglaatbaar';

/*
 * The bodies of the Awb steps every context takes alike (libs/domain/awb): the edge checks their
 * shape, the kernel what they mean. A context registers them as they are, or adds its own fields
 * (a dwangsom step says which besluit the bezwaar is against) with IntersectionType.
 */

export const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** Every step may carry the day it was taken (for a step recorded afterwards, or an import); today when absent. */
export class ZaakstapRequest {
  @ApiPropertyOptional({ example: '2021-03-03', description: 'De dag waarop deze stap werd gezet; vandaag als u niets opgeeft' })
  @Weglaatbaar()
  @Matches(DATUM, { message: 'datum moet de vorm JJJJ-MM-DD hebben' })
  datum?: string;
}

/** Art. 4:8 Awb: the voornemen, its zienswijzetermijn and to whom it goes; a context adds what it intends. */
export class VerzendVoornemenRequest extends ZaakstapRequest {
  @ApiProperty({ example: '2021-03-03' })
  @Matches(DATUM, { message: 'verzenddatum moet de vorm JJJJ-MM-DD hebben' })
  verzenddatum!: string;

  @ApiProperty({ example: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, description: '{ lengte, verlengAlsAtw } of { einde }' })
  @IsObject({ message: 'zienswijzetermijn moet een object zijn' })
  zienswijzetermijn!: GesteldeTermijn<Zienswijzeduur>;

  @ApiPropertyOptional({
    type: [String],
    description: 'De betrokkenen (id) aan wie het voornemen gaat; standaard de betrokkenen van een Damocleszaak, de overtreder van een dwangsomzaak. Het besluit wacht op ieders zienswijze of het einde van de termijn (art. 4:8 Awb).',
  })
  @Weglaatbaar()
  @IsArray({ message: 'aan moet een lijst van betrokkene-ids zijn' })
  @ArrayMaxSize(50, { message: 'aan noemt ten hoogste 50 betrokkenen' })
  @IsString({ each: true, message: 'aan moet een lijst van betrokkene-ids zijn' })
  @Length(1, 100, { each: true, message: 'een betrokkene-id in aan is 1 tot 100 tekens' })
  aan?: string[];
}

export class RegistreerZienswijzeRequest extends ZaakstapRequest {
  @ApiProperty({ enum: ['schriftelijk', 'mondeling'], example: 'schriftelijk' })
  @IsIn(['schriftelijk', 'mondeling'], { message: 'wijze moet schriftelijk of mondeling zijn' })
  wijze!: 'schriftelijk' | 'mondeling';

  @ApiPropertyOptional({ description: 'De betrokkene (id) van wie de zienswijze is; nodig als het voornemen naar meer betrokkenen ging' })
  @Weglaatbaar()
  @IsString({ message: 'van moet een betrokkene-id zijn' })
  @Length(1, 100, { message: 'van is 1 tot 100 tekens' })
  van?: string;
}

export class VraagHerstelVerzuimRequest extends ZaakstapRequest {
  @ApiProperty({ example: 'Het bezwaarschrift noemt geen gronden (art. 6:5 lid 1 onder d Awb)', description: 'Welk verzuim de bezwaarmaker moet herstellen (art. 6:6 Awb)' })
  @IsString()
  @Length(5, 2000, { message: 'verzuim moet 5 tot 2000 tekens hebben' })
  verzuim!: string;

  @ApiProperty({ example: '2021-05-26', description: 'Laatste dag van de hersteltermijn; mag na vandaag liggen' })
  @Matches(DATUM, { message: 'hersteltermijnEinde moet de vorm JJJJ-MM-DD hebben' })
  hersteltermijnEinde!: string;
}

export class RegistreerEindeOpschortingRequest extends ZaakstapRequest {
  @ApiProperty({ enum: [...EINDEN_VAN_OPSCHORTING], example: 'verzuim-hersteld', description: 'datum: de dag van het herstel, of een dag na het einde van de hersteltermijn' })
  @IsIn([...EINDEN_VAN_OPSCHORTING], { message: 'einde moet verzuim-hersteld of hersteltermijn-ongebruikt-verstreken zijn' })
  einde!: EindeVanOpschorting;
}

export class TermijnlengteRequest implements Termijnlengte {
  @ApiProperty({ example: 6 })
  @IsInt({ message: 'lengte.aantal moet een heel getal zijn' })
  @Min(1, { message: 'lengte.aantal moet 1 of meer zijn' })
  aantal!: number;

  @ApiProperty({ enum: ['dagen', 'weken'], example: 'weken' })
  @IsIn(['dagen', 'weken'], { message: 'lengte.eenheid moet dagen of weken zijn' })
  eenheid!: Eenheid;
}

export class VerdaagBeslistermijnBezwaarRequest extends ZaakstapRequest {
  @ApiProperty({ type: TermijnlengteRequest, description: 'Ten hoogste zes weken (art. 7:10 lid 3 Awb)' })
  @IsDefined({ message: 'lengte is verplicht, bijvoorbeeld { aantal: 6, eenheid: weken }' })
  @ValidateNested()
  @Type(() => TermijnlengteRequest)
  lengte!: TermijnlengteRequest;

  @ApiProperty({ example: 'Het advies van de bezwaarcommissie volgt na de hoorzitting' })
  @IsString()
  @Length(5, 2000, { message: 'reden moet 5 tot 2000 tekens hebben' })
  reden!: string;
}

export class InstemmingMetUitstelRequest {
  @ApiProperty({ example: '2021-06-25', description: 'De dag waarop de indiener van het bezwaar met het uitstel instemde' })
  @Matches(DATUM, { message: 'instemming.indienerOp moet de vorm JJJJ-MM-DD hebben' })
  indienerOp!: string;

  @ApiProperty({ enum: [...BELANGEN_VAN_ANDEREN_BIJ_UITSTEL], example: 'niet-geschaad', description: 'Andere belanghebbenden worden niet in hun belangen geschaad, of stemden in (art. 7:10 lid 4 Awb)' })
  @IsIn([...BELANGEN_VAN_ANDEREN_BIJ_UITSTEL], { message: 'instemming.andereBelanghebbenden moet niet-geschaad of ingestemd zijn' })
  andereBelanghebbenden!: BelangenVanAnderenBijUitstel;
}

export class StelBeslissingOpBezwaarUitRequest extends ZaakstapRequest {
  @ApiProperty({ type: TermijnlengteRequest, description: 'Hoe lang het uitstel is, vanaf het einde van de beslistermijn zoals die nu loopt' })
  @IsDefined({ message: 'lengte is verplicht, bijvoorbeeld { aantal: 4, eenheid: weken }' })
  @ValidateNested()
  @Type(() => TermijnlengteRequest)
  lengte!: TermijnlengteRequest;

  @ApiProperty({ example: 'De bezwaarmaker wil eerst een deskundigenrapport overleggen' })
  @IsString()
  @Length(5, 2000, { message: 'reden moet 5 tot 2000 tekens hebben' })
  reden!: string;

  @ApiProperty({ type: InstemmingMetUitstelRequest })
  @IsDefined({ message: 'instemming is verplicht: verder uitstel kan alleen met instemming van de indiener (art. 7:10 lid 4 Awb)' })
  @ValidateNested()
  @Type(() => InstemmingMetUitstelRequest)
  instemming!: InstemmingMetUitstelRequest;
}

export class RegistreerVoorlopigeVoorzieningRequest extends ZaakstapRequest {
  @ApiProperty({ enum: ['gevraagd', 'toegewezen', 'afgewezen'], example: 'gevraagd' })
  @IsIn(['gevraagd', 'toegewezen', 'afgewezen'], { message: 'stap moet gevraagd, toegewezen of afgewezen zijn' })
  stap!: 'gevraagd' | 'toegewezen' | 'afgewezen';
}

export class RegistreerBeroepRequest extends ZaakstapRequest {
  @ApiProperty({ example: 'Rechtbank Limburg', description: 'De rechtbank waar het beroep tegen de beslissing op bezwaar is ingesteld' })
  @IsString({ message: 'rechtbank moet een naam zijn, bijvoorbeeld Rechtbank Limburg' })
  @Length(3, 200, { message: 'rechtbank moet 3 tot 200 tekens hebben' })
  rechtbank!: string;

  @ApiProperty({ example: '2021-07-20', description: 'De dag dat de rechtbank het beroepschrift ontving; tijdig binnen zes weken na de bekendmaking van de beslissing op bezwaar (art. 6:7, 6:9 Awb), een te laat beroep wordt vastgelegd en gemarkeerd' })
  @Matches(DATUM, { message: 'indieningsdatum moet de vorm JJJJ-MM-DD hebben' })
  indieningsdatum!: string;

  @ApiPropertyOptional({ example: '2021-07-19', description: 'Poststempel, voor een per post verzonden beroepschrift (art. 6:9 lid 2 Awb)' })
  @Weglaatbaar()
  @Matches(DATUM, { message: 'verzenddatum moet de vorm JJJJ-MM-DD hebben' })
  verzenddatum?: string;
}

export class RegistreerUitspraakOpBeroepRequest extends ZaakstapRequest {
  @ApiProperty({ enum: [...BEROEPSUITKOMSTEN], example: 'ongegrond' })
  @IsIn([...BEROEPSUITKOMSTEN], { message: 'uitkomst moet gegrond, ongegrond of niet-ontvankelijk zijn' })
  uitkomst!: Beroepsuitkomst;

  @ApiPropertyOptional({ example: true, description: 'Verplicht bij gegrond: true als de rechtbank het besluit vernietigde (art. 8:72 lid 3 sub b Awb; het vervalt als bij herroeping), false als zij de rechtsgevolgen in stand liet' })
  @Weglaatbaar()
  @IsBoolean({ message: 'vernietigd moet true of false zijn' })
  vernietigd?: boolean;

  @ApiProperty({ example: '2021-10-05', description: 'De dag van de uitspraak' })
  @Matches(DATUM, { message: 'uitspraakdatum moet de vorm JJJJ-MM-DD hebben' })
  uitspraakdatum!: string;
}

/** Art. 6:7–6:9 Awb, for a case with one besluit open to bezwaar (no `tegen`): who objects, when it came in, and whether an adviescommissie advises. */
// Named apart from the dwangsom and Damocles bodies of the same step, which name the besluit they are against.
@ApiSchema({ name: 'AwbRegistreerBezwaarRequest' })
export class RegistreerBezwaarRequest extends ZaakstapRequest {
  @ApiPropertyOptional({ description: 'De betrokkene (id) die bezwaar maakt; nodig voor een tweede bezwaar' })
  @Weglaatbaar()
  @IsString({ message: 'van moet een betrokkene-id zijn' })
  @Length(1, 100, { message: 'van is 1 tot 100 tekens' })
  van?: string;

  @ApiProperty({ example: '2024-01-10' })
  @Matches(DATUM, { message: 'ontvangstdatum moet de vorm JJJJ-MM-DD hebben' })
  ontvangstdatum!: string;

  @ApiPropertyOptional({ example: '2024-01-09', description: 'Poststempel, voor een per post verzonden bezwaar (art. 6:9 lid 2 Awb)' })
  @Weglaatbaar()
  @Matches(DATUM, { message: 'verzenddatum moet de vorm JJJJ-MM-DD hebben' })
  verzenddatum?: string;

  @ApiPropertyOptional({ example: true, description: 'Of een adviescommissie (art. 7:13 Awb) adviseert; standaard het beleid van de gemeente op de ontvangstdatum' })
  @Weglaatbaar()
  @IsBoolean({ message: 'adviescommissie moet true of false zijn' })
  adviescommissie?: boolean;
}

/** Art. 7:11 Awb, for a case whose gegrond bezwaar simply herroept the besluit: the outcome and its bekendmaking. */
@ApiSchema({ name: 'AwbNeemBeslissingOpBezwaarRequest' })
export class NeemBeslissingOpBezwaarRequest extends ZaakstapRequest {
  @ApiProperty({ enum: BEZWAARUITKOMSTEN, example: 'ongegrond' })
  @IsIn([...BEZWAARUITKOMSTEN], { message: `uitkomst moet ${BEZWAARUITKOMSTEN.join(', ')} zijn` })
  uitkomst!: Bezwaaruitkomst;

  @ApiProperty({ example: '2024-02-21' })
  @Matches(DATUM, { message: 'bekendmakingsdatum moet de vorm JJJJ-MM-DD hebben' })
  bekendmakingsdatum!: string;
}
