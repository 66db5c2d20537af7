import { plusDagen } from '@handhaving/termijnen';
import fc from 'fast-check';
import type { Aanvullingsverzoek, BeslistermijnVerloopAanvraag } from '../vergunning.state';
import { beslistermijnAanvraag } from './beslistermijn';

/*
 * Properties of the suspension arithmetic over random aanvragen received in 2020–2029, with up to
 * three requests for aanvulling in the first weeks, each completed, late or never.
 */
const ontvangstdatum = fc.integer({ min: 0, max: 3650 }).map((n) => plusDagen('2020-01-01', n));
const verzoek = fc.record({ na: fc.integer({ min: 0, max: 80 }), herstel: fc.integer({ min: 1, max: 42 }), duur: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }) });
const aanvraag = fc.record({
  ontvangen: ontvangstdatum,
  weken: fc.integer({ min: 1, max: 12 }),
  verzoeken: fc.array(verzoek, { maxLength: 3 }),
  extra: verzoek,
  verdaagd: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
});

type Verzoek = { na: number; herstel: number; duur?: number };

function aanvulling(ontvangen: string, v: Verzoek, nummer: number): Aanvullingsverzoek {
  const gevraagdOp = plusDagen(ontvangen, v.na);
  return { aanvulling: nummer, gevraagdOp, hersteltermijnEinde: plusDagen(gevraagdOp, v.herstel), ...(v.duur === undefined ? {} : { ontvangenOp: plusDagen(gevraagdOp, v.duur) }) };
}

function verloop(ontvangen: string, weken: number, verzoeken: readonly Verzoek[], verdaagd?: number): BeslistermijnVerloopAanvraag {
  return {
    weken,
    grondslag: 'art. 4:13 lid 2 Awb',
    aanvullingen: verzoeken.map((v, i) => aanvulling(ontvangen, v, i + 1)),
    verdagingen: verdaagd === undefined ? [] : [{ verdagingsdatum: ontvangen, weken: verdaagd, motivering: 'advies' }],
  };
}

/** A year on, every hersteltermijn has ended: the end is known. */
const later = (ontvangen: string) => plusDagen(ontvangen, 400);

describe('kamerverhuur: eigenschappen van de beslistermijn van de aanvraag', () => {
  it('a suspension never moves the end earlier', () => {
    fc.assert(
      fc.property(aanvraag, (a) => {
        const zonder = beslistermijnAanvraag({ ontvangstdatum: a.ontvangen }, verloop(a.ontvangen, a.weken, a.verzoeken, a.verdaagd), later(a.ontvangen));
        const met = beslistermijnAanvraag({ ontvangstdatum: a.ontvangen }, verloop(a.ontvangen, a.weken, [...a.verzoeken, a.extra], a.verdaagd), later(a.ontvangen));
        expect(zonder.status).toBe('bekend');
        expect(met.status).toBe('bekend');
        expect((met.einde as string) >= (zonder.einde as string)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('an aanvulling that comes later never makes the end earlier', () => {
    fc.assert(
      fc.property(aanvraag, fc.integer({ min: 1, max: 30 }), (a, dagen) => {
        const v = { ...a.extra, duur: a.extra.duur ?? 0 };
        const vroeg = beslistermijnAanvraag({ ontvangstdatum: a.ontvangen }, verloop(a.ontvangen, a.weken, [v]));
        const laat = beslistermijnAanvraag({ ontvangstdatum: a.ontvangen }, verloop(a.ontvangen, a.weken, [{ ...v, duur: v.duur + dagen }]));
        expect((laat.einde as string) >= (vroeg.einde as string)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('while an aanvulling is awaited, the end it will have lies between the earliest and the latest end', () => {
    fc.assert(
      fc.property(aanvraag, fc.integer({ min: 0, max: 42 }), fc.integer({ min: 0, max: 42 }), (a, peil, na) => {
        const open = { ...a.extra, duur: undefined };
        const gevraagdOp = plusDagen(a.ontvangen, open.na);
        const peildatum = plusDagen(gevraagdOp, Math.min(peil, open.herstel));
        const lopend = beslistermijnAanvraag({ ontvangstdatum: a.ontvangen }, verloop(a.ontvangen, a.weken, [open], a.verdaagd), peildatum);
        const ontvangen = beslistermijnAanvraag({ ontvangstdatum: a.ontvangen }, verloop(a.ontvangen, a.weken, [{ ...open, duur: Math.min(peil, open.herstel) + na }], a.verdaagd));
        if (lopend.status === 'bekend') {
          // Asked once the term ran out: nothing was suspended, whenever the aanvulling comes.
          expect(ontvangen.einde).toBe(lopend.einde);
          return;
        }
        expect(ontvangen.einde as string >= (lopend.vroegstEinde as string)).toBe(true);
        expect(ontvangen.einde as string <= lopend.uiterlijkEinde).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
