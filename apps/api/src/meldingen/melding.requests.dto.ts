import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsString, IsUUID, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { BRONNEN, CATEGORIEEN, REDENEN_VAN_SLUITEN, type Bron, type Categorie, type RedenVanSluiten } from '@handhaving/domain-meldingen';
import { PandRequest } from '../panden/pand.request.dto';
import { DATUM, ZaakstapRequest } from '../platform/zaakstappen/awb-stap.requests.dto';
import { NieuweZaakRequest } from '../platform/zaakstappen/nieuwe-zaak.request.dto';
import { Weglaatbaar } from '../platform/validation/weglaatbaar';

/*
 * The bodies of the meldingen register's steps (libs/domain/meldingen): the edge checks their
 * shape, the decider what they mean (which categories a bron may use, the order of the dates).
 */

const keuze = (veld: string, waarden: readonly string[]) => ({ message: `${veld} moet ${waarden.join(', ')} zijn` });
const tekst = (veld: string, min: number, max: number) => ({ message: `${veld} moet ${min} tot ${max} tekens hebben` });
const SOORTEN_PLAATS = ['pand', 'gebied'] as const;

/** What the melding is about: a pand, or an area in words. */
export class PlaatsVanMeldingRequest {
  @ApiProperty({ enum: SOORTEN_PLAATS, example: 'gebied' })
  @IsIn([...SOORTEN_PLAATS], keuze('plaats.soort', SOORTEN_PLAATS))
  soort!: (typeof SOORTEN_PLAATS)[number];

  @ApiPropertyOptional({ type: PandRequest, description: 'Bij soort pand' })
  @ValidateIf((plaats: PlaatsVanMeldingRequest) => plaats.soort === 'pand')
  @IsDefined({ message: 'plaats.pand is verplicht bij soort pand' })
  @ValidateNested()
  @Type(() => PandRequest)
  pand?: PandRequest;

  @ApiPropertyOptional({ example: 'Park Gracht', description: 'Bij soort gebied: straat, buurt of park, zonder namen van personen' })
  @ValidateIf((plaats: PlaatsVanMeldingRequest) => plaats.soort === 'gebied')
  @IsString({ message: 'plaats.omschrijving moet tekst zijn' })
  @Length(1, 200, tekst('plaats.omschrijving', 1, 200))
  omschrijving?: string;
}

export class RegistreerMeldingRequest extends NieuweZaakRequest {
  @ApiProperty({ enum: BRONNEN, example: 'meldpunt-overlast' })
  @IsIn([...BRONNEN], keuze('bron', BRONNEN))
  bron!: Bron;

  @ApiProperty({ enum: CATEGORIEEN, example: 'drugsoverlast', description: 'Een categorie van de bron: het meldpunt en de meldkamer hebben elk hun eigen lijst' })
  @IsIn([...CATEGORIEEN], keuze('categorie', CATEGORIEEN))
  categorie!: Categorie;

  @ApiProperty({ type: PlaatsVanMeldingRequest })
  @IsDefined({ message: 'plaats is verplicht' })
  @ValidateNested()
  @Type(() => PlaatsVanMeldingRequest)
  plaats!: PlaatsVanMeldingRequest;

  @ApiProperty({ example: '2020-03-02', description: 'De dag van de melding; de cijfers tellen haar in dat jaar' })
  @Matches(DATUM, { message: 'meldingsdatum moet de vorm JJJJ-MM-DD hebben' })
  meldingsdatum!: string;

  @ApiPropertyOptional({ example: 'Er wordt dagelijks gedeald bij de ingang van het park', description: 'De woorden van de melder: de API verzegelt ze voordat ze worden vastgelegd' })
  @Weglaatbaar()
  @IsString({ message: 'omschrijving moet tekst zijn' })
  @Length(1, 4000, tekst('omschrijving', 1, 4000))
  omschrijving?: string;
}

export class KoppelMeldingAanPandRequest extends ZaakstapRequest {
  @ApiProperty({ type: PandRequest, description: 'Het pand waarover de melding bleek te gaan' })
  @IsDefined({ message: 'pand is verplicht' })
  @ValidateNested()
  @Type(() => PandRequest)
  pand!: PandRequest;
}

/** The case a melding was taken into. */
export class GekoppeldeZaakRequest {
  @ApiProperty({ example: 'damocles', description: 'De soort zaak: damocles, dwangsom, kamerverhuurtraject, …' })
  @IsString({ message: 'zaak.context moet tekst zijn' })
  @Length(1, 60, tekst('zaak.context', 1, 60))
  context!: string;

  @ApiProperty({ example: '6f1c2a9e-3b7d-4e8f-9a0b-1c2d3e4f5a6b' })
  @IsUUID('all', { message: 'zaak.zaakId moet een UUID zijn' })
  zaakId!: string;
}

export class SluitMeldingRequest extends ZaakstapRequest {
  @ApiProperty({ enum: REDENEN_VAN_SLUITEN, example: 'afgehandeld' })
  @IsIn([...REDENEN_VAN_SLUITEN], keuze('reden', REDENEN_VAN_SLUITEN))
  reden!: RedenVanSluiten;

  @ApiPropertyOptional({ type: GekoppeldeZaakRequest, description: 'Alleen bij opgenomen-in-zaak, en dan verplicht' })
  @Weglaatbaar()
  @ValidateNested()
  @Type(() => GekoppeldeZaakRequest)
  zaak?: GekoppeldeZaakRequest;
}
