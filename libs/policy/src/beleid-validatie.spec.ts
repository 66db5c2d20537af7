import { formatBeleidProbleem, isGeldigBeleid, valideerBeleid } from './beleid-validatie';
import { adviescommissieBijBezwaar, recidiveBeleidVan, type Beleid } from './beleid';
import { voorbeeldBeleid } from './default-policies';

/** The example policy with one value changed at a dotted path (`undefined` removes it). */
function met(pad: string, waarde: unknown): unknown {
  const beleid = voorbeeldBeleid() as unknown as Record<string, unknown>;
  const delen = pad.split('.');
  let doel = beleid;
  for (const deel of delen.slice(0, -1)) doel = doel[deel] as Record<string, unknown>;
  const laatste = delen[delen.length - 1];
  if (waarde === undefined) delete doel[laatste];
  else doel[laatste] = waarde;
  return beleid;
}

const meldingen = (invoer: unknown): string[] => valideerBeleid(invoer).map(formatBeleidProbleem);

describe('valideerBeleid', () => {
  it('finds nothing wrong with the example policy', () => {
    expect(valideerBeleid(voorbeeldBeleid())).toEqual([]);
    expect(isGeldigBeleid(voorbeeldBeleid())).toBe(true);
  });

  it('names the field and the rule for the recidive window', () => {
    for (const fout of [0, 121, 36.5, '36', null]) {
      expect(meldingen(met('damocles.recidiveTermijnMaanden', fout))).toEqual([
        'damocles.recidiveTermijnMaanden: moet een geheel getal van 1 tot en met 120 zijn',
      ]);
    }
    expect(meldingen(met('damocles.recidiveTermijnMaanden', 120))).toEqual([]);
  });

  it('refuses harddrugs mapped to a warning, on every rung and pand type', () => {
    expect(meldingen(met('damocles.ladder.lokaal.harddrugs.derdeEnVerder', { soort: 'waarschuwing' }))).toEqual([
      'damocles.ladder.lokaal.harddrugs.derdeEnVerder: harddrugs krijgen nooit een waarschuwing (praktijk art. 13b Opiumwet; Kerkrade rapporteert dit als n.v.t.): kies een sluiting',
      'damocles.ladder.lokaal.harddrugs.derdeEnVerder: mag niet lichter zijn dan de vorige trede (tweede): een herhaling binnen de termijn weegt zwaarder',
    ]);
    const problemen = valideerBeleid(met('damocles.ladder.woning.harddrugs.eerste', { soort: 'waarschuwing' }));
    expect(problemen.map((p) => p.veld)).toEqual(['damocles.ladder.woning.harddrugs.eerste']);
  });

  it('allows softdrugs and attributen to get a warning, and no measure', () => {
    expect(valideerBeleid(met('damocles.ladder.lokaal.softdrugs.eerste', { soort: 'waarschuwing' }))).toEqual([]);
    expect(
      valideerBeleid(
        met('damocles.ladder.woning.attributen', {
          eerste: { soort: 'geen-maatregel' },
          tweede: { soort: 'geen-maatregel' },
          derdeEnVerder: { soort: 'geen-maatregel' },
        }),
      ),
    ).toEqual([]);
  });

  it('refuses a ladder that gets lighter on a repeat', () => {
    expect(meldingen(met('damocles.ladder.woning.softdrugs.derdeEnVerder', { soort: 'sluiting', duurMaanden: 1 }))).toEqual([
      'damocles.ladder.woning.softdrugs.derdeEnVerder: mag niet lichter zijn dan de vorige trede (tweede): een herhaling binnen de termijn weegt zwaarder',
    ]);
    expect(valideerBeleid(met('damocles.ladder.lokaal.harddrugs.tweede', { soort: 'sluiting', duurMaanden: 'onbepaald' }))).toEqual([]);
  });

  it('checks each measure: its kind, and a closure duration of 1 to 60 months or onbepaald', () => {
    expect(meldingen(met('damocles.ladder.woning.softdrugs.eerste', { soort: 'boete' }))).toEqual([
      'damocles.ladder.woning.softdrugs.eerste.soort: moet waarschuwing, sluiting of geen-maatregel zijn',
    ]);
    expect(meldingen(met('damocles.ladder.woning.softdrugs.tweede', { soort: 'sluiting', duurMaanden: 0 }))).toEqual([
      'damocles.ladder.woning.softdrugs.tweede.duurMaanden: moet een geheel getal van 1 tot en met 60 zijn, of "onbepaald"',
    ]);
    expect(meldingen(met('damocles.ladder.woning.softdrugs.eerste', { soort: 'waarschuwing', duurMaanden: 3 }))).toEqual([
      'damocles.ladder.woning.softdrugs.eerste.duurMaanden: is geen veld van het beleid',
    ]);
    expect(meldingen(met('damocles.ladder.woning.softdrugs.eerste', undefined))).toEqual([
      'damocles.ladder.woning.softdrugs.eerste: ontbreekt: geef een maatregel (waarschuwing, sluiting of geen-maatregel)',
    ]);
  });

  it('reports missing parts and unknown fields by name', () => {
    expect(meldingen(met('damocles.ladder.lokaal', undefined))).toEqual(['damocles.ladder.lokaal: ontbreekt']);
    expect(meldingen(met('damocles.ladder.woning.cocaine', {}))).toEqual(['damocles.ladder.woning.cocaine: is geen veld van het beleid']);
    expect(meldingen(met('boetes', {}))).toEqual(['boetes: is geen veld van het beleid']);
    expect(meldingen(met('damocles.vondstenZonderMaatregelTellenMee', 'nee'))).toEqual([
      'damocles.vondstenZonderMaatregelTellenMee: moet true of false zijn',
    ]);
    expect(meldingen(null)).toEqual(['moet een object zijn']);
    expect(meldingen([])).toEqual(['moet een object zijn']);
  });

  it('checks the terms: zienswijze in days or weeks, begunstiging also in months, within sane bounds', () => {
    expect(valideerBeleid(met('termijnen.zienswijzetermijn.damocles', { aantal: 10, eenheid: 'dagen' }))).toEqual([]);
    expect(meldingen(met('termijnen.zienswijzetermijn.damocles', { aantal: 1, eenheid: 'maanden' }))).toEqual([
      'termijnen.zienswijzetermijn.damocles.eenheid: moet dagen of weken zijn',
    ]);
    expect(meldingen(met('termijnen.zienswijzetermijn.bibob', { aantal: 13, eenheid: 'weken' }))).toEqual([
      'termijnen.zienswijzetermijn.bibob.aantal: moet een geheel getal van 1 tot en met 12 zijn',
    ]);
    expect(valideerBeleid(met('termijnen.begunstigingstermijn.kamerverhuur', { aantal: 3, eenheid: 'maanden' }))).toEqual([]);
    expect(meldingen(met('termijnen.begunstigingstermijn.dwangsom', { aantal: 2, eenheid: 'jaren' }))).toEqual([
      'termijnen.begunstigingstermijn.dwangsom.eenheid: moet dagen, weken of maanden zijn',
    ]);
    expect(meldingen(met('termijnen.begunstigingstermijn.bibob', { aantal: 2, eenheid: 'weken' }))).toEqual([
      'termijnen.begunstigingstermijn.bibob: is geen veld van het beleid',
    ]);
  });

  it('checks which policy terms the Atw extends, and only policy terms', () => {
    expect(meldingen(met('termijnen.atwVerlengt.zienswijzetermijn', 'ja'))).toEqual(['termijnen.atwVerlengt.zienswijzetermijn: moet true of false zijn']);
    expect(meldingen(met('termijnen.atwVerlengt.bezwaartermijn', false))).toEqual(['termijnen.atwVerlengt.bezwaartermijn: is geen veld van het beleid']);
  });

  it('checks reminders: when, how many werkdagen, the time, duplicates, the kind of term', () => {
    expect(
      valideerBeleid(met('herinneringen.perTermijnsoort.bezwaartermijn', [{ wanneer: 'voor-einde', werkdagen: 10, tijd: '07:30' }])),
    ).toEqual([]);
    expect(valideerBeleid(met('herinneringen.perTermijnsoort.zienswijzetermijn', []))).toEqual([]);
    expect(
      meldingen(
        met('herinneringen.standaard', [
          { wanneer: 'voor-einde', werkdagen: 0, tijd: '8:00' },
          { wanneer: 'op-einddag', werkdagen: 2, tijd: '24:00' },
          { wanneer: 'morgen', tijd: '08:00' },
          { wanneer: 'na-einde', werkdagen: 1, tijd: '08:00' },
          { wanneer: 'na-einde', werkdagen: 1, tijd: '08:00' },
          'vijf dagen',
        ]),
      ),
    ).toEqual([
      'herinneringen.standaard[0].werkdagen: moet een geheel getal van 1 tot en met 60 zijn',
      'herinneringen.standaard[0].tijd: moet een tijd zijn als 08:00 (uu:mm, van 00:00 tot en met 23:59, Nederlandse tijd)',
      'herinneringen.standaard[1].werkdagen: is geen veld van het beleid',
      'herinneringen.standaard[1].tijd: moet een tijd zijn als 08:00 (uu:mm, van 00:00 tot en met 23:59, Nederlandse tijd)',
      'herinneringen.standaard[2].wanneer: moet voor-einde, op-einddag of na-einde zijn',
      'herinneringen.standaard[4]: staat al eerder in deze lijst',
      'herinneringen.standaard[5]: moet een herinnering zijn, bijvoorbeeld { "wanneer": "voor-einde", "werkdagen": 5, "tijd": "08:00" }',
    ]);
    expect(meldingen(met('herinneringen.perTermijnsoort.vergadering', []))).toEqual([
      expect.stringMatching(/^herinneringen\.perTermijnsoort\.vergadering: is geen termijnsoort; kies uit bezwaartermijn, /),
    ]);
    expect(meldingen(met('herinneringen.standaard', 'dagelijks'))).toEqual(['herinneringen.standaard: moet een lijst van herinneringen zijn (mag leeg zijn)']);
    const elf = Array.from({ length: 11 }, (_, i) => ({ wanneer: 'voor-einde', werkdagen: i + 1, tijd: '08:00' }));
    expect(meldingen(met('herinneringen.standaard', elf))).toEqual(['herinneringen.standaard: mag hoogstens 10 herinneringen bevatten']);
  });

  it('checks the bezwaar setting: an adviescommissie true or false, or none at all (a version set before it was kept: no adviescommissie)', () => {
    expect(valideerBeleid(met('bezwaar.adviescommissie', true))).toEqual([]);
    expect(valideerBeleid(met('bezwaar', undefined))).toEqual([]);
    expect(adviescommissieBijBezwaar(met('bezwaar', undefined) as Beleid)).toBe(false);
    expect(adviescommissieBijBezwaar(met('bezwaar.adviescommissie', true) as Beleid)).toBe(true);
    expect(meldingen(met('bezwaar.adviescommissie', 'ja'))).toEqual(['bezwaar.adviescommissie: moet true of false zijn']);
    expect(meldingen(met('bezwaar.adviescommissie', undefined))).toEqual(['bezwaar.adviescommissie: moet true of false zijn']);
    expect(meldingen(met('bezwaar', { adviescommissie: true, weken: 12 }))).toEqual(['bezwaar.weken: is geen veld van het beleid']);
    expect(meldingen(met('bezwaar', true))).toEqual(['bezwaar: moet een object zijn']);
  });

  it('lists every problem at once', () => {
    const beleid = met('damocles.recidiveTermijnMaanden', 0) as Record<string, Record<string, unknown>>;
    beleid['termijnen']['atwVerlengt'] = undefined;
    expect(valideerBeleid(beleid).map((p) => p.veld)).toEqual(['damocles.recidiveTermijnMaanden', 'termijnen.atwVerlengt']);
  });

  it('checks the recidive section: contexten beside Damocles, the flexteam findings only with flexteam, ookPerBetrokkene; none at all means Damocles by pand', () => {
    const recidive = { contexten: ['flexteam', 'kamerverhuur', 'dwangsom'], flexteamBevindingen: ['drugs-aangetroffen'], ookPerBetrokkene: true };
    expect(valideerBeleid(met('recidive', recidive))).toEqual([]);
    expect(valideerBeleid(met('recidive', { contexten: [], ookPerBetrokkene: false }))).toEqual([]);
    expect(recidiveBeleidVan(voorbeeldBeleid())).toEqual({ contexten: [], ookPerBetrokkene: false });
    expect(recidiveBeleidVan(met('recidive', recidive) as Beleid)).toEqual(recidive);

    expect(meldingen(met('recidive', { ...recidive, contexten: ['damocles', 'kamerverhuur', 'kamerverhuur', 'flexteam'] }))).toEqual([
      'recidive.contexten[0]: moet flexteam, kamerverhuur of dwangsom zijn (Damocles-vondsten tellen altijd mee)',
      'recidive.contexten[2]: staat al eerder in deze lijst',
    ]);
    expect(meldingen(met('recidive', { ...recidive, flexteamBevindingen: ['geen-bijzonderheden'] }))).toEqual([
      'recidive.flexteamBevindingen[0]: moet kamerverhuur, woningsplitsing, brp-onjuist, brandonveilig, drugs-aangetroffen of overlast zijn (geen-bijzonderheden is geen vondst)',
    ]);
    expect(meldingen(met('recidive', { ...recidive, flexteamBevindingen: [] }))).toEqual([
      'recidive.flexteamBevindingen: noem ten minste één bevinding waarmee een flexteambezoek meetelt, of haal flexteam uit contexten',
    ]);
    expect(meldingen(met('recidive', { contexten: ['flexteam'], ookPerBetrokkene: false }))).toEqual(['recidive.flexteamBevindingen: ontbreekt: geef een lijst (mag leeg zijn)']);
    expect(meldingen(met('recidive', { contexten: ['dwangsom'], flexteamBevindingen: ['overlast'], ookPerBetrokkene: false }))).toEqual([
      'recidive.flexteamBevindingen: hoort alleen bij flexteam in contexten: laat het weg of voeg flexteam toe aan contexten',
    ]);
    expect(meldingen(met('recidive', { contexten: 'kamerverhuur', ookPerBetrokkene: 'ja', ookPerKvkNummer: true }))).toEqual([
      'recidive.ookPerKvkNummer: is geen veld van het beleid',
      'recidive.contexten: moet een lijst zijn',
      'recidive.ookPerBetrokkene: moet true of false zijn',
    ]);
  });
});
