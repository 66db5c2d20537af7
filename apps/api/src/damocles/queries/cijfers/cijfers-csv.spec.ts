import type { Cel, CijferRij, DamoclesCijfers, SluitingCel } from '@handhaving/read-models';
import { cijfersAlsCsv } from './cijfers-csv';

const cel = (aantal: number): Cel => ({ aantal, zaakIds: Array.from({ length: aantal }, (_, i) => `zaak-${i}`) });
const rij = (softdrugs: number, harddrugs: number, attributen: number): CijferRij => ({
  softdrugs: cel(softdrugs),
  harddrugs: cel(harddrugs),
  attributen: cel(attributen),
  totaal: cel(softdrugs + harddrugs + attributen),
});
/** Closures per category, each with how many of them were revoked since: `[aantal, laterHerroepen]`. */
const sluitingen = (...perCategorie: Array<readonly [number, number]>): CijferRij<SluitingCel> => {
  const [softdrugs, harddrugs, attributen] = perCategorie.map(([aantal, herroepen]) => ({ ...cel(aantal), laterHerroepen: cel(herroepen) }));
  const som = (i: 0 | 1) => perCategorie.reduce((totaal, paar) => totaal + paar[i], 0);
  return { softdrugs, harddrugs, attributen, totaal: { ...cel(som(0)), laterHerroepen: cel(som(1)) } };
};
const tabel = (waarschuwingen: CijferRij, sluitingsbesluiten = sluitingen([5, 0], [6, 0], [1, 0])): DamoclesCijfers => ({
  gemeente: 'GM0928',
  periode: { van: '2020-01-01', tot: '2020-12-31' },
  bekendOp: null,
  sluitingsbesluiten,
  waarschuwingen,
  rapportagesOntvangen: cel(28),
  recidive: { ...cel(0), gevallen: [] },
});

describe('cijfersAlsCsv: the Kerkrade table for a spreadsheet', () => {
  it('given no harddrugs warnings, then "n.v.t." in that cell, as Kerkrade prints it', () => {
    expect(cijfersAlsCsv(tabel(rij(6, 0, 6))).split('\r\n')[3]).toBe('Waarschuwing;6;n.v.t.;6;12');
  });

  it('given a warned find corrected to harddrugs afterwards, then the number, so the row adds up to its total', () => {
    expect(cijfersAlsCsv(tabel(rij(5, 1, 6))).split('\r\n')[3]).toBe('Waarschuwing;5;1;6;12');
  });

  it('given closures revoked on bezwaar since, then they stay in the closures row and are shown beneath it', () => {
    const regels = cijfersAlsCsv(tabel(rij(6, 0, 6), sluitingen([5, 0], [7, 1], [1, 0]))).split('\r\n');
    expect(regels.slice(1, 3)).toEqual(['Sluitingsbesluit;5;7;1;13', 'waarvan later herroepen;0;1;0;1']);
  });

  it('given none revoked, then the row is there with zeros, so a sheet that refers to the rows keeps working', () => {
    expect(cijfersAlsCsv(tabel(rij(6, 0, 6))).split('\r\n')[2]).toBe('waarvan later herroepen;0;0;0;0');
  });

  it('given remarks, then one row each after the table, quoted where a spreadsheet needs it', () => {
    const regels = cijfersAlsCsv({ ...tabel(rij(6, 0, 6)), opmerkingen: ['Vondsten van voor 2019-01-01; beoordeeld met 24 maanden.'] }).split('\r\n');
    expect(regels.slice(5)).toEqual(['Recidive;;;;0', 'Opmerking;"Vondsten van voor 2019-01-01; beoordeeld met 24 maanden."', '']);
  });
});
