import { ToenEnNu } from './toen-en-nu';

const telling = (...zaakIds: string[]) => ({ aantal: zaakIds.length, zaakIds });

describe('a figure as known now beside the figure as reported then', () => {
  it('the same count: the figure now only, no footnote (also when one case took another’s place)', () => {
    const toenEnNu = new ToenEnNu('2021-01-14');
    expect(toenEnNu.cel('Sluitingsbesluit, totaal', telling('a', 'b'), telling('a', 'c'))).toEqual({ waarde: 2, zaken: ['a', 'b'] });
    expect(toenEnNu.voetnoten()).toEqual([]);
  });

  it('a different count: both figures, and a footnote naming the cases counted since and no longer, numbered in order', () => {
    const toenEnNu = new ToenEnNu('2021-01-14');
    expect(toenEnNu.cel('Waarschuwing, softdrugs', telling('a', 'b', 'c'), telling('a', 'd'))).toEqual({ waarde: 3, toen: 2, zaken: ['a', 'b', 'c'], voetnoten: ['verschil-1'] });
    expect(toenEnNu.cel('Recidive', telling(), telling('e'), { bij: 'x', af: 'later herroepen' })).toMatchObject({ waarde: 0, toen: 1, voetnoten: ['verschil-2'] });
    expect(toenEnNu.voetnoten()).toEqual([
      {
        id: 'verschil-1',
        tekst:
          'Waarschuwing, softdrugs: op 14-01-2021 gerapporteerd als 2, nu 3 (met 1 vermeerderd). Sindsdien meegeteld (later vastgelegd of gecorrigeerd): zaak b, zaak c. Niet meer meegeteld (gecorrigeerd of ingetrokken): zaak d.',
      },
      { id: 'verschil-2', tekst: 'Recidive: op 14-01-2021 gerapporteerd als 1, nu 0 (met 1 verminderd). Niet meer meegeteld (later herroepen): zaak e.' },
    ]);
  });

  it('a report as known now only: never a figure then', () => {
    const toenEnNu = new ToenEnNu(undefined);
    expect(toenEnNu.cel('Recidive', telling('a'), telling())).toEqual({ waarde: 1, zaken: ['a'] });
    expect(toenEnNu.voetnoten()).toEqual([]);
  });
});
