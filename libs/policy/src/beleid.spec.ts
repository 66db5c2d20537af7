import { beschrijfMaatregel, herinneringenVoor, maatregelVolgensLadder } from './beleid';
import { voorbeeldBeleid } from './default-policies';

describe('Beleid', () => {
  const beleid = voorbeeldBeleid();

  it('looks up the ladder by pand type, heaviest category and the number of earlier finds within the window', () => {
    expect(maatregelVolgensLadder(beleid, { pandtype: 'woning', zwaarsteCategorie: 'softdrugs', eerdereVondsten: 0 })).toEqual({
      trede: 'eerste',
      maatregel: { soort: 'waarschuwing' },
    });
    expect(maatregelVolgensLadder(beleid, { pandtype: 'woning', zwaarsteCategorie: 'softdrugs', eerdereVondsten: 1 })).toEqual({
      trede: 'tweede',
      maatregel: { soort: 'sluiting', duurMaanden: 3 },
    });
    expect(maatregelVolgensLadder(beleid, { pandtype: 'lokaal', zwaarsteCategorie: 'harddrugs', eerdereVondsten: 2 })).toEqual({
      trede: 'derdeEnVerder',
      maatregel: { soort: 'sluiting', duurMaanden: 'onbepaald' },
    });
    expect(maatregelVolgensLadder(beleid, { pandtype: 'lokaal', zwaarsteCategorie: 'harddrugs', eerdereVondsten: 7 }).trede).toBe('derdeEnVerder');
  });

  it('describes a measure in words', () => {
    expect(beschrijfMaatregel({ soort: 'sluiting', duurMaanden: 1 })).toBe('sluiting 1 maand');
    expect(beschrijfMaatregel({ soort: 'sluiting', duurMaanden: 6 })).toBe('sluiting 6 maanden');
    expect(beschrijfMaatregel({ soort: 'sluiting', duurMaanden: 'onbepaald' })).toBe('sluiting voor onbepaalde tijd');
    expect(beschrijfMaatregel({ soort: 'waarschuwing' })).toBe('waarschuwing');
    expect(beschrijfMaatregel({ soort: 'geen-maatregel' })).toBe('geen maatregel');
  });

  it('gives the reminders of a kind of term, or the standard ones', () => {
    expect(herinneringenVoor(beleid, 'bezwaartermijn')).toEqual([
      { wanneer: 'voor-einde', werkdagen: 5, tijd: '08:00' },
      { wanneer: 'op-einddag', tijd: '08:00' },
      { wanneer: 'na-einde', werkdagen: 1, tijd: '08:00' },
    ]);
    expect(herinneringenVoor(beleid, 'verjaring-dwangsom')[0]).toEqual({ wanneer: 'voor-einde', werkdagen: 20, tijd: '08:00' });
    const zonder = { ...beleid, herinneringen: { ...beleid.herinneringen, perTermijnsoort: { zienswijzetermijn: [] } } };
    expect(herinneringenVoor(zonder, 'zienswijzetermijn')).toEqual([]);
  });
});
