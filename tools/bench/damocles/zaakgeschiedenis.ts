/**
 * A made-up but lawful Damocles history for the benchmark: for each gemeente and year, cases
 * from rapportage to besluit (and, for a closure, execution, reopening or a revoking objection),
 * with the steps as the API takes them (`POST /api/damocles/zaken…`, the body of each step).
 *
 * Deterministic (seeded), so two runs measure the same work. Every step follows the decider's
 * rules: the voornemen takes the measure the policy ladder proposes (the generator counts the
 * earlier finds in the pand itself, as the recidive read model will), except for a few
 * motivated deviations; dates never run backwards within a case.
 */
import { leesPand, pandSleutel } from '@handhaving/domain-shared';
import { maatregelVolgensLadder, type Beleid, type Drugscategorie, type Maatregel, type Pandtype } from '@handhaving/policy';
import { minMaanden } from '@handhaving/read-models';
import { DateTime } from 'luxon';
import { willekeur } from '../support/meten';

export interface Zaakstap {
  /** The path below `/api/damocles/zaken`: '' for the rapportage, else `/{zaakId}/{stap}`. */
  readonly pad: string;
  readonly body: Record<string, unknown>;
  /** The domain date of the step (YYYY-MM-DD). */
  readonly datum: string;
  /** For the proposal: the earlier finds in the pand the recidive read model will give (the direct writer needs them). */
  readonly eerdereVondsten?: ReadonlyArray<{ readonly zaakId: string; readonly constateringsdatum: string }>;
}

export interface Zaakverloop {
  readonly zaakId: string;
  readonly gemeente: string;
  /** All cases of one pand share a reeks: the later one's proposal needs the earlier one's outcome. */
  readonly pandSleutel: string;
  readonly stappen: readonly Zaakstap[];
}

export interface GeschiedenisOpties {
  readonly gemeenten: readonly string[];
  readonly vanJaar: number;
  readonly jaren: number;
  readonly zakenPerJaar: number;
  readonly beleid: Beleid;
  readonly seed?: number;
}

const CATEGORIE_GEWICHT: Record<Drugscategorie, number> = { harddrugs: 3, softdrugs: 2, attributen: 1 };

interface EerdereVondst {
  readonly zaakId: string;
  readonly constateringsdatum: string;
  readonly telt: boolean;
}

/** Cases in the order their first step happens, per gemeente; one pand's cases in order. */
export function genereerGeschiedenis(opties: GeschiedenisOpties): Zaakverloop[] {
  const random = willekeur(opties.seed ?? 20_26_11_23);
  const kies = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const tussen = (van: number, tot: number): number => van + Math.floor(random() * (tot - van + 1));
  const zaken: Zaakverloop[] = [];
  let volgnummer = 0;
  for (const [g, gemeente] of opties.gemeenten.entries()) {
    const panden = Math.max(1, Math.round(opties.zakenPerJaar * opties.jaren * 0.7));
    const pandtypes = new Map<number, Pandtype>();
    const vondstenPerPand = new Map<number, EerdereVondst[]>();
    const vondsten: Array<{ datum: string; pand: number }> = [];
    for (let jaar = opties.vanJaar; jaar < opties.vanJaar + opties.jaren; jaar++) {
      for (let k = 0; k < opties.zakenPerJaar; k++) {
        vondsten.push({ datum: DateTime.utc(jaar, 1, 1).plus({ days: tussen(0, 364) }).toISODate() as string, pand: tussen(0, panden - 1) });
      }
    }
    vondsten.sort((a, b) => a.datum.localeCompare(b.datum));
    for (const vondst of vondsten) {
      volgnummer += 1;
      const zaakId = uuidVoor(g, volgnummer);
      const pandtype = pandtypes.get(vondst.pand) ?? (random() < 0.75 ? 'woning' : 'lokaal');
      pandtypes.set(vondst.pand, pandtype);
      // Letters A..P only, so never SA, SD or SS (letters Dutch postcodes do not use).
      const pand = { postcode: `${1000 + (g % 9000)} ${String.fromCharCode(65 + ((vondst.pand >> 4) & 15))}${String.fromCharCode(65 + (vondst.pand & 15))}`, huisnummer: 1 + (vondst.pand >> 8) };
      const sleutel = pandSleutel(leesPand(pand));
      const categorieen = random() < 0.1 ? [kies(['harddrugs', 'softdrugs', 'attributen'] as const), 'attributen' as const] : [kiesCategorie(random())];
      const zwaarste = [...categorieen].sort((a, b) => CATEGORIE_GEWICHT[b] - CATEGORIE_GEWICHT[a])[0] as Drugscategorie;

      const eerdere = vondstenPerPand.get(vondst.pand) ?? [];
      const venster = minMaanden(vondst.datum, opties.beleid.damocles.recidiveTermijnMaanden);
      const meetellend = eerdere
        .filter((e) => e.telt && e.constateringsdatum >= venster && e.constateringsdatum < vondst.datum)
        .map(({ zaakId: eerder, constateringsdatum }) => ({ zaakId: eerder, constateringsdatum }));
      const voorstel = maatregelVolgensLadder(opties.beleid, { pandtype, zwaarsteCategorie: zwaarste, eerdereVondsten: meetellend.length }).maatregel;

      const stappen: Zaakstap[] = [];
      let dag = vondst.datum;
      const later = (dagen: number): string => (dag = plusDagen(dag, dagen));
      const stap = (naam: string, body: Record<string, unknown>): void => {
        stappen.push({ pad: naam === '' ? '' : `/${zaakId}/${naam}`, body, datum: dag, ...(naam === 'maatregelvoorstel' ? { eerdereVondsten: meetellend } : {}) });
      };
      const ontvangstdatum = later(tussen(1, 14));
      stap('', {
        zaakId,
        gemeente,
        pand,
        pandtype,
        constateringsdatum: vondst.datum,
        ontvangstdatum,
        datum: ontvangstdatum,
        vondsten: categorieen.map((categorie, i) => ({ categorie, omschrijving: `vondst ${i + 1}` })),
        betrokkenen: [],
      });
      later(1);
      stap('maatregelvoorstel', { datum: dag });

      const afwijken = random() < 0.05;
      const maatregel: Maatregel = afwijken ? afwijkingVan(voorstel, zwaarste) : voorstel;
      if (maatregel.soort === 'geen-maatregel') throw new Error('het benchmarkbeleid kent geen trede zonder maatregel');
      const verzenddatum = later(tussen(3, 10));
      stap('voornemen', {
        datum: verzenddatum,
        maatregel,
        verzenddatum,
        zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true },
        ...(afwijken ? { afwijking: { motivering: 'omstandigheden van het geval (benchmark)' } } : {}),
      });
      if (random() < 0.6) {
        later(tussen(3, 10));
        stap('zienswijze', { datum: dag, wijze: random() < 0.7 ? 'schriftelijk' : 'mondeling' });
      } else {
        dag = plusDagen(verzenddatum, 21);
        stap('zienswijzetermijn-verstreken', { datum: dag });
      }

      dag = plusDagen(verzenddatum, 28);
      let telt = true;
      if (random() < 0.08) {
        telt = false;
        stap('besluit', { datum: dag, besluit: { soort: 'afzien', motivering: 'zienswijze overtuigt (benchmark)' } });
      } else if (maatregel.soort === 'waarschuwing') {
        stap('besluit', { datum: dag, besluit: { soort: 'waarschuwing', bekendmakingsdatum: dag } });
      } else {
        const besluitdatum = dag;
        const begunstigingEinde = plusDagen(besluitdatum, 14);
        stap('besluit', { datum: dag, besluit: { soort: 'sluiting', duurMaanden: maatregel.duurMaanden, begunstigingstermijn: { einde: begunstigingEinde }, bekendmakingsdatum: besluitdatum } });
        let herroepen = false;
        if (random() < 0.12) {
          later(tussen(7, 35));
          stap('bezwaar', { datum: dag, ontvangstdatum: dag });
          later(60);
          herroepen = random() < 0.3;
          stap('beslissing-op-bezwaar', herroepen ? { datum: dag, uitkomst: 'gegrond', gevolg: { soort: 'herroepen' }, bekendmakingsdatum: dag } : { datum: dag, uitkomst: 'ongegrond', bekendmakingsdatum: dag });
        }
        if (herroepen) {
          telt = false;
        } else {
          dag = dag > begunstigingEinde ? plusDagen(dag, 1) : plusDagen(begunstigingEinde, 1);
          stap('sluiting-uitgevoerd', { datum: dag, sluitingsdatum: dag });
          if (maatregel.duurMaanden !== 'onbepaald') {
            dag = DateTime.fromISO(dag, { zone: 'utc' }).plus({ months: maatregel.duurMaanden }).toISODate() as string;
            stap('heropening', { datum: dag, heropeningsdatum: dag });
          }
        }
      }
      eerdere.push({ zaakId, constateringsdatum: vondst.datum, telt });
      vondstenPerPand.set(vondst.pand, eerdere);
      zaken.push({ zaakId, gemeente, pandSleutel: sleutel, stappen });
    }
  }
  return zaken;
}

/** 342 made-up CBS codes, none of them a real default-policy gemeente. */
export function benchGemeenten(aantal: number): string[] {
  return Array.from({ length: aantal }, (_, i) => `GM${String(5000 + i).padStart(4, '0')}`);
}

function kiesCategorie(r: number): Drugscategorie {
  return r < 0.25 ? 'harddrugs' : r < 0.8 ? 'softdrugs' : 'attributen';
}

function afwijkingVan(voorstel: Maatregel, zwaarste: Drugscategorie): Maatregel {
  if (voorstel.soort === 'sluiting' && voorstel.duurMaanden === 3) return { soort: 'sluiting', duurMaanden: 6 };
  if (voorstel.soort === 'sluiting') return { soort: 'sluiting', duurMaanden: 3 };
  return zwaarste === 'harddrugs' ? { soort: 'sluiting', duurMaanden: 6 } : { soort: 'sluiting', duurMaanden: 3 };
}

function plusDagen(datum: string, dagen: number): string {
  return DateTime.fromISO(datum, { zone: 'utc' }).plus({ days: dagen }).toISODate() as string;
}

/** A stable v4-shaped UUID per (gemeente, number). */
function uuidVoor(gemeente: number, volgnummer: number): string {
  const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
  return `${hex(gemeente, 8)}-0000-4000-8000-${hex(volgnummer, 12)}`;
}

