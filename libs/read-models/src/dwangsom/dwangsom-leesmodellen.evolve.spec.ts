import type { DwangsomEvent } from '@handhaving/domain-dwangsom';
import { evolveDwangsomCijfers, type DwangsomCijferZaak } from './dwangsom-cijfers.evolve';
import { evolveOpenstaand, type OpenstaandeZaak } from './openstaand.evolve';

/*
 * The folds of the dwangsom read models, given the events of one case: what a user relies on in
 * the outstanding amounts (docs/dwangsom.md) and the figures (docs/cijfers.md). The read models
 * in Redis, fed by the store, are tested in dwangsom.int.spec.ts.
 */

const zaakId = 'D-1';
const door = 'medewerker-1';
const op = (dag: string) => `${dag}T10:00:00.000Z`;

const geopend = { type: 'DwangsomzaakGeopend', zaakId, gemeente: 'GM0928', grondslag: { soort: 'apv', artikel: 'art. 2:74a APV Kerkrade' }, overtrederId: 'b-dealer', overtreding: 'handel in drugs', constateringsdatum: '2021-02-24', thema: 'drugshandel', datum: '2021-02-26', door } as DwangsomEvent;
const verbeurd = (verbeuring: number, verbeurdOp: string) =>
  ({ type: 'DwangsomVerbeurd', zaakId, verbeuring, verbeurdOp, totEnMet: verbeurdOp, eenheden: 1, berekendCent: 250_000, bedragCent: 250_000, afgetopt: false, verjaringsdatum: '2022-05-11', datum: verbeurdOp, door }) as DwangsomEvent;
const beschikking = (invordering: number, verbeuring: number) =>
  ({ type: 'InvorderingsbeschikkingVerzonden', zaakId, invordering, verbeuring, bedragCent: 250_000, bekendmakingsdatum: '2021-06-02', bezwaartermijnEinde: '2021-07-14', datum: '2021-06-02', door }) as DwangsomEvent;
const betaald = { type: 'BetalingOntvangen', zaakId, invordering: 1, bedragCent: 100_000, betaaldatum: '2021-06-20', openstaandCent: 150_000, datum: '2021-06-21', door } as DwangsomEvent;
const beslissing = (tegen: object, gevolg?: object) => ({ type: 'BeslissingOpBezwaarGenomen', zaakId, tegen, uitkomst: 'gegrond', ...(gevolg ? { gevolg } : {}), datum: '2021-08-02', door }) as unknown as DwangsomEvent;
const herinnering = { type: 'HerinneringVerstuurd', zaakId } as unknown as DwangsomEvent;

function openstaandNa(events: readonly DwangsomEvent[]): OpenstaandeZaak | null {
  return events.reduce<OpenstaandeZaak | null>(evolveOpenstaand, null);
}
function cijfersNa(events: readonly DwangsomEvent[]): DwangsomCijferZaak | null {
  return events.reduce<DwangsomCijferZaak | null>((zaak, event, i) => evolveDwangsomCijfers(zaak, event, op(`2021-06-${String(10 + i)}`)), null);
}

describe('the outstanding amounts of a case, folded', () => {
  it('given no opening, a forfeiture finds no case: nothing is kept', () => {
    expect(openstaandNa([verbeurd(1, '2021-05-11')])).toBeNull();
  });

  it('given a case with two forfeitures, one claimed and partly paid: the claim and the payment are on the beschikking', () => {
    const zaak = openstaandNa([geopend, verbeurd(1, '2021-05-11'), verbeurd(2, '2021-05-20'), beschikking(1, 1), betaald]);
    expect(zaak?.verbeuringen.map((v) => v.invordering)).toEqual([1, undefined]);
    expect(zaak?.invorderingen).toEqual([{ invordering: 1, verbeuring: 1, bedragCent: 250_000, betaaldCent: 100_000, bekendmakingsdatum: '2021-06-02', verjaardCent: 0 }]);
  });

  it('a gegrond bezwaar against the beschikking lets that beschikking lapse, not the forfeitures', () => {
    const zaak = openstaandNa([geopend, verbeurd(1, '2021-05-11'), beschikking(1, 1), beslissing({ besluit: 'invorderingsbeschikking', invordering: 1 })]);
    expect(zaak?.invorderingen[0]?.vervallen).toBe(true);
    expect(zaak?.verbeuringen[0]?.vervallen).toBeUndefined();
  });

  it('a last herroepen on bezwaar: every forfeiture and beschikking lapses; a last gewijzigd keeps what forfeited', () => {
    const basis = [geopend, verbeurd(1, '2021-05-11'), beschikking(1, 1)];
    const herroepen = openstaandNa([...basis, beslissing({ besluit: 'last' }, { soort: 'herroepen' })]);
    expect(herroepen?.verbeuringen.every((v) => v.vervallen)).toBe(true);
    expect(herroepen?.invorderingen.every((i) => i.vervallen)).toBe(true);
    expect(openstaandNa([...basis, beslissing({ besluit: 'last' }, { soort: 'gewijzigd' })])).toEqual(openstaandNa(basis));
  });

  it('an opening replayed and a reminder on the stream change nothing (the same record comes back)', () => {
    const zaak = openstaandNa([geopend, verbeurd(1, '2021-05-11')]);
    expect(evolveOpenstaand(zaak, geopend)).toBe(zaak);
    expect(evolveOpenstaand(zaak, herinnering)).toBe(zaak);
  });
});

describe('a case as the dwangsom figures count it, folded', () => {
  it('every fact carries the moment it was recorded, so the figures can be asked as known on a date', () => {
    const zaak = cijfersNa([geopend, verbeurd(1, '2021-05-11'), beschikking(1, 1), betaald]);
    expect(zaak?.verbeuringen[0]).toMatchObject({ verbeurdOp: '2021-05-11', bedragCent: 250_000, vastgelegdOp: op('2021-06-11') });
    expect(zaak?.invorderingen[0]?.vastgelegdOp).toBe(op('2021-06-12'));
    expect(zaak?.betalingen[0]).toEqual({ invordering: 1, bedragCent: 100_000, betaaldatum: '2021-06-20', vastgelegdOp: op('2021-06-13') });
  });

  it('a herroeping on bezwaar is a fact of its own, beside the last it revokes; a last gewijzigd is none', () => {
    const herroepen = cijfersNa([geopend, beslissing({ besluit: 'last' }, { soort: 'herroepen' })]);
    expect(herroepen?.herroepen).toEqual([{ tegen: 'last', datum: '2021-08-02', vastgelegdOp: op('2021-06-11') }]);
    expect(cijfersNa([geopend, beslissing({ besluit: 'last' }, { soort: 'gewijzigd' })])?.herroepen).toEqual([]);
  });

  it('an older case without thema counts under overig; a reminder changes nothing', () => {
    const { thema: _thema, ...zonderThema } = geopend as DwangsomEvent & { thema?: string };
    const zaak = cijfersNa([zonderThema as DwangsomEvent]);
    expect(zaak?.thema).toBe('overig');
    expect(evolveDwangsomCijfers(zaak, herinnering, op('2021-07-01'))).toBe(zaak);
  });
});
