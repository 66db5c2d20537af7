import { Injectable } from '@nestjs/common';
import { BRONNEN, MELDKAMER_CATEGORIEEN, MELDPUNT_CATEGORIEEN, type Bron, type Categorie, type MeldkamerCategorie, type MeldpuntCategorie } from '@handhaving/domain-meldingen';
import type { Hoofdstuk, Rij, Tabel, Trend } from '@handhaving/rapportage';
import type { MeldingenCel, MeldingenJaarcijfers } from '@handhaving/read-models';
import type { HoofdstukMaker, Rapportvraag } from '../../../rapportage/hoofdstuk-maker';
import { ToenEnNu, type Telling } from '../../../rapportage/toen-en-nu';
import { MeldingenCijfersService } from '../meldingen-cijfers.service';

/** Kerkrade's column headings of "Cijfers meldpunt overlast". */
const MELDPUNT: Record<MeldpuntCategorie, string> = {
  drugsoverlast: 'Drugs overlast',
  'georganiseerde-criminaliteit-en-ondermijning': 'Georganiseerde criminaliteit en ondermijning',
  'verward-gedrag': 'Gevaar/overlast door verward gedrag',
  jeugdoverlast: 'Jeugd overlast',
  'prostitutie-en-mensenhandel': 'Prostitutie en mensenhandel',
  'huiselijk-geweld': 'Huiselijk geweld',
  'sociale-veiligheid-openbare-ruimte': 'Sociale veiligheid in de openbare ruimte',
  verkeersveiligheid: 'Verkeer veiligheid',
  woonoverlast: 'Woon overlast',
};

/** Kerkrade's column headings of "Cijfers meldkamer handhaving". */
const MELDKAMER: Record<MeldkamerCategorie, string> = {
  'overlast-verdovende-middelen': 'Overlast verdovende middelen',
  'overlast-geluid': 'Overlast geluid',
  'vernieling-en-of-graffiti': 'Vernieling en/of graffiti',
  'overlast-jeugd': 'Overlast jeugd',
  'overlast-recreatie-en-of-buitengebied': 'Overlast recreatie en/of buitengebied',
  'leefbaarheid-algemeen': 'Leefbaarheid algemeen',
  'overlast-verkeer-en-of-parkeren': 'Overlast verkeer en/of parkeren',
  'overlast-personen-en-antisociaal-gedrag': 'Overlast personen en antisociaal gedrag',
  'overlast-afvalstoffen': 'Overlast afvalstoffen',
  'overlast-huisdieren': 'Overlast (huis)dieren',
  'defecte-en-of-gevonden-voertuigen': 'Defecte en/of gevonden voertuigen',
  'overlast-bedrijven': 'Overlast bedrijven',
  'overlast-horeca-en-of-bedrijven': 'Overlast horeca en/of bedrijven',
  'overlast-stank': 'Overlast stank',
  'overlast-vuurwerk': 'Overlast vuurwerk',
};

const BRON: Record<Bron, string> = {
  'meldpunt-overlast': 'Meldpunt overlast',
  'meldkamer-handhaving': 'Meldkamer handhaving',
  politie: 'Politie',
  riec: 'RIEC',
  brp: 'BRP (afwijking in de basisregistratie)',
  'eerdere-zaak': 'Eerdere zaak',
};

/** The bronnen with a table of their own in Kerkrade's chapter 6; the others share one, a row each. */
const EIGEN_TABEL: readonly Bron[] = ['meldpunt-overlast', 'meldkamer-handhaving'];

/** How many years the meldpunt and meldkamer tables show, the report's year first (Kerkrade: 2020, 2019, 2018). */
const TABELJAREN = 3;

/**
 * Chapter 6 of the Uitvoeringsplan: "Cijfers meldpunt overlast" and "Cijfers meldkamer handhaving"
 * per category, a row per year for the last three years, and the meldingen of the other sources;
 * trends of the meldpunt per category and of every source's total.
 */
@Injectable()
export class MeldingenHoofdstuk implements HoofdstukMaker {
  readonly id = 'meldingen';

  constructor(private readonly cijfers: MeldingenCijfersService) {}

  async maak(vraag: Rapportvraag): Promise<Hoofdstuk> {
    const { gemeente, bekendOp } = vraag;
    const jaren = Array.from({ length: TABELJAREN }, (_, index) => vraag.jaar - index);
    const nu = await Promise.all(jaren.map((jaar) => this.cijfers.jaarcijfers({ gemeente, jaar, metZaakIds: true })));
    const toen = bekendOp === undefined ? undefined : await Promise.all(jaren.map((jaar) => this.cijfers.jaarcijfers({ gemeente, jaar, bekendOp, metZaakIds: true })));
    const perJaar = await Promise.all(vraag.trendjaren.map((jaar) => this.cijfers.jaarcijfers({ gemeente, jaar, bekendOp, metZaakIds: false })));
    const overige = BRONNEN.filter((bron) => !EIGEN_TABEL.includes(bron));
    return {
      id: this.id,
      titel: 'Cijfers meldpunt overlast en meldkamer handhaving',
      toelichting: [
        'Een melding telt in het jaar van haar meldingsdatum (de dag van de melding, niet de dag van registreren), één keer, onder haar bron en categorie.',
        'Het meldpunt overlast en de meldkamer handhaving hebben elk hun eigen categorieën en hun eigen tabel; meldingen van politie, RIEC, BRP of uit een eerdere zaak staan in een tabel eronder.',
        'Een melding die na de rapportagedatum is geregistreerd, telt nu mee in haar jaar; waar het cijfer daardoor verschilt van het gerapporteerde, staan beide en noemt de voetnoot de meldingen.',
      ],
      tabellen: [
        perCategorie(vraag, 'meldingen-meldpunt', 'Cijfers meldpunt overlast', 'Meldingen meldpunt overlast', 'meldpunt-overlast', MELDPUNT, jaren, nu, toen),
        perCategorie(vraag, 'meldingen-meldkamer', 'Cijfers meldkamer handhaving', 'Meldingen meldkamer handhaving', 'meldkamer-handhaving', MELDKAMER, jaren, nu, toen),
        overigeBronnen(vraag, overige, jaren, nu, toen),
      ],
      trends: trends(vraag.trendjaren, perJaar),
    };
  }
}

/** One source's table as Kerkrade prints it: a row per year (newest first), a column per category and the total. */
function perCategorie<C extends Categorie>(
  vraag: Rapportvraag,
  id: string,
  titel: string,
  rijkop: string,
  bron: Bron,
  koppen: Record<C, string>,
  jaren: readonly number[],
  nu: readonly MeldingenJaarcijfers[],
  toen: readonly MeldingenJaarcijfers[] | undefined,
): Tabel {
  const toenEnNu = new ToenEnNu(vraag.bekendOp);
  const categorieen = Object.keys(koppen) as C[];
  const rijen: Rij[] = jaren.map((jaar, index) => {
    const rijNu = (nu[index] as MeldingenJaarcijfers).perBron[bron];
    const rijToen = toen?.[index]?.perBron[bron];
    return {
      kop: String(jaar),
      cellen: {
        ...Object.fromEntries(categorieen.map((categorie) => [categorie, toenEnNu.cel(`${jaar}, ${koppen[categorie]}`, telling(rijNu.perCategorie[categorie]), rijToen === undefined ? undefined : telling(rijToen.perCategorie[categorie]))])),
        totaal: toenEnNu.cel(`${jaar}, totaal`, totaal(rijNu.perCategorie, rijNu.totaal), rijToen === undefined ? undefined : totaal(rijToen.perCategorie, rijToen.totaal)),
      },
    };
  });
  return {
    id,
    titel,
    rijkop,
    kolommen: [...categorieen.map((categorie) => ({ sleutel: categorie, kop: koppen[categorie] })), { sleutel: 'totaal', kop: 'totaal' }],
    rijen,
    voetnoten: toenEnNu.voetnoten(),
    zaakroute: '/api/melding/zaken',
  };
}

/** The other sources, a row each, a column per year: how many meldingen they gave, over all categories. */
function overigeBronnen(vraag: Rapportvraag, bronnen: readonly Bron[], jaren: readonly number[], nu: readonly MeldingenJaarcijfers[], toen: readonly MeldingenJaarcijfers[] | undefined): Tabel {
  const toenEnNu = new ToenEnNu(vraag.bekendOp);
  const oplopend = [...jaren].reverse();
  const index = (jaar: number): number => jaren.indexOf(jaar);
  return {
    id: 'meldingen-overige-bronnen',
    titel: 'Meldingen van andere bronnen',
    rijkop: 'Bron',
    kolommen: oplopend.map((jaar) => ({ sleutel: String(jaar), kop: String(jaar) })),
    rijen: bronnen.map((bron) => ({
      kop: BRON[bron],
      cellen: Object.fromEntries(
        oplopend.map((jaar) => {
          const vanNu = (nu[index(jaar)] as MeldingenJaarcijfers).perBron[bron];
          const vanToen = toen?.[index(jaar)]?.perBron[bron];
          return [String(jaar), toenEnNu.cel(`${BRON[bron]}, ${jaar}`, totaal(vanNu.perCategorie, vanNu.totaal), vanToen === undefined ? undefined : totaal(vanToen.perCategorie, vanToen.totaal))];
        }),
      ),
    })),
    voetnoten: toenEnNu.voetnoten(),
    zaakroute: '/api/melding/zaken',
  };
}

function telling(cel: MeldingenCel | undefined): Telling {
  return { aantal: cel?.aantal ?? 0, zaakIds: cel?.zaakIds ?? [] };
}

function totaal(perCategorie: MeldingenJaarcijfers['perBron'][Bron]['perCategorie'], aantal: number): Telling {
  return { aantal, zaakIds: Object.values(perCategorie).flatMap((cel) => cel?.zaakIds ?? []) };
}

function trends(jaren: readonly number[], perJaar: readonly MeldingenJaarcijfers[]): Trend[] {
  return [
    {
      id: 'meldingen-meldpunt',
      titel: 'Meldpunt overlast per categorie',
      eenheid: 'meldingen',
      jaren,
      reeksen: MELDPUNT_CATEGORIEEN.map((categorie) => ({ naam: MELDPUNT[categorie], waarden: perJaar.map((cijfers) => cijfers.perBron['meldpunt-overlast'].perCategorie[categorie]?.aantal ?? 0) })),
    },
    {
      id: 'meldingen-meldkamer',
      titel: 'Meldkamer handhaving per categorie',
      eenheid: 'meldingen',
      jaren,
      reeksen: MELDKAMER_CATEGORIEEN.map((categorie) => ({ naam: MELDKAMER[categorie], waarden: perJaar.map((cijfers) => cijfers.perBron['meldkamer-handhaving'].perCategorie[categorie]?.aantal ?? 0) })),
    },
    {
      id: 'meldingen-per-bron',
      titel: 'Meldingen per bron',
      eenheid: 'meldingen',
      jaren,
      reeksen: BRONNEN.map((bron) => ({ naam: BRON[bron], waarden: perJaar.map((cijfers) => cijfers.perBron[bron].totaal) })),
    },
  ];
}
