/**
 * The meldingen and flexteam controls of every gemeente over a number of years, as commands to
 * the deciders of the contexts they run in, each on the day it is recorded (`vandaag`). The same
 * density in every gemeente, chosen for a town like Kerkrade (45,000 inhabitants; its meldpunt
 * overlast alone counted 205–263 a year in 2018–2020, its flexteam goes out about monthly): per
 * gemeente-year
 * - 50 meldingen: meldpunt overlast 40 %, meldkamer handhaving 50 %, police 10 %; four in five
 *   about an address of the gemeente's 300 (some addresses far more often than others), the rest
 *   about an area; recorded 0–3 days after the day made; 85 % closed 1–60 days later;
 * - 6 controls of 8 planned addresses (chosen from the addresses with a melding, else any), one in
 *   twelve cancelled; held on the day planned (a planned address missed now and then, 0–2 added on
 *   the day), recorded 0–2 days later; access at three in four; with access 40 % of the visits find
 *   something (kamerverhuur, woningsplitsing, BRP wrong, fire-unsafe, drugs, overlast), without it
 *   one in five a BRP anomaly at the door;
 * - each finding's follow-up 1–7 days after the control, in its own context: a kamerverhuur
 *   traject (70 % closed after 2–16 months, legalised or no violation), a request to the BRP or
 *   bouw- en woningtoezicht (90 % answered after 1–20 weeks), a melding for overlast (80 % closed
 *   after 10–200 days). Drugs found are declined with a reason: no Damocles case is generated (it
 *   needs the police report and the gemeente's policy, which the Damocles benchmark generates).
 * That is fewer meldingen than a meldpunt and meldkamer of a large town take in, and a flexteam
 * that goes out every other month: 342 gemeenten × 20 years come to about a million events, which
 * two slow cores write and project in about 8 minutes when quiet, 24 when shared with test runs
 * (the writing and the address dossier's rebuild most of it); the questions read one
 * gemeente-year or one address, so their cost follows that density, not the number of gemeenten.
 */
import type { ControleCommand, GevraagdBezoek, Bevinding, VerzoekCommand } from '@handhaving/domain-flexteam';
import type { TrajectCommand } from '@handhaving/domain-kamerverhuur';
import { MELDKAMER_CATEGORIEEN, MELDPUNT_CATEGORIEEN, type Bron, type Categorie, type MeldingCommand, type RedenVanSluiten } from '@handhaving/domain-meldingen';
import { leesPand, pandSleutel } from '@handhaving/domain-shared';
import { plusDagen } from '@handhaving/termijnen';
import { uuid, willekeur } from '../support/meten';

export const DICHTHEID = { meldingen: 50, controles: 6, adressenPerControle: 8, adressenPerGemeente: 300 } as const;

export type Stroomsoort = 'melding' | 'flexteamcontrole' | 'verzoek' | 'kamerverhuurtraject';

export type Opdracht = MeldingCommand | ControleCommand | VerzoekCommand | TrajectCommand;

export interface Stap {
  /** The day it is recorded (JJJJ-MM-DD): the store's clock and the command's `vandaag`. */
  readonly vandaag: string;
  readonly soort: Stroomsoort;
  readonly zaakId: string;
  readonly gemeente: string;
  readonly maak: () => Opdracht;
}

export interface Flexteamgeschiedenis {
  readonly stappen: Stap[];
  /** Per gemeente, addresses visited by a control (the dossier's questions ask these). */
  readonly bezochteAdressen: Readonly<Record<string, readonly string[]>>;
}

const LETTERS = 'ABCDEFGHJKLMNPRTUVWXYZ';

/** The gemeente's addresses: postcode {1000 + g}{two letters}, numbers 1–20. */
function adresVan(g: number, a: number): { readonly postcode: string; readonly huisnummer: number } {
  const straat = Math.floor(a / 20);
  return { postcode: `${1000 + g}${LETTERS[Math.floor(straat / LETTERS.length) % LETTERS.length]}${LETTERS[straat % LETTERS.length]}`, huisnummer: (a % 20) + 1 };
}

const sleutelVan = (adres: { readonly postcode: string; readonly huisnummer: number }): string => pandSleutel(leesPand(adres));

export function genereerFlexteamgeschiedenis(gemeenten: readonly string[], vanJaar: number, totJaar: number, seed = 15): Flexteamgeschiedenis {
  const r = willekeur(seed);
  const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(r() * lijst.length)] as T;
  const tussen = (van: number, tot: number): number => van + Math.floor(r() * (tot - van + 1));
  const stappen: Stap[] = [];
  const bezochteAdressen: Record<string, string[]> = {};

  gemeenten.forEach((gemeente, g) => {
    const bezocht = new Set<string>();
    const door = 'bench';
    for (let jaar = vanJaar; jaar <= totJaar; jaar++) {
      const dagVanJaar = (dag: number): string => plusDagen(`${jaar}-01-01`, dag);
      const gemeld = new Set<number>();
      // Meldingen: an address chosen with a skew (a² / n), so some addresses gather many.
      for (let m = 0; m < DICHTHEID.meldingen; m++) {
        const zaakId = uuid(r);
        const meldingsdatum = dagVanJaar(tussen(0, 360));
        const vandaag = plusDagen(meldingsdatum, tussen(0, 3));
        const bron: Bron = r() < 0.4 ? 'meldpunt-overlast' : r() < 0.83 ? 'meldkamer-handhaving' : 'politie';
        const categorie: Categorie = bron === 'meldpunt-overlast' ? kies(MELDPUNT_CATEGORIEEN) : kies(MELDKAMER_CATEGORIEEN);
        const opPand = r() < 0.8;
        const a = Math.floor(r() ** 2 * DICHTHEID.adressenPerGemeente);
        if (opPand) gemeld.add(a);
        const wijk = tussen(1, 12);
        const plaats = opPand ? { soort: 'pand' as const, pand: adresVan(g, a) } : { soort: 'gebied' as const, omschrijving: `wijk ${wijk}` };
        stappen.push({ vandaag, soort: 'melding', zaakId, gemeente, maak: () => ({ type: 'RegistreerMelding', zaakId, gemeente, bron, categorie, plaats, meldingsdatum, datum: vandaag, door, vandaag }) });
        if (r() < 0.85) {
          const gesloten = plusDagen(vandaag, tussen(1, 60));
          const reden: RedenVanSluiten = kies(['afgehandeld', 'afgehandeld', 'doorverwezen', 'geen-actie-nodig'] as const);
          stappen.push({ vandaag: gesloten, soort: 'melding', zaakId, gemeente, maak: () => ({ type: 'SluitMelding', zaakId, reden, datum: gesloten, door, vandaag: gesloten }) });
        }
      }
      // Controls, about every other month, from the addresses with a melding first.
      const kandidaten = [...gemeld];
      for (let c = 0; c < DICHTHEID.controles; c++) {
        const zaakId = uuid(r);
        const geplandOp = dagVanJaar(tussen(c * 60, c * 60 + 55));
        const planning = plusDagen(geplandOp, -14);
        const gekozen = new Set<number>();
        while (gekozen.size < DICHTHEID.adressenPerControle) gekozen.add(kandidaten.length > gekozen.size * 2 ? kies(kandidaten) : tussen(0, DICHTHEID.adressenPerGemeente - 1));
        const adressen = [...gekozen];
        const gebied = `wijk ${tussen(1, 12)}`;
        stappen.push({
          vandaag: planning,
          soort: 'flexteamcontrole',
          zaakId,
          gemeente,
          maak: () => ({ type: 'PlanControle', zaakId, gemeente, geplandOp, gebied, partners: ['boa', 'politie', 'brp'], adressen: adressen.map((a) => ({ pand: adresVan(g, a) })), datum: planning, door, vandaag: planning }),
        });
        if (r() < 1 / 12) {
          const geannuleerd = plusDagen(geplandOp, -5);
          stappen.push({ vandaag: geannuleerd, soort: 'flexteamcontrole', zaakId, gemeente, maak: () => ({ type: 'AnnuleerControle', zaakId, reden: 'te weinig partners beschikbaar', datum: geannuleerd, door, vandaag: geannuleerd }) });
          continue;
        }
        const bezochtHier = [...adressen.filter(() => r() < 0.95), ...Array.from({ length: tussen(0, 2) }, () => tussen(0, DICHTHEID.adressenPerGemeente - 1))];
        const bezoeken: GevraagdBezoek[] = [];
        const vervolgen: Array<{ readonly a: number; readonly bevinding: Bevinding }> = [];
        for (const a of new Set(bezochtHier)) {
          const toegang = r() < 0.75;
          const bevindingen: Bevinding[] = toegang ? (r() < 0.4 ? bevindingenBij(r) : ['geen-bijzonderheden']) : r() < 0.2 ? ['brp-onjuist'] : ['geen-bijzonderheden'];
          const tegenOvertreder = bevindingen.includes('kamerverhuur') || bevindingen.includes('woningsplitsing');
          bezoeken.push({ pand: adresVan(g, a), toegang, bevindingen, ...(tegenOvertreder ? { overtrederId: `bench-overtreder-${g}-${a}`, aantalKamers: tussen(3, 9) } : {}) });
          for (const bevinding of bevindingen) if (bevinding !== 'geen-bijzonderheden') vervolgen.push({ a, bevinding });
          bezocht.add(sleutelVan(adresVan(g, a)));
        }
        const uitgevoerd = plusDagen(geplandOp, tussen(0, 2));
        const teamgrootte = tussen(6, 12);
        stappen.push({ vandaag: uitgevoerd, soort: 'flexteamcontrole', zaakId, gemeente, maak: () => ({ type: 'RegistreerUitvoering', zaakId, teamgrootte, bezoeken, datum: geplandOp, door, vandaag: uitgevoerd }) });
        for (const { a, bevinding } of vervolgen) stappen.push(...vervolgstappen(r, { gemeente, g, a, controle: zaakId, geplandOp, bevinding, na: uitgevoerd }));
      }
    }
    // Ten per gemeente: the questions ask about 6 per gemeente, and the task travels in an environment variable (at most 128 KiB).
    bezochteAdressen[gemeente] = [...bezocht].slice(0, 10);
  });
  return { stappen, bezochteAdressen };
}

function bevindingenBij(r: () => number): Bevinding[] {
  const een = (): Bevinding => {
    const x = r();
    return x < 0.3 ? 'kamerverhuur' : x < 0.4 ? 'woningsplitsing' : x < 0.65 ? 'brp-onjuist' : x < 0.75 ? 'brandonveilig' : x < 0.85 ? 'drugs-aangetroffen' : 'overlast';
  };
  const eerste = een();
  const tweede = r() < 0.2 ? een() : eerste;
  return [...new Set([eerste, tweede])];
}

/** A finding's follow-up: its case opened and linked (or declined), and later settled. */
function vervolgstappen(
  r: () => number,
  v: { readonly gemeente: string; readonly g: number; readonly a: number; readonly controle: string; readonly geplandOp: string; readonly bevinding: Bevinding; readonly na: string },
): Stap[] {
  const tussen = (van: number, tot: number): number => van + Math.floor(r() * (tot - van + 1));
  const { gemeente, controle, bevinding } = v;
  const door = 'bench';
  const pand = adresVan(v.g, v.a);
  const pandSleutel_ = sleutelVan(pand);
  const dag = plusDagen(v.na, tussen(1, 7));
  const koppel = (context: 'kamerverhuurtraject' | 'verzoek' | 'melding', zaakId: string): Stap => ({
    vandaag: dag,
    soort: 'flexteamcontrole',
    zaakId: controle,
    gemeente,
    maak: () => ({ type: 'StartVervolg', zaakId: controle, pandSleutel: pandSleutel_, bevinding, vervolg: { context, zaakId }, datum: dag, door, vandaag: dag }),
  });
  const zaakId = uuid(r);
  switch (bevinding) {
    case 'kamerverhuur':
    case 'woningsplitsing': {
      const stappen: Stap[] = [
        {
          vandaag: dag,
          soort: 'kamerverhuurtraject',
          zaakId,
          gemeente,
          maak: () => ({
            type: 'RegistreerConstatering',
            zaakId,
            gemeente,
            registerZaakId: `bench-register-${pandSleutel_}`,
            pandSleutel: pandSleutel_,
            soort: bevinding,
            overtrederId: `bench-overtreder-${v.g}-${v.a}`,
            constateringsdatum: v.geplandOp,
            toezichthouder: 'flexteam',
            bevindingen: 'kamers los verhuurd (benchmark)',
            bron: { context: 'flexteam', zaakId: controle },
            datum: dag,
            door,
            vandaag: dag,
          }),
        },
        koppel('kamerverhuurtraject', zaakId),
      ];
      if (r() < 0.7) {
        const afgesloten = plusDagen(dag, tussen(60, 480));
        const resultaat = r() < 0.7 ? ('gelegaliseerd' as const) : ('geen-overtreding' as const);
        stappen.push({ vandaag: afgesloten, soort: 'kamerverhuurtraject', zaakId, gemeente, maak: () => ({ type: 'SluitTrajectAf', zaakId, afsluitdatum: afgesloten, resultaat, toelichting: 'benchmark', datum: afgesloten, door, vandaag: afgesloten }) });
      }
      return stappen;
    }
    case 'brp-onjuist':
    case 'brandonveilig': {
      const aan = bevinding === 'brp-onjuist' ? ('brp' as const) : ('bouw-en-woningtoezicht' as const);
      const stappen: Stap[] = [
        { vandaag: dag, soort: 'verzoek', zaakId, gemeente, maak: () => ({ type: 'VerstuurVerzoek', zaakId, gemeente, aan, pand, herkomst: { context: 'flexteam', zaakId: controle, pandSleutel: pandSleutel_, bevinding }, datum: dag, door, vandaag: dag }) as VerzoekCommand },
        koppel('verzoek', zaakId),
      ];
      if (r() < 0.9) {
        const beantwoord = plusDagen(dag, tussen(7, 140));
        const uitkomst = aan === 'brp' ? (r() < 0.7 ? ('gecorrigeerd' as const) : ('niet-gecorrigeerd' as const)) : r() < 0.6 ? ('maatregel-genomen' as const) : ('geen-maatregel' as const);
        stappen.push({ vandaag: beantwoord, soort: 'verzoek', zaakId, gemeente, maak: () => ({ type: 'RegistreerAntwoord', zaakId, uitkomst, datum: beantwoord, door, vandaag: beantwoord }) });
      }
      return stappen;
    }
    case 'overlast': {
      const stappen: Stap[] = [
        {
          vandaag: dag,
          soort: 'melding',
          zaakId,
          gemeente,
          maak: () => ({ type: 'RegistreerMelding', zaakId, gemeente, bron: 'eerdere-zaak', categorie: 'woonoverlast', plaats: { soort: 'pand', pand }, meldingsdatum: v.geplandOp, datum: dag, door, vandaag: dag }),
        },
        koppel('melding', zaakId),
      ];
      if (r() < 0.8) {
        const gesloten = plusDagen(dag, tussen(10, 200));
        stappen.push({ vandaag: gesloten, soort: 'melding', zaakId, gemeente, maak: () => ({ type: 'SluitMelding', zaakId, reden: 'afgehandeld', datum: gesloten, door, vandaag: gesloten }) });
      }
      return stappen;
    }
    case 'drugs-aangetroffen':
      return [
        {
          vandaag: dag,
          soort: 'flexteamcontrole',
          zaakId: controle,
          gemeente,
          maak: () => ({ type: 'ZieAfVanVervolg', zaakId: controle, pandSleutel: pandSleutel_, bevinding, reden: 'geen bestuurlijke rapportage (benchmark: geen Damocleszaken)', datum: dag, door, vandaag: dag }),
        },
      ];
    case 'geen-bijzonderheden':
      return [];
    default: {
      const onbekend: never = bevinding;
      return onbekend;
    }
  }
}
