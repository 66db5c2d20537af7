import type { Type } from '@nestjs/common';
import { adviescommissieVolgensBeleid } from './adviescommissie-volgens-beleid';
import type { Stapdefinitie } from './api-zaakcontext';
import {
  NeemBeslissingOpBezwaarRequest,
  RegistreerBeroepRequest,
  RegistreerBezwaarRequest,
  RegistreerEindeOpschortingRequest,
  RegistreerUitspraakOpBeroepRequest,
  RegistreerVoorlopigeVoorzieningRequest,
  RegistreerZienswijzeRequest,
  StelBeslissingOpBezwaarUitRequest,
  VerdaagBeslistermijnBezwaarRequest,
  VraagHerstelVerzuimRequest,
  ZaakstapRequest,
} from './awb-stap.requests.dto';

/*
 * The Awb steps every besluit-making context registers alike (libs/domain/awb, docs/awb-procedure.md):
 * the same routes, commands and words, with the context's request bodies (a dwangsom step names the
 * besluit its bezwaar is against). A context may say a step in its own words where its besluit
 * makes the difference (what a gegrond bezwaar does to a closure, what a voorziening holds up).
 */

export interface AwbStapRequests {
  readonly zienswijze: Type<object>;
  readonly zienswijzetermijnVerstreken: Type<object>;
  readonly bezwaar: Type<object>;
  readonly beslissingOpBezwaar: Type<object>;
  readonly herstelverzoek: Type<object>;
  readonly eindeOpschorting: Type<object>;
  readonly verdaging: Type<object>;
  readonly uitstel: Type<object>;
  readonly voorlopigeVoorziening: Type<object>;
  readonly beroep: Type<object>;
  readonly uitspraakOpBeroep: Type<object>;
}

/**
 * The shared bodies, for a context whose case has one besluit open to bezwaar and adds nothing to
 * the Awb steps (a kamerverhuurvergunning, a handhavingstraject).
 */
export const AWB_STAP_REQUESTS: AwbStapRequests = {
  zienswijze: RegistreerZienswijzeRequest,
  zienswijzetermijnVerstreken: ZaakstapRequest,
  bezwaar: RegistreerBezwaarRequest,
  beslissingOpBezwaar: NeemBeslissingOpBezwaarRequest,
  herstelverzoek: VraagHerstelVerzuimRequest,
  eindeOpschorting: RegistreerEindeOpschortingRequest,
  verdaging: VerdaagBeslistermijnBezwaarRequest,
  uitstel: StelBeslissingOpBezwaarUitRequest,
  voorlopigeVoorziening: RegistreerVoorlopigeVoorzieningRequest,
  beroep: RegistreerBeroepRequest,
  uitspraakOpBeroep: RegistreerUitspraakOpBeroepRequest,
};

type EigenWoorden = Partial<Record<string, Partial<Pick<Stapdefinitie, 'samenvatting' | 'beschrijving'>>>>;

export function awbStappen(requests: AwbStapRequests, eigenWoorden: EigenWoorden = {}): Stapdefinitie[] {
  const stappen: Stapdefinitie[] = [
    { pad: 'zienswijze', opdracht: 'RegistreerZienswijze', request: requests.zienswijze, samenvatting: 'Registreer een ontvangen zienswijze (schriftelijk of mondeling) van een betrokkene aan wie het voornemen ging (art. 4:8 Awb)' },
    { pad: 'zienswijzetermijn-verstreken', opdracht: 'StelVastDatZienswijzetermijnVerstreken', request: requests.zienswijzetermijnVerstreken, samenvatting: 'Stel vast dat de zienswijzetermijn zonder zienswijze van iedereen verstreek' },
    {
      pad: 'bezwaar',
      opdracht: 'RegistreerBezwaar',
      request: requests.bezwaar,
      samenvatting: 'Registreer een bezwaar; een te laat bezwaar wordt vastgelegd en gemarkeerd (art. 6:9, 6:11 Awb)',
      beschrijving: 'Met een adviescommissie (art. 7:13 Awb) is de beslistermijn twaalf weken, anders zes (art. 7:10 lid 1 Awb); zonder adviescommissie in de opdracht geldt het beleid van de gemeente op de ontvangstdatum.',
      aanvullen: adviescommissieVolgensBeleid,
    },
    { pad: 'herstelverzoek', opdracht: 'VraagHerstelVerzuim', request: requests.herstelverzoek, samenvatting: 'Vraag de bezwaarmaker een verzuim te herstellen (art. 6:6 Awb)', beschrijving: 'De beslistermijn op bezwaar staat stil vanaf de dag na het verzoek (art. 7:10 lid 2 Awb); in de termijnenlijst: opgeschort.' },
    { pad: 'einde-opschorting', opdracht: 'RegistreerEindeOpschorting', request: requests.eindeOpschorting, samenvatting: 'Registreer dat het verzuim is hersteld of dat de hersteltermijn ongebruikt verstreek', beschrijving: 'De opschorting eindigt (art. 7:10 lid 2 Awb); de beslistermijn schuift op met de dagen dat hij stilstond.' },
    { pad: 'verdaging', opdracht: 'VerdaagBeslistermijnBezwaar', request: requests.verdaging, samenvatting: 'Verdaag de beslissing op bezwaar: één keer, ten hoogste zes weken, vóór het einde van de termijn (art. 7:10 lid 3 Awb)' },
    {
      pad: 'uitstel',
      opdracht: 'StelBeslissingOpBezwaarUit',
      request: requests.uitstel,
      samenvatting: 'Stel de beslissing op bezwaar verder uit met instemming van de bezwaarmaker, vóór het einde van de termijn (art. 7:10 lid 4 Awb)',
      beschrijving: 'Alleen als de indiener instemt en andere belanghebbenden niet worden geschaad of ook instemmen; geen maximum, ook na een verdaging. De beslistermijn in de termijnenlijst schuift mee.',
    },
    { pad: 'beslissing-op-bezwaar', opdracht: 'NeemBeslissingOpBezwaar', request: requests.beslissingOpBezwaar, samenvatting: 'Neem de beslissing op bezwaar (art. 7:11 Awb)' },
    { pad: 'voorlopige-voorziening', opdracht: 'RegistreerVoorlopigeVoorziening', request: requests.voorlopigeVoorziening, samenvatting: 'Registreer een verzoek om voorlopige voorziening (hangende bezwaar of beroep) of de uitspraak erop (art. 8:81 Awb)' },
    { pad: 'beroep', opdracht: 'RegistreerBeroep', request: requests.beroep, samenvatting: 'Registreer een beroep bij de rechtbank tegen de beslissing op bezwaar; een te laat beroep wordt vastgelegd en gemarkeerd (art. 6:7, 6:9 Awb)' },
    { pad: 'uitspraak-op-beroep', opdracht: 'RegistreerUitspraakOpBeroep', request: requests.uitspraakOpBeroep, samenvatting: 'Registreer de uitspraak op beroep (gegrond: vernietigd of rechtsgevolgen in stand, art. 8:72 Awb)' },
  ];
  return stappen.map((stap) => ({ ...stap, ...eigenWoorden[stap.pad] }));
}
