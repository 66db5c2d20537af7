import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { STANDEN, type Stand } from '@handhaving/domain-kamerverhuur';
import { PandRequest } from '../../panden/pand.request.dto';
import { DATUM, ZaakstapRequest } from '../../platform/zaakstappen/awb-stap.requests.dto';
import { Weglaatbaar } from '../../platform/validation/weglaatbaar';

/*
 * The bodies of the register's steps (docs/kamerverhuur.md, "Het pandregister"). The edge checks
 * their shape; whether a move between stands is allowed, the decider (422 with the rule).
 */

export class PandBetrokkenenRequest {
  @ApiProperty({ example: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', description: 'De eigenaar: een id uit POST /api/betrokkenen' })
  @IsUUID('all', { message: 'eigenaarId moet een id uit POST /api/betrokkenen zijn' })
  eigenaarId!: string;

  @ApiPropertyOptional({ example: '5e1d2c3b-4a5f-4e6d-8c7b-9a0b1c2d3e4f', description: 'De exploitant (verhuurder), als dat een ander is' })
  @Weglaatbaar()
  @IsUUID('all', { message: 'exploitantId moet een id uit POST /api/betrokkenen zijn' })
  exploitantId?: string;
}

export class NeemPandOpRequest extends ZaakstapRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiProperty({ type: PandRequest, description: 'Het pand; een pand staat één keer in het register' })
  @IsDefined({ message: 'pand is verplicht' })
  @ValidateNested()
  @Type(() => PandRequest)
  pand!: PandRequest;

  @ApiProperty({ example: 5 })
  @IsInt({ message: 'aantalKamers moet een geheel getal zijn' })
  @Min(1, { message: 'aantalKamers moet 1 of meer zijn' })
  aantalKamers!: number;

  @ApiProperty({ type: PandBetrokkenenRequest })
  @IsDefined({ message: 'betrokkenen is verplicht: ten minste de eigenaar' })
  @ValidateNested()
  @Type(() => PandBetrokkenenRequest)
  betrokkenen!: PandBetrokkenenRequest;

  @ApiProperty({ example: '2019-01-01', description: 'Vanaf wanneer het pand in het register staat (in onderzoek)' })
  @Matches(DATUM, { message: 'ingangsdatum moet de vorm JJJJ-MM-DD hebben' })
  ingangsdatum!: string;
}

export class WijzigStandRequest extends ZaakstapRequest {
  @ApiProperty({ enum: STANDEN, example: 'in-handhaving' })
  @IsIn([...STANDEN], { message: `naar moet ${STANDEN.join(', ')} zijn` })
  naar!: Stand;

  @ApiPropertyOptional({ example: 'geen kamerverhuur meer', description: 'Verplicht bij afgevoerd' })
  @Weglaatbaar()
  @IsString({ message: 'reden moet een tekst zijn' })
  @Length(1, 1000, { message: 'reden moet 1 tot 1000 tekens hebben' })
  reden?: string;

  @ApiProperty({ example: '2020-03-01', description: 'De dag waarop de nieuwe stand ingaat' })
  @Matches(DATUM, { message: 'ingangsdatum moet de vorm JJJJ-MM-DD hebben' })
  ingangsdatum!: string;
}

export class CorrectieRequest {
  @ApiProperty({ enum: ['wijziging-vervalt'], example: 'wijziging-vervalt', description: 'Een eerdere wijziging blijkt nooit te hebben plaatsgevonden' })
  @IsIn(['wijziging-vervalt'], { message: 'soort moet wijziging-vervalt zijn' })
  soort!: 'wijziging-vervalt';

  @ApiProperty({ example: 1, description: 'Het nummer van de wijziging (zie GET de zaak)' })
  @IsInt({ message: 'wijziging moet een geheel getal zijn' })
  @Min(1, { message: 'wijziging moet 1 of meer zijn' })
  wijziging!: number;
}

export class CorrigeerGegevensRequest extends ZaakstapRequest {
  @ApiProperty({ type: CorrectieRequest })
  @IsDefined({ message: 'correctie is verplicht' })
  @ValidateNested()
  @Type(() => CorrectieRequest)
  correctie!: CorrectieRequest;

  @ApiProperty({ example: 'bijzondere afspraken, geen formele vergunning' })
  @IsString({ message: 'reden moet een tekst zijn' })
  @Length(1, 1000, { message: 'reden moet 1 tot 1000 tekens hebben' })
  reden!: string;
}
