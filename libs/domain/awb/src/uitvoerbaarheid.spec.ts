import type { BeroepIngesteld, UitspraakOpBeroepGedaan } from './awb.events';
import { beroepNa, beroepVan, hangendeProcedure, type Rechtsgang } from './beroepsfase';
import { Regels } from './regels';
import { controleerUitvoerbaar } from './uitvoerbaarheid';

const regels = new Regels('test', '2021-12-31');

/*
 * A besluit made known Wednesday 10 March 2021; bezwaar received 1 April; the beslissing op bezwaar
 * (ongegrond) made known Wednesday 12 May, so the beroepstermijn runs 13 May through Wednesday
 * 23 June 2021 (art. 6:7, 6:8 Awb); beroep brought 1 June; the uitspraak on Tuesday 5 October.
 */
const bezwaar: Rechtsgang = { bezwaar: { ontvangstdatum: '2021-04-01' }, voorlopigeVoorziening: 'geen' };
const beslist: Rechtsgang = { ...bezwaar, beslissingOpBezwaar: { bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23' } };
const ingesteld: BeroepIngesteld = { type: 'BeroepIngesteld', zaakId: 'z', rechtbank: 'Rechtbank Limburg', indieningsdatum: '2021-06-01', beroepstermijnEinde: '2021-06-23', tijdig: true, datum: '2021-06-02', door: 'm' };
const inBeroep: Rechtsgang = { ...beslist, beroep: beroepVan(ingesteld) };
const uitspraak = (velden: Partial<UitspraakOpBeroepGedaan> = {}): UitspraakOpBeroepGedaan => ({
  type: 'UitspraakOpBeroepGedaan',
  zaakId: 'z',
  uitkomst: 'ongegrond',
  vernietigd: false,
  uitspraakdatum: '2021-10-05',
  datum: '2021-10-06',
  door: 'm',
  ...velden,
});
const beroepBeslist = (r: Rechtsgang, velden: Partial<UitspraakOpBeroepGedaan> = {}): Rechtsgang => ({ ...r, beroep: beroepNa(beroepVan(ingesteld), uitspraak(velden)) });

const mag = (r: Rechtsgang, datum: string) => expect(() => controleerUitvoerbaar(regels, r, datum, 'sluitingsdatum')).not.toThrow();
const magNiet = (r: Rechtsgang, datum: string, regel: string) => expect(() => controleerUitvoerbaar(regels, r, datum, 'sluitingsdatum')).toThrow(expect.objectContaining({ rule: `test/${regel}`, field: 'sluitingsdatum' }));

describe('Awb kernel: may the besluit be carried out (art. 6:16, 8:81, 8:85 Awb)', () => {
  it('neither bezwaar nor beroep suspends a besluit by itself (art. 6:16 Awb)', () => {
    mag(bezwaar, '2021-04-02');
    mag(inBeroep, '2021-06-02');
  });

  it('a voorlopige voorziening asked pending the bezwaar holds execution until the judge decided on it; refused, it no longer does', () => {
    magNiet({ ...bezwaar, voorlopigeVoorziening: 'gevraagd' }, '2021-04-20', 'voorziening-gevraagd');
    mag({ ...bezwaar, voorlopigeVoorziening: 'afgewezen' }, '2021-04-20');
  });

  it('granted pending the bezwaar, it suspends the besluit through the beroepstermijn when no beroep follows: 23 June refused, 24 June allowed (art. 8:85 lid 2 sub a)', () => {
    magNiet({ ...bezwaar, voorlopigeVoorziening: 'toegewezen' }, '2021-05-01', 'besluit-geschorst');
    magNiet({ ...beslist, voorlopigeVoorziening: 'toegewezen' }, '2021-06-23', 'besluit-geschorst');
    mag({ ...beslist, voorlopigeVoorziening: 'toegewezen' }, '2021-06-24');
  });

  it('granted and a beroep brought, it suspends the besluit until the uitspraak, also after the beroepstermijn (art. 8:85 lid 1)', () => {
    magNiet({ ...inBeroep, voorlopigeVoorziening: 'toegewezen' }, '2021-06-24', 'besluit-geschorst');
    magNiet({ ...inBeroep, voorlopigeVoorziening: 'toegewezen' }, '2021-10-04', 'besluit-geschorst');
    mag(beroepBeslist({ ...inBeroep, voorlopigeVoorziening: 'toegewezen' }), '2021-10-06');
  });

  it('asked pending the beroep, it holds execution until the judge decided on it or the uitspraak came', () => {
    magNiet({ ...inBeroep, voorlopigeVoorziening: 'gevraagd' }, '2021-07-01', 'voorziening-gevraagd');
    mag({ ...inBeroep, voorlopigeVoorziening: 'afgewezen' }, '2021-07-01');
    mag(beroepBeslist({ ...inBeroep, voorlopigeVoorziening: 'gevraagd' }), '2021-10-06');
  });

  it('a besluit the rechtbank annulled (gegrond, vernietigd) is not carried out; one whose legal effects it let stand is', () => {
    magNiet(beroepBeslist(inBeroep, { uitkomst: 'gegrond', vernietigd: true }), '2021-10-06', 'besluit-vernietigd');
    mag(beroepBeslist(inBeroep, { uitkomst: 'gegrond', vernietigd: false }), '2021-10-06');
  });

  it('a voorziening hangs on a bezwaar not yet decided or a beroep without uitspraak (art. 8:81 lid 1)', () => {
    expect(hangendeProcedure({ voorlopigeVoorziening: 'geen' })).toBeUndefined();
    expect(hangendeProcedure(bezwaar)).toBe('bezwaar');
    expect(hangendeProcedure(beslist)).toBeUndefined();
    expect(hangendeProcedure(inBeroep)).toBe('beroep');
    expect(hangendeProcedure(beroepBeslist(inBeroep))).toBeUndefined();
  });
});
