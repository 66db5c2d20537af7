import { Module, type DynamicModule } from '@nestjs/common';
import type { ApiConfig } from './config/api-config';
import { BeleidModule } from './beleid/beleid.module';
import { BetrokkenenModule } from './betrokkenen/betrokkenen.module';
import { BIBOB_VERTROUWELIJKE_VELDEN } from './bibob/inhoud/toets-inhoud';
import { BibobModule } from './bibob/bibob.module';
import { DamoclesModule } from './damocles/damocles.module';
import { ImportModule } from './import/import.module';
import { KamerverhuurModule } from './kamerverhuur/kamerverhuur.module';
import { MeldingenModule } from './meldingen/meldingen.module';
import { PandenModule } from './panden/panden.module';
import { DwangsomModule } from './dwangsom/dwangsom.module';
import { FlexteamModule } from './flexteam/flexteam.module';
import { PlatformModule, type PlatformOptions } from './platform/platform.module';
import { RapportageModule } from './rapportage/rapportage.module';
import { RecidiveModule } from './recidive/recidive.module';
import { TermijnenModule } from './termijnen/termijnen.module';

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, options: PlatformOptions = {}): DynamicModule {
    return { module: AppModule, imports: [PlatformModule.forRoot(config, { vertrouwelijkeVelden: BIBOB_VERTROUWELIJKE_VELDEN, ...options }), BeleidModule, BetrokkenenModule, BibobModule, DamoclesModule, DwangsomModule, FlexteamModule, KamerverhuurModule, MeldingenModule, PandenModule, RecidiveModule, TermijnenModule, RapportageModule, ImportModule] };
  }
}
