import { ApiProperty, ApiPropertyOptional, ApiSchema, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import type {
  Bestreden,
  Controleuitkomst,
  Dwangsombedrag,
  GesteldeTermijn,
  GevraagdeLastVorm,
} from '@handhaving/domain-dwangsom';
import type { Begunstigingsduur } from '@handhaving/policy';
import {
  DATUM,
  RegistreerBeroepRequest as AwbRegistreerBeroepRequest,
  RegistreerEindeOpschortingRequest as AwbRegistreerEindeOpschortingRequest,
  RegistreerUitspraakOpBeroepRequest as AwbRegistreerUitspraakOpBeroepRequest,
  RegistreerVoorlopigeVoorzieningRequest as AwbRegistreerVoorlopigeVoorzieningRequest,
  RegistreerZienswijzeRequest as AwbRegistreerZienswijzeRequest,
  StelBeslissingOpBezwaarUitRequest as AwbStelBeslissingOpBezwaarUitRequest,
  VerdaagBeslistermijnBezwaarRequest as AwbVerdaagBeslistermijnBezwaarRequest,
  VerzendVoornemenRequest as AwbVerzendVoornemenRequest,
  VraagHerstelVerzuimRequest as AwbVraagHerstelVerzuimRequest,
  ZaakstapRequest,
} from '../../../platform/zaakstappen/awb-stap.requests.dto';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

/*
 * The bodies of the steps on an existing dwangsom case. The edge checks the shape; whether the
 * step is allowed now, and what a last, a sum or a term means, the decider checks (422 with the
 * rule). Amounts are whole euro cents.
 */

const datum = DATUM;

/** Every step may carry the day it was taken; today when absent. */
export class DwangsomstapRequest extends ZaakstapRequest {}

// Other contexts have steps of the same name: the OpenAPI document keeps them apart.
@ApiSchema({ name: 'DwangsomVerzendVoornemenRequest' })
export class VerzendVoornemenRequest extends AwbVerzendVoornemenRequest {}

@ApiSchema({ name: 'DwangsomRegistreerZienswijzeRequest' })
export class RegistreerZienswijzeRequest extends AwbRegistreerZienswijzeRequest {}

export class MotiveringRequest {
  @ApiProperty({ example: 'Handel vlak bij een basisschool: de last kan niet wachten op een zienswijze' })
  @IsString()
  @Length(10, 4000, { message: 'motivering moet 10 tot 4000 tekens hebben' })
  motivering!: string;
}

export class LegLastOpRequest extends DwangsomstapRequest {
  @ApiProperty({
    example: { soort: 'preventieve-last', looptijd: { lengte: { aantal: 1, eenheid: 'jaren' } } },
    description: '{ soort: herstellast, begunstigingstermijn: { lengte, verlengAlsAtw } of { einde } } of { soort: preventieve-last, looptijd?: { lengte } of { einde } }',
  })
  @IsObject({ message: 'vorm moet een object zijn' })
  vorm!: GevraagdeLastVorm;

  @ApiProperty({
    example: { soort: 'per-overtreding', bedragCent: 250000 },
    description: '{ soort: per-overtreding, bedragCent } of { soort: per-tijdseenheid, eenheid: dag | week, bedragCent }; hele eurocenten',
  })
  @IsObject({ message: 'bedrag moet een object zijn' })
  bedrag!: Dwangsombedrag;

  @ApiProperty({ example: 2500000, description: 'Het maximum in hele eurocenten (art. 5:32b Awb)' })
  @IsInt({ message: 'maximumCent moet een geheel aantal eurocenten zijn' })
  @Min(1, { message: 'maximumCent moet positief zijn' })
  @Max(Number.MAX_SAFE_INTEGER)
  maximumCent!: number;

  @ApiProperty({ example: '2021-04-07' })
  @Matches(datum, { message: 'bekendmakingsdatum moet de vorm JJJJ-MM-DD hebben' })
  bekendmakingsdatum!: string;

  @ApiPropertyOptional({ type: MotiveringRequest, description: 'Alleen zonder voornemen (art. 4:11 Awb)' })
  @Weglaatbaar()
  @ValidateNested()
  @Type(() => MotiveringRequest)
  spoedeisend?: MotiveringRequest;
}

export class ZieAfVanLastRequest extends DwangsomstapRequest {
  @ApiProperty({ example: 'Overtreder is verhuisd; de overtreding is beëindigd' })
  @IsString()
  @Length(10, 4000, { message: 'motivering moet 10 tot 4000 tekens hebben' })
  motivering!: string;
}

export class RegistreerControleRequest extends DwangsomstapRequest {
  @ApiProperty({ example: '2021-06-10' })
  @Matches(datum, { message: 'controledatum moet de vorm JJJJ-MM-DD hebben' })
  controledatum!: string;

  @ApiProperty({
    example: { soort: 'overtreding', van: '2021-06-10', omschrijving: 'dealen gezien door BOA' },
    description: '{ soort: nageleefd } of { soort: overtreding, van, totEnMet?, omschrijving }',
  })
  @IsObject({ message: 'uitkomst moet een object zijn' })
  uitkomst!: Controleuitkomst;
}

export class VerzendInvorderingsbeschikkingRequest extends DwangsomstapRequest {
  @ApiProperty({ example: 1, description: 'Het nummer van de verbeuring (zie de zaak)' })
  @IsInt({ message: 'verbeuring moet een volgnummer zijn' })
  @Min(1, { message: 'verbeuring moet 1 of hoger zijn' })
  verbeuring!: number;

  @ApiProperty({ example: '2021-06-17' })
  @Matches(datum, { message: 'bekendmakingsdatum moet de vorm JJJJ-MM-DD hebben' })
  bekendmakingsdatum!: string;
}

export class RegistreerBetalingRequest extends DwangsomstapRequest {
  @ApiProperty({ example: 1, description: 'Het nummer van de invorderingsbeschikking' })
  @IsInt({ message: 'invordering moet een volgnummer zijn' })
  @Min(1, { message: 'invordering moet 1 of hoger zijn' })
  invordering!: number;

  @ApiProperty({ example: 100000, description: 'Hele eurocenten; een deelbetaling mag' })
  @IsInt({ message: 'bedragCent moet een geheel aantal eurocenten zijn' })
  @Min(1, { message: 'bedragCent moet positief zijn' })
  @Max(Number.MAX_SAFE_INTEGER)
  bedragCent!: number;

  @ApiProperty({ example: '2021-07-01' })
  @Matches(datum, { message: 'betaaldatum moet de vorm JJJJ-MM-DD hebben' })
  betaaldatum!: string;
}

export class RegistreerBezwaarRequest extends DwangsomstapRequest {
  @ApiProperty({ example: { besluit: 'last' }, description: '{ besluit: last } of { besluit: invorderingsbeschikking, invordering }' })
  @IsObject({ message: 'tegen moet een object zijn' })
  tegen!: Bestreden;

  @ApiProperty({ example: '2021-05-12' })
  @Matches(datum, { message: 'ontvangstdatum moet de vorm JJJJ-MM-DD hebben' })
  ontvangstdatum!: string;

  @ApiPropertyOptional({ example: '2021-05-11', description: 'Het poststempel, bij een bezwaar per post (art. 6:9 lid 2 Awb)' })
  @Weglaatbaar()
  @Matches(datum, { message: 'verzenddatum moet de vorm JJJJ-MM-DD hebben' })
  verzenddatum?: string;

  @ApiPropertyOptional({ example: true, description: 'Adviseert een adviescommissie (art. 7:13 Awb)? Dan is de beslistermijn twaalf weken (art. 7:10 lid 1 Awb); zonder opgave geldt het beleid van de gemeente op de ontvangstdatum' })
  @Weglaatbaar()
  @IsBoolean({ message: 'adviescommissie moet true of false zijn' })
  adviescommissie?: boolean;
}

/*
 * The steps in the beslistermijn op bezwaar and the rechtsgang after it, each about the bezwaar
 * against one besluit (`tegen`). Other contexts have steps of the same name: the OpenAPI document
 * keeps them apart by schema name.
 */

/** The bezwaar the step is about: against the last, or one invorderingsbeschikking. */
export class BezwaarstapRequest extends DwangsomstapRequest {
  @ApiProperty({ example: { besluit: 'invorderingsbeschikking', invordering: 1 }, description: '{ besluit: last } of { besluit: invorderingsbeschikking, invordering }' })
  @IsObject({ message: 'tegen moet een object zijn' })
  tegen!: Bestreden;
}

/*
 * The kernel's step bodies (platform/zaakstappen/awb-stap.requests.dto.ts), each with the besluit
 * the bezwaar is about; their own schema names keep them apart from other contexts' in OpenAPI.
 */
@ApiSchema({ name: 'DwangsomVraagHerstelVerzuimRequest' })
export class VraagHerstelVerzuimRequest extends IntersectionType(AwbVraagHerstelVerzuimRequest, BezwaarstapRequest) {}

@ApiSchema({ name: 'DwangsomRegistreerEindeOpschortingRequest' })
export class RegistreerEindeOpschortingRequest extends IntersectionType(AwbRegistreerEindeOpschortingRequest, BezwaarstapRequest) {}

@ApiSchema({ name: 'DwangsomVerdaagBeslistermijnBezwaarRequest' })
export class VerdaagBeslistermijnBezwaarRequest extends IntersectionType(AwbVerdaagBeslistermijnBezwaarRequest, BezwaarstapRequest) {}

@ApiSchema({ name: 'DwangsomStelBeslissingOpBezwaarUitRequest' })
export class StelBeslissingOpBezwaarUitRequest extends IntersectionType(AwbStelBeslissingOpBezwaarUitRequest, BezwaarstapRequest) {}

@ApiSchema({ name: 'DwangsomRegistreerVoorlopigeVoorzieningRequest' })
export class RegistreerVoorlopigeVoorzieningRequest extends IntersectionType(AwbRegistreerVoorlopigeVoorzieningRequest, BezwaarstapRequest) {}

@ApiSchema({ name: 'DwangsomRegistreerBeroepRequest' })
export class RegistreerBeroepRequest extends IntersectionType(AwbRegistreerBeroepRequest, BezwaarstapRequest) {}

@ApiSchema({ name: 'DwangsomRegistreerUitspraakOpBeroepRequest' })
export class RegistreerUitspraakOpBeroepRequest extends IntersectionType(AwbRegistreerUitspraakOpBeroepRequest, BezwaarstapRequest) {}

/** What a gegrond objection against the last does to it; each change only when given. */
export class GevolgVanBezwaarRequest {
  @ApiProperty({ enum: ['herroepen', 'gewijzigd'], example: 'gewijzigd' })
  @IsIn(['herroepen', 'gewijzigd'], { message: 'gevolg.soort moet herroepen of gewijzigd zijn' })
  soort!: 'herroepen' | 'gewijzigd';

  @ApiPropertyOptional({ example: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 25000 }, description: 'Gewijzigd: het lagere bedrag, van dezelfde soort' })
  @Weglaatbaar()
  @IsObject({ message: 'gevolg.bedrag moet een object zijn' })
  bedrag?: Dwangsombedrag;

  @ApiPropertyOptional({ example: 1000000, description: 'Gewijzigd: het lagere maximum in hele eurocenten, niet onder wat al verbeurde' })
  @Weglaatbaar()
  @IsInt({ message: 'gevolg.maximumCent moet een geheel aantal eurocenten zijn' })
  @Min(1, { message: 'gevolg.maximumCent moet positief zijn' })
  @Max(Number.MAX_SAFE_INTEGER)
  maximumCent?: number;

  @ApiPropertyOptional({
    example: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: true },
    description: 'Gewijzigd: een nieuwe begunstigingstermijn vanaf de bekendmaking van de beslissing op bezwaar, { lengte, verlengAlsAtw } of { einde }',
  })
  @Weglaatbaar()
  @IsObject({ message: 'gevolg.begunstigingstermijn moet een object zijn' })
  begunstigingstermijn?: GesteldeTermijn<Begunstigingsduur>;
}

export class NeemBeslissingOpBezwaarRequest extends DwangsomstapRequest {
  @ApiProperty({ example: { besluit: 'last' } })
  @IsObject({ message: 'tegen moet een object zijn' })
  tegen!: Bestreden;

  @ApiProperty({
    enum: ['gegrond', 'ongegrond', 'niet-ontvankelijk'],
    example: 'ongegrond',
    description: 'Gegrond herroept een invorderingsbeschikking; tegen de last herroept of wijzigt het (gevolg)',
  })
  @IsIn(['gegrond', 'ongegrond', 'niet-ontvankelijk'], { message: 'uitkomst moet gegrond, ongegrond of niet-ontvankelijk zijn' })
  uitkomst!: 'gegrond' | 'ongegrond' | 'niet-ontvankelijk';

  @ApiPropertyOptional({ type: GevolgVanBezwaarRequest, description: 'Alleen bij gegrond bezwaar tegen de last; zonder gevolg wordt de last herroepen' })
  @Weglaatbaar()
  @ValidateNested()
  @Type(() => GevolgVanBezwaarRequest)
  gevolg?: GevolgVanBezwaarRequest;

  @ApiProperty({ example: '2021-06-30' })
  @Matches(datum, { message: 'bekendmakingsdatum moet de vorm JJJJ-MM-DD hebben' })
  bekendmakingsdatum!: string;
}

export class BeeindigLastRequest extends DwangsomstapRequest {
  @ApiProperty({ example: '2022-01-01' })
  @Matches(datum, { message: 'ingangsdatum moet de vorm JJJJ-MM-DD hebben' })
  ingangsdatum!: string;

  @ApiProperty({ example: 'Een jaar zonder verbeuring; op verzoek opgeheven (art. 5:34 Awb)' })
  @IsString()
  @Length(5, 4000, { message: 'reden moet 5 tot 4000 tekens hebben' })
  reden!: string;
}
