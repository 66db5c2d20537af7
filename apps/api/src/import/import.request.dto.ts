import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsObject, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { Weglaatbaar } from '../platform/validation/weglaatbaar';

/** At most this many commands per request; a bigger file goes in several requests. */
export const MAX_OPDRACHTEN_PER_VERZOEK = 1000;

export class ImportOpdrachtRequest {
  @ApiPropertyOptional({ example: 12, description: 'Het regelnummer in het importbestand; komt terug in de uitkomst' })
  @Weglaatbaar()
  @IsInt({ message: 'regel moet een geheel getal zijn' })
  @Min(1, { message: 'regel moet 1 of hoger zijn' })
  regel?: number;

  @ApiProperty({ example: 'POST /api/damocles/zaken', description: 'Methode en pad van een opdracht van deze API' })
  @Matches(/^(POST|PUT|PATCH|DELETE) \/api\/\S+$/, { message: 'opdracht moet "POST /api/…" (of PUT, PATCH, DELETE) zijn' })
  opdracht!: string;

  @ApiPropertyOptional({ description: 'De opdracht zelf, zoals het endpoint hem neemt (zie de documentatie van dat endpoint)' })
  @Weglaatbaar()
  @IsObject({ message: 'body moet een JSON-object zijn' })
  body?: Record<string, unknown>;

  @ApiPropertyOptional({ example: 'zaak-2020-17', description: 'Opdrachten met dezelfde reeks worden na elkaar uitgevoerd, in deze volgorde; verschillende reeksen naast elkaar' })
  @Weglaatbaar()
  @IsString()
  @Length(1, 500)
  reeks?: string;

  @ApiPropertyOptional({ example: 'import-2020-17-1', description: 'De Idempotency-Key van deze opdracht' })
  @Weglaatbaar()
  @Matches(/^[A-Za-z0-9._~-]{1,200}$/, { message: 'sleutel moet 1 tot 200 tekens zijn: letters, cijfers, . _ ~ of -' })
  sleutel?: string;
}

export class ImportRequest {
  @ApiProperty({ type: [ImportOpdrachtRequest] })
  @IsArray()
  @ArrayMaxSize(MAX_OPDRACHTEN_PER_VERZOEK, { message: `opdrachten mag hoogstens ${MAX_OPDRACHTEN_PER_VERZOEK} opdrachten bevatten` })
  @ValidateNested({ each: true })
  @Type(() => ImportOpdrachtRequest)
  opdrachten!: ImportOpdrachtRequest[];
}
