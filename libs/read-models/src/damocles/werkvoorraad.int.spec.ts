import type { DamoclesEvent } from '@handhaving/domain-damocles';
import { describeWith, redisForTests } from '@handhaving/testing';
import { dwangsomHerroeping, KERKRADE, LANDGRAAF, herroepen, rapportage, sluiting, waarschuwing } from './test-support/damocles-events';
import { DamoclesLeesmodel } from './test-support/damocles-leesmodel';
import { bezwaar, herstelVerzuim, stap, voornemen, voorstel } from './test-support/damocles-stappen';
import { damoclesWerkvoorraadProjectie, WERKVOORRAAD_PROJECTIE } from './werkvoorraad.projection';
import { damoclesWerkvoorraad, type WerkvoorraadVraag } from './werkvoorraad.vragen';

jest.setTimeout(60_000);

const redisUrl = redisForTests('damocles.werkvoorraad.v2 integration tests');

/*
 * | zaak | gemeente  | steps                                                        | on the werkvoorraad
 * | R    | Kerkrade  | rapportage 2024-03-01                                        | maatregel voorstellen (until the waarschuwing of the last test)
 * | V    | Kerkrade  | rapportage, voorstel, voornemen 2024-01-15 by mw-2            | zienswijze afwachten tot 2024-01-29
 * | W    | Kerkrade  | rapportage, waarschuwing                                     | no: ended
 * | B    | Kerkrade  | rapportage, sluiting 2023-12-01, bezwaar 2023-12-20           | beslissen op bezwaar
 * | B2   | Kerkrade  | rapportage, sluiting, bezwaar, herstel gevraagd 2023-12-28    | herstel afwachten tot 2024-01-11
 * | S    | Kerkrade  | rapportage, sluiting 2024-02-06 with begunstiging 2024-02-20  | sluiting uitvoeren, wacht tot 2024-02-20
 * | H    | Kerkrade  | rapportage, sluiting, herroepen on bezwaar                   | no: ended
 * | L    | Landgraaf | rapportage                                                   | only Landgraaf's
 */
const TIJDLIJN: ReadonlyArray<DamoclesEvent> = [
  rapportage('B', 1, '2023-10-28', '2023-11-01', ['softdrugs']),
  rapportage('H', 2, '2023-11-02', '2023-11-03', ['softdrugs']),
  sluiting('B', '2023-12-01', '2023-12-15'),
  sluiting('H', '2023-12-02'),
  bezwaar('B', '2023-12-20'),
  rapportage('B2', 7, '2023-11-05', '2023-11-06', ['softdrugs']),
  sluiting('B2', '2023-12-04'),
  bezwaar('B2', '2023-12-21'),
  herstelVerzuim('B2', '2023-12-28', '2024-01-11'),
  rapportage('V', 3, '2024-01-08', '2024-01-10', ['softdrugs']),
  rapportage('W', 4, '2024-01-09', '2024-01-11', ['attributen']),
  voorstel('V', '2024-01-12'),
  voornemen('V', '2024-01-15', '2024-01-29'),
  waarschuwing('W', '2024-01-20'),
  herroepen('H', '2024-02-01'),
  rapportage('S', 5, '2024-01-30', '2024-02-01', ['harddrugs']),
  sluiting('S', '2024-02-06', '2024-02-20'),
  rapportage('R', 6, '2024-02-27', '2024-03-01', ['softdrugs']),
  rapportage('L', 1, '2024-03-02', '2024-03-04', ['softdrugs'], LANDGRAAF),
];

describeWith(redisUrl)('damocles.werkvoorraad.v2: the open Damocles cases of a gemeente and their next step', () => {
  let leesmodel: DamoclesLeesmodel;
  const werkvoorraad = (vraag: Partial<WerkvoorraadVraag> = {}) => damoclesWerkvoorraad(leesmodel.redis, leesmodel.keyPrefix, { gemeente: KERKRADE, ...vraag });

  beforeAll(async () => {
    leesmodel = await DamoclesLeesmodel.start('werkvoorraad', redisUrl as string, [damoclesWerkvoorraadProjectie]);
    await leesmodel.legVast(TIJDLIJN);
  });

  afterAll(() => leesmodel?.stop());

  it('given the cases of Kerkrade, when asked, then the open ones with their next step, the longest waiting first; ended ones and other gemeenten not', async () => {
    const lijst = await werkvoorraad();
    expect(lijst.map((zaak) => [zaak.zaakId, zaak.status, zaak.volgendeStap, zaak.wachtTot ?? null, zaak.laatsteStap.stap, zaak.laatsteStap.datum])).toEqual([
      ['B', 'sluiting-besloten', 'Beslissen op bezwaar', null, 'BezwaarIngediend', '2023-12-20'],
      ['B2', 'sluiting-besloten', 'Herstel van het verzuim in het bezwaar afwachten; daarna beslissen op bezwaar', '2024-01-11', 'HerstelVerzuimGevraagd', '2023-12-28'],
      ['V', 'voornemen-verzonden', 'Zienswijze afwachten; daarna besluiten', '2024-01-29', 'VoornemenVerzonden', '2024-01-15'],
      ['S', 'sluiting-besloten', 'Sluiting uitvoeren na de begunstigingstermijn', '2024-02-20', 'SluitingsbesluitGenomen', '2024-02-06'],
      ['R', 'rapportage-ontvangen', 'Maatregel voorstellen volgens de beleidsladder', null, 'RapportageOntvangen', '2024-03-01'],
    ]);
    expect(lijst.find((zaak) => zaak.zaakId === 'S')).toMatchObject({ gemeente: KERKRADE, zwaarsteCategorie: 'harddrugs', ontvangstdatum: '2024-02-01', pand: { identiteit: { huisnummer: 5 } } });
    expect((await werkvoorraad({ gemeente: LANDGRAAF })).map((zaak) => zaak.zaakId)).toEqual(['L']);
    expect(await werkvoorraad({ gemeente: 'GM0000' })).toEqual([]);
  });

  it('given a status or the medewerker of the last step, when asked, then only those cases', async () => {
    expect((await werkvoorraad({ status: ['sluiting-besloten'] })).map((zaak) => zaak.zaakId)).toEqual(['B', 'B2', 'S']);
    expect((await werkvoorraad({ door: 'mw-2' })).map((zaak) => zaak.zaakId)).toEqual(['V']);
  });

  it('given the read model rebuilt from the log, then the same werkvoorraad', async () => {
    const voor = await werkvoorraad();
    expect(await leesmodel.runner.rebuild(WERKVOORRAAD_PROJECTIE)).toMatchObject({ completed: true });
    expect(await werkvoorraad()).toEqual(voor);
  });

  it('given a dwangsom case in the same log with the zaakId of Damocles case B, when its bezwaar is decided (last herroepen), then the werkvoorraad does not change: B still waits for its own beslissing op bezwaar', async () => {
    const voor = await werkvoorraad();
    await leesmodel.legVastOpStroom('dwangsom-B', [dwangsomHerroeping('B', '2024-03-05')]);
    expect(await werkvoorraad()).toEqual(voor);
    expect(voor.find((zaak) => zaak.zaakId === 'B')).toMatchObject({ status: 'sluiting-besloten', volgendeStap: 'Beslissen op bezwaar' });
  });

  it('given beroep (issue 12, 1): a voorziening asked or granted holds the closure until the judge or the uitspraak; a closure vernietigd must end', async () => {
    // Simpelveld (GM0965), so Kerkrade's list stays as it is. Beslissing op bezwaar 2024-01-10: beroepstermijn through 2024-02-21.
    const SIMPELVELD = 'GM0965';
    const volgende = async (zaakId: string) => (await werkvoorraad({ gemeente: SIMPELVELD })).find((zaak) => zaak.zaakId === zaakId);
    await leesmodel.legVast([
      rapportage('VB', 21, '2023-10-02', '2023-10-03', ['softdrugs'], SIMPELVELD),
      sluiting('VB', '2023-11-01', '2023-11-15'),
      bezwaar('VB', '2023-11-20'),
      stap('VB', { type: 'BeslissingOpBezwaarGenomen', uitkomst: 'ongegrond', bekendmakingsdatum: '2024-01-10', beroepstermijnEinde: '2024-02-21', datum: '2024-01-10' }),
      stap('VB', { type: 'BeroepIngesteld', rechtbank: 'Rechtbank Limburg', indieningsdatum: '2024-01-20', beroepstermijnEinde: '2024-02-21', tijdig: true, datum: '2024-01-22' }),
      stap('VB', { type: 'VoorlopigeVoorzieningGevraagd', datum: '2024-01-23' }),
    ]);
    expect(await volgende('VB')).toMatchObject({ volgendeStap: 'Beslissing van de voorzieningenrechter afwachten; daarna sluiting uitvoeren' });
    await leesmodel.legVast([stap('VB', { type: 'VoorlopigeVoorzieningToegewezen', datum: '2024-02-05' })]);
    expect(await volgende('VB')).toMatchObject({ volgendeStap: 'Uitspraak op beroep afwachten: de sluiting is geschorst' });
    await leesmodel.legVast([stap('VB', { type: 'UitspraakOpBeroepGedaan', uitkomst: 'ongegrond', vernietigd: false, uitspraakdatum: '2024-06-04', datum: '2024-06-05' })]);
    expect(await volgende('VB')).toMatchObject({ volgendeStap: 'Sluiting uitvoeren na de begunstigingstermijn', wachtTot: '2023-11-15' });

    await leesmodel.legVast([
      stap('VB', { type: 'SluitingUitgevoerd', sluitingsdatum: '2024-06-06', eindeSluiting: '2024-12-05', datum: '2024-06-06' }),
      rapportage('VG', 22, '2023-10-02', '2023-10-03', ['softdrugs'], SIMPELVELD),
      sluiting('VG', '2023-11-01', '2023-11-15'),
      stap('VG', { type: 'SluitingUitgevoerd', sluitingsdatum: '2023-11-16', eindeSluiting: '2024-05-15', datum: '2023-11-16' }),
      bezwaar('VG', '2023-11-20'),
      stap('VG', { type: 'BeslissingOpBezwaarGenomen', uitkomst: 'ongegrond', bekendmakingsdatum: '2024-01-10', beroepstermijnEinde: '2024-02-21', datum: '2024-01-10' }),
      stap('VG', { type: 'BeroepIngesteld', rechtbank: 'Rechtbank Limburg', indieningsdatum: '2024-01-20', beroepstermijnEinde: '2024-02-21', tijdig: true, datum: '2024-01-22' }),
      stap('VG', { type: 'UitspraakOpBeroepGedaan', uitkomst: 'gegrond', vernietigd: true, uitspraakdatum: '2024-03-12', datum: '2024-03-13' }),
    ]);
    expect(await volgende('VG')).toMatchObject({ status: 'pand-gesloten', volgendeStap: 'Pand heropenen: de rechtbank heeft de sluiting vernietigd' });
  });

  it('when a case ends (a waarschuwing for R), then it leaves the werkvoorraad', async () => {
    await leesmodel.legVast([waarschuwing('R', '2024-03-10')]);
    expect((await werkvoorraad()).map((zaak) => zaak.zaakId)).toEqual(['B', 'B2', 'V', 'S']);
  });
});
