import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEADLINE_STATUSSEN, type DeadlineStatus } from '@handhaving/read-models';
import { IsIn, Matches } from 'class-validator';
import { IsKalenderdatum } from '../../../platform/validation/is-kalenderdatum';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';


export class DeadlinesRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiPropertyOptional({ example: '2020-04-01', description: 'Vroegste einddatum' })
  @Weglaatbaar()
  @IsKalenderdatum('van')
  van?: string;

  @ApiPropertyOptional({ example: '2020-04-30', description: 'Laatste einddatum' })
  @Weglaatbaar()
  @IsKalenderdatum('tot')
  tot?: string;

  @ApiPropertyOptional({ example: 'mijn', description: 'Alleen de termijnen van één medewerker; "mijn" voor de eigen' })
  @Weglaatbaar()
  medewerker?: string;

  @ApiPropertyOptional({ enum: [...DEADLINE_STATUSSEN], description: 'opgeschort: de termijn staat stil (art. 7:10 lid 2 Awb)' })
  @Weglaatbaar()
  @IsIn([...DEADLINE_STATUSSEN], { message: 'status moet lopend, opgeschort, verstreken, voldaan of vervallen zijn' })
  status?: DeadlineStatus;

  @ApiPropertyOptional({ example: '2020-04-15', description: 'De dag waarop "verstreken" wordt beoordeeld; vandaag als u niets opgeeft' })
  @Weglaatbaar()
  @IsKalenderdatum('peildatum')
  peildatum?: string;

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie uit een eerder antwoord verwerkt is' })
  @Weglaatbaar()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}
