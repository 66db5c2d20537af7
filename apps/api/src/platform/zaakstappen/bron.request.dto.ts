import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { BRONCONTEXTEN, type Broncontext } from '@handhaving/domain-shared';

/** The flexteam control a case follows up (a kamerverhuur traject, a Damocles case): the same body in every context. */
export class BronRequest {
  @ApiProperty({ enum: BRONCONTEXTEN, example: 'flexteam' })
  @IsIn([...BRONCONTEXTEN], { message: `bron.context moet ${BRONCONTEXTEN.join(', ')} zijn` })
  context!: Broncontext;

  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', description: 'De flexteamcontrole (zaakId)' })
  @IsUUID('all', { message: 'bron.zaakId moet een UUID zijn' })
  zaakId!: string;
}
