import { Injectable } from '@nestjs/common';
import { GRONDSLAGEN, type GrondslagSoort } from '@handhaving/domain-dwangsom';
import type { Cel, Hoofdstuk, Rij, Tabel, Trend } from '@handhaving/rapportage';
import type { DwangsomBedragCel, DwangsomCijfers } from '@handhaving/read-models';
import { periodeNl } from '../../../rapportage/datums-nl';
import type { HoofdstukMaker, Rapportvraag } from '../../../rapportage/hoofdstuk-maker';
import { ToenEnNu, type Telling } from '../../../rapportage/toen-en-nu';
import { DwangsomCijfersService } from '../cijfers/dwangsom-cijfers.service';

/** The grondslag as a council reads it. */
const GRONDSLAG: Record<GrondslagSoort, string> = {
  apv: 'APV',
  'gemeentewet-151d': 'art. 151d Gemeentewet (woonoverlast)',
  'opiumwet-13b': 'art. 13b Opiumwet (drugspand)',
  huisvestingswet: 'Huisvestingswet',
  omgevingswet: 'Omgevingswet',
};

/**
 * The bestuurlijke dwangsom in the report: lasten opgelegd per grondslag (and those against drug
 * dealers, the Uitvoeringsplan's "Het opleggen van bestuurlijke dwangsom aan drugsdealers"),
 * forfeitures, money collected and lost to verjaring, exhausted lasten and objections.
 */
@Injectable()
export class DwangsomHoofdstuk implements HoofdstukMaker {
  readonly id = 'dwangsom';

  constructor(private readonly cijfers: DwangsomCijfersService) {}

  async maak(vraag: Rapportvraag): Promise<Hoofdstuk> {
    const { gemeente, van, tot, bekendOp } = vraag;
    const nu = await this.cijfers.cijfers({ gemeente, van, tot });
    const toen = bekendOp === undefined ? undefined : await this.cijfers.cijfers({ gemeente, van, tot, bekendOp });
    const perJaar = await Promise.all(vraag.trendjaren.map((jaar) => this.cijfers.cijfers({ gemeente, van: `${jaar}-01-01`, tot: `${jaar}-12-31`, bekendOp })));
    return {
      id: this.id,
      titel: 'Cijfers bestuurlijke dwangsommen',
      toelichting: [
        'Een last telt in het jaar van het besluit, onder zijn grondslag; een last die op bezwaar is herroepen, telt niet meer.',
        'Verbeurd telt per verbeuring op de dag van verbeuren; geïnd per betaling op de betaaldatum; verjaard is het bedrag dat niet op tijd is ingevorderd.',
      ],
      tabellen: [tabel(vraag, nu, toen)],
      trends: trends(vraag.trendjaren, perJaar),
    };
  }
}

function tabel(vraag: Rapportvraag, nu: DwangsomCijfers, toen: DwangsomCijfers | undefined): Tabel {
  const toenEnNu = new ToenEnNu(vraag.bekendOp);
  const aantal = (kop: string, celNu: Telling, celToen: Telling | undefined): Rij => ({ kop, cellen: { aantal: toenEnNu.cel(kop, celNu, celToen) } });
  const metBedrag = (kop: string, celNu: DwangsomBedragCel, celToen: DwangsomBedragCel | undefined): Rij => ({
    kop,
    cellen: { aantal: toenEnNu.cel(kop, celNu, celToen), bedrag: euro(celNu.bedragCent, celToen?.bedragCent) },
  });
  return {
    id: 'dwangsom-lasten',
    titel: `Bestuurlijke dwangsommen ${periodeNl(vraag)}`,
    rijkop: 'Onderdeel',
    kolommen: [
      { sleutel: 'aantal', kop: 'aantal' },
      { sleutel: 'bedrag', kop: 'bedrag (€)' },
    ],
    rijen: [
      ...GRONDSLAGEN.map((grondslag) => aantal(`Lasten opgelegd: ${GRONDSLAG[grondslag]}`, nu.lastenOpgelegd[grondslag], toen?.lastenOpgelegd[grondslag])),
      aantal('Lasten opgelegd, totaal', nu.lastenOpgelegd.totaal, toen?.lastenOpgelegd.totaal),
      aantal('waarvan aan drugsdealers', nu.lastenAanDrugsdealers, toen?.lastenAanDrugsdealers),
      metBedrag('Verbeuringen', nu.verbeuringen, toen?.verbeuringen),
      metBedrag('Geïnd', nu.geind, toen?.geind),
      aantal('Lasten uitgeput (maximum bereikt)', nu.lastenUitgeput, toen?.lastenUitgeput),
      metBedrag('Verjaard (niet op tijd ingevorderd)', nu.verjaard, toen?.verjaard),
      aantal('Bezwaren tegen een last', nu.bezwaren.tegenLast, toen?.bezwaren.tegenLast),
      aantal('Bezwaren tegen een invorderingsbeschikking', nu.bezwaren.tegenInvordering, toen?.bezwaren.tegenInvordering),
      aantal('waarvan te laat ingediend', nu.bezwaren.laat, toen?.bezwaren.laat),
    ],
    voetnoten: toenEnNu.voetnoten(),
    zaakroute: '/api/dwangsom/zaken',
  };
}

/** An amount in euros (a number, so a spreadsheet can add it), with the amount then where it differs. */
function euro(nuCent: number, toenCent: number | undefined): Cel {
  return { waarde: nuCent / 100, ...(toenCent === undefined || toenCent === nuCent ? {} : { toen: toenCent / 100 }) };
}

function trends(jaren: readonly number[], perJaar: readonly DwangsomCijfers[]): Trend[] {
  return [
    {
      id: 'dwangsom-lasten',
      titel: 'Lasten onder dwangsom en verbeuringen',
      eenheid: 'aantal',
      jaren,
      reeksen: [
        { naam: 'lasten opgelegd', waarden: perJaar.map((cijfers) => cijfers.lastenOpgelegd.totaal.aantal) },
        { naam: 'waarvan aan drugsdealers', waarden: perJaar.map((cijfers) => cijfers.lastenAanDrugsdealers.aantal) },
        { naam: 'verbeuringen', waarden: perJaar.map((cijfers) => cijfers.verbeuringen.aantal) },
      ],
    },
    {
      id: 'dwangsom-bedragen',
      titel: 'Verbeurd, geïnd en verjaard',
      eenheid: 'euro',
      jaren,
      reeksen: [
        { naam: 'verbeurd', waarden: perJaar.map((cijfers) => cijfers.verbeuringen.bedragCent / 100) },
        { naam: 'geïnd', waarden: perJaar.map((cijfers) => cijfers.geind.bedragCent / 100) },
        { naam: 'verjaard', waarden: perJaar.map((cijfers) => cijfers.verjaard.bedragCent / 100) },
      ],
    },
  ];
}
