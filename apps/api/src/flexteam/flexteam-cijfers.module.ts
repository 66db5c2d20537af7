import { Module } from '@nestjs/common';
import { FlexteamCijfersController } from './queries/flexteam-cijfers.http.controller';

/** The flexteam figures (docs/cijfers.md, "Flexteam"); the controls' and requests' own routes are in FlexteamModule. */
@Module({ controllers: [FlexteamCijfersController] })
export class FlexteamCijfersModule {}
