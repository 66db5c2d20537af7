import fc from 'fast-check';
import { standaardKalender } from './kalender';
import { dagnummerVan, formatDagnummer, parseDagnummer } from './kalenderdatum';
import type { Opschorting } from './opschorting';
import { berekenTermijn, type TermijnVraag } from './termijn';
import { type Termijnlengte, dagen, maanden, weken } from './termijnlengte';
import { werkdagenNa, werkdagenVoor } from './werkdagen';

const kalender = standaardKalender();
const EERSTE = dagnummerVan(1966, 1, 1);
const LAATSTE = dagnummerVan(2098, 12, 31);

const dagnummer = fc.integer({ min: EERSTE, max: LAATSTE });
const datum = dagnummer.map(formatDagnummer);

/** Lengths the Atw covers (art. 4 onder a excludes longer ones). */
const atwLengte: fc.Arbitrary<Termijnlengte> = fc.oneof(
  fc.integer({ min: 1, max: 90 }).map(dagen),
  fc.integer({ min: 1, max: 12 }).map(weken),
  fc.integer({ min: 1, max: 3 }).map(maanden),
);

/** Terms the Atw extends: statutory kinds with their own length, and any statutory length. */
const atwVraag = (vanaf: fc.Arbitrary<string>): fc.Arbitrary<TermijnVraag> =>
  fc.oneof(
    fc.record({ soort: fc.constantFrom('bezwaartermijn', 'beroepstermijn', 'beslistermijn-bezwaar', 'lbb-advies'), vanaf }) as fc.Arbitrary<TermijnVraag>,
    fc.record({ soort: fc.constant('wettelijke-termijn' as const), vanaf, lengte: atwLengte, grondslag: fc.constant('art. X') }),
    fc.record({ soort: fc.constant('zienswijzetermijn' as const), vanaf, lengte: atwLengte }),
  );

const opschorting = (rond: number): fc.Arbitrary<Opschorting> =>
  fc.record({ van: fc.integer({ min: -20, max: 120 }), duur: fc.integer({ min: 0, max: 40 }) }).map(({ van, duur }) => ({
    van: formatDagnummer(rond + van),
    totEnMet: formatDagnummer(rond + van + duur),
    reden: 'test',
  }));

const metOpschortingen = dagnummer.chain((n) =>
  fc.tuple(atwVraag(fc.constant(formatDagnummer(n))), fc.array(opschorting(n), { minLength: 1, maxLength: 4 })),
);

describe('berekenTermijn — properties', () => {
  it('the end of an Atw term is never a Saturday, Sunday or holiday', () => {
    fc.assert(
      fc.property(atwVraag(datum), (vraag) => {
        const { uitleg } = berekenTermijn(vraag);
        expect(uitleg.atw.toegepast).toBe(true);
        expect(kalender.isWerkdag(uitleg.einde)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('the end is never before the unextended end', () => {
    fc.assert(
      fc.property(metOpschortingen, ([vraag, opschortingen]) => {
        const { uitleg } = berekenTermijn({ ...vraag, opschortingen });
        expect(parseDagnummer(uitleg.einde)).toBeGreaterThanOrEqual(parseDagnummer(uitleg.onverlengdEinde));
      }),
      { numRuns: 1000 },
    );
  });

  it('a suspension never shortens a term', () => {
    fc.assert(
      fc.property(metOpschortingen, ([vraag, opschortingen]) => {
        const zonder = berekenTermijn(vraag).einde;
        const met = berekenTermijn({ ...vraag, opschortingen }).einde;
        expect(parseDagnummer(met)).toBeGreaterThanOrEqual(parseDagnummer(zonder));
      }),
      { numRuns: 1000 },
    );
  });

  it('overlapping suspensions count once, whatever order they are given in', () => {
    fc.assert(
      fc.property(metOpschortingen, ([vraag, opschortingen]) => {
        const vooruit = berekenTermijn({ ...vraag, opschortingen }).einde;
        const achteruit = berekenTermijn({ ...vraag, opschortingen: [...opschortingen].reverse() }).einde;
        const dubbel = berekenTermijn({ ...vraag, opschortingen: [...opschortingen, ...opschortingen] }).einde;
        expect(achteruit).toBe(vooruit);
        expect(dubbel).toBe(vooruit);
      }),
      { numRuns: 500 },
    );
  });

  it('a later start never gives an earlier end', () => {
    fc.assert(
      fc.property(atwVraag(datum), fc.integer({ min: 1, max: 60 }), (vraag, later) => {
        const eerder = berekenTermijn(vraag).einde;
        const laterEinde = berekenTermijn({ ...vraag, vanaf: formatDagnummer(parseDagnummer(vraag.vanaf) + later) }).einde;
        expect(parseDagnummer(laterEinde)).toBeGreaterThanOrEqual(parseDagnummer(eerder));
      }),
      { numRuns: 1000 },
    );
  });

  it('a later start never gives an earlier end for terms outside the Atw (verjaring, sluitingsduur)', () => {
    fc.assert(
      // Starts up to 2097, so that a year plus 400 days stays inside the supported 1965–2100.
      fc.property(fc.integer({ min: EERSTE, max: dagnummerVan(2097, 12, 31) }), fc.integer({ min: 1, max: 400 }), fc.constantFrom('verjaring-dwangsom' as const, 'sluitingsduur' as const), (n, later, soort) => {
        const eerder = berekenTermijn({ soort, vanaf: formatDagnummer(n) }).einde;
        const laterEinde = berekenTermijn({ soort, vanaf: formatDagnummer(n + later) }).einde;
        expect(parseDagnummer(laterEinde)).toBeGreaterThanOrEqual(parseDagnummer(eerder));
      }),
    );
  });

  it('art. 2: an Atw term of at least three days holds at least two werkdagen', () => {
    fc.assert(
      fc.property(datum, fc.integer({ min: 3, max: 10 }), (vanaf, n) => {
        const { uitleg } = berekenTermijn({ soort: 'wettelijke-termijn', vanaf, lengte: dagen(n), grondslag: 'art. X' });
        let werkdagen = 0;
        for (let d = parseDagnummer(uitleg.start); d <= parseDagnummer(uitleg.einde); d++) if (kalender.isWerkdagOp(d)) werkdagen++;
        expect(werkdagen).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 1000 },
    );
  });

  it('art. 1 lid 2: a term counted back is never moved', () => {
    fc.assert(
      fc.property(datum, atwLengte, (vanaf, lengte) => {
        const { uitleg } = berekenTermijn({ soort: 'wettelijke-termijn', vanaf, lengte, grondslag: 'art. X', terugrekenen: true });
        expect(uitleg.einde).toBe(uitleg.onverlengdEinde);
        expect(uitleg.einde < vanaf).toBe(true);
      }),
    );
  });

  it('a vasteEinddatum is the end, whatever the weekday, holiday or policy (the Atw covers only terms set by law)', () => {
    fc.assert(
      fc.property(dagnummer, fc.integer({ min: 0, max: 400 }), fc.boolean(), fc.constantFrom(undefined, 'bestuursdwang' as const, 'dwangsom' as const), (n, dagen, verleng, last) => {
        const vasteEinddatum = formatDagnummer(Math.min(n + 1 + dagen, LAATSTE));
        fc.pre(vasteEinddatum > formatDagnummer(n));
        const beleid = { verlengAlsAtw: { zienswijzetermijn: verleng, begunstigingstermijn: verleng } };
        const { einde, uitleg } = berekenTermijn({ soort: 'begunstigingstermijn', vanaf: formatDagnummer(n), vasteEinddatum, last }, { beleid });
        expect(einde).toBe(vasteEinddatum);
        expect(uitleg.atw).toMatchObject({ toegepast: false, verlengingen: [] });
      }),
      { numRuns: 2000 },
    );
  });

  it('n werkdagen after, then n before, lands on the start when the start is a werkdag', () => {
    fc.assert(
      fc.property(dagnummer, fc.integer({ min: 0, max: 30 }), (n, aantal) => {
        fc.pre(kalender.isWerkdagOp(n));
        const start = formatDagnummer(n);
        expect(werkdagenVoor(werkdagenNa(start, aantal), aantal)).toBe(start);
      }),
    );
  });
});
