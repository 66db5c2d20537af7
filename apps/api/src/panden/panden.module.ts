import { Module } from '@nestjs/common';
import { KoppelAdresAanPandHandler } from './commands/koppel-adres-aan-pand/koppel-adres-aan-pand.handler';
import { KoppelAdresAanPandController } from './commands/koppel-adres-aan-pand/koppel-adres-aan-pand.http.controller';

/** Panden: which addresses belong to which adresseerbaar object (BAG id), so that recidive sees one pand. */
@Module({
  controllers: [KoppelAdresAanPandController],
  providers: [KoppelAdresAanPandHandler],
})
export class PandenModule {}
