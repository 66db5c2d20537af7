import { Regels } from '../regels';
import { registreerEindeOpschorting } from './registreer-einde-opschorting';
import type { HangendeBeslistermijn } from './stel-beslissing-op-bezwaar-uit';
import { verdaagBeslistermijnBezwaar } from './verdaag-beslistermijn-bezwaar';
import { vraagHerstelVerzuim } from './vraag-herstel-verzuim';

const regels = new Regels('test', '2021-04-26');

/*
 * A bezwaar received 14 April 2021 against a besluit whose bezwaartermijn ended Wednesday 21 April:
 * the beslistermijn of six weeks runs 22 April through Wednesday 2 June 2021 (art. 7:10 lid 1 Awb),
 * twelve weeks with an adviescommissie, through Wednesday 14 July (art. 7:13 Awb).
 */
const termijn = (adviescommissie?: boolean): HangendeBeslistermijn => ({
  bezwaartermijnEinde: '2021-04-21',
  bezwaar: { ontvangstdatum: '2021-04-14', ...(adviescommissie === undefined ? {} : { adviescommissie }) },
  verloop: { opschortingen: [], verdagingen: [], laatsteStap: '0000-01-01' },
});

describe('Awb kernel: the steps in the beslistermijn op bezwaar (art. 6:6, 7:10 lid 2 en 3 Awb)', () => {
  it('art. 6:6 Awb: herstel asked on 26 April suspends the term from 27 April; the hersteltermijn the letter names may end after today', () => {
    expect(vraagHerstelVerzuim(regels, { verzuim: ' de gronden ontbreken ', hersteltermijnEinde: '2021-05-10', datum: '2021-04-26' }, termijn())).toEqual({
      verzuim: 'de gronden ontbreken',
      hersteltermijnEinde: '2021-05-10',
      opgeschortVanaf: '2021-04-27',
    });
    expect(() => vraagHerstelVerzuim(regels, { verzuim: 'x', hersteltermijnEinde: '2021-04-26', datum: '2021-04-26' }, termijn())).toThrow(expect.objectContaining({ rule: 'test/termijn-ongeldig', field: 'hersteltermijnEinde' }));
    expect(() => vraagHerstelVerzuim(regels, { verzuim: ' ', hersteltermijnEinde: '2021-05-10', datum: '2021-04-26' }, termijn())).toThrow(expect.objectContaining({ rule: 'test/verzuim-zonder-omschrijving', field: 'verzuim' }));
  });

  it('art. 7:10 lid 2 Awb: repaired on Thursday 6 May, the days 27 April through 5 May stood still', () => {
    const lopend = { gevraagdOp: '2021-04-26', hersteltermijnEinde: '2021-05-10', opschorting: { van: '2021-04-27', reden: 'herstel' } };
    expect(registreerEindeOpschorting(new Regels('test'), { einde: 'verzuim-hersteld', datum: '2021-05-06' }, { ...termijn().verloop, lopend })).toEqual({
      einde: 'verzuim-hersteld',
      opschorting: { van: '2021-04-27', totEnMet: '2021-05-05' },
    });
    expect(() => registreerEindeOpschorting(new Regels('test'), { einde: 'verzuim-hersteld', datum: '2021-05-06' }, termijn().verloop)).toThrow(expect.objectContaining({ rule: 'test/geen-opschorting' }));
  });

  it('art. 7:10 lid 3 Awb: six weeks on 2 June is Wednesday 14 July; with an adviescommissie six on 14 July is Wednesday 25 August', () => {
    const later = new Regels('test', '2021-07-14');
    expect(verdaagBeslistermijnBezwaar(later, { lengte: { aantal: 6, eenheid: 'weken' }, reden: 'advies volgt', datum: '2021-05-20' }, termijn()).beslistermijnEinde).toBe('2021-07-14');
    expect(verdaagBeslistermijnBezwaar(later, { lengte: { aantal: 6, eenheid: 'weken' }, reden: 'advies volgt', datum: '2021-07-14' }, termijn(true)).beslistermijnEinde).toBe('2021-08-25');
    expect(() => verdaagBeslistermijnBezwaar(later, { lengte: { aantal: 6, eenheid: 'weken' }, reden: 'advies volgt', datum: '2021-06-03' }, termijn())).toThrow(
      expect.objectContaining({ rule: 'test/beslistermijn-verstreken', field: 'datum' }),
    );
  });
});
