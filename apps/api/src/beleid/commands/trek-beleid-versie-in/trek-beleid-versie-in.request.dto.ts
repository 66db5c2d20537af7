import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class TrekBeleidVersieInRequest {
  @ApiProperty({ example: 'Ingangsdatum verkeerd ingevoerd; juiste versie volgt' })
  @IsString()
  @Length(1, 2000, { message: 'reden moet 1 tot 2000 tekens hebben' })
  reden!: string;
}
