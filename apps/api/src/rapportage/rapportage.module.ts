import { Module } from '@nestjs/common';
import { BibobModule } from '../bibob/bibob.module';
import { DamoclesModule } from '../damocles/damocles.module';
import { DwangsomModule } from '../dwangsom/dwangsom.module';
import { FlexteamModule } from '../flexteam/flexteam.module';
import { KamerverhuurModule } from '../kamerverhuur/kamerverhuur.module';
import { MeldingenModule } from '../meldingen/meldingen.module';
import { JaarverslagWeergave } from './jaarverslag-weergave';
import { JaarverslagController } from './jaarverslag.http.controller';
import { JaarverslagService } from './jaarverslag.service';

/** The annual report: the chapters the contexts provide (hoofdstukken.ts), made into one document. */
@Module({
  imports: [DamoclesModule, BibobModule, DwangsomModule, KamerverhuurModule, MeldingenModule, FlexteamModule],
  controllers: [JaarverslagController],
  providers: [JaarverslagService, JaarverslagWeergave],
})
export class RapportageModule {}
