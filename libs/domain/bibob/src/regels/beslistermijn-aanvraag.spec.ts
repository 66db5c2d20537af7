import { beslistermijnAanvraag, type BeslistermijnAanvraagVraag, type OpschortingVanAanvraag } from './beslistermijn-aanvraag';

/*
 * An exploitatievergunning horeca received Monday 4 September 2023. Art. 4:13 lid 2 Awb: eight
 * weeks from the day after receipt, 5 September through Monday 30 October 2023 (4 September + 56
 * days). Autumn 2023 has no general holiday before Christmas (25 and 26 December, art. 3 Atw).
 */
const ontvangen = '2023-09-04';
const vraag = (opschortingen: OpschortingVanAanvraag[], velden: Partial<BeslistermijnAanvraagVraag> = {}): BeslistermijnAanvraagVraag => ({ ontvangstdatum: ontvangen, opschortingen, ...velden });
const stukken = (gevraagdOp: string, ontvangenOp?: string): OpschortingVanAanvraag => ({ reden: 'aanvullende-stukken', gevraagdOp, ...(ontvangenOp ? { ontvangenOp } : {}) });
const lbb = (gevraagdOp: string, ontvangenOp?: string, verlengd = false): OpschortingVanAanvraag => ({ reden: 'advies-lbb', gevraagdOp, ...(ontvangenOp ? { ontvangenOp } : {}), verlengd });
const vragen = (gevraagdOp: string, ontvangenOp?: string): OpschortingVanAanvraag => ({ reden: 'vragen-lbb', gevraagdOp, ...(ontvangenOp ? { ontvangenOp } : {}) });

describe('bibob: de beslistermijn van de aanvraag met opschortingen (art. 4:13, 4:15 Awb; art. 15, 32 Wet Bibob)', () => {
  it('given no suspension, then eight weeks run 5 September through Monday 30 October 2023 (art. 4:13 lid 2 Awb)', () => {
    const t = beslistermijnAanvraag(vraag([]));
    expect(t).toMatchObject({ status: 'bekend', start: '2023-09-05', onverlengdEinde: '2023-10-30', einde: '2023-10-30', weken: 8, grondslag: 'art. 4:13 lid 2 Awb', dagenOpgeschort: 0 });
  });

  it('the special law’s weeks: twelve weeks run through Monday 27 November 2023', () => {
    expect(beslistermijnAanvraag(vraag([], { weken: 12, grondslag: 'art. 3 Alcoholwet (test)' }))).toMatchObject({ einde: '2023-11-27', grondslag: 'art. 3 Alcoholwet (test)' });
  });

  it('art. 4:15 lid 1 sub a Awb: a vragenformulier sent Wednesday 6 September, back Wednesday 20 September, stops 7 through 19 September (13 days): Sunday 12 November, Atw → Monday 13 November', () => {
    const t = beslistermijnAanvraag(vraag([stukken('2023-09-06', '2023-09-20')]));
    expect(t.opschortingen).toEqual([
      { reden: 'aanvullende-stukken', grondslag: 'art. 4:15 lid 1 sub a Awb', gevraagdOp: '2023-09-06', ontvangenOp: '2023-09-20', van: '2023-09-07', totEnMet: '2023-09-19', lopend: false, dagen: 13 },
    ]);
    expect(t).toMatchObject({ status: 'bekend', einde: '2023-11-13', dagenOpgeschort: 13 });
  });

  it('art. 32 Wet Bibob: advice asked Monday 2 October, received Wednesday 15 November: 3 October–14 November (43 days) on 12 November is Monday 25 December, Christmas: Atw → Wednesday 27 December', () => {
    const t = beslistermijnAanvraag(vraag([stukken('2023-09-06', '2023-09-20'), lbb('2023-10-02', '2023-11-15')]));
    expect(t.opschortingen[1]).toMatchObject({ reden: 'advies-lbb', van: '2023-10-03', totEnMet: '2023-11-14', uiterlijkTotEnMet: '2023-11-27', dagen: 43 });
    expect(t).toMatchObject({ status: 'bekend', einde: '2023-12-27', dagenOpgeschort: 56 });
  });

  it('overlapping suspensions count once: stukken 29 September–13 October and the LBB from 3 October to 15 November cover 30 September–14 November, 46 days → Friday 15 December', () => {
    const t = beslistermijnAanvraag(vraag([lbb('2023-10-02', '2023-11-15'), stukken('2023-09-29', '2023-10-13')]));
    expect(t.opschortingen.map((o) => [o.reden, o.dagen])).toEqual([
      ['advies-lbb', 33],
      ['aanvullende-stukken', 13],
    ]);
    expect(t).toMatchObject({ status: 'bekend', einde: '2023-12-15', dagenOpgeschort: 46 });
  });

  it('the LBB suspension lasts at most eight weeks: advice asked 2 October, received 11 December, counts 3 October through Monday 27 November (56 days)', () => {
    const t = beslistermijnAanvraag(vraag([lbb('2023-10-02', '2023-12-11')]));
    expect(t.opschortingen[0]).toMatchObject({ totEnMet: '2023-11-27', dagen: 56, toelichting: expect.stringContaining('art. 32 Wet Bibob') });
    // 30 October + 56 days = Monday 25 December, Christmas: Atw → Wednesday 27 December.
    expect(t.einde).toBe('2023-12-27');
  });

  it('twelve weeks after the LBB extended its term (art. 15 Wet Bibob): received 11 December, the suspension counts 3 October–10 December, 69 days → Sunday 7 January 2024, Atw → Monday 8 January', () => {
    const t = beslistermijnAanvraag(vraag([lbb('2023-10-02', '2023-12-11', true)]));
    expect(t.opschortingen[0]).toMatchObject({ totEnMet: '2023-12-10', uiterlijkTotEnMet: '2023-12-25', dagen: 69 });
    expect(t.einde).toBe('2024-01-08');
  });

  it('questions the LBB puts on Monday 23 October, answered Monday 6 November, stop its clock 24 October–5 November (13 days): the maximum moves from 27 November to Sunday 10 December', () => {
    const t = beslistermijnAanvraag(vraag([lbb('2023-10-02'), vragen('2023-10-23', '2023-11-06')], { peildatum: '2023-12-15' }));
    expect(t.opschortingen[1]).toMatchObject({ reden: 'vragen-lbb', van: '2023-10-24', totEnMet: '2023-11-05', verlengtLbbMet: 13, dagen: 0 });
    // Advice still not in on 15 December: the suspension ended after 10 December (3 October–10 December, 69 days).
    expect(t.opschortingen[0]).toMatchObject({ lopend: false, totEnMet: '2023-12-10', uiterlijkTotEnMet: '2023-12-10', dagen: 69, toelichting: expect.stringContaining('loopt weer sinds 2023-12-11') });
    expect(t).toMatchObject({ status: 'bekend', einde: '2024-01-08' });
  });

  it('a running suspension leaves the end unknown, and says so: advice asked 2 October, on 20 October', () => {
    const t = beslistermijnAanvraag(vraag([lbb('2023-10-02')], { peildatum: '2023-10-20' }));
    // Received on 20 October it would have suspended 3–19 October (17 days): Thursday 16 November;
    // not received before its maximum (27 November), 56 days: 25 December, Atw → 27 December.
    expect(t).toMatchObject({ status: 'opgeschort', einde: null, opgeschortSinds: '2023-10-03', vroegstEinde: '2023-11-16', uiterlijkEinde: '2023-12-27' });
    expect(t.opschortingen[0]).toMatchObject({ lopend: true, uiterlijkTotEnMet: '2023-11-27', dagen: 17 });
    expect(t.opschortingen[0].totEnMet).toBeUndefined();
  });

  it('an open question of the LBB, or stukken not yet in, leave no latest end', () => {
    const metVraag = beslistermijnAanvraag(vraag([lbb('2023-10-02'), vragen('2023-10-23')], { peildatum: '2023-12-20' }));
    expect(metVraag).toMatchObject({ status: 'opgeschort', einde: null });
    expect(metVraag).not.toHaveProperty('uiterlijkEinde');
    expect(metVraag.opschortingen[0]).not.toHaveProperty('uiterlijkTotEnMet');
    const zonderPeildatum = beslistermijnAanvraag(vraag([stukken('2023-09-06')]));
    expect(zonderPeildatum).toMatchObject({ status: 'opgeschort', einde: null, opgeschortSinds: '2023-09-07', dagenOpgeschort: 0 });
    expect(zonderPeildatum).not.toHaveProperty('vroegstEinde');
  });

  it('questions left unanswered when the advice came count until the advice', () => {
    // Questions 23 October, advice 15 November: 24 October–14 November (22 days) lengthen the maximum to 19 December.
    const t = beslistermijnAanvraag(vraag([lbb('2023-10-02', '2023-11-15'), vragen('2023-10-23')]));
    expect(t.opschortingen[1]).toMatchObject({ lopend: false, totEnMet: '2023-11-14', verlengtLbbMet: 22 });
    expect(t.opschortingen[0]).toMatchObject({ uiterlijkTotEnMet: '2023-12-19', dagen: 43 });
  });

  it('a request made after the term ended, or answered the next day, suspends nothing', () => {
    const laat = beslistermijnAanvraag(vraag([stukken('2023-11-06')]));
    expect(laat).toMatchObject({ status: 'bekend', einde: '2023-10-30' });
    expect(laat.opschortingen[0]).toMatchObject({ lopend: false, dagen: 0, toelichting: expect.stringContaining('na het einde') });
    const snel = beslistermijnAanvraag(vraag([stukken('2023-09-06', '2023-09-07')]));
    expect(snel).toMatchObject({ status: 'bekend', einde: '2023-10-30' });
    expect(snel.opschortingen[0]).toMatchObject({ dagen: 0, toelichting: expect.stringContaining('geen dag') });
  });

  it('refuses what it cannot read: a request before the aanvraag, an answer before its request, questions without an LBB advice', () => {
    expect(() => beslistermijnAanvraag(vraag([stukken('2023-09-01')]))).toThrow(expect.objectContaining({ veld: 'opschortingen[0].gevraagdOp' }));
    expect(() => beslistermijnAanvraag(vraag([stukken('2023-09-06', '2023-09-05')]))).toThrow(expect.objectContaining({ veld: 'opschortingen[0].ontvangenOp' }));
    expect(() => beslistermijnAanvraag(vraag([vragen('2023-10-23')]))).toThrow(expect.objectContaining({ veld: 'opschortingen[0].gevraagdOp' }));
    expect(() => beslistermijnAanvraag(vraag([{ reden: 'onderzoek' as never, gevraagdOp: '2023-09-06' }]))).toThrow(expect.objectContaining({ veld: 'opschortingen[0].reden' }));
  });
});
