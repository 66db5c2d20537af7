import { Injectable } from '@nestjs/common';
import { AANVRAAGTYPEN, BESLUITUITKOMSTEN, REDENEN_VAN_OPSCHORTING, SIGNAALREDENEN, type Aanvraagtype, type Besluituitkomst, type RedenVanOpschorting, type Signaalreden } from '@handhaving/domain-bibob';
import type { Cel, Hoofdstuk, Rij, Tabel, Trend } from '@handhaving/rapportage';
import type { BibobCel, BibobCijfers } from '@handhaving/read-models';
import { periodeNl } from '../../../rapportage/datums-nl';
import type { HoofdstukMaker, Rapportvraag } from '../../../rapportage/hoofdstuk-maker';
import { ToenEnNu } from '../../../rapportage/toen-en-nu';
import { KERKRADE_RIJEN } from '../cijfers/bibob-cijfers-csv';
import { BibobCijfersService } from '../cijfers/bibob-cijfers.service';

const REDEN: Record<Signaalreden, string> = {
  'signaal-ondermijning': 'signaal ondermijning',
  vastgoedtransactie: 'vastgoedtransactie',
  'herbeoordeling-vergunning': 'herbeoordeling lopende vergunning',
};

const AANVRAAGTYPE: Record<Aanvraagtype, string> = {
  'exploitatievergunning-horeca': 'exploitatievergunning horeca',
  alcoholvergunning: 'alcoholvergunning',
  'bijschrijving-leidinggevende': 'bijschrijving leidinggevende',
  speelautomaten: 'speelautomatenvergunning',
  seksinrichting: 'vergunning seksinrichting',
  omgevingsvergunning: 'omgevingsvergunning',
  subsidie: 'subsidie',
};

const UITKOMST: Record<Besluituitkomst, string> = {
  verleend: 'verleend',
  'verleend-onder-voorschriften': 'verleend onder voorschriften',
  geweigerd: 'geweigerd',
  ingetrokken: 'ingetrokken',
};

const OPSCHORTING: Record<RedenVanOpschorting, string> = {
  'aanvullende-stukken': 'aanvullende stukken (vragenformulier)',
  'advies-lbb': 'advies Landelijk Bureau Bibob',
  'vragen-lbb': 'vragen van het Landelijk Bureau Bibob',
};

/**
 * The bestuurlijke aanpak in the report: the Uitvoeringsplan's "Aantal opgevoerde drugspanden
 * i.h.k.v. bestuurlijke aanpak" (casussen on a signal and on an aanvraag, the year before and the
 * year), and the toetsen afgerond, LBB advices, outcomes and suspensions of the year. Counts only:
 * a Bibob toets is secret (art. 28 Wet Bibob), so no cell or footnote names a toets.
 */
@Injectable()
export class BibobHoofdstuk implements HoofdstukMaker {
  readonly id = 'bibob';

  constructor(private readonly cijfers: BibobCijfersService) {}

  async maak(vraag: Rapportvraag): Promise<Hoofdstuk> {
    const { gemeente, bekendOp } = vraag;
    const jaren = [vraag.jaar - 1, vraag.jaar];
    const opJaar = (jaar: number, op: string | undefined): Promise<BibobCijfers> => this.cijfers.cijfers({ gemeente, van: `${jaar}-01-01`, tot: `${jaar}-12-31`, bekendOp: op });
    const nuPerJaar = await Promise.all(jaren.map((jaar) => opJaar(jaar, undefined)));
    const toenPerJaar = bekendOp === undefined ? undefined : await Promise.all(jaren.map((jaar) => opJaar(jaar, bekendOp)));
    const nu = await this.cijfers.cijfers({ gemeente, van: vraag.van, tot: vraag.tot });
    const toen = bekendOp === undefined ? undefined : await this.cijfers.cijfers({ gemeente, van: vraag.van, tot: vraag.tot, bekendOp });
    const perJaar = await Promise.all(vraag.trendjaren.map((jaar) => opJaar(jaar, bekendOp)));
    return {
      id: this.id,
      titel: 'Bestuurlijke aanpak (Bibob)',
      toelichting: [
        'Een casus telt in het jaar waarin de Bibob-toets is gestart: n.a.v. een signaal (ondermijning, vastgoedtransactie, herbeoordeling) of n.a.v. een aanvraag (nieuwe vergunning, bijschrijven leidinggevende en andere aanvragen).',
        'Afgerond telt op de dag van het besluit of van het afsluiten zonder besluit; een lopende toets telt niet. Een besluit dat op bezwaar is herzien, blijft meetellen in zijn jaar en staat daaronder als "waarvan later herzien op bezwaar".',
        'Een opschorting telt in het jaar waarin het antwoord kwam, met de dagen gewacht (van de dag na het verzoek tot de dag voor het antwoord). Lopende opschortingen tellen niet.',
        'Alleen aantallen: de inhoud van een Bibob-toets is geheim (art. 28 Wet Bibob); het verslag noemt geen toetsen of betrokkenen.',
      ],
      tabellen: [opgevoerd(jaren, nuPerJaar, toenPerJaar, bekendOp), toetsen(vraag, nu, toen)],
      trends: trends(vraag.trendjaren, perJaar),
    };
  }
}

/** A count only: the toetsen behind it stay out of the report, in the cell and in its footnote. */
function aantal(toenEnNu: ToenEnNu, waar: string, nu: BibobCel, toen: BibobCel | undefined): Cel {
  const { zaken: _zaken, ...cel } = toenEnNu.cel(waar, { aantal: nu.aantal, zaakIds: [] }, toen === undefined ? undefined : { aantal: toen.aantal, zaakIds: [] });
  return cel;
}

function opgevoerd(jaren: readonly number[], nu: readonly BibobCijfers[], toen: readonly BibobCijfers[] | undefined, bekendOp: string | undefined): Tabel {
  const toenEnNu = new ToenEnNu(bekendOp);
  const rij = (kop: string, cel: (cijfers: BibobCijfers) => BibobCel): Rij => ({
    kop,
    cellen: Object.fromEntries(jaren.map((jaar, index) => [String(jaar), aantal(toenEnNu, `${kop}, ${jaar}`, cel(nu[index]), toen === undefined ? undefined : cel(toen[index]))])),
  });
  return {
    id: 'bibob-opgevoerd',
    titel: 'Aantal opgevoerde “drugspanden” i.h.k.v. bestuurlijke aanpak',
    rijkop: 'Casus',
    kolommen: jaren.map((jaar) => ({ sleutel: String(jaar), kop: String(jaar) })),
    rijen: [
      rij(KERKRADE_RIJEN.opSignaal, (cijfers) => cijfers.gestart.opSignaal),
      rij(KERKRADE_RIJEN.opAanvraag, (cijfers) => cijfers.gestart.opAanvraag),
      ...SIGNAALREDENEN.map((reden) => rij(`n.a.v. signaal: ${REDEN[reden]}`, (cijfers) => cijfers.gestart.perReden[reden])),
      ...AANVRAAGTYPEN.map((type) => rij(`n.a.v. aanvraag: ${AANVRAAGTYPE[type]}`, (cijfers) => cijfers.gestart.perAanvraagtype[type])),
      rij('Totaal opgevoerd', (cijfers) => cijfers.gestart.totaal),
    ],
    voetnoten: toenEnNu.voetnoten(),
  };
}

function toetsen(vraag: Rapportvraag, nu: BibobCijfers, toen: BibobCijfers | undefined): Tabel {
  const toenEnNu = new ToenEnNu(vraag.bekendOp);
  const rij = (kop: string, cel: (cijfers: BibobCijfers) => BibobCel): Rij => ({ kop, cellen: { aantal: aantal(toenEnNu, kop, cel(nu), toen === undefined ? undefined : cel(toen)) } });
  const opschorting = (reden: RedenVanOpschorting): Rij => {
    const kop = `Opschorting beëindigd: ${OPSCHORTING[reden]}`;
    const celNu = nu.opschortingen[reden];
    const celToen = toen?.opschortingen[reden];
    return {
      kop,
      cellen: {
        aantal: aantal(toenEnNu, kop, celNu, celToen),
        dagen: verschil(celNu.dagen, celToen?.dagen),
        mediaan: verschil(celNu.mediaanDagen, celToen?.mediaanDagen),
      },
    };
  };
  return {
    id: 'bibob-toetsen',
    titel: `Bibob-toetsen ${periodeNl(vraag)}`,
    rijkop: 'Onderdeel',
    kolommen: [
      { sleutel: 'aantal', kop: 'aantal' },
      { sleutel: 'dagen', kop: 'dagen opgeschort (totaal)' },
      { sleutel: 'mediaan', kop: 'mediaan dagen' },
    ],
    rijen: [
      rij('Toetsen afgerond met besluit', (cijfers) => cijfers.afgerond.metBesluit),
      rij('Toetsen afgesloten zonder besluit', (cijfers) => cijfers.afgerond.zonderBesluit),
      rij('Advies Landelijk Bureau Bibob aangevraagd', (cijfers) => cijfers.lbbAdviezen.aangevraagd),
      rij('Advies Landelijk Bureau Bibob ontvangen', (cijfers) => cijfers.lbbAdviezen.ontvangen),
      ...BESLUITUITKOMSTEN.map((uitkomst) => rij(`Besluit: ${UITKOMST[uitkomst]}`, (cijfers) => cijfers.uitkomsten[uitkomst])),
      rij('waarvan later herzien op bezwaar', (cijfers) => cijfers.uitkomsten.laterHerzien),
      ...REDENEN_VAN_OPSCHORTING.map(opschorting),
    ],
    voetnoten: toenEnNu.voetnoten(),
  };
}

/** A figure that is no count (days, a median), with the figure then where it differs. */
function verschil(nu: number | null, toen: number | null | undefined): Cel {
  return { waarde: nu, ...(toen === undefined || toen === nu ? {} : { toen }) };
}

function trends(jaren: readonly number[], perJaar: readonly BibobCijfers[]): Trend[] {
  return [
    {
      id: 'bibob-casussen',
      titel: 'Opgevoerde casussen per aanleiding',
      eenheid: 'casussen',
      jaren,
      reeksen: [
        ...SIGNAALREDENEN.map((reden) => ({ naam: `signaal: ${REDEN[reden]}`, waarden: perJaar.map((cijfers) => cijfers.gestart.perReden[reden].aantal) })),
        { naam: 'aanvraag (alle typen)', waarden: perJaar.map((cijfers) => cijfers.gestart.opAanvraag.aantal) },
      ],
    },
  ];
}
