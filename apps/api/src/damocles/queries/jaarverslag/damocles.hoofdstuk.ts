import { Injectable } from '@nestjs/common';
import type { Hoofdstuk, Rij, Tabel, Trend } from '@handhaving/rapportage';
import { CIJFER_CATEGORIEEN, type CijferRij } from '@handhaving/read-models';
import type { HoofdstukMaker, Rapportvraag } from '../../../rapportage/hoofdstuk-maker';
import { periodeNl } from '../../../rapportage/datums-nl';
import { ToenEnNu, type Telling, type Waarom } from '../../../rapportage/toen-en-nu';
import { DamoclesCijfersService, type DamoclesCijfersMetOpmerkingen } from '../cijfers/damocles-cijfers.service';

const KOLOMMEN = [
  { sleutel: 'softdrugs', kop: 'softdrugs' },
  { sleutel: 'harddrugs', kop: 'harddrugs' },
  { sleutel: 'attributen', kop: 'attributen' },
  { sleutel: 'totaal', kop: 'totalen' },
] as const;

/**
 * Chapter 4 of the Uitvoeringsplan, "Cijfers toepassing Damoclesbeleid": the table of measures per
 * category (counting rules of docs/cijfers.md), the closures later revoked, rapportages received
 * and recidive; trends of closures, warnings, rapportages and recidive over the years.
 */
@Injectable()
export class DamoclesHoofdstuk implements HoofdstukMaker {
  readonly id = 'damocles';

  constructor(private readonly cijfers: DamoclesCijfersService) {}

  async maak(vraag: Rapportvraag): Promise<Hoofdstuk> {
    const { gemeente, van, tot, bekendOp } = vraag;
    const nu = await this.cijfers.cijfers({ gemeente, van, tot, bekendOp: undefined });
    const toen = bekendOp === undefined ? undefined : await this.cijfers.cijfers({ gemeente, van, tot, bekendOp });
    const perJaar = await Promise.all(vraag.trendjaren.map((jaar) => this.cijfers.cijfers({ gemeente, van: `${jaar}-01-01`, tot: `${jaar}-12-31`, bekendOp })));
    return {
      id: this.id,
      titel: 'Cijfers toepassing Damoclesbeleid',
      toelichting: [
        'Alleen daadwerkelijk genomen besluiten tellen, in het jaar van het besluit; lopende procedures (nog geen waarschuwing of sluitingsbesluit) niet.',
        'Een zaak telt één keer, bij het zwaarste feit dat in het pand is aangetroffen (harddrugs boven softdrugs boven attributen).',
        'Rapportages tellen in het jaar van ontvangst; recidive is een rapportage waarbij in hetzelfde pand binnen de termijn van het beleid (Kerkrade: 36 maanden) eerder drugs zijn aangetroffen.',
        'Een sluitingsbesluit dat later is herroepen, blijft meetellen in het jaar waarin het is genomen en staat daaronder als "waarvan later herroepen".',
        ...(nu.opmerkingen ?? []),
      ],
      tabellen: [maatregelen(vraag, nu, toen)],
      trends: trends(vraag.trendjaren, perJaar),
    };
  }
}

function maatregelen(vraag: Rapportvraag, nu: DamoclesCijfersMetOpmerkingen, toen: DamoclesCijfersMetOpmerkingen | undefined): Tabel {
  const toenEnNu = new ToenEnNu(vraag.bekendOp);
  const rij = (kop: string, rijNu: CijferRij, rijToen: CijferRij | undefined, opties: { nvtHarddrugs?: boolean; waarom?: Waarom } = {}): Rij => ({
    kop,
    cellen: Object.fromEntries(
      KOLOMMEN.map(({ sleutel }) => {
        const cel = toenEnNu.cel(`${kop}, ${sleutel}`, rijNu[sleutel], rijToen?.[sleutel], opties.waarom);
        // The law allows no warning for harddrugs: "n.v.t.", unless a later correction made a warned case's find harddrugs.
        return [sleutel, opties.nvtHarddrugs && sleutel === 'harddrugs' && cel.waarde === 0 && cel.toen === undefined ? { waarde: null } : cel];
      }),
    ),
  });
  const herroepen = (rijNu: typeof nu.sluitingsbesluiten): CijferRij => ({
    softdrugs: rijNu.softdrugs.laterHerroepen,
    harddrugs: rijNu.harddrugs.laterHerroepen,
    attributen: rijNu.attributen.laterHerroepen,
    totaal: rijNu.totaal.laterHerroepen,
  });
  const totaal = (kop: string, celNu: Telling, celToen: Telling | undefined): Rij => ({ kop, cellen: { totaal: toenEnNu.cel(kop, celNu, celToen) } });
  const rijen = [
    rij('Sluitingsbesluit', nu.sluitingsbesluiten, toen?.sluitingsbesluiten),
    rij('waarvan later herroepen', herroepen(nu.sluitingsbesluiten), toen === undefined ? undefined : herroepen(toen.sluitingsbesluiten), {
      waarom: { bij: 'sindsdien op bezwaar herroepen', af: 'herroeping teruggedraaid of feiten gecorrigeerd' },
    }),
    rij('Waarschuwing', nu.waarschuwingen, toen?.waarschuwingen, { nvtHarddrugs: true }),
    totaal('Ontvangen rapportages drugspanden', nu.rapportagesOntvangen, toen?.rapportagesOntvangen),
    totaal('Recidive (opnieuw drugs in hetzelfde pand binnen de recidivetermijn)', nu.recidive, toen?.recidive),
  ];
  return {
    id: 'damocles-maatregelen',
    titel: `Damoclesbeleid ${periodeNl(vraag)}`,
    rijkop: 'Maatregel',
    kolommen: KOLOMMEN,
    rijen,
    voetnoten: toenEnNu.voetnoten(),
    zaakroute: '/api/damocles/zaken',
  };
}

function trends(jaren: readonly number[], perJaar: readonly DamoclesCijfersMetOpmerkingen[]): Trend[] {
  const perCategorie = (rij: (cijfers: DamoclesCijfersMetOpmerkingen) => CijferRij) =>
    CIJFER_CATEGORIEEN.map((categorie) => ({ naam: categorie, waarden: perJaar.map((cijfers) => rij(cijfers)[categorie].aantal) }));
  return [
    { id: 'damocles-sluitingen', titel: 'Sluitingsbesluiten per categorie', eenheid: 'sluitingsbesluiten', jaren, reeksen: perCategorie((cijfers) => cijfers.sluitingsbesluiten) },
    { id: 'damocles-waarschuwingen', titel: 'Waarschuwingen per categorie', eenheid: 'waarschuwingen', jaren, reeksen: perCategorie((cijfers) => cijfers.waarschuwingen).filter((reeks) => reeks.naam !== 'harddrugs') },
    {
      id: 'damocles-rapportages',
      titel: 'Ontvangen rapportages en recidive',
      eenheid: 'rapportages',
      jaren,
      reeksen: [
        { naam: 'ontvangen rapportages', waarden: perJaar.map((cijfers) => cijfers.rapportagesOntvangen.aantal) },
        { naam: 'waarvan recidive', waarden: perJaar.map((cijfers) => cijfers.recidive.aantal) },
      ],
    },
  ];
}
