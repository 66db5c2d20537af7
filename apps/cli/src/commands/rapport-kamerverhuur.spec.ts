import { controleerRapportOpties } from './rapport.command';
import { datumKop, kamerverhuurCijfersTabel, kamerverhuurPaden, kamerverhuurRapport, kamerverhuurregisterTabel, type KamerverhuurCijfers, type Registertabel } from './rapport-kamerverhuur';

const cel = (aantal: number) => ({ aantal, zaakIds: [] });
const soorten = (kamerverhuur: number, woningsplitsing: number) => ({ kamerverhuur: cel(kamerverhuur), woningsplitsing: cel(woningsplitsing), totaal: cel(kamerverhuur + woningsplitsing) });
const procedures = (ingesteld: number, afgerond: number, open: number) => ({ ingesteld: cel(ingesteld), afgerond: cel(afgerond), openAanEinde: cel(open) });

/** Kerkrade's "Overzicht kamerverhuur" (Uitvoeringsplan 2021, chapter 5) as the register would give it. */
const opDatum = (datum: string, panden: number, vergund: number, handhaving: number, afgevoerd: number, afgevoerdSinds?: number) => ({
  datum,
  aantalPanden: cel(panden),
  perStand: {
    'in-onderzoek': cel(panden - vergund - handhaving),
    vergund: cel(vergund - 1),
    'in-handhaving': cel(handhaving),
    gelegaliseerd: cel(1),
    afgevoerd: { ...cel(afgevoerd), nietGenoemd: 0 },
  },
  vergund: cel(vergund),
  ...(afgevoerdSinds === undefined ? {} : { afgevoerdSinds: cel(afgevoerdSinds) }),
});

const register: Registertabel = {
  gemeente: 'GM0928',
  bekendOp: null,
  afgevoerdSinds: '2020-01-01',
  datums: [opDatum('2019-01-01', 86, 7, 29, 3, 0), opDatum('2020-01-01', 74, 12, 14, 15, 0), opDatum('2020-06-01', 94, 10, 14, 20, 5), opDatum('2021-01-01', 98, 9, 12, 57, 42)],
};

const cijfers: KamerverhuurCijfers = {
  gemeente: 'GM0928',
  periode: { van: '2020-01-01', tot: '2020-12-31' },
  bekendOp: '2021-02-01',
  aanschrijvingen: { vooraankondiging: cel(3), voornemen: cel(2), totaal: cel(5), perSoort: soorten(5, 0) },
  handhavingstrajecten: {
    gestart: soorten(29, 14),
    afgesloten: soorten(10, 2),
    perResultaat: { nageleefd: soorten(7, 1), gelegaliseerd: soorten(2, 0), 'bestuursdwang-toegepast': soorten(0, 1), 'dwangsom-ingevorderd': soorten(1, 0), 'geen-overtreding': soorten(0, 0) },
    lopendAanEinde: soorten(19, 12),
  },
  juridischeProcedures: {
    bezwaar: { ...procedures(6, 5, 1), perHerkomst: { handhaving: procedures(4, 3, 1), vergunning: procedures(2, 2, 0) }, perSoort: { kamerverhuur: procedures(3, 2, 1), woningsplitsing: procedures(1, 1, 0) } },
    beroep: { ...procedures(1, 0, 1), perHerkomst: { handhaving: procedures(1, 0, 1), vergunning: procedures(0, 0, 0) } },
  },
  lastenOnderDwangsom: {
    opgelegd: soorten(2, 1),
    verbeurd: { kamerverhuur: { ...cel(1), bedragCent: 350_000 }, woningsplitsing: { ...cel(0), bedragCent: 0 }, totaal: { ...cel(1), bedragCent: 350_000 } },
    invorderingsbeschikkingen: soorten(1, 0),
  },
  vergunningen: {
    aangevraagd: cel(4),
    verleend: cel(3),
    geweigerd: cel(1),
    ingetrokken: cel(1),
    vervallen: cel(2),
    vervallenPerReden: { 'einddatum-verstreken': cel(1), afstand: cel(1), 'niet-gebruikt': cel(0) },
    laterHerroepen: { geweigerd: cel(0), ingetrokken: cel(1) },
  },
};

/** The cells of the row that starts with `label`, right of it. */
const cellen = (tekst: string, label: string) =>
  tekst
    .split('\n')
    .find((r) => r.startsWith(label))
    ?.slice(label.length)
    .trim()
    .split(/\s+/);

describe('handhaving rapport kamerverhuur: the register on dates', () => {
  const tabel = kamerverhuurregisterTabel(register);

  it('heads each column with its date as Kerkrade writes it', () => {
    expect(datumKop('2020-06-01')).toBe('1-6-2020');
    expect(tabel.split('\n')[0]).toBe('Kamerverhuur GM0928: het register op datum');
    expect(cellen(tabel, 'Categorie')).toEqual(['1-1-2019', '1-1-2020', '1-6-2020', '1-1-2021']);
  });

  it('gives Kerkrade’s rows with a figure per date: panden, vergund (gelegaliseerd among them), in handhaving, in onderzoek, afgevoerd', () => {
    expect(cellen(tabel, 'Aantal panden')).toEqual(['86', '74', '94', '98']);
    expect(cellen(tabel, 'Vergunde kamerverhuur')).toEqual(['7', '12', '10', '9']);
    expect(cellen(tabel, '  waarvan gelegaliseerd')).toEqual(['1', '1', '1', '1']);
    expect(cellen(tabel, 'In handhaving')).toEqual(['29', '14', '14', '12']);
    expect(cellen(tabel, 'In onderzoek')).toEqual(['50', '48', '70', '77']);
    expect(cellen(tabel, 'Afgevoerd')).toEqual(['3', '15', '20', '57']);
    expect(cellen(tabel, '  waarvan afgevoerd sinds 1-1-2020')).toEqual(['0', '0', '5', '42']);
  });

  it('says as known on which day, and leaves out the afgevoerd-sinds row when no day was asked', () => {
    const toen = kamerverhuurregisterTabel({ ...register, bekendOp: '2021-02-01', afgevoerdSinds: null, datums: register.datums.map(({ afgevoerdSinds: _weg, ...d }) => d) });
    expect(toen.split('\n')[0]).toBe('Kamerverhuur GM0928: het register op datum (zoals bekend op 2021-02-01)');
    expect(toen).not.toContain('afgevoerd sinds');
  });
});

describe('handhaving rapport kamerverhuur --jaar: the year’s figures', () => {
  const tabel = kamerverhuurCijfersTabel(cijfers);

  it('counts aanschrijvingen and handhavingstrajecten per soort, with the result of those closed', () => {
    expect(tabel.split('\n')[0]).toBe('Kamerverhuur GM0928, 2020-01-01 t/m 2020-12-31 (zoals bekend op 2021-02-01)');
    expect(tabel.split('\n')[2]?.trim().split(/\s+/)).toEqual(['kamerverhuur', 'woningsplitsing', 'totaal']);
    expect(cellen(tabel, 'Aanschrijvingen')).toEqual(['5', '0', '5']);
    expect(cellen(tabel, '  vooraankondigingen')).toEqual(['3']);
    expect(cellen(tabel, 'Handhavingstrajecten gestart')).toEqual(['29', '14', '43']);
    expect(cellen(tabel, '  bestuursdwang toegepast')).toEqual(['0', '1', '1']);
    expect(cellen(tabel, '  geen overtreding')).toEqual(['0', '0', '0']);
    expect(cellen(tabel, 'Handhavingstrajecten lopend op 31-12-2020')).toEqual(['19', '12', '31']);
  });

  it('shows bezwaar and beroep apart, ingesteld, afgerond and open at the year’s end, against a last or a permit’s besluit', () => {
    expect(cellen(tabel, 'Juridische procedures')).toEqual(['ingesteld', 'afgerond', 'open', '31-12-2020']);
    expect(cellen(tabel, 'Bezwaar')).toEqual(['6', '5', '1']);
    expect(cellen(tabel, 'Beroep bij de rechtbank')).toEqual(['1', '0', '1']);
    const regels = tabel.split('\n');
    const beroep = regels.findIndex((r) => r.startsWith('Beroep bij de rechtbank'));
    expect(regels[beroep + 1]).toMatch(/^ {2}tegen een last \(handhavingstraject\)\s+1\s+0\s+1$/);
  });

  it('splits the bezwaren against a last by soort, and shows the dwangsom route of the trajecten with what was forfeited', () => {
    const regels = tabel.split('\n');
    const tegenLast = regels.findIndex((r) => r.startsWith('  tegen een last'));
    expect(regels[tegenLast + 1]).toMatch(/^ {4}kamerverhuur\s+3\s+2\s+1$/);
    expect(regels[tegenLast + 2]).toMatch(/^ {4}woningsplitsing\s+1\s+1\s+0$/);
    expect(cellen(tabel, 'Lasten onder dwangsom opgelegd')).toEqual(['2', '1', '3']);
    expect(cellen(tabel, 'Verbeurd')).toEqual(['1', '0', '1']);
    expect(regels[regels.findIndex((r) => r.startsWith('Verbeurd')) + 1]).toMatch(/^ {2}bedrag\s+EUR 3500,00\s+EUR 0,00\s+EUR 3500,00$/);
    expect(cellen(tabel, 'Invorderingsbeschikkingen')).toEqual(['1', '0', '1']);
  });

  it('counts the permits granted, refused, revoked and lapsed, with the reasons of the lapse', () => {
    expect(cellen(tabel, 'Verleend')).toEqual(['3']);
    expect(cellen(tabel, 'Ingetrokken')).toEqual(['1']);
    expect(cellen(tabel, 'Vervallen')).toEqual(['2']);
    expect(cellen(tabel, '  einddatum verstreken')).toEqual(['1']);
    expect(cellen(tabel, '  afstand gedaan')).toEqual(['1']);
    const regels = tabel.split('\n');
    expect(regels[regels.findIndex((r) => r.startsWith('Ingetrokken')) + 1]).toMatch(/^ {2}waarvan later herroepen of vernietigd\s+1$/);
  });

  it('prints the figures under the register table when the year was asked', () => {
    expect(kamerverhuurRapport(register)).toBe(kamerverhuurregisterTabel(register));
    expect(kamerverhuurRapport(register, cijfers)).toBe(`${kamerverhuurregisterTabel(register)}\n\n${tabel}`);
  });
});

describe('handhaving rapport kamerverhuur: what it asks the API', () => {
  const vraag = (pad: string | undefined) => {
    const url = new URL(pad ?? '', 'http://api');
    return { pad: url.pathname, query: Object.fromEntries(url.searchParams) };
  };

  it('asks the register on the dates, and the year’s figures only with --jaar', () => {
    const zonderJaar = kamerverhuurPaden({ gemeente: 'GM0928', op: '2019-01-01, 2020-01-01,2020-06-01,2021-01-01' });
    expect(vraag(zonderJaar.register)).toEqual({ pad: '/api/kamerverhuur/register', query: { gemeente: 'GM0928', op: '2019-01-01,2020-01-01,2020-06-01,2021-01-01' } });
    expect(zonderJaar.cijfers).toBeUndefined();
    const alles = kamerverhuurPaden({ gemeente: 'GM0928', op: '2021-01-01', jaar: '2020', bekendOp: '2021-02-01', afgevoerdSinds: '2020-01-01', csv: true });
    expect(vraag(alles.register).query).toEqual({ gemeente: 'GM0928', op: '2021-01-01', bekendOp: '2021-02-01', afgevoerdSinds: '2020-01-01', formaat: 'csv' });
    expect(vraag(alles.cijfers)).toEqual({ pad: '/api/kamerverhuur/cijfers', query: { gemeente: 'GM0928', jaar: '2020', bekendOp: '2021-02-01', formaat: 'csv' } });
  });

  it('refuses, before asking anything, options that do not fit the report', () => {
    expect(() => controleerRapportOpties('dwangsom', { gemeente: 'GM0928' })).toThrow('rapport dwangsom: geef het jaar met --jaar (bijvoorbeeld --jaar 2020)');
    expect(() => controleerRapportOpties('damocles', { gemeente: 'GM0928', jaar: '2020', op: '2020-01-01' })).toThrow(/--op .* hoort alleen bij rapport kamerverhuur/);
    expect(() => controleerRapportOpties('bibob', { gemeente: 'GM0928', jaar: '2020', afgevoerdSinds: '2020-01-01' })).toThrow(/--afgevoerd-sinds hoort alleen bij rapport kamerverhuur/);
    expect(() => controleerRapportOpties('kamerverhuur', { gemeente: 'GM0928', jaar: '2020' })).toThrow(/geef de datums van de kolommen met --op/);
    expect(() => controleerRapportOpties('kamerverhuur', { gemeente: 'GM0928', op: '2020-01-01,1-6-2020' })).toThrow("--op neemt datums JJJJ-MM-DD, gescheiden door komma's; niet: 1-6-2020");
    expect(() => controleerRapportOpties('kamerverhuur', { gemeente: 'GM0928', op: '2020-01-01', jaar: '20' })).toThrow(/--jaar neemt een jaartal/);
    expect(() => controleerRapportOpties('kamerverhuur', { gemeente: 'GM0928', op: '2019-01-01,2021-01-01', afgevoerdSinds: '2020-01-01' })).not.toThrow();
    expect(() => controleerRapportOpties('dwangsom', { gemeente: 'GM0928', jaar: '2020' })).not.toThrow();
  });
});
