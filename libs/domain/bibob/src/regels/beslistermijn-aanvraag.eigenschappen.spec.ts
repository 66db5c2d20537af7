import { dagenTussen, plusDagen } from '@handhaving/termijnen';
import fc from 'fast-check';
import { beslistermijnAanvraag, type OpschortingVanAanvraag } from './beslistermijn-aanvraag';

/*
 * Properties of the suspension arithmetic over random toetsen: aanvragen received in 2020–2029,
 * with requests for stukken and an LBB advice (with questions) somewhere in the first weeks.
 */
const ontvangstdatum = fc.integer({ min: 0, max: 3650 }).map((n) => plusDagen('2020-01-01', n));

const periode = (ontvangen: string, reden: OpschortingVanAanvraag['reden'], open: boolean) =>
  fc.record({ na: fc.integer({ min: 0, max: 80 }), duur: fc.integer({ min: 0, max: 120 }), lopend: fc.boolean(), verlengd: fc.boolean() }).map(({ na, duur, lopend, verlengd }) => {
    const gevraagdOp = plusDagen(ontvangen, na);
    return {
      reden,
      gevraagdOp,
      ...(open && lopend ? {} : { ontvangenOp: plusDagen(gevraagdOp, duur) }),
      ...(reden === 'advies-lbb' ? { verlengd } : {}),
    } as OpschortingVanAanvraag;
  });

const toets = ontvangstdatum.chain((ontvangen) =>
  fc.record({
    ontvangen: fc.constant(ontvangen),
    stukken: fc.array(periode(ontvangen, 'aanvullende-stukken', false), { maxLength: 3 }),
    advies: periode(ontvangen, 'advies-lbb', false),
    vragen: fc.array(periode(ontvangen, 'vragen-lbb', false), { maxLength: 2 }),
  }),
);

/** Questions come after the advice was asked. */
function opschortingen(t: { stukken: OpschortingVanAanvraag[]; advies: OpschortingVanAanvraag; vragen: OpschortingVanAanvraag[] }): OpschortingVanAanvraag[] {
  const vragen = t.vragen.map((v) => ({ ...v, gevraagdOp: v.gevraagdOp < t.advies.gevraagdOp ? t.advies.gevraagdOp : v.gevraagdOp })).filter((v) => v.ontvangenOp === undefined || v.ontvangenOp >= v.gevraagdOp);
  return [...t.stukken, t.advies, ...vragen];
}

describe('bibob: eigenschappen van de beslistermijn met opschortingen', () => {
  it('the order in which suspensions are given changes nothing', () => {
    fc.assert(
      fc.property(toets, fc.infiniteStream(fc.nat()), (t, volgorde) => {
        const lijst = opschortingen(t);
        const sleutels = lijst.map(() => volgorde.next().value);
        const geschud = lijst.map((o, i) => [sleutels[i], o] as const).sort((a, b) => a[0] - b[0]).map(([, o]) => o);
        expect(beslistermijnAanvraag({ ontvangstdatum: t.ontvangen, opschortingen: geschud }).einde).toBe(beslistermijnAanvraag({ ontvangstdatum: t.ontvangen, opschortingen: lijst }).einde);
      }),
      { numRuns: 150 },
    );
  });

  it('the end lies the suspended days after the unsuspended end, plus the few days the Atw adds (5 May 2027 on the Wednesday before Hemelvaart: five)', () => {
    fc.assert(
      fc.property(toets, (t) => {
        const r = beslistermijnAanvraag({ ontvangstdatum: t.ontvangen, opschortingen: opschortingen(t) });
        if (r.status !== 'bekend') throw new Error('every suspension ended here');
        const verschuiving = dagenTussen(r.onverlengdEinde, r.einde) - r.dagenOpgeschort;
        expect(verschuiving).toBeGreaterThanOrEqual(0);
        expect(verschuiving).toBeLessThanOrEqual(6);
      }),
      { numRuns: 200 },
    );
  });

  it('the LBB suspension never exceeds eight weeks (twelve after extension) plus the days its questions lengthened it', () => {
    fc.assert(
      fc.property(toets, (t) => {
        const r = beslistermijnAanvraag({ ontvangstdatum: t.ontvangen, opschortingen: opschortingen(t) });
        const advies = r.opschortingen.find((o) => o.reden === 'advies-lbb');
        const vragen = r.opschortingen.filter((o) => o.reden === 'vragen-lbb').reduce((som, o) => som + (o.verlengtLbbMet ?? 0), 0);
        const maximum = 7 * (t.advies.verlengd ? 12 : 8) + vragen;
        expect(advies?.uiterlijkTotEnMet).toBe(plusDagen(t.advies.gevraagdOp, maximum));
        if (advies?.totEnMet !== undefined) expect(dagenTussen(advies.van, advies.totEnMet) + 1).toBeLessThanOrEqual(maximum);
      }),
      { numRuns: 200 },
    );
  });

  it('stukken that come in later never make the term end earlier', () => {
    fc.assert(
      fc.property(toets, fc.integer({ min: 1, max: 30 }), (t, later) => {
        const stuk = t.stukken[0];
        fc.pre(stuk?.ontvangenOp !== undefined);
        const eerder = beslistermijnAanvraag({ ontvangstdatum: t.ontvangen, opschortingen: opschortingen(t) }).einde as string;
        const laat = { ...stuk, ontvangenOp: plusDagen(stuk.ontvangenOp as string, later) };
        const nu = beslistermijnAanvraag({ ontvangstdatum: t.ontvangen, opschortingen: opschortingen({ ...t, stukken: [laat, ...t.stukken.slice(1)] }) }).einde as string;
        expect(nu >= eerder).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('while the advice is awaited the end is unknown, and it lies between the earliest and the latest end', () => {
    fc.assert(
      fc.property(toets, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 200 }), (t, na, peil) => {
        const advies: OpschortingVanAanvraag = { reden: 'advies-lbb', gevraagdOp: t.advies.gevraagdOp, verlengd: t.advies.verlengd };
        const peildatum = plusDagen(t.advies.gevraagdOp, peil);
        const lopend = beslistermijnAanvraag({ ontvangstdatum: t.ontvangen, opschortingen: [advies], peildatum });
        const ontvangen = beslistermijnAanvraag({ ontvangstdatum: t.ontvangen, opschortingen: [{ ...advies, ontvangenOp: plusDagen(peildatum, na) }] });
        if (lopend.status === 'bekend') {
          // The maximum had passed on the peildatum: an advice that comes later changes nothing.
          expect(ontvangen.einde).toBe(lopend.einde);
          return;
        }
        expect(lopend.einde).toBeNull();
        expect(ontvangen.einde as string >= (lopend.vroegstEinde as string)).toBe(true);
        expect(ontvangen.einde as string <= (lopend.uiterlijkEinde as string)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
