import { Module } from '@nestjs/common';
import { KamerverhuurModule } from '../kamerverhuur/kamerverhuur.module';
import { zaakInzienController } from '../platform/zaakstappen/zaak-inzien.http.controller';
import { zaakstappenController } from '../platform/zaakstappen/zaakstappen.http.controller';
import { FlexteamCommandsController } from './commands/flexteam-commands.http.controller';
import { flexteamcontroleApi } from './controle/controle.api-context';
import { openVervolg } from './controle/open-vervolg';
import { VervolgGekoppeld } from './processen/vervolg-gekoppeld.process';
import { VervolgNaControle } from './processen/vervolg-na-controle.process';
import { FlexteamCijfersController } from './queries/flexteam-cijfers.http.controller';
import { FlexteamCijfersService } from './queries/flexteam-cijfers.service';
import { FlexteamHoofdstuk } from './queries/jaarverslag/flexteam.hoofdstuk';
import { verzoekApi } from './verzoek/verzoek.api-context';

/** Who reads a control or a request: the flexteam and the medewerkers who follow up, the analyst and beheer. */
const LEZERS = ['juridisch-medewerker', 'toezichthouder', 'oov-analist', 'beheer'] as const;

/**
 * The flexteam (docs/flexteam.md): its controls, the follow-ups their findings start in the other
 * contexts (process managers), the outgoing requests to the BRP and bouw- en woningtoezicht, and
 * the year figures (docs/cijfers.md, "Flexteam").
 */
@Module({
  imports: [KamerverhuurModule],
  controllers: [
    FlexteamCommandsController,
    zaakstappenController(flexteamcontroleApi),
    zaakstappenController(verzoekApi),
    zaakInzienController(flexteamcontroleApi, {
      samenvatting: 'Een flexteamcontrole: planning, bezoeken met bevindingen, per bevinding het vervolg (de zaak of de reden van afzien), de bevindingen zonder vervolg met de voorbereide zaak (een Damocleszaak wacht op de rapportage van de politie), en de tijdlijn',
      rollen: LEZERS,
      erbij: openVervolg,
    }),
    zaakInzienController(verzoekApi, { samenvatting: 'Een verzoek aan de BRP of bouw- en woningtoezicht: herkomst, antwoordtermijn, antwoord en tijdlijn', rollen: LEZERS }),
    FlexteamCijfersController,
  ],
  providers: [VervolgNaControle, VervolgGekoppeld, FlexteamCijfersService, FlexteamHoofdstuk],
  exports: [FlexteamHoofdstuk],
})
export class FlexteamModule {}
