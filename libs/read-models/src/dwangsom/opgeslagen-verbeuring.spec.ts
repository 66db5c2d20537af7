import { bedragVanEenheden, eenhedenVan, verjaardVoor, verjaringsdatumVoor, verjaringVanEenheid, type DwangsomVerbeurd } from '@handhaving/domain-dwangsom';
import { plusDagen } from '@handhaving/termijnen';
import fc from 'fast-check';
import { aantalEenheden, bedragVanDeEenheden, opgeslagenVerbeuring, verjaardeEenheden, verjaringVanDeEenheid } from './opgeslagen-verbeuring';

/*
 * The read models keep a forfeiture in a shorter form than the domain's units (eenheden.ts); every
 * answer about its verjaring (art. 5:35 Awb) must be the domain's answer.
 */

function verbeurd(velden: { verbeurdOp: string; eenheid?: 'dag' | 'week'; eersteOp?: string; eenheden: number; perEenheidCent: number; maximumCent?: number }): DwangsomVerbeurd {
  const stap = velden.eenheid === 'week' ? 7 : 1;
  const eersteOp = velden.eersteOp ?? velden.verbeurdOp;
  const berekendCent = velden.eenheden * velden.perEenheidCent;
  const bedragCent = Math.min(berekendCent, velden.maximumCent ?? berekendCent);
  return {
    type: 'DwangsomVerbeurd',
    zaakId: 'D-1',
    verbeuring: 1,
    verbeurdOp: velden.verbeurdOp,
    totEnMet: velden.eenheid === undefined ? velden.verbeurdOp : plusDagen(eersteOp, (velden.eenheden - 1) * stap),
    eenheden: velden.eenheden,
    berekendCent,
    bedragCent,
    afgetopt: bedragCent < berekendCent,
    verjaringsdatum: verjaringsdatumVoor(eersteOp),
    ...(velden.eenheid === undefined ? {} : { tijdseenheden: { eenheid: velden.eenheid, eersteVerbeurdOp: eersteOp, bedragPerEenheidCent: velden.perEenheidCent } }),
  } as DwangsomVerbeurd;
}

describe('a forfeiture as the dwangsom read models keep it', () => {
  it('per overtreding: no units stored, the one forfeiture verjaart a year after it forfeited (art. 5:35 Awb)', () => {
    const v = opgeslagenVerbeuring(verbeurd({ verbeurdOp: '2021-05-11', eenheden: 1, perEenheidCent: 250_000 }));
    expect(v).toEqual({ verbeuring: 1, verbeurdOp: '2021-05-11', bedragCent: 250_000, verjaringsdatum: '2022-05-11' });
    expect(verjaardeEenheden(v, '2022-05-11')).toBe(0);
    expect(verjaardeEenheden(v, '2022-05-12')).toBe(1);
    expect(bedragVanDeEenheden(v, 0, 1)).toBe(250_000);
  });

  it('€ 100 a day from 2021-03-01 to 2021-12-31: the first and last verjaring are kept, a peildatum of 2022-03-15 finds the first 14 days lost', () => {
    const v = opgeslagenVerbeuring(verbeurd({ verbeurdOp: '2021-03-01', eenheid: 'dag', eenheden: 306, perEenheidCent: 10_000 }));
    expect(v.eenheden).toEqual({ stapDagen: 1, aantal: 306, perEenheidCent: 10_000, laatsteVerjaring: '2022-12-31' });
    expect(verjaardeEenheden(v, '2022-03-15')).toBe(14);
    expect(bedragVanDeEenheden(v, 14, 306)).toBe(2_920_000);
  });

  it('answers as the domain does, for any period, unit, cap and peildatum', () => {
    const datum = fc.integer({ min: 0, max: 3650 }).map((n) => plusDagen('2015-01-01', n));
    fc.assert(
      fc.property(
        datum,
        fc.constantFrom<'dag' | 'week' | undefined>('dag', 'week', undefined),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
        fc.integer({ min: -30, max: 900 }),
        (verbeurdOp, eenheid, verschuiving, eenheden, perEenheidCent, maximumCent, na) => {
          const event = verbeurd({ verbeurdOp, eenheid, eersteOp: eenheid === 'week' ? plusDagen(verbeurdOp, verschuiving) : verbeurdOp, eenheden: eenheid === undefined ? 1 : eenheden, perEenheidCent, maximumCent });
          const e = eenhedenVan(event);
          const v = opgeslagenVerbeuring(event);
          const peildatum = plusDagen(verbeurdOp, na);
          const k = verjaardVoor(e, peildatum);
          expect(aantalEenheden(v)).toBe(e.aantal);
          expect(verjaardeEenheden(v, peildatum)).toBe(k);
          expect(bedragVanDeEenheden(v, 0, k)).toBe(bedragVanEenheden(e, 0, k));
          expect(bedragVanDeEenheden(v, k, e.aantal)).toBe(bedragVanEenheden(e, k, e.aantal));
          if (k < e.aantal) expect(verjaringVanDeEenheid(v, k)).toBe(verjaringVanEenheid(e, k));
        },
      ),
      { numRuns: 500 },
    );
  });
});
