import type { DamoclesEvent } from '@handhaving/domain-damocles';
import type { HerinneringVerstuurd } from '@handhaving/domain-shared';
import { afgezien, herroepen, KERKRADE, rapportage, sluiting, waarschuwing } from './test-support/damocles-events';
import { bezwaar, herstelVerzuim, stap, voornemen, voorstel } from './test-support/damocles-stappen';
import { evolveWerkvoorraad, werkvoorraadZaak, type WerkvoorraadDossier } from './werkvoorraad.evolve';

/*
 * The werkvoorraad's record of a case (docs/damocles.md, "The werkvoorraad"), folded from its
 * events, and what the werkvoorraad shows of it: where it stands and the next step.
 */

const gevolgd = (events: readonly DamoclesEvent[]): WerkvoorraadDossier | null => events.reduce<WerkvoorraadDossier | null>(evolveWerkvoorraad, null);

/** What the werkvoorraad shows after these events: status, next step, the date it waits for; undefined once the case ended. */
function getoond(events: readonly DamoclesEvent[]) {
  const dossier = gevolgd(events);
  const zaak = dossier === null ? undefined : werkvoorraadZaak(dossier);
  return zaak && { status: zaak.status, volgendeStap: zaak.volgendeStap, wachtTot: zaak.wachtTot };
}

const ontvangen = rapportage('Z', 1, '2024-01-08', '2024-01-10', ['softdrugs']);
const besloten = [ontvangen, voorstel('Z', '2024-01-12'), sluiting('Z', '2024-02-06', '2024-02-20')];
const uitgevoerd = stap('Z', { type: 'SluitingUitgevoerd', sluitingsdatum: '2024-02-21', eindeSluiting: '2024-05-20', datum: '2024-02-21' });

describe('damocles.werkvoorraad evolve: the record of a case', () => {
  it('given a rapportage, then the case with the decider\'s state and its last step (event, date, who)', () => {
    const dossier = gevolgd([ontvangen]);
    expect(dossier).toMatchObject({ toestand: { status: 'rapportage-ontvangen', zaak: { zaakId: 'Z', gemeente: KERKRADE } }, laatsteStap: { stap: 'RapportageOntvangen', datum: '2024-01-10', door: 'mw-1' } });
    expect(werkvoorraadZaak(dossier as WerkvoorraadDossier)).toEqual({
      zaakId: 'Z',
      gemeente: KERKRADE,
      status: 'rapportage-ontvangen',
      pand: ontvangen.pand,
      zwaarsteCategorie: 'softdrugs',
      ontvangstdatum: '2024-01-10',
      volgendeStap: 'Maatregel voorstellen volgens de beleidsladder',
      laatsteStap: { stap: 'RapportageOntvangen', datum: '2024-01-10', door: 'mw-1' },
    });
  });

  it('given a case, when the scheduler records a reminder on its stream, then the same record: a reminder is not a step', () => {
    const dossier = gevolgd([ontvangen]);
    const herinnering = { type: 'HerinneringVerstuurd', zaakId: 'Z', datum: '2024-01-20' } as HerinneringVerstuurd;
    expect(evolveWerkvoorraad(dossier, herinnering)).toBe(dossier);
  });

  it('given no rapportage, when a step of that case is recorded, then no case', () => {
    expect(gevolgd([voorstel('Z', '2024-01-12'), sluiting('Z', '2024-02-06')])).toBeNull();
  });

  it('given a case, when the medewerker of the next step is another, then the last step says who', () => {
    expect(gevolgd([ontvangen, voorstel('Z', '2024-01-12'), voornemen('Z', '2024-01-15', '2024-01-29')])?.laatsteStap).toEqual({ stap: 'VoornemenVerzonden', datum: '2024-01-15', door: 'mw-2' });
  });
});

describe('damocles.werkvoorraad evolve: the next step', () => {
  it.each<[string, DamoclesEvent[], ReturnType<typeof getoond>]>([
    ['a proposed sluiting', [ontvangen, voorstel('Z', '2024-01-12')], { status: 'maatregel-voorgesteld', volgendeStap: 'Voornemen verzenden (sluiting 3 maanden), of spoedeisend sluiten met motivering', wachtTot: undefined }],
    [
      'no measure on the ladder',
      [ontvangen, stap('Z', { type: 'MaatregelVoorgesteld', voorgesteld: { soort: 'geen-maatregel' }, trede: 'eerste', beleidsversie: 'v', recidiveTermijnMaanden: 36, eerdereVondsten: [], uitleg: 'u', datum: '2024-01-12' })],
      { status: 'maatregel-voorgesteld', volgendeStap: 'De ladder voorziet geen maatregel: afzien, of afwijken met motivering', wachtTot: undefined },
    ],
    ['a voornemen sent', [ontvangen, voorstel('Z', '2024-01-12'), voornemen('Z', '2024-01-15', '2024-01-29')], { status: 'voornemen-verzonden', volgendeStap: 'Zienswijze afwachten; daarna besluiten', wachtTot: '2024-01-29' }],
    [
      'the zienswijzetermijn passed without one',
      [ontvangen, voorstel('Z', '2024-01-12'), voornemen('Z', '2024-01-15', '2024-01-29'), stap('Z', { type: 'ZienswijzetermijnVerstreken', einde: '2024-01-29', datum: '2024-01-30' })],
      { status: 'gereed-voor-besluit', volgendeStap: 'Besluiten (zienswijzetermijn verstreken zonder zienswijze)', wachtTot: undefined },
    ],
    ['a sluiting with a begunstigingstermijn', besloten, { status: 'sluiting-besloten', volgendeStap: 'Sluiting uitvoeren na de begunstigingstermijn', wachtTot: '2024-02-20' }],
    ['a bezwaar against it', [...besloten, bezwaar('Z', '2024-02-10')], { status: 'sluiting-besloten', volgendeStap: 'Beslissen op bezwaar', wachtTot: undefined }],
    [
      'an omission in the bezwaar to repair',
      [...besloten, bezwaar('Z', '2024-02-10'), herstelVerzuim('Z', '2024-02-12', '2024-02-26')],
      { status: 'sluiting-besloten', volgendeStap: 'Herstel van het verzuim in het bezwaar afwachten; daarna beslissen op bezwaar', wachtTot: '2024-02-26' },
    ],
    ['the premises closed', [...besloten, uitgevoerd], { status: 'pand-gesloten', volgendeStap: 'Pand heropenen aan het einde van de sluiting', wachtTot: '2024-05-20' }],
    [
      'the closure carried out and then revoked on bezwaar',
      [...besloten, uitgevoerd, bezwaar('Z', '2024-02-22'), herroepen('Z', '2024-03-15')],
      { status: 'pand-gesloten', volgendeStap: 'Pand heropenen: de sluiting is op bezwaar herroepen', wachtTot: undefined },
    ],
  ])('given %s, then the werkvoorraad shows its state, the next step and the date it waits for', (_naam, events, verwacht) => {
    expect(getoond(events)).toEqual(verwacht);
  });

  it.each<[string, DamoclesEvent[]]>([
    ['a waarschuwing', [ontvangen, voorstel('Z', '2024-01-12'), waarschuwing('Z', '2024-02-01')]],
    ['afzien', [ontvangen, afgezien('Z', '2024-02-01')]],
    ['a sluiting revoked on bezwaar before it was carried out', [...besloten, bezwaar('Z', '2024-02-10'), herroepen('Z', '2024-03-01')]],
    ['the premises reopened', [...besloten, uitgevoerd, stap('Z', { type: 'PandHeropend', heropeningsdatum: '2024-05-21', datum: '2024-05-21' })]],
  ])('given a case that ended with %s, then it is off the werkvoorraad', (_naam, events) => {
    expect(gevolgd(events)?.toestand.status).toBe('afgesloten');
    expect(getoond(events)).toBeUndefined();
  });
});
