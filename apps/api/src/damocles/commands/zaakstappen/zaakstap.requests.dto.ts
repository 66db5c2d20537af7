import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsObject, IsString, Length, Matches, ValidateNested } from 'class-validator';
import type { Afwijking, Besluit, Correcties, GesteldeTermijn, GevolgVanGegrondBezwaar, VoorgenomenMaatregel } from '@handhaving/domain-damocles';
import type { Begunstigingsduur } from '@handhaving/policy';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';
import {
  DATUM,
  RegistreerZienswijzeRequest as AwbRegistreerZienswijzeRequest,
  VerzendVoornemenRequest as AwbVerzendVoornemenRequest,
  ZaakstapRequest,
} from '../../../platform/zaakstappen/awb-stap.requests.dto';

/*
 * The bodies of the steps on an existing Damocles case. The edge checks the shape; whether the
 * step is allowed now, and what a measure or term means, the decider checks (422 with the rule).
 */

const datum = DATUM;

export class AfwijkingRequest implements Afwijking {
  @ApiProperty({ example: 'Bewoner is 87 jaar en afhankelijk van mantelzorg in de woning (bijzondere omstandigheden)' })
  @IsString()
  @Length(10, 4000, { message: 'motivering moet 10 tot 4000 tekens hebben' })
  motivering!: string;
}

// Other contexts have a step of the same name: the OpenAPI document keeps them apart.
@ApiSchema({ name: 'DamoclesVerzendVoornemenRequest' })
export class VerzendVoornemenRequest extends AwbVerzendVoornemenRequest {
  @ApiProperty({ example: { soort: 'sluiting', duurMaanden: 3 }, description: '{ soort: waarschuwing } of { soort: sluiting, duurMaanden }' })
  @IsObject({ message: 'maatregel moet een object zijn' })
  maatregel!: VoorgenomenMaatregel;

  @ApiPropertyOptional({ type: AfwijkingRequest, description: 'Verplicht als de maatregel afwijkt van het voorstel' })
  @Weglaatbaar()
  @ValidateNested()
  @Type(() => AfwijkingRequest)
  afwijking?: AfwijkingRequest;
}

export class NeemSpoedeisendeSluitingRequest extends ZaakstapRequest {
  @ApiProperty({ example: 'Acuut brandgevaar door illegale stroomaftap; sluiting kan niet wachten op een zienswijze' })
  @IsString()
  @Length(10, 4000, { message: 'motivering moet 10 tot 4000 tekens hebben' })
  motivering!: string;

  @ApiProperty({ example: 3, description: 'Aantal maanden of "onbepaald"' })
  @IsDefined({ message: 'duurMaanden is verplicht: een aantal maanden of "onbepaald"' })
  duurMaanden!: number | 'onbepaald';

  @ApiPropertyOptional({ example: { einde: '2020-03-20' } })
  @Weglaatbaar()
  @IsObject()
  begunstigingstermijn?: GesteldeTermijn<Begunstigingsduur>;

  @ApiProperty({ example: '2020-03-18' })
  @Matches(datum, { message: 'bekendmakingsdatum moet de vorm JJJJ-MM-DD hebben' })
  bekendmakingsdatum!: string;

  @ApiPropertyOptional({ type: AfwijkingRequest })
  @Weglaatbaar()
  @ValidateNested()
  @Type(() => AfwijkingRequest)
  afwijking?: AfwijkingRequest;
}

// Other contexts have a step of the same name: the OpenAPI document keeps them apart.
@ApiSchema({ name: 'DamoclesRegistreerZienswijzeRequest' })
export class RegistreerZienswijzeRequest extends AwbRegistreerZienswijzeRequest {}


export class NeemBesluitRequest extends ZaakstapRequest {
  @ApiProperty({
    example: { soort: 'sluiting', duurMaanden: 3, begunstigingstermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, bekendmakingsdatum: '2020-04-06' },
    description: '{ soort: waarschuwing, bekendmakingsdatum } | { soort: sluiting, duurMaanden, begunstigingstermijn, bekendmakingsdatum } | { soort: afzien, motivering }',
  })
  @IsObject({ message: 'besluit moet een object zijn' })
  besluit!: Besluit;

  @ApiPropertyOptional({ type: AfwijkingRequest, description: 'Verplicht als het besluit afwijkt van het voornemen' })
  @Weglaatbaar()
  @ValidateNested()
  @Type(() => AfwijkingRequest)
  afwijking?: AfwijkingRequest;
}

// Other contexts have a step of the same name: the OpenAPI document keeps them apart.
@ApiSchema({ name: 'DamoclesRegistreerBezwaarRequest' })
export class RegistreerBezwaarRequest extends ZaakstapRequest {
  @ApiPropertyOptional({ description: 'De betrokkene (id) die bezwaar maakt; elke betrokkene één keer. Nodig voor een tweede bezwaar tegen hetzelfde besluit.' })
  @Weglaatbaar()
  @IsString({ message: 'van moet een betrokkene-id zijn' })
  @Length(1, 100, { message: 'van is 1 tot 100 tekens' })
  van?: string;

  @ApiProperty({ example: '2020-05-12' })
  @Matches(datum, { message: 'ontvangstdatum moet de vorm JJJJ-MM-DD hebben' })
  ontvangstdatum!: string;

  @ApiPropertyOptional({ example: '2020-05-11', description: 'Poststempel, voor een per post verzonden bezwaar (art. 6:9 lid 2 Awb)' })
  @Weglaatbaar()
  @Matches(datum, { message: 'verzenddatum moet de vorm JJJJ-MM-DD hebben' })
  verzenddatum?: string;

  @ApiPropertyOptional({
    example: true,
    description: 'Of een adviescommissie (art. 7:13 Awb) over dit bezwaar adviseert: dan is de beslistermijn twaalf weken in plaats van zes (art. 7:10 lid 1 Awb). Standaard: het beleid van de gemeente op de ontvangstdatum.',
  })
  @Weglaatbaar()
  @IsBoolean({ message: 'adviescommissie moet true of false zijn' })
  adviescommissie?: boolean;
}

// Other contexts have a step of the same name: the OpenAPI document keeps them apart.
@ApiSchema({ name: 'DamoclesNeemBeslissingOpBezwaarRequest' })
export class NeemBeslissingOpBezwaarRequest extends ZaakstapRequest {
  @ApiProperty({ enum: ['gegrond', 'ongegrond', 'niet-ontvankelijk'], example: 'ongegrond' })
  @IsIn(['gegrond', 'ongegrond', 'niet-ontvankelijk'], { message: 'uitkomst moet gegrond, ongegrond of niet-ontvankelijk zijn' })
  uitkomst!: 'gegrond' | 'ongegrond' | 'niet-ontvankelijk';

  @ApiPropertyOptional({ example: { soort: 'herroepen' }, description: 'Bij gegrond: { soort: herroepen } of { soort: gewijzigd, duurMaanden }' })
  @Weglaatbaar()
  @IsObject()
  gevolg?: GevolgVanGegrondBezwaar;

  @ApiProperty({ example: '2020-06-30' })
  @Matches(datum, { message: 'bekendmakingsdatum moet de vorm JJJJ-MM-DD hebben' })
  bekendmakingsdatum!: string;
}

export class RegistreerSluitingUitgevoerdRequest extends ZaakstapRequest {
  @ApiProperty({ example: '2020-04-21', description: 'De dag dat het pand feitelijk werd gesloten (verzegeld)' })
  @Matches(datum, { message: 'sluitingsdatum moet de vorm JJJJ-MM-DD hebben' })
  sluitingsdatum!: string;
}

export class RegistreerHeropeningRequest extends ZaakstapRequest {
  @ApiProperty({ example: '2020-07-21' })
  @Matches(datum, { message: 'heropeningsdatum moet de vorm JJJJ-MM-DD hebben' })
  heropeningsdatum!: string;
}

export class CorrigeerFeitenRequest extends ZaakstapRequest {
  @ApiProperty({ example: { constateringsdatum: '2020-03-01' }, description: 'De feiten met hun nieuwe waarde: constateringsdatum, ontvangstdatum, pandtype, vondsten, betrokkenen' })
  @IsObject({ message: 'correcties moet een object zijn' })
  correcties!: Correcties;

  @ApiProperty({ example: 'Politie heeft de datum van de vondst gecorrigeerd in een aanvullend proces-verbaal' })
  @IsString()
  @Length(5, 2000, { message: 'reden moet 5 tot 2000 tekens hebben' })
  reden!: string;
}

export class KiesLastOnderDwangsomRequest extends ZaakstapRequest {
  @ApiProperty({ example: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', description: 'De overtreder: een betrokkene van deze zaak' })
  @IsString()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'overtrederId moet een betrokkene-id (UUID) zijn' })
  overtrederId!: string;

  @ApiProperty({ example: 'De huurder handelt vanuit de woning; naast de waarschuwing een last onder dwangsom' })
  @IsString()
  @Length(10, 4000, { message: 'motivering moet 10 tot 4000 tekens hebben' })
  motivering!: string;
}

// The Awb steps' bodies are the kernel's, shared by every context.
export {
  ZaakstapRequest,
  VraagHerstelVerzuimRequest,
  RegistreerEindeOpschortingRequest,
  TermijnlengteRequest,
  VerdaagBeslistermijnBezwaarRequest,
  InstemmingMetUitstelRequest,
  StelBeslissingOpBezwaarUitRequest,
  RegistreerVoorlopigeVoorzieningRequest,
  RegistreerBeroepRequest,
  RegistreerUitspraakOpBeroepRequest,
} from '../../../platform/zaakstappen/awb-stap.requests.dto';
