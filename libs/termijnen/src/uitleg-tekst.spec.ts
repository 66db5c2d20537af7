import { berekenTermijn } from './termijn';
import { weken } from './termijnlengte';
import { renderUitleg } from './uitleg-tekst';

describe('renderUitleg', () => {
  it('given the worked example of docs/termijnen.md then it renders the three lines of the spec', () => {
    expect(renderUitleg(berekenTermijn({ soort: 'bezwaartermijn', vanaf: '2021-03-03' }).uitleg)).toBe(
      [
        'bezwaartermijn: eindigt 2021-04-14',
        '  start 2021-03-04 (dag na bekendmaking 2021-03-03), 6 weken (art. 6:7 Awb)',
        '  geen verlenging: 2021-04-14 is een woensdag',
      ].join('\n'),
    );
  });

  it('given a term extended past Goede Vrijdag and Easter then every day passed over is named with its rule', () => {
    expect(renderUitleg(berekenTermijn({ soort: 'bezwaartermijn', vanaf: '2021-02-19' }).uitleg)).toBe(
      [
        'bezwaartermijn: eindigt 2021-04-06',
        '  start 2021-02-20 (dag na bekendmaking 2021-02-19), 6 weken (art. 6:7 Awb)',
        '  verlengd tot en met 2021-04-06 (art. 1 lid 1 Atw): 2021-04-02 is een vrijdag (Goede Vrijdag, art. 3 lid 2 Atw), ' +
          '2021-04-03 is een zaterdag, 2021-04-04 is een zondag, 2021-04-05 is een maandag (tweede Paasdag, art. 3 lid 1 Atw)',
      ].join('\n'),
    );
  });

  it('given verdaging, opschorting and the verjaring exclusion then each has its line', () => {
    const tekst = renderUitleg(
      berekenTermijn({
        soort: 'beslistermijn-bezwaar',
        vanaf: '2021-04-14',
        verdagingen: [{ lengte: weken(6), reden: 'hoorzitting' }],
        opschortingen: [{ van: '2021-05-01', totEnMet: '2021-05-10', reden: 'stukken opgevraagd' }],
      }).uitleg,
    );
    expect(tekst).toContain('  verdaagd met 6 weken tot en met 2021-07-07 (art. 7:10 lid 3 Awb): hoorzitting');
    expect(tekst).toContain('  opgeschort 2021-05-01 tot en met 2021-05-10: 10 dagen erbij (stukken opgevraagd)');
    expect(renderUitleg(berekenTermijn({ soort: 'verjaring-dwangsom', vanaf: '2021-05-14' }).uitleg)).toContain(
      '  geen verlenging: Atw geldt niet: termijn omschreven in een of meer jaren (art. 4 onder a Atw); 2022-05-14 is een zaterdag',
    );
  });

  it('given a fixed end date on Koningsdag 2021 then it renders the article of the last, why the day stands, and that it is no werkdag', () => {
    expect(renderUitleg(berekenTermijn({ soort: 'begunstigingstermijn', vanaf: '2021-03-31', vasteEinddatum: '2021-04-27', last: 'bestuursdwang' }).uitleg)).toBe(
      [
        'begunstigingstermijn: eindigt 2021-04-27',
        '  start 2021-04-01 (dag na bekendmaking 2021-03-31), vaste einddatum 2021-04-27 (art. 5:24 lid 2 Awb, termijn gesteld in de last onder bestuursdwang)',
        '  geen verlenging: einddatum genoemd in het besluit, en die dag geldt zoals het besluit hem noemt: de Atw geldt alleen voor in een wet gestelde termijnen (art. 1 lid 1 Atw), ' +
          'en het beleid om zoals de Atw te verlengen geldt voor een termijn gesteld als lengte, niet voor een genoemde dag; 2021-04-27 is een dinsdag (Koningsdag, art. 3 lid 1 Atw)',
        '  let op: 2021-04-27 is geen werkdag (Koningsdag, art. 3 lid 1 Atw); de termijn eindigt toch die dag, zoals het besluit hem noemt',
      ].join('\n'),
    );
  });

  it('given a fixed end date on a Sunday without a last then the neutral article and the Sunday are shown', () => {
    const tekst = renderUitleg(berekenTermijn({ soort: 'begunstigingstermijn', vanaf: '2021-02-24', vasteEinddatum: '2021-03-14' }).uitleg);
    expect(tekst).toContain('(art. 5:24 lid 2 Awb (last onder bestuursdwang) of art. 5:32a lid 2 Awb (last onder dwangsom), termijn gesteld in de last)');
    expect(tekst).toContain('  let op: 2021-03-14 is geen werkdag (zondag); de termijn eindigt toch die dag, zoals het besluit hem noemt');
  });

  it('given a fixed end date on a werkdag then no warning line', () => {
    expect(renderUitleg(berekenTermijn({ soort: 'begunstigingstermijn', vanaf: '2021-02-24', vasteEinddatum: '2021-03-15' }).uitleg)).not.toContain('let op');
  });

  it('given a provisional holiday then the heading and a closing line say so', () => {
    const tekst = renderUitleg(berekenTermijn({ soort: 'bezwaartermijn', vanaf: '2029-03-30' }).uitleg);
    expect(tekst.split('\n')[0]).toBe('bezwaartermijn: eindigt 2029-05-14 (voorlopig)');
    expect(tekst).toContain('2029-05-11 is een vrijdag (vrijdag na Hemelvaartsdag, art. 3 lid 3 Atw, voorlopig)');
    expect(tekst).toMatch(/\n {2}voorlopig: 2029-05-11/);
  });
});
