import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

export class AgendaLinkIntrekkenRequest {
  @ApiPropertyOptional({
    example: 'a.jansen@gemeente.example',
    description: 'De medewerker (user id) van wie beheer de links intrekt; zonder dit veld trekt u uw eigen links in',
  })
  @Weglaatbaar()
  @IsString({ message: 'medewerker moet tekst zijn (het user id)' })
  @Length(1, 200, { message: 'medewerker moet 1 tot 200 tekens hebben' })
  medewerker?: string;
}
