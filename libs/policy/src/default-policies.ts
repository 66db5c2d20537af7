import type { Beleid, BezwaarBeleid, HerinneringenBeleid, Ladder, Maatregel, TermijnenBeleid } from './beleid';
import { beleidStreamId } from './beleid-versie';
import type { StelBeleidVast } from './beleid.commands';
import { type Gemeentecode, HEUVELLAND_GEMEENTEN, SEED_GEMEENTEN } from './gemeentecode';

/*
 * The policies shipped for the municipalities whose published safety plans the product was built
 * from (Kerkrade's Uitvoeringsplan Integrale Veiligheid 2021, the IVP Heuvelland 2024-2027), so that
 * a fresh installation judges its first case by something. What those plans say is used as they say it;
 * everything else (most ladder cells, the terms, the reminders) is the illustrative ladder of
 * docs/damocles.md ("The policy ladder") and the usual terms, and each toelichting says so: the gemeente must check it
 * against its own beleidsregels before relying on it.
 */

export interface StandaardBeleidVersie {
  readonly ingangsdatum: string;
  readonly beleid: Beleid;
  readonly toelichting: string;
}

export interface StandaardBeleid {
  readonly gemeente: Gemeentecode;
  readonly naam: string;
  readonly versies: readonly StandaardBeleidVersie[];
}

const waarschuwing: Maatregel = { soort: 'waarschuwing' };
const geenMaatregel: Maatregel = { soort: 'geen-maatregel' };
const sluiting = (duurMaanden: number | 'onbepaald'): Maatregel => ({ soort: 'sluiting', duurMaanden });

/** The illustrative ladder of docs/damocles.md ("The policy ladder"): not any one municipality's. */
const VOORBEELDLADDER: Ladder = {
  woning: {
    harddrugs: { eerste: sluiting(3), tweede: sluiting(6), derdeEnVerder: sluiting(12) },
    softdrugs: { eerste: waarschuwing, tweede: sluiting(3), derdeEnVerder: sluiting(6) },
    attributen: { eerste: waarschuwing, tweede: sluiting(3), derdeEnVerder: sluiting(6) },
  },
  lokaal: {
    harddrugs: { eerste: sluiting(6), tweede: sluiting(12), derdeEnVerder: sluiting('onbepaald') },
    softdrugs: { eerste: sluiting(3), tweede: sluiting(6), derdeEnVerder: sluiting(12) },
    attributen: { eerste: waarschuwing, tweede: sluiting(6), derdeEnVerder: sluiting(12) },
  },
};

const GEEN_MAATREGEL_RIJ = { eerste: geenMaatregel, tweede: geenMaatregel, derdeEnVerder: geenMaatregel } as const;

/** The usual terms: a zienswijze of two weeks (docs/termijnen.md), extended like statutory terms. */
const STANDAARDTERMIJNEN: TermijnenBeleid = {
  zienswijzetermijn: {
    damocles: { aantal: 2, eenheid: 'weken' },
    dwangsom: { aantal: 2, eenheid: 'weken' },
    kamerverhuur: { aantal: 2, eenheid: 'weken' },
    bibob: { aantal: 2, eenheid: 'weken' },
  },
  begunstigingstermijn: {
    damocles: { aantal: 2, eenheid: 'weken' },
    dwangsom: { aantal: 4, eenheid: 'weken' },
    kamerverhuur: { aantal: 8, eenheid: 'weken' },
  },
  atwVerlengt: { zienswijzetermijn: true, begunstigingstermijn: true },
};

/** Reminders at 08:00 on werkdagen (docs/termijnen.md, "Reminders"); the costliest terms get earlier ones. */
const STANDAARDHERINNERINGEN: HerinneringenBeleid = {
  standaard: [
    { wanneer: 'voor-einde', werkdagen: 5, tijd: '08:00' },
    { wanneer: 'op-einddag', tijd: '08:00' },
    { wanneer: 'na-einde', werkdagen: 1, tijd: '08:00' },
  ],
  perTermijnsoort: {
    // A forfeited dwangsom not collected within a year is lost (art. 5:35 Awb): warn a month ahead.
    'verjaring-dwangsom': [
      { wanneer: 'voor-einde', werkdagen: 20, tijd: '08:00' },
      { wanneer: 'voor-einde', werkdagen: 5, tijd: '08:00' },
      { wanneer: 'op-einddag', tijd: '08:00' },
    ],
    // The end of a closure is no deadline to act within, but the reopening inspection needs planning.
    sluitingsduur: [
      { wanneer: 'voor-einde', werkdagen: 10, tijd: '08:00' },
      { wanneer: 'op-einddag', tijd: '08:00' },
    ],
  },
};

/*
 * Whether an adviescommissie (art. 7:13 Awb) advises on bezwaren: twelve weeks to decide instead
 * of six (art. 7:10 lid 1 Awb). Kerkrade has a commissie bezwaarschriften; for the Heuvelland the
 * seed says nothing, so the law's plain six weeks until the gemeente says otherwise.
 */
const MET_BEZWAARCOMMISSIE: BezwaarBeleid = { adviescommissie: true };
const ZONDER_BEZWAARCOMMISSIE: BezwaarBeleid = { adviescommissie: false };

const TE_CONTROLEREN =
  'De ladder (behalve wat hierboven uit de bron komt), de zienswijze- en begunstigingstermijnen, de herinneringen en of een adviescommissie over bezwaren adviseert zijn ' +
  'standaardwaarden (de voorbeeldladder van het product), door de gemeente te controleren aan haar eigen Damoclesbeleid.';

/*
 * Kerkrade (GM0928). Source: Uitvoeringsplan Integrale Veiligheid 2021, Actiepunten
 * 2020, Damoclesbeleid: "Actualisatie en aanscherping van het tot 31-12-2019 geldende beleid",
 * with "de 'herhalingstermijnen' worden van 24 maanden naar 36 maanden verlengd" and "de
 * implementatie van de verruimde sluitingsmogelijkheden" for objects and substances meant for
 * production or trade (art. 13b lid 1 sub b Opiumwet). The old policy held through 31-12-2019,
 * so the new one applies from 2020-01-01; the 2020 figures confirm a window of three years.
 * The seed does not say since when the old policy applied: 2019-01-01, the start of Kerkrade's
 * IVP 2019-2022, is an assumption to be replaced by its real ingangsdatum.
 */
const KERKRADE: StandaardBeleid = {
  gemeente: 'GM0928' as Gemeentecode,
  naam: SEED_GEMEENTEN.GM0928,
  versies: [
    {
      ingangsdatum: '2019-01-01',
      beleid: {
        damocles: {
          // Sub b (attributen) was not yet part of Kerkrade's policy before 2020: no measure.
          ladder: {
            woning: { ...VOORBEELDLADDER.woning, attributen: GEEN_MAATREGEL_RIJ },
            lokaal: { ...VOORBEELDLADDER.lokaal, attributen: GEEN_MAATREGEL_RIJ },
          },
          recidiveTermijnMaanden: 24,
          vondstenZonderMaatregelTellenMee: false,
        },
        termijnen: STANDAARDTERMIJNEN,
        herinneringen: STANDAARDHERINNERINGEN,
        bezwaar: MET_BEZWAARCOMMISSIE,
      },
      toelichting:
        'Damoclesbeleid Kerkrade zoals geldend tot en met 31-12-2019: herhalingstermijn 24 maanden; ' +
        'attributen (art. 13b lid 1 sub b Opiumwet) nog niet in het beleid opgenomen (Uitvoeringsplan Integrale Veiligheid 2021, actiepunten 2020). ' +
        'De ingangsdatum 2019-01-01 is aangenomen (begin IVP 2019-2022); de bron noemt alleen het einde. ' +
        TE_CONTROLEREN,
    },
    {
      ingangsdatum: '2020-01-01',
      beleid: {
        damocles: { ladder: VOORBEELDLADDER, recidiveTermijnMaanden: 36, vondstenZonderMaatregelTellenMee: false },
        termijnen: STANDAARDTERMIJNEN,
        herinneringen: STANDAARDHERINNERINGEN,
        bezwaar: MET_BEZWAARCOMMISSIE,
      },
      toelichting:
        'Actualisatie en aanscherping van het tot 31-12-2019 geldende Damoclesbeleid: herhalingstermijn van 24 naar 36 maanden; ' +
        'verruimde sluitingsmogelijkheden voor attributen (art. 13b lid 1 sub b Opiumwet) toegepast (Uitvoeringsplan Integrale Veiligheid 2021, actiepunten 2020). ' +
        TE_CONTROLEREN,
    },
  ],
};

/*
 * Heuvelland: Eijsden-Margraten, Gulpen-Wittem, Meerssen, Vaals and Valkenburg aan de Geul
 * (IVP Heuvelland 2024-2027): "We hebben het Damoclesbeleid aangescherpt en gelijk
 * getrokken voor vrijwel het hele Heuvelland", during the IVP 2020-2023. One definition serves
 * all five; each still has its own stream, so one can diverge later. The seed gives neither
 * the date nor the content: 2020-01-01 (start of the IVP Heuvelland 2020-2023) is an
 * assumption, the window is the product's default of 36 months.
 */
const HEUVELLAND_VERSIES: readonly StandaardBeleidVersie[] = [
  {
    ingangsdatum: '2020-01-01',
    beleid: {
      damocles: { ladder: VOORBEELDLADDER, recidiveTermijnMaanden: 36, vondstenZonderMaatregelTellenMee: false },
      termijnen: STANDAARDTERMIJNEN,
      herinneringen: STANDAARDHERINNERINGEN,
      bezwaar: ZONDER_BEZWAARCOMMISSIE,
    },
    toelichting:
      'Gezamenlijk Damoclesbeleid van de vijf Heuvellandgemeenten (Eijsden-Margraten, Gulpen-Wittem, Meerssen, Vaals, Valkenburg aan de Geul), ' +
      'aangescherpt en gelijkgetrokken tijdens het IVP Heuvelland 2020-2023 (IVP Heuvelland 2024-2027, par. 2.1); ' +
      'de bron meldt dat nieuwe rechterlijke uitspraken aanpassing vragen. De ingangsdatum 2020-01-01 (begin IVP 2020-2023) is aangenomen; ' +
      'herhalingstermijn 36 maanden is de standaard van het product. ' +
      TE_CONTROLEREN,
  },
];

const HEUVELLAND: readonly StandaardBeleid[] = HEUVELLAND_GEMEENTEN.map((gemeente) => ({
  gemeente: gemeente as Gemeentecode,
  naam: SEED_GEMEENTEN[gemeente],
  versies: HEUVELLAND_VERSIES,
}));

/**
 * A complete, valid policy with the illustrative ladder, a 36-month window and the usual terms:
 * for other contexts' tests and for a demo gemeente without policy of its own. A fresh copy.
 */
export function voorbeeldBeleid(): Beleid {
  return structuredClone(HEUVELLAND_VERSIES[0].beleid);
}

/** The policies shipped for the seed municipalities: Kerkrade, and the five Heuvelland gemeenten sharing one. */
export function defaultPolicies(): StandaardBeleid[] {
  return [KERKRADE, ...HEUVELLAND];
}

/** Bump when the shipped defaults change, so a seeded installation can take the new ones (2: whether an adviescommissie advises on bezwaren). */
export const STANDAARDBELEID_UITGAVE = 2;

export interface BeleidSeedCommando {
  readonly streamId: string;
  readonly gemeente: Gemeentecode;
  /** Stable, so seeding twice appends nothing the second time (the decider also ignores an identical version). */
  readonly commandId: string;
  readonly command: StelBeleidVast;
}

/**
 * The commands that load the default policies, in stream order, for the API to send through
 * its normal command pipeline. `datum` and `door` say when and by whom they are loaded: the
 * domain has no clock.
 */
export function seedPolicyCommands(opties: { readonly datum: string; readonly door: string }): BeleidSeedCommando[] {
  return defaultPolicies().flatMap((standaard) =>
    standaard.versies.map((versie) => ({
      streamId: beleidStreamId(standaard.gemeente),
      gemeente: standaard.gemeente,
      commandId: `beleid-standaard-v${STANDAARDBELEID_UITGAVE}-${standaard.gemeente}-${versie.ingangsdatum}`,
      command: {
        type: 'StelBeleidVast',
        gemeente: standaard.gemeente,
        ingangsdatum: versie.ingangsdatum,
        beleid: versie.beleid,
        toelichting: versie.toelichting,
        datum: opties.datum,
        door: opties.door,
      },
    })),
  );
}
