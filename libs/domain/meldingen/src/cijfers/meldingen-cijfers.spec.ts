import { VREEMDE_EVENTS } from '@handhaving/domain-shared';
import { MELDKAMER_CATEGORIEEN, MELDPUNT_CATEGORIEEN, type Categorie, type MeldingEvent, type MeldingGeregistreerd, type MeldpuntCategorie } from '../melding.events';
import { meldingenCijfers } from './meldingen-cijfers';

/*
 * Kerkrade's "Cijfers meldpunt overlast" (Integraal Veiligheidsplan 2021, chapter 6), copied by hand
 * from the table: per year the meldingen per column, and the total the table prints.
 */
const KERKRADE_MELDPUNT: Record<number, { readonly rij: Record<MeldpuntCategorie, number>; readonly totaal: number }> = {
  2018: { rij: { drugsoverlast: 53, 'georganiseerde-criminaliteit-en-ondermijning': 0, 'verward-gedrag': 26, jeugdoverlast: 18, 'prostitutie-en-mensenhandel': 2, 'huiselijk-geweld': 0, 'sociale-veiligheid-openbare-ruimte': 11, verkeersveiligheid: 1, woonoverlast: 94 }, totaal: 205 },
  2019: { rij: { drugsoverlast: 89, 'georganiseerde-criminaliteit-en-ondermijning': 1, 'verward-gedrag': 18, jeugdoverlast: 21, 'prostitutie-en-mensenhandel': 3, 'huiselijk-geweld': 0, 'sociale-veiligheid-openbare-ruimte': 10, verkeersveiligheid: 4, woonoverlast: 117 }, totaal: 263 },
  2020: { rij: { drugsoverlast: 139, 'georganiseerde-criminaliteit-en-ondermijning': 0, 'verward-gedrag': 18, jeugdoverlast: 5, 'prostitutie-en-mensenhandel': 1, 'huiselijk-geweld': 1, 'sociale-veiligheid-openbare-ruimte': 1, verkeersveiligheid: 0, woonoverlast: 74 }, totaal: 239 },
};

/** Kerkrade's "Cijfers meldkamer handhaving", the fifteen columns in the order of MELDKAMER_CATEGORIEEN, and the printed total. */
const KERKRADE_MELDKAMER: Record<number, { readonly rij: readonly number[]; readonly totaal: number }> = {
  2018: { rij: [83, 79, 21, 209, 0, 381, 678, 137, 356, 289, 9, 9, 3, 70, 38], totaal: 2362 },
  2019: { rij: [70, 270, 37, 357, 3, 664, 663, 104, 662, 391, 16, 5, 1, 57, 31], totaal: 3331 },
  2020: { rij: [84, 342, 45, 412, 14, 755, 759, 143, 736, 429, 30, 54, 10, 120, 75], totaal: 4008 },
};

const dag = (jaar: number, i: number): string => `${jaar}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
/** A day's date plus one: registered the day after the signal (always within the month, day ≤ 28). */
const volgendeDag = (datum: string): string => `${datum.slice(0, 8)}${String(Number(datum.slice(8)) + 1).padStart(2, '0')}`;

function melding(zaakId: string, bron: MeldingGeregistreerd['bron'], categorie: Categorie, meldingsdatum: string, velden: Partial<MeldingGeregistreerd> = {}): MeldingGeregistreerd {
  const datum = volgendeDag(meldingsdatum);
  return { type: 'MeldingGeregistreerd', zaakId, gemeente: 'GM0928', bron, categorie, plaats: { soort: 'gebied', omschrijving: 'Kerkrade-West' }, meldingsdatum, datum, door: 'oov-1', geregistreerdOp: datum, ...velden };
}

/** Kerkrade's meldpunt rows as events: one melding per count, spread over the year; every third one later closed. */
function meldpuntRijen(): MeldingEvent[] {
  const events: MeldingEvent[] = [];
  for (const [jaar, { rij }] of Object.entries(KERKRADE_MELDPUNT)) {
    for (const categorie of MELDPUNT_CATEGORIEEN) {
      for (let i = 0; i < rij[categorie]; i += 1) {
        const id = `mp-${jaar}-${categorie}-${i}`;
        const geregistreerd = melding(id, 'meldpunt-overlast', categorie, dag(Number(jaar), i));
        events.push(geregistreerd);
        if (i % 3 === 0) events.push({ type: 'MeldingGesloten', zaakId: id, reden: 'afgehandeld', datum: geregistreerd.datum, door: 'oov-1', geregistreerdOp: geregistreerd.datum });
      }
    }
  }
  return events;
}

describe('meldingen figures', () => {
  const kerkrade = meldpuntRijen();

  it.each([2018, 2019, 2020])('reproduce Kerkrade’s %i meldpunt row per category and in total', (jaar) => {
    const { rij, totaal } = KERKRADE_MELDPUNT[jaar];
    const cijfers = meldingenCijfers(kerkrade, { jaar });
    const meldpunt = cijfers.perBron['meldpunt-overlast'];
    for (const categorie of MELDPUNT_CATEGORIEEN) expect([categorie, meldpunt.perCategorie[categorie]?.aantal]).toEqual([categorie, rij[categorie]]);
    expect(meldpunt.totaal).toBe(totaal);
    expect(cijfers.totaal).toBe(totaal);
  });

  it('prints the three totals of the table: 205, 263, 239', () => {
    expect([2018, 2019, 2020].map((jaar) => meldingenCijfers(kerkrade, { jaar }).perBron['meldpunt-overlast'].totaal)).toEqual([205, 263, 239]);
  });

  it('lists the meldingen behind each cell', () => {
    const cel = meldingenCijfers(kerkrade, { jaar: 2019 }).perBron['meldpunt-overlast'].perCategorie['georganiseerde-criminaliteit-en-ondermijning'];
    expect(cel).toEqual({ aantal: 1, zaakIds: ['mp-2019-georganiseerde-criminaliteit-en-ondermijning-0'] });
    expect(meldingenCijfers(kerkrade, { jaar: 2020 }).perBron['meldpunt-overlast'].perCategorie['huiselijk-geweld']?.zaakIds).toEqual(['mp-2020-huiselijk-geweld-0']);
  });

  it('counts by the meldingsdatum, per source in its own columns, passes by foreign events, and keeps gemeenten apart', () => {
    const events: { readonly type: string }[] = [
      ...VREEMDE_EVENTS,
      melding('oud', 'meldpunt-overlast', 'woonoverlast', '2019-12-31', { datum: '2020-01-02', geregistreerdOp: '2020-01-02' }),
      melding('mk-1', 'meldkamer-handhaving', 'overlast-geluid', '2020-06-01'),
      melding('mk-2', 'meldkamer-handhaving', 'overlast-geluid', '2020-06-02'),
      melding('pol-1', 'politie', 'drugsoverlast', '2020-07-01'),
      melding('maastricht', 'meldpunt-overlast', 'drugsoverlast', '2020-07-01', { gemeente: 'GM0935' }),
    ];
    const cijfers = meldingenCijfers(events, { jaar: 2020, gemeente: 'GM0928' });
    expect(cijfers.perBron['meldpunt-overlast'].totaal).toBe(0);
    expect(cijfers.perBron['meldkamer-handhaving'].perCategorie['overlast-geluid']).toEqual({ aantal: 2, zaakIds: ['mk-1', 'mk-2'] });
    expect(cijfers.perBron['meldkamer-handhaving'].perCategorie['drugsoverlast']).toBeUndefined();
    expect(Object.keys(cijfers.perBron['meldkamer-handhaving'].perCategorie)).toHaveLength(15);
    expect(cijfers.perBron.politie.perCategorie.drugsoverlast).toEqual({ aantal: 1, zaakIds: ['pol-1'] });
    expect(cijfers.totaal).toBe(3);
    expect(meldingenCijfers(events, { jaar: 2019 }).perBron['meldpunt-overlast'].perCategorie.woonoverlast?.zaakIds).toEqual(['oud']);
    expect(meldingenCijfers(events, { jaar: 2020 }).totaal).toBe(4);
  });

  it('as known on an earlier day: a melding registered after it is left out, though its meldingsdatum lies in the year', () => {
    const laat = melding('laat', 'meldpunt-overlast', 'drugsoverlast', '2020-12-30', { datum: '2021-01-15', geregistreerdOp: '2021-01-15' });
    const events = [...kerkrade, laat];
    expect(meldingenCijfers(events, { jaar: 2020, bekendOp: '2021-01-14' }).perBron['meldpunt-overlast'].totaal).toBe(239);
    expect(meldingenCijfers(events, { jaar: 2020, bekendOp: '2021-01-15' }).perBron['meldpunt-overlast'].totaal).toBe(240);
    expect(meldingenCijfers(events, { jaar: 2020 }).perBron['meldpunt-overlast'].perCategorie.drugsoverlast?.aantal).toBe(140);
    expect(meldingenCijfers(events, { jaar: 2020, bekendOp: '2021-01-14' }).bekendOp).toBe('2021-01-14');
  });

  it('as known on a day within the year: only what was registered by then', () => {
    const juni = meldingenCijfers(kerkrade, { jaar: 2020, bekendOp: '2020-06-30' }).perBron['meldpunt-overlast'];
    // dag(2020, i) falls in month (i % 12) + 1: of the 139 drugs meldingen, i % 12 < 6 is 12 per full dozen (11 × 6 = 66) plus i = 132..137 (6): 72.
    expect(juni.perCategorie.drugsoverlast?.aantal).toBe(72);
  });

  it.each([2018, 2019, 2020])('reproduce Kerkrade’s %i meldkamer row beside the meldpunt row, each source in its own table', (jaar) => {
    const { rij, totaal } = KERKRADE_MELDKAMER[jaar];
    const meldkamer: MeldingEvent[] = MELDKAMER_CATEGORIEEN.flatMap((categorie, k) => Array.from({ length: rij[k] }, (_, i) => melding(`mk-${jaar}-${categorie}-${i}`, 'meldkamer-handhaving', categorie, dag(jaar, i))));
    const cijfers = meldingenCijfers([...kerkrade, ...meldkamer], { jaar });
    expect(MELDKAMER_CATEGORIEEN.map((categorie) => cijfers.perBron['meldkamer-handhaving'].perCategorie[categorie]?.aantal)).toEqual(rij);
    expect(cijfers.perBron['meldkamer-handhaving'].totaal).toBe(totaal);
    expect(cijfers.perBron['meldpunt-overlast'].totaal).toBe(KERKRADE_MELDPUNT[jaar].totaal);
    expect(cijfers.totaal).toBe(totaal + KERKRADE_MELDPUNT[jaar].totaal);
  });
});
