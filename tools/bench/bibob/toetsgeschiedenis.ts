import { AANVRAAGTYPEN, type BibobCommand, type BibobState, type Besluituitkomst, type ConclusieLbb } from '@handhaving/domain-bibob';
import { plusDagen } from '@handhaving/termijnen';
import { uuid, willekeur } from '../support/meten';

/*
 * Generated Bibob toetsen for bibob.bench.ts: each a list of steps on their days, the command of a
 * step made from the toets's state when it is its turn (a step that no longer fits is skipped).
 */

export interface Stap {
  readonly datum: string;
  readonly maak: (state: BibobState) => BibobCommand | undefined;
}

export interface Toets {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly stappen: readonly Stap[];
}

/** Content sealed outside the domain: the bench writes ciphertext-shaped strings. */
const zegel = { verzegeld: 'A256GCM.1.aXY.Y2lwaGVy.dGFn' };
const SIGNALEN = ['signaal-ondermijning', 'signaal-ondermijning', 'signaal-ondermijning', 'vastgoedtransactie', 'herbeoordeling-vergunning'] as const;
const CONCLUSIES: readonly ConclusieLbb[] = ['geen-gevaar', 'mindere-mate', 'mindere-mate', 'ernstige-mate'];

/**
 * The mix: 55 % on an aanvraag (the type at random, a vragenformulier for half of them), 45 % on a
 * signal (most ondermijning, about a running alcoholvergunning); eigen onderzoek after a month:
 * half no danger, 30 % advice needed, the rest a lesser or serious degree. The LBB is asked within
 * days, extends its term for one in five, puts questions for 15 %, advises after 7 to 11 weeks. A
 * danger found leads to a voornemen (refuse, voorschriften, revoke), its term passing, a besluit;
 * 10 % of besluiten are objected to; 5 % of aanvragen are withdrawn early.
 */
export function genereerToetsen(gemeenten: readonly string[], vanJaar: number, jaren: number, perJaar: number, laatsteDag: string, seed = 29): Toets[] {
  const r = willekeur(seed);
  const toetsen: Toets[] = [];
  for (const gemeente of gemeenten) {
    for (let jaar = vanJaar; jaar < vanJaar + jaren; jaar++) {
      for (let n = 0; n < perJaar; n++) {
        const zaakId = uuid(r);
        const stappen: Stap[] = [];
        const stap = (datum: string, maak: Stap['maak']) => {
          if (datum <= laatsteDag) stappen.push({ datum, maak });
        };
        const basis = { zaakId, door: 'bench' };
        const start = plusDagen(`${jaar}-01-01`, Math.floor(r() * 300));
        const opAanvraag = r() < 0.55;
        const aanvraagtype = AANVRAAGTYPEN[Math.floor(r() * 4)] ?? 'exploitatievergunning-horeca';
        stap(start, () => ({
          type: 'StartToets',
          ...basis,
          datum: start,
          gemeente,
          startdatum: start,
          aanleiding: opAanvraag
            ? { soort: 'aanvraag', aanvraagtype, ontvangstdatum: plusDagen(start, -Math.floor(r() * 5)), aanvragerId: uuid(r) }
            : { soort: 'signaal', reden: SIGNALEN[Math.floor(r() * SIGNALEN.length)] ?? 'signaal-ondermijning', betrokkeneId: uuid(r), vergunning: 'alcoholvergunning' },
        }));
        let dag = start;
        if (opAanvraag && r() < 0.5) {
          const uit = plusDagen(start, 2);
          const terug = plusDagen(uit, 8 + Math.floor(r() * 22));
          stap(uit, () => ({ type: 'VraagGegevensOp', ...basis, datum: uit, soort: 'vragenformulier', verzenddatum: uit, omschrijving: zegel }));
          stap(terug, () => ({ type: 'RegistreerOntvangstGegevens', ...basis, datum: terug, ontvangstdatum: terug }));
          dag = terug;
        }
        if (opAanvraag && r() < 0.05) {
          const ingetrokken = plusDagen(dag, 5);
          stap(ingetrokken, () => ({ type: 'SluitToetsAf', ...basis, datum: ingetrokken, reden: 'aanvraag-ingetrokken' }));
          toetsen.push({ zaakId, gemeente, stappen });
          continue;
        }
        const onderzocht = plusDagen(dag, 20 + Math.floor(r() * 15));
        const u = r();
        const uitkomst = u < 0.5 ? 'geen-gevaar' : u < 0.8 ? 'advies-nodig' : u < 0.9 ? 'mindere-mate' : 'ernstige-mate';
        stap(onderzocht, () => ({ type: 'RondEigenOnderzoekAf', ...basis, datum: onderzocht, uitkomst, bevindingen: zegel }));
        dag = onderzocht;
        let gevaar = uitkomst === 'mindere-mate' || uitkomst === 'ernstige-mate';
        if (uitkomst === 'advies-nodig') {
          const gevraagd = plusDagen(dag, 3);
          stap(gevraagd, () => ({ type: 'VraagLbbAdvies', ...basis, datum: gevraagd, verzenddatum: gevraagd, betrokkeneGeinformeerdOp: gevraagd }));
          if (r() < 0.15) {
            const vragen = plusDagen(gevraagd, 20);
            const antwoord = plusDagen(vragen, 7 + Math.floor(r() * 14));
            stap(vragen, () => ({ type: 'RegistreerVragenLbb', ...basis, datum: vragen, gesteldOp: vragen }));
            stap(antwoord, () => ({ type: 'RegistreerAntwoordOpVragenLbb', ...basis, datum: antwoord, beantwoordOp: antwoord }));
          }
          const verlengd = r() < 0.2;
          if (verlengd) {
            const verlenging = plusDagen(gevraagd, 45);
            stap(verlenging, () => ({ type: 'VerlengLbbTermijn', ...basis, datum: verlenging }));
          }
          const advies = plusDagen(gevraagd, (verlengd ? 60 : 49) + Math.floor(r() * 20));
          const conclusie = CONCLUSIES[Math.floor(r() * CONCLUSIES.length)] ?? 'geen-gevaar';
          stap(advies, () => ({ type: 'RegistreerLbbAdvies', ...basis, datum: advies, ontvangstdatum: advies, conclusie, advies: zegel }));
          dag = advies;
          gevaar = conclusie !== 'geen-gevaar';
        }
        if (!gevaar) {
          const einde = plusDagen(dag, 7);
          stap(einde, () => (opAanvraag ? { type: 'NeemBesluit', ...basis, datum: einde, uitkomst: 'verleend', bekendmakingsdatum: einde } : { type: 'SluitToetsAf', ...basis, datum: einde, reden: 'geen-maatregel' }));
          toetsen.push({ zaakId, gemeente, stappen });
          continue;
        }
        const weigeren = r() < 0.6;
        const strekking = !opAanvraag ? 'intrekken' : weigeren ? 'weigeren' : 'voorschriften';
        const besluit: Besluituitkomst = !opAanvraag ? 'ingetrokken' : weigeren ? 'geweigerd' : 'verleend-onder-voorschriften';
        const voornemen = plusDagen(dag, 5);
        // Two weeks, a few days more when the Atw moves the end past a holiday.
        const verstreken = plusDagen(voornemen, 21);
        const besloten = plusDagen(verstreken, 5);
        stap(voornemen, () => ({ type: 'VerzendVoornemen', ...basis, datum: voornemen, strekking, verzenddatum: voornemen, zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, motivering: zegel }));
        stap(verstreken, (s) => (s.status === 'voornemen-verzonden' ? { type: 'StelVastDatZienswijzetermijnVerstreken', ...basis, datum: verstreken } : undefined));
        stap(besloten, () => ({ type: 'NeemBesluit', ...basis, datum: besloten, uitkomst: besluit, bekendmakingsdatum: besloten, motivering: zegel }));
        if (r() < 0.1) {
          const bezwaar = plusDagen(besloten, 20);
          const beslist = plusDagen(besloten, 90);
          stap(bezwaar, () => ({ type: 'RegistreerBezwaar', ...basis, datum: bezwaar, ontvangstdatum: bezwaar }));
          stap(beslist, () => ({ type: 'NeemBeslissingOpBezwaar', ...basis, datum: beslist, uitkomst: 'ongegrond', bekendmakingsdatum: beslist }));
        }
        toetsen.push({ zaakId, gemeente, stappen });
      }
    }
  }
  return toetsen;
}
