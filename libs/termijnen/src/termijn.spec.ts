import { DateTime } from 'luxon';
import { berekenTermijn, type TermijnBeleid, type TermijnVraag } from './termijn';
import { TermijnFout } from './termijn-fout';
import { dagen, jaren, maanden, weken } from './termijnlengte';

const einde = (vraag: TermijnVraag, beleid?: TermijnBeleid) => berekenTermijn(vraag, { beleid }).einde;
const uitleg = (vraag: TermijnVraag, beleid?: TermijnBeleid) => berekenTermijn(vraag, { beleid }).uitleg;
const wettelijk = (vanaf: string, lengte: ReturnType<typeof dagen>, extra: Partial<TermijnVraag> = {}): TermijnVraag => ({
  soort: 'wettelijke-termijn',
  vanaf,
  lengte,
  grondslag: 'art. X (test)',
  ...extra,
});
const GEEN_BELEID: TermijnBeleid = { verlengAlsAtw: { zienswijzetermijn: false, begunstigingstermijn: false } };

/*
 * Each case was worked out by hand: the weekdays with `date -d`, Easter from published tables,
 * decree days from the decree (titles) listed in gelijkgestelde-dagen.ts.
 */
describe('berekenTermijn — hand-checked cases', () => {
  describe('weeks from the day after bekendmaking (art. 6:7, 6:8 Awb)', () => {
    it('worked example of docs/termijnen.md: given bekendmaking Wednesday 2021-03-03 then the bezwaartermijn ends Wednesday 2021-04-14', () => {
      // checked: 4 March through 14 April is 42 days; 14 April 2021 is a Wednesday, no holiday.
      const { einde: eind, uitleg: u } = berekenTermijn({ soort: 'bezwaartermijn', vanaf: '2021-03-03' });
      expect(eind).toBe('2021-04-14');
      expect(u).toMatchObject({ start: '2021-03-04', lengte: weken(6), grondslag: 'art. 6:7 Awb', atw: { toegepast: true, verlengingen: [] } });
    });

    it('beroepstermijn: given bekendmaking of the beslissing op bezwaar on Monday 2021-06-07 then it ends Monday 2021-07-19', () => {
      // checked: 7 June + 42 days = 19 July 2021, a Monday.
      expect(einde({ soort: 'beroepstermijn', vanaf: '2021-06-07' })).toBe('2021-07-19');
    });

    it('DST spring: given bekendmaking 2021-03-17 then the term across 28 March (clocks forward) ends 2021-04-28', () => {
      // checked: Wednesday + 6 weeks = Wednesday 28 April; calendar days do not see the clock change.
      expect(einde({ soort: 'bezwaartermijn', vanaf: '2021-03-17' })).toBe('2021-04-28');
    });

    it('DST autumn: given bekendmaking 2021-10-13 then the term across 31 October ends 2021-11-24, where UTC milliseconds say the 23rd', () => {
      // checked: Wednesday 13 October + 42 days = Wednesday 24 November 2021. Counting 42 × 24 h from
      // local midnight in UTC lands at 23:00 on the 23rd (one hour gained at the clock change).
      expect(einde({ soort: 'bezwaartermijn', vanaf: '2021-10-13' })).toBe('2021-11-24');
      const middernacht = DateTime.fromISO('2021-10-13T00:00', { zone: 'Europe/Amsterdam' }).toMillis();
      const naief = DateTime.fromMillis(middernacht + 42 * 24 * 3600 * 1000, { zone: 'Europe/Amsterdam' }).toISODate();
      expect(naief).toBe('2021-11-23');
    });
  });

  describe('extension past Saturday, Sunday and holidays (art. 1 lid 1 Atw)', () => {
    it('Goede Vrijdag (art. 3 lid 2): given a term ending Friday 2021-04-02 then it ends Tuesday 2021-04-06', () => {
      // checked: Easter 2021 = 4 April: Good Friday 2, Saturday 3, Easter 4, tweede Paasdag 5 April.
      const u = uitleg({ soort: 'bezwaartermijn', vanaf: '2021-02-19' });
      expect(u.onverlengdEinde).toBe('2021-04-02');
      expect(u.einde).toBe('2021-04-06');
      expect(u.atw.verlengingen[0].overgeslagen.map((d) => d.feestdag?.naam ?? d.weekdag)).toEqual(['Goede Vrijdag', 'zaterdag', 'zondag', 'tweede Paasdag']);
    });

    it('tweede Paasdag: given a term ending Monday 2024-04-01 then it ends Tuesday 2024-04-02', () => {
      // checked: Easter 2024 = 31 March; 19 February + 42 days = 1 April.
      expect(einde({ soort: 'bezwaartermijn', vanaf: '2024-02-19' })).toBe('2024-04-02');
    });

    it('Koningsdag on a weekday: given a term ending Wednesday 2022-04-27 then it ends Thursday 2022-04-28', () => {
      // checked: 27 April 2022 was a Wednesday; no decree day on the 28th.
      expect(einde({ soort: 'bezwaartermijn', vanaf: '2022-03-16' })).toBe('2022-04-28');
    });

    it('Koningsdag on a Saturday after a Sunday 27 April: given a term ending Saturday 2025-04-26 then it ends Monday 2025-04-28', () => {
      // checked: 27 April 2025 is a Sunday, Koningsdag moves to Saturday 26; the Monday is a working day.
      const u = uitleg({ soort: 'bezwaartermijn', vanaf: '2025-03-15' });
      expect(u.einde).toBe('2025-04-28');
      expect(u.atw.verlengingen[0].overgeslagen[0]).toMatchObject({ datum: '2025-04-26', weekdag: 'zaterdag', feestdag: { naam: 'Koningsdag' } });
    });

    it('Koninginnedag before 1980: given a term ending Monday 1967-05-01 then it ends Tuesday 1967-05-02', () => {
      // checked: 30 April 1967 was a Sunday, celebrated Monday 1 May; Easter 1967 = 26 March, so no other holiday.
      expect(einde({ soort: 'bezwaartermijn', vanaf: '1967-03-20' })).toBe('1967-05-02');
    });

    it('5 May outside a lustrum year: given a term ending Wednesday 2021-05-05 then it ends Thursday 2021-05-06', () => {
      // checked: 5 May 2021 was a Wednesday; 2021 is no lustrum year, the Atw holiday applies anyway.
      expect(einde({ soort: 'bezwaartermijn', vanaf: '2021-03-24' })).toBe('2021-05-06');
    });

    it('Hemelvaartsdag and the Friday after (art. 3 lid 3): given a term ending Thursday 2024-05-09 then it ends Monday 2024-05-13', () => {
      // checked: Hemelvaartsdag 9 May 2024, Friday 10 May by decree, then the weekend.
      const u = uitleg({ soort: 'bezwaartermijn', vanaf: '2024-03-28' });
      expect(u.einde).toBe('2024-05-13');
      expect(u.atw.verlengingen[0].overgeslagen.map((d) => d.datum)).toEqual(['2024-05-09', '2024-05-10', '2024-05-11', '2024-05-12']);
      expect(u.voorlopig).toEqual([]);
    });

    it('past the decree table: given a term ending Friday 2029-05-11 then it ends Monday 2029-05-14, marked provisional', () => {
      // checked: Easter 2029 = 1 April, Hemelvaartsdag 10 May; the Friday after is assumed (no decree known).
      const u = uitleg({ soort: 'bezwaartermijn', vanaf: '2029-03-30' });
      expect(u.einde).toBe('2029-05-14');
      expect(u.voorlopig).toEqual([expect.stringContaining('2029-05-11')]);
    });

    it('Christmas: given a term ending Wednesday 2024-12-25 then it ends Monday 2024-12-30', () => {
      // checked: 25 and 26 December, Friday 27 December 2024 by decree (art. 3 lid 3), then the weekend.
      expect(einde({ soort: 'bezwaartermijn', vanaf: '2024-11-13' })).toBe('2024-12-30');
    });

    it('Christmas into New Year: given a term ending Saturday 2022-12-31 then it ends Monday 2023-01-02', () => {
      // checked: 31 December 2022 a Saturday, 1 January 2023 a Sunday and Nieuwjaarsdag.
      expect(einde({ soort: 'bezwaartermijn', vanaf: '2022-11-19' })).toBe('2023-01-02');
    });

    it('Nieuwjaarsdag on a Thursday: given a term ending 2026-01-01 then it ends Monday 2026-01-05', () => {
      // checked: Friday 2 January 2026 made equal by the 2026–2028 decree.
      expect(einde({ soort: 'bezwaartermijn', vanaf: '2025-11-20' })).toBe('2026-01-05');
    });

    it('art. 4 onder a boundary: a term of exactly twelve weeks keeps the Atw (Saturday 2021-03-27 → Monday 2021-03-29)', () => {
      // checked: 2 January 2021 + 84 days = Saturday 27 March; twelve weeks is not "meer dan twaalf weken".
      expect(einde({ soort: 'beslistermijn-aanvraag', vanaf: '2021-01-02', lengte: weken(12) })).toBe('2021-03-29');
    });

    it('art. 4 onder a boundary: a term of 90 days keeps the Atw, one of 91 days does not', () => {
      // checked: 2 January + 90 days = Friday 2 April 2021 (Goede Vrijdag) → Tuesday 6 April;
      // 1 January + 91 days = the same Friday, not extended.
      expect(einde(wettelijk('2021-01-02', dagen(90)))).toBe('2021-04-06');
      expect(einde(wettelijk('2021-01-01', dagen(91)))).toBe('2021-04-02');
    });
  });

  describe('the two-day rule (art. 2 Atw)', () => {
    it('given a three-day term from Saturday 2021-03-06 through Monday then it ends Tuesday 2021-03-09', () => {
      // checked: Saturday, Sunday, Monday hold one working day; art. 2 asks for two, so Tuesday.
      const u = uitleg(wettelijk('2021-03-05', dagen(3)));
      expect(u.einde).toBe('2021-03-09');
      expect(u.atw.verlengingen).toEqual([{ grondslag: 'art. 2 Atw', totEnMet: '2021-03-09', werkdagenInTermijn: 1, overgeslagen: [] }]);
    });

    it('given a three-day term over Easter 2021 then art. 1 carries it to Tuesday and art. 2 to Wednesday 2021-04-07', () => {
      // checked: start Good Friday 2 April, raw end Sunday 4; art. 1 → Tuesday 6 (after tweede Paasdag);
      // Tuesday is the only working day in the term → art. 2 → Wednesday 7 April.
      const u = uitleg(wettelijk('2021-04-01', dagen(3)));
      expect(u.einde).toBe('2021-04-07');
      expect(u.atw.verlengingen.map((v) => v.grondslag)).toEqual(['art. 1 lid 1 Atw', 'art. 2 Atw']);
    });

    it('given a two-day term then art. 2 does not apply (Sunday 2021-03-07 → Monday 2021-03-08 by art. 1 only)', () => {
      // checked: art. 2 covers terms "van ten minste drie dagen".
      expect(einde(wettelijk('2021-03-05', dagen(2)))).toBe('2021-03-08');
    });

    it('given a three-day term with three working days then nothing moves (2021-03-02 through 2021-03-04)', () => {
      expect(einde(wettelijk('2021-03-01', dagen(3)))).toBe('2021-03-04');
    });

    it('Christmas into New Year: given three days from Friday 2021-12-31 then it ends Monday 2022-01-03', () => {
      // checked: Friday 31 December (working day), Saturday 1 January (Nieuwjaarsdag), Sunday 2 → art. 1 → Monday 3;
      // two working days in the term, so art. 2 adds nothing.
      expect(einde(wettelijk('2021-12-30', dagen(3)))).toBe('2022-01-03');
    });
  });

  describe('months and years', () => {
    it('given 31 January 2023 (common year) plus one month then the term ends Tuesday 2023-02-28', () => {
      expect(einde(wettelijk('2023-01-31', maanden(1)))).toBe('2023-02-28');
    });

    it('given 31 January 2024 (leap year) plus one month then the term ends Thursday 2024-02-29', () => {
      expect(einde(wettelijk('2024-01-31', maanden(1)))).toBe('2024-02-29');
    });

    it('given 31 January 2021 plus one month then 28 February is a Sunday and the term ends Monday 2021-03-01', () => {
      expect(einde(wettelijk('2021-01-31', maanden(1)))).toBe('2021-03-01');
    });

    it('verjaring (art. 5:35 Awb, art. 4 onder a Atw): given forfeiture on 2021-05-14 then it ends Saturday 2022-05-14, not extended', () => {
      // checked: one year after the day of forfeiture; a term in years is outside the Atw.
      const u = uitleg({ soort: 'verjaring-dwangsom', vanaf: '2021-05-14' });
      expect(u.einde).toBe('2022-05-14');
      expect(u.atw).toMatchObject({ toegepast: false, reden: expect.stringContaining('art. 4 onder a Atw') });
      expect(u.eindigtOp.weekdag).toBe('zaterdag');
    });

    it('verjaring: given forfeiture on leap day 2024-02-29 then it ends 2025-02-28', () => {
      expect(einde({ soort: 'verjaring-dwangsom', vanaf: '2024-02-29' })).toBe('2025-02-28');
    });

    it('sluitingsduur: given a closure from 2021-03-01 for three months then it lasts through 2021-05-31, never extended', () => {
      // checked: 1 March + 3 months = 1 June; the last day of the closure is the day before.
      const u = uitleg({ soort: 'sluitingsduur', vanaf: '2021-03-01' });
      expect(u.einde).toBe('2021-05-31');
      expect(u.start).toBe('2021-03-01');
    });

    it('sluitingsduur: given a closure from 2024-01-31 for one month then it lasts through 2024-02-29', () => {
      expect(einde({ soort: 'sluitingsduur', vanaf: '2024-01-31', lengte: maanden(1) })).toBe('2024-02-29');
    });

    it('sluitingsduur: given six months from 2023-04-30 ending on a Sunday then it stays 2023-10-29', () => {
      // checked: day before 30 October = Sunday 29 October 2023; a duration is no term to act within.
      expect(einde({ soort: 'sluitingsduur', vanaf: '2023-04-30', lengte: maanden(6) })).toBe('2023-10-29');
    });
  });

  describe('beslistermijnen, verdaging and uitstel (art. 7:10 Awb, art. 15 Wet Bibob)', () => {
    it('given a bezwaartermijn that ended 2021-04-14 then the beslistermijn ends 2021-05-26, with an adviescommissie 2021-07-07', () => {
      // checked: 15 April + 6 weeks = Wednesday 26 May; + 12 weeks = Wednesday 7 July.
      expect(einde({ soort: 'beslistermijn-bezwaar', vanaf: '2021-04-14' })).toBe('2021-05-26');
      expect(einde({ soort: 'beslistermijn-bezwaar', vanaf: '2021-04-14', adviescommissie: true })).toBe('2021-07-07');
    });

    it('given verdaging by six weeks (art. 7:10 lid 3 Awb) and uitstel by four (lid 4) then it ends 2021-09-15', () => {
      // checked: 7 July + 6 weeks = 18 August; + 4 weeks = 15 September 2021, a Wednesday.
      const u = uitleg({
        soort: 'beslistermijn-bezwaar',
        vanaf: '2021-04-14',
        adviescommissie: true,
        verdagingen: [
          { lengte: weken(6), reden: 'hoorzitting verplaatst' },
          { soort: 'uitstel', lengte: weken(4), reden: 'bezwaarmaker stemde in' },
        ],
      });
      expect(u.verdagingen.map((v) => [v.grondslag, v.totEnMet])).toEqual([
        ['art. 7:10 lid 3 Awb', '2021-08-18'],
        ['art. 7:10 lid 4 Awb', '2021-09-15'],
      ]);
      expect(u.einde).toBe('2021-09-15');
    });

    it('given a verdaging of seven weeks or a second verdaging then it is refused', () => {
      expect(() => einde({ soort: 'beslistermijn-bezwaar', vanaf: '2021-04-14', verdagingen: [{ lengte: weken(7), reden: 'x' }] })).toThrow(/ten hoogste 6 weken/);
      expect(() =>
        einde({ soort: 'beslistermijn-bezwaar', vanaf: '2021-04-14', verdagingen: [{ lengte: weken(2), reden: 'x' }, { lengte: weken(2), reden: 'y' }] }),
      ).toThrow(/één keer/);
      expect(() => einde({ soort: 'bezwaartermijn', vanaf: '2021-04-14', verdagingen: [{ lengte: weken(1), reden: 'x' }] })).toThrow(TermijnFout);
    });

    it('LBB-advies: given a request on 2024-01-15 then eight weeks end 2024-03-11 and the four-week extension 2024-04-08', () => {
      // checked: Monday + 8 weeks = Monday 11 March; + 4 weeks = Monday 8 April 2024.
      expect(einde({ soort: 'lbb-advies', vanaf: '2024-01-15' })).toBe('2024-03-11');
      expect(einde({ soort: 'lbb-advies', vanaf: '2024-01-15', verdagingen: [{ lengte: weken(4), reden: 'LBB verlengt' }] })).toBe('2024-04-08');
      expect(() => einde({ soort: 'lbb-advies', vanaf: '2024-01-15', verdagingen: [{ lengte: weken(5), reden: 'x' }] })).toThrow(/ten hoogste 4 weken/);
    });

    it('beslistermijn aanvraag of 26 weeks (special law) is outside the Atw (art. 4 onder a): Saturday 2021-07-03 stays', () => {
      // checked: 2 January 2021 + 182 days = Saturday 3 July.
      expect(einde({ soort: 'beslistermijn-aanvraag', vanaf: '2021-01-02', lengte: weken(26), grondslag: 'art. 30 Drank- en Horecawet (test)' })).toBe('2021-07-03');
    });
  });

  describe('opschorting', () => {
    it('given a suspension spanning Easter 2024 (art. 4:15 Awb) then the end moves 12 days and past Hemelvaart weekend', () => {
      // checked: receipt Monday 4 March + 8 weeks = Monday 29 April; suspended 25 March–5 April (12 days, with Good
      // Friday and tweede Paasdag inside) → Saturday 11 May → Sunday → Monday 13 May 2024.
      const u = uitleg({
        soort: 'beslistermijn-aanvraag',
        vanaf: '2024-03-04',
        opschortingen: [{ van: '2024-03-25', totEnMet: '2024-04-05', reden: 'aanvraag onvolledig (art. 4:15 Awb)' }],
      });
      expect(u.onverlengdEinde).toBe('2024-04-29');
      expect(u.opschortingen[0].dagen).toBe(12);
      expect(u.einde).toBe('2024-05-13');
    });

    it('given two overlapping suspensions then the shared days count once', () => {
      // checked: 1–10 May and 5–12 May 2021 cover 1–12 May: 12 days. Raw end 26 May + 12 = Monday 7 June.
      const u = uitleg({
        soort: 'beslistermijn-bezwaar',
        vanaf: '2021-04-14',
        opschortingen: [
          { van: '2021-05-05', totEnMet: '2021-05-12', reden: 'tweede' },
          { van: '2021-05-01', totEnMet: '2021-05-10', reden: 'eerste' },
        ],
      });
      expect(u.opschortingen.map((o) => [o.reden, o.dagen])).toEqual([
        ['eerste', 10],
        ['tweede', 2],
      ]);
      expect(u.einde).toBe('2021-06-07');
    });

    it('given a suspension that starts after the term ended then it has no effect', () => {
      const u = uitleg({ soort: 'bezwaartermijn', vanaf: '2021-03-03', opschortingen: [{ van: '2021-04-15', totEnMet: '2021-04-20', reden: 'te laat' }] });
      expect(u.einde).toBe('2021-04-14');
      expect(u.opschortingen[0]).toMatchObject({ dagen: 0, toelichting: expect.stringContaining('na het einde') });
    });

    it('given a suspension still running then it counts through the peildatum and the end is provisional', () => {
      // checked: raw end Monday 29 April 2024; running since 1 April, peildatum 10 April = 10 days → Thursday 9 May is
      // Hemelvaartsdag, Friday 10 May decree, weekend → Monday 13 May.
      const u = uitleg({
        soort: 'beslistermijn-aanvraag',
        vanaf: '2024-03-04',
        peildatum: '2024-04-10',
        opschortingen: [{ van: '2024-04-01', reden: 'Bibob-vragenlijst uitgezet' }],
      });
      expect(u.opschortingen[0]).toMatchObject({ lopend: true, dagen: 10, geteldTotEnMet: '2024-04-10' });
      expect(u.einde).toBe('2024-05-13');
      expect(u.voorlopig).toHaveLength(1);
    });
  });

  describe('terms set by a besluit: the policy decides', () => {
    it('zienswijzetermijn: given two weeks ending on Goede Vrijdag 2021-04-02 then policy extends to 2021-04-06, or not', () => {
      // checked: 19 March + 14 days = Friday 2 April 2021 (Goede Vrijdag).
      const metBeleid = uitleg({ soort: 'zienswijzetermijn', vanaf: '2021-03-19' });
      expect(metBeleid.einde).toBe('2021-04-06');
      expect(metBeleid.atw).toMatchObject({ toegepast: true, beleid: true });
      const zonder = uitleg({ soort: 'zienswijzetermijn', vanaf: '2021-03-19' }, GEEN_BELEID);
      expect(zonder.einde).toBe('2021-04-02');
      expect(zonder.atw).toMatchObject({ toegepast: false, beleid: true, reden: expect.stringContaining('beleid: niet verlengd') });
    });

    it('begunstigingstermijn of two weeks from 2024-12-11 ends on Christmas and is extended to 2024-12-30', () => {
      expect(einde({ soort: 'begunstigingstermijn', vanaf: '2024-12-11', lengte: weken(2) })).toBe('2024-12-30');
    });
  });

  /*
   * A date the besluit names is the date the besluit says. The Atw covers only "een in een wet
   * gestelde termijn" (art. 1 lid 1 Atw); the policy's choice to extend like the Atw is for a term
   * given as a length. So a vasteEinddatum stands under every policy, and the explanation says so.
   */
  describe('a begunstigingstermijn with a fixed end date (vasteEinddatum) is never extended', () => {
    const STANDAARD: TermijnBeleid = { verlengAlsAtw: { zienswijzetermijn: true, begunstigingstermijn: true } };

    it('given a fixed end on Koningsdag, Tuesday 2021-04-27, then it ends 2021-04-27 under either policy', () => {
      // checked: 27 April 2021 was a Tuesday, Koningsdag (art. 3 lid 1 Atw); a length ending there would
      // move to Wednesday 28 April, the named day does not.
      for (const beleid of [STANDAARD, GEEN_BELEID]) {
        const u = uitleg({ soort: 'begunstigingstermijn', vanaf: '2021-03-31', vasteEinddatum: '2021-04-27', last: 'bestuursdwang' }, beleid);
        expect(u).toMatchObject({ einde: '2021-04-27', vasteEinddatum: '2021-04-27', onverlengdEinde: '2021-04-27', lengte: undefined });
        expect(u.atw).toEqual({ toegepast: false, beleid: false, verlengingen: [], reden: expect.stringContaining('einddatum genoemd in het besluit') });
        expect(u.atw.reden).toContain('art. 1 lid 1 Atw');
        expect(u.eindigtOp).toMatchObject({ weekdag: 'dinsdag', feestdag: { naam: 'Koningsdag', grondslag: 'art. 3 lid 1 Atw' } });
        expect(u.grondslag).toBe('art. 5:24 lid 2 Awb, termijn gesteld in de last onder bestuursdwang');
      }
      // The same day reached by a length is extended by the default policy: the difference is the named day.
      expect(einde({ soort: 'begunstigingstermijn', vanaf: '2021-04-13', lengte: weken(2) })).toBe('2021-04-28');
    });

    it('given a fixed end on Sunday 2021-03-14 then it ends that Sunday, not Monday 15 March', () => {
      // checked: 14 March 2021 was a Sunday; no holiday on it.
      const u = uitleg({ soort: 'begunstigingstermijn', vanaf: '2021-02-24', vasteEinddatum: '2021-03-14', last: 'dwangsom' });
      expect(u.einde).toBe('2021-03-14');
      expect(u.eindigtOp).toEqual({ weekdag: 'zondag', feestdag: undefined });
      expect(u.grondslag).toBe('art. 5:32a lid 2 Awb, termijn gesteld in de last onder dwangsom');
    });

    it('given a fixed end on Koningsdag 2025 (Saturday 26 April) then it stays 2025-04-26, not Monday 28 April', () => {
      // checked: 27 April 2025 is a Sunday, so Koningsdag is Saturday 26 April (art. 3 lid 1 Atw).
      expect(einde({ soort: 'begunstigingstermijn', vanaf: '2025-03-01', vasteEinddatum: '2025-04-26' })).toBe('2025-04-26');
      expect(einde({ soort: 'begunstigingstermijn', vanaf: '2025-03-01', vasteEinddatum: '2025-04-26' }, GEEN_BELEID)).toBe('2025-04-26');
    });

    it('given a fixed end on the Friday after Hemelvaartsdag 2029, a provisional decree day, then the end is not provisional', () => {
      // checked: Hemelvaartsdag 10 May 2029; the Friday after is assumed, but the named day does not depend on it.
      const u = uitleg({ soort: 'begunstigingstermijn', vanaf: '2029-04-01', vasteEinddatum: '2029-05-11' });
      expect(u.einde).toBe('2029-05-11');
      expect(u.voorlopig).toEqual([]);
    });

    it('given a verdaging of the begunstigingstermijn then it moves the fixed end, and still no Atw extension follows', () => {
      // checked: Sunday 14 March 2021 + 1 week = Sunday 21 March; a verdaging is a besluit of the bestuursorgaan.
      const u = uitleg({ soort: 'begunstigingstermijn', vanaf: '2021-02-24', vasteEinddatum: '2021-03-14', verdagingen: [{ lengte: weken(1), reden: 'uitvoering vergt meer tijd' }] });
      expect(u.einde).toBe('2021-03-21');
      expect(u.atw.toegepast).toBe(false);
    });
  });

  describe('the article of a begunstigingstermijn follows its last (art. 5:24 lid 2, 5:32a lid 2 Awb)', () => {
    it.each<[TermijnVraag['last'], string]>([
      ['bestuursdwang', 'art. 5:24 lid 2 Awb, termijn gesteld in de last onder bestuursdwang'],
      ['dwangsom', 'art. 5:32a lid 2 Awb, termijn gesteld in de last onder dwangsom'],
      [undefined, 'art. 5:24 lid 2 Awb (last onder bestuursdwang) of art. 5:32a lid 2 Awb (last onder dwangsom), termijn gesteld in de last'],
    ])('given last %s then the grondslag is "%s"', (last, grondslag) => {
      expect(uitleg({ soort: 'begunstigingstermijn', vanaf: '2021-03-03', lengte: weken(2), last }).grondslag).toBe(grondslag);
    });

    it('given a last on any other kind of term, or an unknown last, then a TermijnFout names the field last', () => {
      const fout = (vraag: TermijnVraag) => {
        try {
          berekenTermijn(vraag);
        } catch (e) {
          return e;
        }
        throw new Error('not refused');
      };
      expect(fout({ soort: 'bezwaartermijn', vanaf: '2021-03-03', last: 'dwangsom' })).toMatchObject({ name: 'TermijnFout', veld: 'last', message: expect.stringContaining('begunstigingstermijn') });
      expect(fout({ soort: 'zienswijzetermijn', vanaf: '2021-03-03', last: 'bestuursdwang' })).toMatchObject({ veld: 'last' });
      expect(fout({ soort: 'begunstigingstermijn', vanaf: '2021-03-03', lengte: weken(2), last: 'sluiting' as never })).toMatchObject({ veld: 'last', message: expect.stringContaining('"sluiting"') });
    });
  });

  describe('counting back (art. 1 lid 2 Atw)', () => {
    it('given two weeks before a hearing on Thursday 2021-05-27 then the latest day is Hemelvaartsdag 2021-05-13, not moved', () => {
      // checked: 27 May − 14 days = Thursday 13 May 2021, Hemelvaartsdag; art. 1 lid 2: no extension for terms counted back.
      const u = uitleg(wettelijk('2021-05-27', weken(2), { terugrekenen: true }));
      expect(u.einde).toBe('2021-05-13');
      expect(u.richting).toBe('terug');
      expect(u.atw).toMatchObject({ toegepast: false, reden: expect.stringContaining('art. 1 lid 2 Atw') });
      expect(u.eindigtOp.feestdag?.naam).toBe('Hemelvaartsdag');
    });
  });

  describe('refused input', () => {
    it.each<[string, TermijnVraag, RegExp]>([
      ['an impossible date', { soort: 'bezwaartermijn', vanaf: '2021-02-29' }, /"2021-02-29"/],
      ['an unknown kind', { soort: 'onbekend' as never, vanaf: '2021-03-03' }, /Onbekende termijnsoort/],
      ['a length where the law fixes it', { soort: 'bezwaartermijn', vanaf: '2021-03-03', lengte: weken(4) }, /staat vast/],
      ['no length where none is known', { soort: 'begunstigingstermijn', vanaf: '2021-03-03' }, /geef een lengte/],
      ['a statutory term without an article', { soort: 'wettelijke-termijn', vanaf: '2021-03-03', lengte: dagen(3) }, /grondslag/],
      ['a suspension ending before it starts', { soort: 'bezwaartermijn', vanaf: '2021-03-03', opschortingen: [{ van: '2021-03-10', totEnMet: '2021-03-09', reden: 'x' }] }, /vóór ze begint/],
      ['a running suspension without peildatum', { soort: 'bezwaartermijn', vanaf: '2021-03-03', opschortingen: [{ van: '2021-03-10', reden: 'x' }] }, /peildatum/],
      ['a length of zero', wettelijk('2021-03-03', dagen(0)), /Ongeldige termijnlengte/],
      ['a year of more than one', { soort: 'verjaring-dwangsom', vanaf: '2021-03-03', lengte: jaren(2) }, /staat vast/],
    ])('given %s then a TermijnFout says why', (_, vraag, bericht) => {
      expect(() => berekenTermijn(vraag)).toThrow(TermijnFout);
      expect(() => berekenTermijn(vraag)).toThrow(bericht);
    });
  });
});
