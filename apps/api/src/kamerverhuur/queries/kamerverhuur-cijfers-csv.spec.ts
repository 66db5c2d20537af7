import { REDENEN_VAN_VERVAL, RESULTATEN_VAN_TRAJECT } from '@handhaving/domain-kamerverhuur';
import type { KamerverhuurBedragCel, KamerverhuurCel, KamerverhuurCijfers, PerTrajectsoort, ProcedureCijfers } from '@handhaving/read-models';
import { kamerverhuurCijfersAlsCsv } from './kamerverhuur-cijfers-csv';

/*
 * The figures of a year as a spreadsheet reads them. Kerkrade reports juridische procedures per
 * soort ("kvng 4, wspl 3"), and a permit's procedure has no soort: each procedure row in all is
 * followed by its part against handhaving per soort and its part against a permit, so that the
 * columns of every row add up to its totaal.
 */

const cel = (aantal: number): KamerverhuurCel => ({ aantal, panden: [], zaakIds: [] });
const bedrag = (aantal: number, bedragCent: number): KamerverhuurBedragCel => ({ ...cel(aantal), bedragCent });
const rij = (kamerverhuur: number, woningsplitsing: number): PerTrajectsoort => ({ kamerverhuur: cel(kamerverhuur), woningsplitsing: cel(woningsplitsing), totaal: cel(kamerverhuur + woningsplitsing) });
const geld = (kamerverhuur: readonly [number, number], woningsplitsing: readonly [number, number]): PerTrajectsoort<KamerverhuurBedragCel> => ({
  kamerverhuur: bedrag(...kamerverhuur),
  woningsplitsing: bedrag(...woningsplitsing),
  totaal: bedrag(kamerverhuur[0] + woningsplitsing[0], kamerverhuur[1] + woningsplitsing[1]),
});
const fasen = (ingesteld: number, afgerond: number, openAanEinde: number): ProcedureCijfers => ({ ingesteld: cel(ingesteld), afgerond: cel(afgerond), openAanEinde: cel(openAanEinde) });
/** A procedure soort: [ingesteld, afgerond, open] against kamerverhuur, woningsplitsing and a permit. */
const procedures = (kvng: readonly [number, number, number], wspl: readonly [number, number, number], vergunning: readonly [number, number, number]) => {
  const som = (...delen: ReadonlyArray<readonly [number, number, number]>) => fasen(...([0, 1, 2].map((i) => delen.reduce((t, d) => t + (d[i] as number), 0)) as [number, number, number]));
  return {
    ...som(kvng, wspl, vergunning),
    perHerkomst: { handhaving: som(kvng, wspl), vergunning: fasen(...vergunning) },
    perSoort: { kamerverhuur: fasen(...kvng), woningsplitsing: fasen(...wspl), totaal: som(kvng, wspl) },
  };
};

const leeg = rij(0, 0);
const cijfers: KamerverhuurCijfers = {
  gemeente: 'GM0928',
  periode: { van: '2020-01-01', tot: '2020-12-31' },
  bekendOp: null,
  aanschrijvingen: { vooraankondiging: cel(2), voornemen: cel(2), totaal: cel(4), perSoort: rij(3, 1) },
  handhavingstrajecten: {
    gestart: rij(2, 1),
    afgesloten: rij(1, 0),
    perResultaat: Object.fromEntries(RESULTATEN_VAN_TRAJECT.map((r) => [r, r === 'nageleefd' ? rij(1, 0) : leeg])) as KamerverhuurCijfers['handhavingstrajecten']['perResultaat'],
    lopendAanEinde: rij(1, 1),
  },
  lastenOnderDwangsom: {
    opgelegd: rij(1, 0),
    // Seven days at € 500 in April; € 1.234,05 in a woningsplitsing.
    verbeurd: geld([1, 350_000], [1, 123_405]),
    invorderingsbeschikkingen: geld([1, 350_000], [0, 0]),
    laterHerroepen: { opgelegd: leeg, verbeurd: geld([0, 0], [0, 0]), invorderingsbeschikkingen: geld([1, 350_000], [0, 0]) },
  },
  juridischeProcedures: { bezwaar: procedures([2, 1, 1], [1, 1, 0], [1, 1, 0]), beroep: procedures([0, 0, 0], [1, 0, 1], [0, 0, 0]) },
  vergunningen: {
    aangevraagd: cel(0),
    verleend: cel(0),
    geweigerd: cel(1),
    ingetrokken: cel(1),
    vervallen: cel(2),
    vervallenPerReden: Object.fromEntries(REDENEN_VAN_VERVAL.map((r) => [r, cel(r === 'niet-gebruikt' ? 0 : 1)])) as KamerverhuurCijfers['vergunningen']['vervallenPerReden'],
    laterHerroepen: { geweigerd: cel(1), ingetrokken: cel(0) },
  },
};

const regels = kamerverhuurCijfersAlsCsv(cijfers).split('\r\n');
/** The row with this label after the row with `na` (labels like "waarvan later herroepen" recur). */
const rijNa = (na: string, label: string): string | undefined => regels.slice(regels.findIndex((r) => r.startsWith(`${na};`))).find((r) => r.startsWith(`${label};`));

describe('kamerverhuurCijfersAlsCsv: the year’s figures for a spreadsheet', () => {
  it('heads the columns with the soorten and the totaal, and keeps the rows the report has always had', () => {
    expect(regels[0]).toBe('Kamerverhuur GM0928 2020-01-01 t/m 2020-12-31;kamerverhuur;woningsplitsing;totaal');
    expect(regels).toContain('Aanschrijvingen;3;1;4');
    expect(regels).toContain('waarvan voornemens;;;2');
    expect(regels).toContain('Handhavingstrajecten gestart;2;1;3');
    expect(regels.at(-1)).toBe('');
  });

  it('gives the lasten onder dwangsom of the dwangsom route per soort: opgelegd, verbeurd and invorderingsbeschikkingen, in number and in euros, and those herroepen since', () => {
    expect(regels).toContain('Lasten onder dwangsom opgelegd;1;0;1');
    expect(regels).toContain('Dwangsommen verbeurd;1;1;2');
    expect(regels).toContain('Dwangsommen verbeurd (euro);3500,00;1234,05;4734,05');
    expect(rijNa('Dwangsommen verbeurd (euro)', 'waarvan onder een later herroepen last')).toBe('waarvan onder een later herroepen last;0;0;0');
    expect(regels).toContain('Invorderingsbeschikkingen;1;0;1');
    expect(regels).toContain('Invorderingsbeschikkingen (euro);3500,00;0,00;3500,00');
    expect(rijNa('Invorderingsbeschikkingen (euro)', 'waarvan later herroepen')).toBe('waarvan later herroepen;1;0;1');
  });

  it('gives each juridische procedure in all, then against handhaving per soort and against a permit: the columns add up', () => {
    const bezwaar = regels.slice(regels.indexOf('Bezwaar ingesteld;;;4'), regels.indexOf('Bezwaar ingesteld;;;4') + 9);
    expect(bezwaar).toEqual([
      'Bezwaar ingesteld;;;4',
      'waarvan tegen handhaving;2;1;3',
      'waarvan tegen een vergunningsbesluit;;;1',
      'Bezwaar afgerond;;;3',
      'waarvan tegen handhaving;1;1;2',
      'waarvan tegen een vergunningsbesluit;;;1',
      'Bezwaar open aan het einde;;;1',
      'waarvan tegen handhaving;1;0;1',
      'waarvan tegen een vergunningsbesluit;;;0',
    ]);
    expect(rijNa('Beroep open aan het einde', 'waarvan tegen handhaving')).toBe('waarvan tegen handhaving;0;1;1');
  });

  it('marks the permits’ weigeringen and intrekkingen herroepen since, beside their rows', () => {
    expect(rijNa('Vergunningen geweigerd', 'waarvan later herroepen')).toBe('waarvan later herroepen;;;1');
    expect(rijNa('Vergunningen ingetrokken', 'waarvan later herroepen')).toBe('waarvan later herroepen;;;0');
  });
});
