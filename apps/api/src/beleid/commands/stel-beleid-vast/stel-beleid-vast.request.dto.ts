import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString, Length, Matches } from 'class-validator';
import { voorbeeldBeleid, type Beleid } from '@handhaving/policy';

export class StelBeleidVastRequest {
  @ApiProperty({ example: '2020-01-01', description: 'De eerste dag waarop deze versie geldt (datum van de feiten)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'ingangsdatum moet de vorm JJJJ-MM-DD hebben' })
  ingangsdatum!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: voorbeeldBeleid(),
    description: 'Het volledige beleid: Damocles-ladder, recidivetermijn, termijnen en herinneringen; elke regel wordt gecontroleerd',
  })
  @IsObject({ message: 'beleid moet een object zijn' })
  beleid!: Beleid;

  @ApiProperty({ example: 'Damoclesbeleid 2020, vastgesteld door de burgemeester op 2019-12-10' })
  @IsString()
  @Length(1, 2000, { message: 'toelichting moet 1 tot 2000 tekens hebben' })
  toelichting!: string;
}
