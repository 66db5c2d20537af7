import { Injectable } from '@nestjs/common';
import { BEVINDINGEN, VERVOLGCONTEXTEN, type Bevinding, type Vervolgcontext } from '@handhaving/domain-flexteam';
import type { Cel, Hoofdstuk, Rij, Tabel, Trend } from '@handhaving/rapportage';
import { STANDEN, type FlexteamCel, type FlexteamCijfers } from '@handhaving/read-models';
import type { HoofdstukMaker, Rapportvraag } from '../../../rapportage/hoofdstuk-maker';
import { ToenEnNu, type Waarom } from '../../../rapportage/toen-en-nu';
import { FlexteamCijfersService } from '../flexteam-cijfers.service';

const BEVINDING: Record<Bevinding, string> = {
  kamerverhuur: 'kamerverhuur',
  woningsplitsing: 'woningsplitsing',
  'brp-onjuist': 'inschrijving in de BRP onjuist',
  brandonveilig: 'brandonveilig',
  'drugs-aangetroffen': 'drugs aangetroffen',
  overlast: 'overlast',
  'geen-bijzonderheden': 'geen bijzonderheden',
};

const VERVOLG: Record<Vervolgcontext, string> = {
  kamerverhuurtraject: 'handhavingstraject kamerverhuur',
  damocles: 'Damocleszaak',
  verzoek: 'verzoek aan BRP of bouw- en woningtoezicht',
  melding: 'melding',
  dwangsom: 'dwangsomzaak',
};

/**
 * The gemeentelijk flexteam in the report: its controls, the addresses visited and entered, what
 * was found and the follow-up each finding got, for the year before and the year; and where each
 * follow-up stood a year after its control. Trends of controls, visits and findings.
 */
@Injectable()
export class FlexteamHoofdstuk implements HoofdstukMaker {
  readonly id = 'flexteam';

  constructor(private readonly cijfers: FlexteamCijfersService) {}

  async maak(vraag: Rapportvraag): Promise<Hoofdstuk> {
    const { gemeente, bekendOp } = vraag;
    const jaren = [vraag.jaar - 1, vraag.jaar];
    const nu = await Promise.all(jaren.map((jaar) => this.cijfers.cijfers({ gemeente, jaar })));
    const toen = bekendOp === undefined ? undefined : await Promise.all(jaren.map((jaar) => this.cijfers.cijfers({ gemeente, jaar, bekendOp })));
    const perJaar = await Promise.all(vraag.trendjaren.map((jaar) => this.cijfers.cijfers({ gemeente, jaar, bekendOp })));
    return {
      id: this.id,
      titel: 'Cijfers gemeentelijk flexteam',
      toelichting: [
        'Een controle telt in het jaar waarin zij is gehouden, met alles wat daar is aangetroffen, ook als dat later is vastgelegd; een geannuleerde controle in het jaar waarin zij gepland stond.',
        'Adressen bezocht telt elk bezoek; toegang is het deel van de bezoeken waarbij het team binnenkwam. Een bezoek met twee bevindingen telt in beide rijen.',
        'Het vervolg telt per bevinding de zaak die eruit is gestart (handhavingstraject, Damocleszaak, verzoek, melding of dwangsomzaak) en de bevindingen waarvan is afgezien.',
        'Een jaar na de controle staat elk vervolg in de stand van zijn eigen zaak op die dag; is dat jaar nog niet om, dan telt het als "nog geen jaar verstreken".',
      ],
      tabellen: [controles(vraag, jaren, nu, toen), naEenJaar(vraag, jaren, nu, toen)],
      trends: trends(vraag.trendjaren, perJaar),
    };
  }
}

type Kolomcel = (cijfers: FlexteamCijfers) => FlexteamCel;

/**
 * Why a follow-up's stand a year later differs from the report: mostly the year after its control
 * was not over on the day reported, or its case took a step recorded since.
 */
const STAND_SINDSDIEN: Waarom = {
  bij: 'het jaar na de controle was toen nog niet om, of de stap is later vastgelegd',
  af: 'het jaar na de controle is sindsdien om, of gecorrigeerd',
};

function rijMaker(toenEnNu: ToenEnNu, jaren: readonly number[], nu: readonly FlexteamCijfers[], toen: readonly FlexteamCijfers[] | undefined, waarom?: Waarom) {
  return (kop: string, cel: Kolomcel): Rij => ({
    kop,
    cellen: Object.fromEntries(
      jaren.map((jaar, index) => [String(jaar), toenEnNu.cel(`${kop}, ${jaar}`, cel(nu[index] as FlexteamCijfers), toen === undefined ? undefined : cel(toen[index] as FlexteamCijfers), waarom)]),
    ),
  });
}

function controles(vraag: Rapportvraag, jaren: readonly number[], nu: readonly FlexteamCijfers[], toen: readonly FlexteamCijfers[] | undefined): Tabel {
  const toenEnNu = new ToenEnNu(vraag.bekendOp);
  const rij = rijMaker(toenEnNu, jaren, nu, toen);
  const percentage = (index: number): Cel => {
    const waarde = (nu[index] as FlexteamCijfers).adressen.toegangPercentage;
    const dan = toen?.[index]?.adressen.toegangPercentage;
    return { waarde, ...(dan === undefined || dan === waarde ? {} : { toen: dan }) };
  };
  return {
    id: 'flexteam-controles',
    titel: 'Controles van het flexteam',
    rijkop: 'Onderdeel',
    kolommen: jaren.map((jaar) => ({ sleutel: String(jaar), kop: String(jaar) })),
    rijen: [
      rij('Controles uitgevoerd', (c) => c.controles.uitgevoerd),
      rij('Controles geannuleerd', (c) => c.controles.geannuleerd),
      rij('Adressen bezocht', (c) => c.adressen.bezocht),
      rij('waarvan gepland', (c) => c.adressen.gepland),
      rij('waarvan op de dag toegevoegd', (c) => c.adressen.opDeDagToegevoegd),
      rij('Adressen met toegang', (c) => c.adressen.metToegang),
      { kop: 'Toegang (%)', cellen: Object.fromEntries(jaren.map((jaar, index) => [String(jaar), percentage(index)])) },
      ...BEVINDINGEN.map((bevinding) => rij(`Bevinding: ${BEVINDING[bevinding]}`, (c) => c.bevindingen[bevinding])),
      rij('Vervolg gestart', (c) => c.vervolg.gestart.totaal),
      ...VERVOLGCONTEXTEN.map((context) => rij(`waarvan ${VERVOLG[context]}`, (c) => c.vervolg.gestart[context])),
      rij('Vervolg afgezien', (c) => c.vervolg.afgezien),
    ],
    voetnoten: toenEnNu.voetnoten(),
  };
}

function naEenJaar(vraag: Rapportvraag, jaren: readonly number[], nu: readonly FlexteamCijfers[], toen: readonly FlexteamCijfers[] | undefined): Tabel {
  const toenEnNu = new ToenEnNu(vraag.bekendOp);
  const rij = rijMaker(toenEnNu, jaren, nu, toen, STAND_SINDSDIEN);
  const stand = (context: Vervolgcontext, naam: string): Kolomcel => (c) => (c.naEenJaar[context] as Readonly<Record<string, FlexteamCel>>)[naam] as FlexteamCel;
  return {
    id: 'flexteam-na-een-jaar',
    titel: 'Stand van het vervolg een jaar na de controle',
    rijkop: 'Vervolg en stand',
    kolommen: jaren.map((jaar) => ({ sleutel: String(jaar), kop: `controles ${jaar}` })),
    rijen: VERVOLGCONTEXTEN.flatMap((context) => [
      rij(`${hoofdletter(VERVOLG[context])} gestart`, (c) => c.vervolg.gestart[context]),
      ...[...STANDEN[context], 'nogGeenJaar'].map((naam) => rij(`${VERVOLG[context]}: ${standNl(naam)}`, stand(context, naam))),
    ]),
    voetnoten: toenEnNu.voetnoten(),
  };
}

/** afgesloten-nageleefd → "afgesloten, nageleefd"; nogGeenJaar → "nog geen jaar verstreken". */
function standNl(stand: string): string {
  if (stand === 'nogGeenJaar') return 'nog geen jaar verstreken';
  const [eerste, ...rest] = stand.split('-');
  return (eerste === 'afgesloten' || eerste === 'gesloten') && rest.length > 0 ? `${eerste}, ${rest.join(' ')}` : stand.replace(/-/g, ' ');
}

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

function trends(jaren: readonly number[], perJaar: readonly FlexteamCijfers[]): Trend[] {
  return [
    {
      id: 'flexteam-controles',
      titel: 'Controles en bezochte adressen',
      eenheid: 'aantal',
      jaren,
      reeksen: [
        { naam: 'controles uitgevoerd', waarden: perJaar.map((c) => c.controles.uitgevoerd.aantal) },
        { naam: 'adressen bezocht', waarden: perJaar.map((c) => c.adressen.bezocht.aantal) },
        { naam: 'adressen met toegang', waarden: perJaar.map((c) => c.adressen.metToegang.aantal) },
      ],
    },
    {
      id: 'flexteam-bevindingen',
      titel: 'Bevindingen per soort',
      eenheid: 'bezoeken',
      jaren,
      reeksen: BEVINDINGEN.map((bevinding) => ({ naam: BEVINDING[bevinding], waarden: perJaar.map((c) => c.bevindingen[bevinding].aantal) })),
    },
  ];
}
