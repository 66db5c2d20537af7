import { Module } from '@nestjs/common';
import { KoppelAdresAanPandHandler } from './commands/koppel-adres-aan-pand/koppel-adres-aan-pand.handler';
import { KoppelAdresAanPandController } from './commands/koppel-adres-aan-pand/koppel-adres-aan-pand.http.controller';
import { PandDossierController } from './queries/pand-dossier/pand-dossier.http.controller';
import { PandRangordeController } from './queries/pand-rangorde/pand-rangorde.http.controller';

/** Panden: which addresses belong to which adresseerbaar object (BAG id), so that recidive sees one pand; a pand's dossier across contexts; the ranking of addresses for a flexteam control. */
@Module({
  controllers: [KoppelAdresAanPandController, PandDossierController, PandRangordeController],
  providers: [KoppelAdresAanPandHandler],
})
export class PandenModule {}
