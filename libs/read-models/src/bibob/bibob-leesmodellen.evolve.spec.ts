import { beslistermijnVanToets, bibobDecider, lbbAdviestermijn, type BibobEvent } from '@handhaving/domain-bibob';
import { fold } from '@handhaving/domain-shared';
import { berekenTermijn } from '@handhaving/termijnen';
import { evolveBibobCijfers, type BibobCijferToets } from './bibob-cijfers.evolve';
import { alleenAantallen, type BibobCijfers } from './bibob-cijfers.vragen';
import { aanvraagBerekening, lbbBerekening, type Verzoek } from './bibob-termijnen';
import { evolveWerkvoorraadToets, werkvoorraadToets, type ToetsDossier } from './werkvoorraad.evolve';
import { eventsNa, heleToets, opSignaal, stappenVan } from './test-support/bibob-toetsen';

/*
 * The folds of the Bibob read models, given the events of one toets: the werkvoorraad (what comes
 * next), the figures (what counts, with when it was recorded), and the terms' arithmetic against
 * the domain's. The read models in Redis, fed by the store, are tested in bibob.int.spec.ts.
 */

const op = (i: number) => `2023-12-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`;
const alles = eventsNa(heleToets('T-1'));
const tot = (type: BibobEvent['type']) => alles.slice(0, alles.findIndex((e) => e.type === type) + 1);
const herinnering = { type: 'HerinneringVerstuurd', zaakId: 'T-1' } as unknown as BibobEvent;

function werkvoorraadNa(events: readonly BibobEvent[]) {
  const dossier = events.reduce<ToetsDossier | null>(evolveWerkvoorraadToets, null);
  return dossier === null ? undefined : werkvoorraadToets(dossier);
}
function cijfersNa(events: readonly BibobEvent[]): BibobCijferToets | null {
  return events.reduce<BibobCijferToets | null>((toets, event, i) => evolveBibobCijfers(toets, event, op(i)), null);
}

describe('a toets on the werkvoorraad, folded', () => {
  it('given no start, a step finds no toets: nothing is kept', () => {
    expect(werkvoorraadNa(alles.slice(1))).toBeUndefined();
  });

  it('while the vragenformulier is out: the beslistermijn stands still, the steps are the domain’s', () => {
    const toets = werkvoorraadNa(tot('GegevensOpgevraagd'));
    expect(toets).toMatchObject({ zaakId: 'T-1', status: 'in-onderzoek', beslistermijn: { status: 'opgeschort', sinds: '2023-09-07' }, volgendeStap: 'Opgevraagde gegevens afwachten; eigen onderzoek afronden' });
    expect(toets?.volgendeStappen).toContain('RegistreerOntvangstGegevens');
    expect(toets?.aanleiding).toEqual({ soort: 'aanvraag', aanvraagtype: 'exploitatievergunning-horeca', ontvangstdatum: '2023-09-04' });
  });

  it('with the LBB’s questions open it waits for the answers; answered, for the advice by its term', () => {
    expect(werkvoorraadNa(tot('LbbVragenGesteld'))).toMatchObject({ status: 'advies-gevraagd', volgendeStap: 'Antwoorden op de vragen van het LBB afwachten' });
    const toets = werkvoorraadNa(tot('LbbVragenBeantwoord'));
    expect(toets).toMatchObject({ volgendeStap: 'Advies van het LBB afwachten' });
    // Eight weeks from 2 October, four more, and the 13 days of the questions (24 October – 5 November): Sunday 7 January 2024, so Monday the 8th.
    expect(toets?.wachtTot).toBe('2024-01-08');
  });

  it('refused: only the bezwaartermijn is awaited; closed without besluit it leaves the list', () => {
    expect(werkvoorraadNa(alles)).toMatchObject({ status: 'besloten', volgendeStap: 'Bezwaartermijn afwachten', wachtTot: '2024-01-17', alleenTermijn: true });
    const s = stappenVan('T-2');
    expect(werkvoorraadNa(eventsNa([s.start(opSignaal()), s.sluitAf('2023-10-01')]))).toBeUndefined();
  });

  it('shows no betrokkene, finding, advice or outcome; a reminder changes nothing', () => {
    const json = JSON.stringify(werkvoorraadNa(alles));
    for (const geheim of ['b-exploitant', 'GEHEIM', 'ernstige-mate', 'geweigerd']) expect(json).not.toContain(geheim);
    const dossier = alles.reduce<ToetsDossier | null>(evolveWerkvoorraadToets, null);
    expect(evolveWerkvoorraadToets(dossier, herinnering)).toBe(dossier);
  });
});

describe('a toets as the Bibob figures count it, folded', () => {
  it('keeps the start’s categories, each request and answer, the besluit: every fact with the moment it was recorded', () => {
    const toets = cijfersNa(alles);
    expect(toets?.gestart).toEqual({ startdatum: '2023-09-05', aanleiding: { soort: 'aanvraag', aanvraagtype: 'exploitatievergunning-horeca' }, vastgelegdOp: op(0) });
    expect(toets?.opschortingen.map((o) => [o.reden, o.gevraagdOp, o.ontvangen?.op])).toEqual([
      ['aanvullende-stukken', '2023-09-06', '2023-09-20'],
      ['advies-lbb', '2023-10-02', '2023-11-15'],
      ['vragen-lbb', '2023-10-23', '2023-11-06'],
    ]);
    expect(toets?.opschortingen[0]).toMatchObject({ vastgelegdOp: op(1), ontvangen: { vastgelegdOp: op(2) } });
    expect(toets?.besluit).toEqual({ datum: '2023-12-06', uitkomst: 'geweigerd', vastgelegdOp: op(alles.length - 1) });
    expect(JSON.stringify(toets)).not.toMatch(/GEHEIM|b-exploitant|ernstige-mate/);
  });

  it('a toets on a signal keeps its reason; one closed without besluit its reason for that', () => {
    const s = stappenVan('T-3');
    const toets = cijfersNa(eventsNa([s.start(opSignaal('vastgoedtransactie'), '2020-03-01'), s.sluitAf('2020-05-01')]));
    expect(toets?.gestart.aanleiding).toEqual({ soort: 'signaal', reden: 'vastgoedtransactie' });
    expect(toets?.afgesloten).toMatchObject({ datum: '2020-05-01', reden: 'geen-maatregel' });
  });

  it('a besluit herzien on bezwaar is a fact of its own beside the besluit', () => {
    const s = stappenVan('T-1');
    const toets = cijfersNa(eventsNa([s.bezwaar(), s.beslissingOpBezwaar('2024-02-20', 'verleend-onder-voorschriften')], alles));
    expect(toets?.besluit?.uitkomst).toBe('geweigerd');
    expect(toets?.herzien).toEqual([{ datum: '2024-02-20', uitkomst: 'verleend-onder-voorschriften', vastgelegdOp: op(alles.length + 1) }]);
  });

  it('a start replayed and a reminder change nothing (the same record comes back)', () => {
    const toets = cijfersNa(alles.slice(0, 2));
    expect(evolveBibobCijfers(toets, alles[0], op(20))).toBe(toets);
    expect(evolveBibobCijfers(toets, herinnering, op(20))).toBe(toets);
  });

  it('without the bibob role: every count, no toets behind it', () => {
    const cel = { aantal: 2, zaakIds: ['A', 'B'] };
    const cijfers = { gemeente: 'GM0928', gestart: { opSignaal: cel }, opschortingen: { 'advies-lbb': { ...cel, dagen: 40, mediaanDagen: 20 } } } as unknown as BibobCijfers;
    expect(alleenAantallen(cijfers)).toEqual({ gemeente: 'GM0928', gestart: { opSignaal: { aantal: 2 } }, opschortingen: { 'advies-lbb': { aantal: 2, dagen: 40, mediaanDagen: 20 } } });
  });
});

describe('the terms’ questions give the domain’s ends', () => {
  const verzoeken: Verzoek[] = [
    { reden: 'aanvullende-stukken', soort: 'vragenformulier', gevraagdOp: '2023-09-06', ontvangenOp: '2023-09-20' },
    { reden: 'advies-lbb', gevraagdOp: '2023-10-02', verlengd: true, ontvangenOp: '2023-11-15' },
    { reden: 'vragen-lbb', gevraagdOp: '2023-10-23', ontvangenOp: '2023-11-06' },
  ];
  const basis = { soort: 'beslistermijn-aanvraag', vanaf: '2023-09-04', lengte: { aantal: 8, eenheid: 'weken' } } as const;

  it('the beslistermijn of the aanvraag: 13 days for the vragenformulier, 43 for the advice, through Christmas to 27 December 2023', () => {
    const berekening = aanvraagBerekening(basis, verzoeken, '2023-12-01');
    const state = fold(bibobDecider, tot('LbbAdviesOntvangen'));
    if (state.status === 'onbekend') throw new Error('toets niet gestart');
    const domein = beslistermijnVanToets(state.zaak, state.onderzoek);
    expect(berekenTermijn(berekening).einde).toBe('2023-12-27');
    expect(domein).toMatchObject({ status: 'bekend', einde: '2023-12-27' });
  });

  it('a running LBB suspension past its maximum has ended on the day of the next step', () => {
    const lopend: Verzoek[] = [{ reden: 'advies-lbb', gevraagdOp: '2023-10-02', verlengd: false }];
    expect(aanvraagBerekening(basis, lopend, '2023-11-01').opschortingen?.[0]?.totEnMet).toBeUndefined();
    expect(aanvraagBerekening(basis, lopend, '2023-12-15').opschortingen?.[0]).toMatchObject({ van: '2023-10-03', totEnMet: '2023-11-27' });
  });

  it('the LBB’s term: eight weeks, four more once extended, its questions’ days after', () => {
    const berekening = lbbBerekening(verzoeken.slice(1));
    const domein = lbbAdviestermijn('2023-10-02', true, [{ gesteldOp: '2023-10-23', beantwoordOp: '2023-11-06' }]);
    expect(berekenTermijn(berekening).einde).toBe(domein.einde);
  });
});
