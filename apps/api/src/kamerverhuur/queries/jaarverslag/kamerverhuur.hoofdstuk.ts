import { Injectable } from '@nestjs/common';
import { REDENEN_VAN_VERVAL, RESULTATEN_VAN_TRAJECT, TRAJECTSOORTEN, type RedenVanVerval, type ResultaatVanTraject } from '@handhaving/domain-kamerverhuur';
import type { Hoofdstuk, Rij, Tabel, Trend } from '@handhaving/rapportage';
import type { KamerverhuurCel, KamerverhuurCijfers, PerTrajectsoort, RegisterCel, Registertabel } from '@handhaving/read-models';
import { datumNl, periodeNl } from '../../../rapportage/datums-nl';
import type { HoofdstukMaker, Rapportvraag } from '../../../rapportage/hoofdstuk-maker';
import { ToenEnNu } from '../../../rapportage/toen-en-nu';
import { KamerverhuurCijfersService } from '../kamerverhuur-cijfers.service';

const RESULTAAT: Record<ResultaatVanTraject, string> = {
  nageleefd: 'nageleefd',
  gelegaliseerd: 'gelegaliseerd',
  'bestuursdwang-toegepast': 'bestuursdwang toegepast',
  'dwangsom-ingevorderd': 'dwangsom ingevorderd',
  'geen-overtreding': 'geen overtreding',
};

const VERVAL: Record<RedenVanVerval, string> = {
  'einddatum-verstreken': 'einddatum verstreken',
  afstand: 'afstand gedaan',
  'niet-gebruikt': 'niet gebruikt',
};

/** The columns of the figures table: kamerverhuur (kvng) and woningsplitsing (wspl), as Kerkrade splits them, and the total. */
const SOORTKOLOMMEN = [
  { sleutel: 'kamerverhuur', kop: 'kamerverhuur (kvng)' },
  { sleutel: 'woningsplitsing', kop: 'woningsplitsing c.a. (wspl)' },
  { sleutel: 'totaal', kop: 'totaal' },
] as const;

/**
 * Chapter 5 of the Uitvoeringsplan, "Cijfers aanpak brievenbuspanden": the "Overzicht kamerverhuur"
 * (the register at the start of the year before, 1-1, 1-6 and 1-1 after the year), and the year's
 * aanschrijvingen, handhavingstrajecten, juridische procedures and vergunningen per soort; trends
 * of the register's size at each year's end and of the trajecten started.
 */
@Injectable()
export class KamerverhuurHoofdstuk implements HoofdstukMaker {
  readonly id = 'kamerverhuur';

  constructor(private readonly cijfers: KamerverhuurCijfersService) {}

  async maak(vraag: Rapportvraag): Promise<Hoofdstuk> {
    const { gemeente, van, tot, bekendOp } = vraag;
    const start = `${vraag.jaar - 1}-01-01`;
    const datums = [start, `${vraag.jaar}-01-01`, `${vraag.jaar}-06-01`, `${vraag.jaar + 1}-01-01`];
    const registerNu = await this.cijfers.register({ gemeente, datums, afgevoerdSinds: start });
    const registerToen = bekendOp === undefined ? undefined : await this.cijfers.register({ gemeente, datums, afgevoerdSinds: start, bekendOp });
    const nu = await this.cijfers.cijfers({ gemeente, van, tot });
    const toen = bekendOp === undefined ? undefined : await this.cijfers.cijfers({ gemeente, van, tot, bekendOp });
    const registerPerJaar = await this.cijfers.register({ gemeente, datums: vraag.trendjaren.map((jaar) => `${jaar + 1}-01-01`), bekendOp });
    const perJaar = await Promise.all(vraag.trendjaren.map((jaar) => this.cijfers.cijfers({ gemeente, van: `${jaar}-01-01`, tot: `${jaar}-12-31`, bekendOp })));
    return {
      id: this.id,
      titel: 'Cijfers aanpak brievenbuspanden en kamerverhuur',
      toelichting: [
        'Het overzicht kamerverhuur telt de panden in het register op elke datum: een pand telt vanaf de ingangsdatum van zijn opname; afgevoerde panden tellen niet mee en staan apart als "afgevoerd sinds" de eerste datum.',
        'Vergunde kamerverhuur telt de panden met een kamerverhuurvergunning op die datum (ook gelegaliseerd); handhavingstrajecten de panden die op die datum in handhaving zijn.',
        'De cijfers over het jaar tellen elke stap op zijn eigen datum: een aanschrijving op de verzenddatum, een traject op de constateringsdatum, bezwaar en beroep op de dag van indienen; lopend of open is de stand op 31 december.',
        'Een correctie in het register (bijvoorbeeld objecten zonder formele vergunning) telt vanaf de dag dat zij is vastgelegd; waar het cijfer daardoor verschilt van het gerapporteerde, staan beide en noemt de voetnoot de panden.',
      ],
      tabellen: [overzicht(vraag, datums, registerNu, registerToen), jaarcijfers(vraag, nu, toen)],
      trends: trends(vraag.trendjaren, registerPerJaar, perJaar),
    };
  }
}

function overzicht(vraag: Rapportvraag, datums: readonly string[], nu: Registertabel, toen: Registertabel | undefined): Tabel {
  const toenEnNu = new ToenEnNu(vraag.bekendOp);
  const [start] = datums;
  const kop = (datum: string, index: number): string => {
    if (index === 0) return `Start ${datum.slice(0, 4)}`;
    return index === 1 ? `Situatie ${datumKort(datum)}` : `Situatie per ${datumKort(datum)}`;
  };
  const kolommen = datums.map((datum, index) => ({ sleutel: datum, kop: kop(datum, index) }));
  const rij = (rijkop: string, cel: (opDatum: Registertabel['datums'][number]) => RegisterCel | undefined): Rij => ({
    kop: rijkop,
    cellen: Object.fromEntries(
      datums.map((datum, index) => {
        const celNu = cel(nu.datums[index] as Registertabel['datums'][number]) ?? { aantal: 0, zaakIds: [] };
        const celToen = toen === undefined ? undefined : (cel(toen.datums[index] as Registertabel['datums'][number]) ?? { aantal: 0, zaakIds: [] });
        return [datum, toenEnNu.cel(`${rijkop}, ${kolommen[index]?.kop}`, celNu, celToen)];
      }),
    ),
  });
  return {
    id: 'kamerverhuur-overzicht',
    titel: 'Overzicht kamerverhuur',
    rijkop: 'Categorie',
    kolommen,
    rijen: [
      rij('Aantal panden', (d) => d.aantalPanden),
      rij(`waarvan afgevoerd (sinds ${datumKort(start as string)})`, (d) => d.afgevoerdSinds),
      rij('Vergunde kamerverhuur', (d) => d.vergund),
      rij('Handhavingstrajecten (panden in handhaving)', (d) => d.perStand['in-handhaving']),
      rij('In onderzoek', (d) => d.perStand['in-onderzoek']),
      rij('Gelegaliseerd', (d) => d.perStand.gelegaliseerd),
    ],
    voetnoten: toenEnNu.voetnoten(),
    // The cases behind a figure are the panden's entries in the register.
    zaakroute: '/api/kamerverhuurregister/zaken',
  };
}

function jaarcijfers(vraag: Rapportvraag, nu: KamerverhuurCijfers, toen: KamerverhuurCijfers | undefined): Tabel {
  const toenEnNu = new ToenEnNu(vraag.bekendOp);
  const perSoort = (kop: string, cel: (cijfers: KamerverhuurCijfers) => PerTrajectsoort): Rij => ({
    kop,
    cellen: Object.fromEntries(
      SOORTKOLOMMEN.map(({ sleutel, kop: kolom }) => [sleutel, toenEnNu.cel(`${kop}, ${kolom}`, cel(nu)[sleutel], toen === undefined ? undefined : cel(toen)[sleutel])]),
    ),
  });
  const totaal = (kop: string, cel: (cijfers: KamerverhuurCijfers) => KamerverhuurCel): Rij => ({ kop, cellen: { totaal: toenEnNu.cel(kop, cel(nu), toen === undefined ? undefined : cel(toen)) } });
  // A procedure row: against handhaving per soort; the total also holds those against a permit's besluit (no soort).
  const procedure = (kop: string, soort: 'bezwaar' | 'beroep', fase: 'ingesteld' | 'afgerond' | 'openAanEinde'): Rij => ({
    kop,
    cellen: Object.fromEntries(
      SOORTKOLOMMEN.map(({ sleutel, kop: kolom }) => {
        const cel = (cijfers: KamerverhuurCijfers): KamerverhuurCel => (sleutel === 'totaal' ? cijfers.juridischeProcedures[soort][fase] : cijfers.juridischeProcedures[soort].perSoort[sleutel][fase]);
        return [sleutel, toenEnNu.cel(`${kop}, ${kolom}`, cel(nu), toen === undefined ? undefined : cel(toen))];
      }),
    ),
  });
  return {
    id: 'kamerverhuur-cijfers',
    titel: `Aanschrijvingen, handhavingstrajecten en juridische procedures ${periodeNl(vraag)}`,
    rijkop: 'Onderdeel',
    kolommen: SOORTKOLOMMEN,
    rijen: [
      perSoort('Aanschrijvingen', (c) => c.aanschrijvingen.perSoort),
      totaal('waarvan vooraankondigingen', (c) => c.aanschrijvingen.vooraankondiging),
      totaal('waarvan voornemens', (c) => c.aanschrijvingen.voornemen),
      perSoort('Handhavingstrajecten gestart', (c) => c.handhavingstrajecten.gestart),
      perSoort('Handhavingstrajecten afgesloten', (c) => c.handhavingstrajecten.afgesloten),
      ...RESULTATEN_VAN_TRAJECT.map((resultaat) => perSoort(`afgesloten: ${RESULTAAT[resultaat]}`, (c) => c.handhavingstrajecten.perResultaat[resultaat])),
      perSoort(`Handhavingstrajecten lopend op ${datumNl(vraag.tot)}`, (c) => c.handhavingstrajecten.lopendAanEinde),
      perSoort('Lasten onder dwangsom opgelegd', (c) => c.lastenOnderDwangsom.opgelegd),
      perSoort('Dwangsommen verbeurd', (c) => c.lastenOnderDwangsom.verbeurd),
      procedure('Juridische procedures: bezwaar ingesteld', 'bezwaar', 'ingesteld'),
      procedure('Juridische procedures: bezwaar afgerond', 'bezwaar', 'afgerond'),
      procedure(`Juridische procedures: bezwaar nog lopend op ${datumNl(vraag.tot)}`, 'bezwaar', 'openAanEinde'),
      procedure('Juridische procedures: beroep ingesteld', 'beroep', 'ingesteld'),
      procedure('Juridische procedures: beroep afgerond', 'beroep', 'afgerond'),
      procedure(`Juridische procedures: beroep nog lopend op ${datumNl(vraag.tot)}`, 'beroep', 'openAanEinde'),
      totaal('waarvan bezwaar tegen een besluit op een kamerverhuurvergunning', (c) => c.juridischeProcedures.bezwaar.perHerkomst.vergunning.ingesteld),
      totaal('waarvan beroep tegen een besluit op een kamerverhuurvergunning', (c) => c.juridischeProcedures.beroep.perHerkomst.vergunning.ingesteld),
      totaal('Kamerverhuurvergunningen aangevraagd', (c) => c.vergunningen.aangevraagd),
      totaal('Kamerverhuurvergunningen verleend', (c) => c.vergunningen.verleend),
      totaal('Kamerverhuurvergunningen geweigerd', (c) => c.vergunningen.geweigerd),
      totaal('Kamerverhuurvergunningen ingetrokken', (c) => c.vergunningen.ingetrokken),
      totaal('Kamerverhuurvergunningen vervallen', (c) => c.vergunningen.vervallen),
      ...REDENEN_VAN_VERVAL.map((reden) => totaal(`vervallen: ${VERVAL[reden]}`, (c) => c.vergunningen.vervallenPerReden[reden])),
    ],
    voetnoten: toenEnNu.voetnoten(),
  };
}

function trends(jaren: readonly number[], register: Registertabel, perJaar: readonly KamerverhuurCijfers[]): Trend[] {
  return [
    {
      id: 'kamerverhuur-register',
      titel: 'Kamerverhuurregister aan het eind van elk jaar (per 1-1 daarna)',
      eenheid: 'panden',
      soort: 'lijn',
      jaren,
      reeksen: [
        { naam: 'aantal panden', waarden: register.datums.map((d) => d.aantalPanden.aantal) },
        { naam: 'vergunde kamerverhuur', waarden: register.datums.map((d) => d.vergund.aantal) },
        { naam: 'in handhaving', waarden: register.datums.map((d) => d.perStand['in-handhaving'].aantal) },
      ],
    },
    {
      id: 'kamerverhuur-trajecten',
      titel: 'Handhavingstrajecten gestart en aanschrijvingen',
      eenheid: 'aantal',
      jaren,
      reeksen: [
        ...TRAJECTSOORTEN.map((soort) => ({ naam: `trajecten gestart: ${soort}`, waarden: perJaar.map((c) => c.handhavingstrajecten.gestart[soort].aantal) })),
        { naam: 'aanschrijvingen', waarden: perJaar.map((c) => c.aanschrijvingen.totaal.aantal) },
      ],
    },
  ];
}

/** 2020-06-01 → 1-6-2020, as the Uitvoeringsplan heads its columns. */
function datumKort(datum: string): string {
  const [jaar, maand, dag] = datum.split('-');
  return `${Number(dag)}-${Number(maand)}-${jaar}`;
}
