import { fold } from '@handhaving/domain-shared';
import { renderUitleg } from '@handhaving/termijnen';
import { vergunningDecider } from '../vergunning.decider';
import type { Aanvullingsverzoek, BeslistermijnVerloopAanvraag } from '../vergunning.state';
import { aangevuld, verleend } from '../stappen/vergunning.spec-support';
import { beslistermijnAanvraag, beslistermijnVanAanvraag } from './beslistermijn';

/*
 * An aanvraag received Friday 3 January 2020. Art. 4:13 lid 2 Awb: eight weeks from the day after
 * receipt, Saturday 4 January through Friday 28 February 2020 (3 January + 56 days). Art. 4:15 lid 1
 * sub a Awb: an aanvulling asked stops the term from the day after the request through the day
 * before the aanvulling, at the longest through the hersteltermijn's last day.
 */
const zaak = { ontvangstdatum: '2020-01-03' };
const verloop = (aanvullingen: Aanvullingsverzoek[] = [], velden: Partial<BeslistermijnVerloopAanvraag> = {}): BeslistermijnVerloopAanvraag => ({
  weken: 8,
  grondslag: 'art. 4:13 lid 2 Awb',
  aanvullingen,
  verdagingen: [],
  ...velden,
});
const aanvulling = (gevraagdOp: string, hersteltermijnEinde: string, ontvangenOp?: string, nummer = 1): Aanvullingsverzoek => ({
  aanvulling: nummer,
  gevraagdOp,
  hersteltermijnEinde,
  ...(ontvangenOp === undefined ? {} : { ontvangenOp }),
});

describe('kamerverhuur: de beslistermijn van de aanvraag (art. 4:13, 4:14, 4:15 Awb)', () => {
  it('given no suspension, eight weeks run 4 January through Friday 28 February 2020 (art. 4:13 lid 2 Awb)', () => {
    const t = beslistermijnAanvraag(zaak, verloop());
    expect(t).toMatchObject({ status: 'bekend', einde: '2020-02-28', onverlengdEinde: '2020-02-28', weken: 8, grondslag: 'art. 4:13 lid 2 Awb', dagenOpgeschort: 0 });
    expect(t.uitleg.start).toBe('2020-01-04');
  });

  it('aanvulling asked Monday 13 January, received Friday 24 January: 14 through 23 January stood still (10 days), so Friday 28 February becomes Monday 9 March (art. 4:15 lid 1 sub a Awb)', () => {
    const t = beslistermijnAanvraag(zaak, verloop([aanvulling('2020-01-13', '2020-01-27', '2020-01-24')]));
    expect(t).toMatchObject({ status: 'bekend', einde: '2020-03-09', dagenOpgeschort: 10 });
    expect(t.aanvullingen).toEqual([
      { aanvulling: 1, gevraagdOp: '2020-01-13', hersteltermijnEinde: '2020-01-27', ontvangenOp: '2020-01-24', van: '2020-01-14', totEnMet: '2020-01-23', lopend: false, dagen: 10, toelichting: 'aangevuld op 2020-01-24' },
    ]);
    expect(renderUitleg(t.uitleg)).toContain('2020-03-09');
  });

  it('received Wednesday 22 January instead: 8 days, Saturday 7 March, and the Atw (art. 1 lid 1) moves the end to Monday 9 March', () => {
    const t = beslistermijnAanvraag(zaak, verloop([aanvulling('2020-01-13', '2020-01-27', '2020-01-22')]));
    expect(t).toMatchObject({ status: 'bekend', einde: '2020-03-09', dagenOpgeschort: 8 });
    expect(t.uitleg.atw.toegepast).toBe(true);
    expect(t.uitleg.atw.verlengingen.length).toBeGreaterThan(0);
  });

  it('the hersteltermijn (through Monday 27 January) passed unused: 14 through 27 January (14 days), Friday 13 March; an aanvulling after it counts no further', () => {
    expect(beslistermijnAanvraag(zaak, verloop([aanvulling('2020-01-13', '2020-01-27')]), '2020-02-03')).toMatchObject({ status: 'bekend', einde: '2020-03-13', dagenOpgeschort: 14 });
    const laat = beslistermijnAanvraag(zaak, verloop([aanvulling('2020-01-13', '2020-01-27', '2020-02-05')]));
    expect(laat).toMatchObject({ status: 'bekend', einde: '2020-03-13' });
    expect(laat.aanvullingen[0]).toMatchObject({ totEnMet: '2020-01-27', dagen: 14, toelichting: expect.stringContaining('na de hersteltermijn') });
  });

  it('while the aanvulling is awaited the end is not known: on 20 January it would be Thursday 5 March if it came that day, Friday 13 March if it never comes', () => {
    const t = beslistermijnAanvraag(zaak, verloop([aanvulling('2020-01-13', '2020-01-27')]), '2020-01-20');
    expect(t).toMatchObject({ status: 'opgeschort', einde: null, opgeschortSinds: '2020-01-14', vroegstEinde: '2020-03-05', uiterlijkEinde: '2020-03-13', dagenOpgeschort: 6 });
    expect(t.aanvullingen[0]).toMatchObject({ lopend: true, dagen: 6 });
    expect(t.aanvullingen[0]).not.toHaveProperty('totEnMet');
    expect(beslistermijnAanvraag(zaak, verloop([aanvulling('2020-01-13', '2020-01-27')]))).not.toHaveProperty('vroegstEinde');
  });

  it('art. 4:14 lid 3 Awb: six weeks on Friday 28 February is Goede Vrijdag 10 April 2020; the Atw (art. 1, art. 3 lid 1 and 2) passes Easter to Tuesday 14 April', () => {
    const t = beslistermijnAanvraag(zaak, verloop([], { verdagingen: [{ verdagingsdatum: '2020-02-20', weken: 6, motivering: 'advies brandweer' }] }));
    expect(t).toMatchObject({ status: 'bekend', einde: '2020-04-14' });
    expect(t.uitleg.verdagingen).toEqual([expect.objectContaining({ grondslag: 'art. 4:14 lid 3 Awb', totEnMet: '2020-04-10' })]);
  });

  it('a request on the last day, or answered the day after it was made, suspends nothing', () => {
    const laat = beslistermijnAanvraag(zaak, verloop([aanvulling('2020-02-28', '2020-03-13')]), '2020-03-02');
    expect(laat).toMatchObject({ status: 'bekend', einde: '2020-02-28' });
    expect(laat.aanvullingen[0]).toMatchObject({ lopend: false, dagen: 0, toelichting: expect.stringContaining('na het einde') });
    const snel = beslistermijnAanvraag(zaak, verloop([aanvulling('2020-01-13', '2020-01-27', '2020-01-14')]));
    expect(snel).toMatchObject({ status: 'bekend', einde: '2020-02-28' });
    expect(snel.aanvullingen[0]).toMatchObject({ dagen: 0, toelichting: expect.stringContaining('geen dag') });
  });

  it('reads the case: none before the aanvraag; the same term after the besluit', () => {
    expect(beslistermijnVanAanvraag(fold(vergunningDecider, []))).toBeUndefined();
    expect(beslistermijnVanAanvraag(fold(vergunningDecider, aangevuld))).toMatchObject({ status: 'bekend', einde: '2020-03-09' });
    expect(beslistermijnVanAanvraag(fold(vergunningDecider, verleend))).toMatchObject({ status: 'bekend', einde: '2020-03-09' });
  });
});
