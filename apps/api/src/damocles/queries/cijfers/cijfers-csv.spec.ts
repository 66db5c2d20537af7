import type { Cel, CijferRij, DamoclesCijfers } from '@handhaving/read-models';
import { cijfersAlsCsv } from './cijfers-csv';

const cel = (aantal: number): Cel => ({ aantal, zaakIds: Array.from({ length: aantal }, (_, i) => `zaak-${i}`) });
const rij = (softdrugs: number, harddrugs: number, attributen: number): CijferRij => ({
  softdrugs: cel(softdrugs),
  harddrugs: cel(harddrugs),
  attributen: cel(attributen),
  totaal: cel(softdrugs + harddrugs + attributen),
});
const tabel = (waarschuwingen: CijferRij): DamoclesCijfers => ({
  gemeente: 'GM0928',
  periode: { van: '2020-01-01', tot: '2020-12-31' },
  bekendOp: null,
  sluitingsbesluiten: rij(5, 6, 1),
  waarschuwingen,
  rapportagesOntvangen: cel(28),
  recidive: { ...cel(0), gevallen: [] },
});

describe('cijfersAlsCsv: the Kerkrade table for a spreadsheet', () => {
  it('given no harddrugs warnings, then "n.v.t." in that cell, as Kerkrade prints it', () => {
    expect(cijfersAlsCsv(tabel(rij(6, 0, 6))).split('\r\n')[2]).toBe('Waarschuwing;6;n.v.t.;6;12');
  });

  it('given a warned find corrected to harddrugs afterwards, then the number, so the row adds up to its total', () => {
    expect(cijfersAlsCsv(tabel(rij(5, 1, 6))).split('\r\n')[2]).toBe('Waarschuwing;5;1;6;12');
  });

  it('given remarks, then one row each after the table, quoted where a spreadsheet needs it', () => {
    const regels = cijfersAlsCsv({ ...tabel(rij(6, 0, 6)), opmerkingen: ['Vondsten van voor 2019-01-01; beoordeeld met 24 maanden.'] }).split('\r\n');
    expect(regels.slice(4)).toEqual(['Recidive;;;;0', 'Opmerking;"Vondsten van voor 2019-01-01; beoordeeld met 24 maanden."', '']);
  });
});
