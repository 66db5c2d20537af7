import { Module } from '@nestjs/common';
import { BeleidModule } from '../beleid/beleid.module';
import { EerdereVondstenController } from './queries/eerdere-vondsten/eerdere-vondsten.http.controller';

/** The recidive check across contexts (docs/flexteam.md, "Recidive across contexts"); the Damocles check of a case stays in DamoclesModule. */
@Module({
  imports: [BeleidModule],
  controllers: [EerdereVondstenController],
})
export class RecidiveModule {}
