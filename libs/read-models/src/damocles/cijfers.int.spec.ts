import { describeWith, redisForTests } from '@handhaving/testing';
import type { DamoclesEvent } from '@handhaving/domain-damocles';
import { pandKoppelingStreamId, type AdresAanPandGekoppeld } from '@handhaving/domain-panden';
import { leesPand, pandSleutel, type Pand, type PandAdres, type PandBag } from '@handhaving/domain-shared';
import { damoclesCijfersProjectie } from './cijfers.projection';
import { damoclesCijfers, type Cel, type CijferRij, type DamoclesCijfersVraag, type SluitingCel } from './cijfers.vragen';
import { afgezien, dwangsomHerroeping, herroepen, KERKRADE, LANDGRAAF, rapportage, sluiting, waarschuwing } from './test-support/damocles-events';
import { DamoclesLeesmodel } from './test-support/damocles-leesmodel';

jest.setTimeout(60_000);

/** Redis from `npm test` (or by hand); skipped loudly when absent, required under CI=true. */
const redisUrl = redisForTests('damocles.cijfers.v3 integration tests');
const describeWithRedis = describeWith(redisUrl);

const cel = (...zaakIds: string[]): Cel => ({ aantal: zaakIds.length, zaakIds });
const rij = (softdrugs: string[], harddrugs: string[], attributen: string[]): CijferRij => ({
  softdrugs: cel(...softdrugs),
  harddrugs: cel(...harddrugs),
  attributen: cel(...attributen),
  totaal: cel(...[...softdrugs, ...harddrugs, ...attributen].sort()),
});
/** The closures row: every closure that went out per category, and which of them were revoked on bezwaar since (rule 7). */
const sluitingen = (softdrugs: string[], harddrugs: string[], attributen: string[], laterHerroepen: string[] = []): CijferRij<SluitingCel> => {
  const alle = rij(softdrugs, harddrugs, attributen);
  const herroepen = rij(...([softdrugs, harddrugs, attributen].map((c) => c.filter((z) => laterHerroepen.includes(z))) as [string[], string[], string[]]));
  return {
    softdrugs: { ...alle.softdrugs, laterHerroepen: herroepen.softdrugs },
    harddrugs: { ...alle.harddrugs, laterHerroepen: herroepen.harddrugs },
    attributen: { ...alle.attributen, laterHerroepen: herroepen.attributen },
    totaal: { ...alle.totaal, laterHerroepen: herroepen.totaal },
  };
};

/** Kerkrade's policy versions: 24 months before 2020, 36 from 2020-01-01 (looked up by the find date). */
const kerkradeTermijn = (datum: string): number => (datum < '2020-01-01' ? 24 : 36);

/*
 * The cases, in recorded order (each recorded on its domain date at 10:00Z unless said):
 *
 * | zaak | pand | found      | received   | category        | besluit (datum)                   | notes
 * | I0   | 8    | 2010-05-01 | 2010-05-03 | softdrugs       | waarschuwing 2010-06-01           | only a ten-year window reaches it
 * | I1   | 8    | 2017-06-01 | 2017-06-05 | softdrugs       | waarschuwing 2017-07-01           |
 * | A    | 1    | 2019-03-01 | 2019-03-10 | softdrugs       | waarschuwing 2019-05-01           |
 * | I2   | 8    | 2019-08-01 | 2019-08-05 | softdrugs       | running                           | 26 months after I1: recidive only under 36
 * | B    | 2    | 2019-11-20 | 2019-12-01 | softdrugs       | sluiting 2020-02-10               | report 2019, measure 2020
 * | J    | 9    | 2020-01-10 | 2020-01-15 | attributen      | afgezien 2020-03-01               |
 * | G    | 7    | 2020-02-01 | 2020-02-05 | softdrugs       | sluiting 2020-04-01               | herroepen on bezwaar, recorded 2021-03-01
 * | P    | 11   | 2020-07-01 | 2020-07-03 | harddrugs       | sluiting 2020-08-03               | herroepen on bezwaar in the same year, 2020-11-02
 * | C    | 3    | 2020-03-01 | 2020-03-05 | soft + harddrugs| sluiting 2020-05-01               | once, under harddrugs
 * | F    | 6    | 2020-04-01 | 2020-04-03 | softdrugs       | waarschuwing 2020-06-01           | corrected to attributen, recorded 2021-02-01
 * | E    | 5    | 2020-06-01 | 2020-06-05 | attributen      | running                           | not counted as a measure
 * | L    | 1    | 2020-07-01 | 2020-07-02 | softdrugs       | sluiting 2020-08-01               | other gemeente (Landgraaf)
 * | K    | 9    | 2020-09-01 | 2020-09-05 | softdrugs       | waarschuwing 2020-12-30 (bek. 2021-01-04) | earlier find J ended in afgezien
 * | D    | 4    | 2020-12-10 | 2020-12-15 | softdrugs       | sluiting 2021-01-20               | report 2020, measure 2021
 * | M    | 2    | 2020-10-20 | 2020-11-01 | softdrugs       | running                           | recorded late (2021-01-15); recidive after B
 * | N    | 10   | 2020-12-28 | 2020-12-30 | softdrugs       | running                           | received corrected to 2021-01-04, recorded 2021-02-15
 * | Q    | 11   | 2021-06-01 | 2021-06-03 | softdrugs       | running                           | earlier find P's closure was revoked
 * | H    | 1    | 2021-09-01 | 2021-09-05 | harddrugs       | running                           | 30 months after A: recidive under 36, not 24
 *
 * And in the same log a dwangsom case whose zaakId is that of B (a zaakId is unique only within
 * its context): its last revoked on bezwaar, recorded 2021-04-01.
 */
const TIJDLIJN: ReadonlyArray<readonly [string, DamoclesEvent]> = [
  ['2010-05-03', rapportage('I0', 8, '2010-05-01', '2010-05-03', ['softdrugs'])],
  ['2010-06-01', waarschuwing('I0', '2010-06-01')],
  ['2017-06-05', rapportage('I1', 8, '2017-06-01', '2017-06-05', ['softdrugs'])],
  ['2017-07-01', waarschuwing('I1', '2017-07-01')],
  ['2019-03-10', rapportage('A', 1, '2019-03-01', '2019-03-10', ['softdrugs'])],
  ['2019-05-01', waarschuwing('A', '2019-05-01')],
  ['2019-08-05', rapportage('I2', 8, '2019-08-01', '2019-08-05', ['softdrugs'])],
  ['2019-12-01', rapportage('B', 2, '2019-11-20', '2019-12-01', ['softdrugs'])],
  ['2020-01-15', rapportage('J', 9, '2020-01-10', '2020-01-15', ['attributen'])],
  ['2020-02-05', rapportage('G', 7, '2020-02-01', '2020-02-05', ['softdrugs'])],
  ['2020-02-10', sluiting('B', '2020-02-10')],
  ['2020-03-01', afgezien('J', '2020-03-01')],
  ['2020-03-05', rapportage('C', 3, '2020-03-01', '2020-03-05', ['softdrugs', 'harddrugs'])],
  ['2020-04-01', sluiting('G', '2020-04-01')],
  ['2020-04-03', rapportage('F', 6, '2020-04-01', '2020-04-03', ['softdrugs'])],
  ['2020-05-01', sluiting('C', '2020-05-01')],
  ['2020-06-01', waarschuwing('F', '2020-06-01')],
  ['2020-06-05', rapportage('E', 5, '2020-06-01', '2020-06-05', ['attributen'])],
  ['2020-07-02', rapportage('L', 1, '2020-07-01', '2020-07-02', ['softdrugs'], LANDGRAAF)],
  ['2020-07-03', rapportage('P', 11, '2020-07-01', '2020-07-03', ['harddrugs'])],
  ['2020-08-01', sluiting('L', '2020-08-01')],
  ['2020-08-03', sluiting('P', '2020-08-03')],
  ['2020-09-05', rapportage('K', 9, '2020-09-01', '2020-09-05', ['softdrugs'])],
  ['2020-11-02', herroepen('P', '2020-11-02')],
  ['2020-12-15', rapportage('D', 4, '2020-12-10', '2020-12-15', ['softdrugs'])],
  ['2020-12-30', waarschuwing('K', '2020-12-30', '2021-01-04')],
  ['2020-12-30', rapportage('N', 10, '2020-12-28', '2020-12-30', ['softdrugs'])],
  ['2021-01-15', rapportage('M', 2, '2020-10-20', '2020-11-01', ['softdrugs'])],
  ['2021-01-20', sluiting('D', '2021-01-20')],
  [
    '2021-02-01',
    {
      type: 'FeitenGecorrigeerd',
      zaakId: 'F',
      correcties: [
        { veld: 'vondsten', oud: [{ categorie: 'softdrugs', omschrijving: 'vondst' }], nieuw: [{ categorie: 'attributen', omschrijving: 'vondst' }] },
        { veld: 'zwaarsteCategorie', oud: 'softdrugs', nieuw: 'attributen' },
      ],
      reden: 'het lab vond geen hennep, alleen kweekmateriaal',
      datum: '2021-02-01',
      door: 'mw-2',
    },
  ],
  [
    '2021-02-15',
    {
      type: 'FeitenGecorrigeerd',
      zaakId: 'N',
      correcties: [{ veld: 'ontvangstdatum', oud: '2020-12-30', nieuw: '2021-01-04' }],
      reden: 'het proces-verbaal kwam pas na de jaarwisseling binnen',
      datum: '2021-02-15',
      door: 'mw-2',
    },
  ],
  ['2021-03-01', herroepen('G', '2021-03-01')],
  ['2021-06-03', rapportage('Q', 11, '2021-06-01', '2021-06-03', ['softdrugs'])],
  ['2021-09-05', rapportage('H', 1, '2021-09-01', '2021-09-05', ['harddrugs'])],
];

describeWithRedis('damocles.cijfers.v3: the Kerkrade Damocles table from the embedded event store', () => {
  let leesmodel: DamoclesLeesmodel;

  beforeAll(async () => {
    leesmodel = await DamoclesLeesmodel.start('cijfers', redisUrl as string, [damoclesCijfersProjectie]);
    // Each step recorded on its day at 10:00Z.
    await leesmodel.legVast(
      TIJDLIJN.map(([, event]) => event),
      (_event, index) => new Date(`${TIJDLIJN[index]?.[0]}T10:00:00Z`),
    );
    leesmodel.klok.nu = new Date('2021-04-01T10:00:00Z');
    await leesmodel.legVastOpStroom('dwangsom-B', [dwangsomHerroeping('B', '2021-04-01')]);
  });

  afterAll(() => leesmodel?.stop());

  const cijfers = (vraag: Partial<DamoclesCijfersVraag> & { jaar?: number } = {}) => {
    const { jaar = 2020, ...rest } = vraag;
    return damoclesCijfers(leesmodel.redis, leesmodel.keyPrefix, {
      gemeente: KERKRADE,
      van: `${jaar}-01-01`,
      tot: `${jaar}-12-31`,
      recidiveTermijnMaanden: kerkradeTermijn,
      ...rest,
    });
  };

  it('2020 as known now: measures in the year of the besluit, once under the heaviest category; running and afgezien not counted; revoked closures still counted, marked', async () => {
    const t = await cijfers();
    expect(t.gemeente).toBe(KERKRADE);
    expect(t.periode).toEqual({ van: '2020-01-01', tot: '2020-12-31' });
    expect(t.bekendOp).toBeNull();
    // B: reported 2019, closed 2020; C: soft+hard under harddrugs; D closed in 2021; L is Landgraaf.
    // G (revoked in 2021) and P (revoked in 2020) went out in 2020: counted there, marked later herroepen (rule 7).
    expect(t.sluitingsbesluiten).toEqual(sluitingen(['B', 'G'], ['C', 'P'], [], ['G', 'P']));
    expect([t.sluitingsbesluiten.totaal.aantal, t.sluitingsbesluiten.totaal.laterHerroepen.aantal]).toEqual([4, 2]);
    // F as corrected (attributen); K by its besluit date 2020-12-30, not its bekendmaking in 2021.
    expect(t.waarschuwingen).toEqual(rij(['K'], [], ['F']));
    expect(t.rapportagesOntvangen).toEqual(cel('C', 'D', 'E', 'F', 'G', 'J', 'K', 'M', 'P'));
    // M: an earlier find in pand 2 (B, 2019-11-20); K's earlier find J ended in afgezien and does not count.
    expect(t.recidive).toEqual({
      ...cel('M'),
      gevallen: [{ zaakId: 'M', constateringsdatum: '2020-10-20', recidiveTermijnMaanden: 36, venster: { van: '2017-10-20', tot: '2020-10-19' }, eerdereZaakIds: ['B'] }],
    });
  });

  it('2020 as known on 31-12-2020: the closure revoked in 2021 counts, not yet marked; the one revoked in 2020 marked; the uncorrected category, without the rapportage recorded in 2021', async () => {
    const t = await cijfers({ bekendOp: '2020-12-31' });
    expect(t.bekendOp).toBe('2020-12-31');
    expect(t.sluitingsbesluiten).toEqual(sluitingen(['B', 'G'], ['C', 'P'], [], ['P']));
    expect(t.waarschuwingen).toEqual(rij(['F', 'K'], [], []));
    // N as received then (2020-12-30), before its correction to 2021.
    expect(t.rapportagesOntvangen).toEqual(cel('C', 'D', 'E', 'F', 'G', 'J', 'K', 'N', 'P'));
    expect(t.recidive).toEqual({ ...cel(), gevallen: [] });
    // Asked again later with the same bekendOp: the same answer, whatever was recorded since.
    expect(await cijfers({ bekendOp: '2020-12-31' })).toEqual(t);
  });

  it('"as known on" an instant: the correction and the revocation count from the moment they were recorded', async () => {
    const voorCorrectie = await cijfers({ bekendOp: '2021-02-01T09:59:59.999Z' });
    expect(voorCorrectie.waarschuwingen).toEqual(rij(['F', 'K'], [], []));
    expect(voorCorrectie.rapportagesOntvangen.zaakIds).toContain('M');
    const naCorrectie = await cijfers({ bekendOp: '2021-02-01T10:00:00Z' });
    expect(naCorrectie.waarschuwingen).toEqual(rij(['K'], [], ['F']));
    // A correction of the facts moves F as known now; the revocations move nothing, they mark.
    expect(naCorrectie.sluitingsbesluiten).toEqual(sluitingen(['B', 'G'], ['C', 'P'], [], ['P']));
    // A date means through the end of that day in Europe/Amsterdam.
    expect((await cijfers({ bekendOp: '2021-03-01' })).sluitingsbesluiten).toEqual(sluitingen(['B', 'G'], ['C', 'P'], [], ['G', 'P']));
    expect((await cijfers({ bekendOp: '2021-02-28' })).sluitingsbesluiten).toEqual(sluitingen(['B', 'G'], ['C', 'P'], [], ['P']));
    // P's closure before and after its revocation in the same year: counted both times, marked from 2020-11-02.
    expect((await cijfers({ bekendOp: '2020-11-01' })).sluitingsbesluiten).toEqual(sluitingen(['B', 'G'], ['C', 'P'], []));
    expect((await cijfers({ bekendOp: '2020-11-02' })).sluitingsbesluiten).toEqual(sluitingen(['B', 'G'], ['C', 'P'], [], ['P']));
  });

  it('a dwangsom case in the same log, with the zaakId of Damocles case B, revoking its last: no Damocles figure changes', async () => {
    // B's closure of 2020 stands, unmarked; every other cell as hand-counted above.
    const t = await cijfers();
    expect(t.sluitingsbesluiten).toEqual(sluitingen(['B', 'G'], ['C', 'P'], [], ['G', 'P']));
    expect(t.sluitingsbesluiten.softdrugs.laterHerroepen).toEqual(cel('G'));
    // Asked as known before and after the dwangsom's revocation was recorded (2021-04-01): the same table.
    expect(await cijfers({ bekendOp: '2021-03-31' })).toEqual({ ...t, bekendOp: '2021-03-31' });
    expect(await cijfers({ bekendOp: '2021-04-01' })).toEqual({ ...t, bekendOp: '2021-04-01' });
    // B still counts as an earlier find for recidive (M in the same pand).
    expect(t.recidive.gevallen.find((g) => g.zaakId === 'M')?.eerdereZaakIds).toEqual(['B']);
  });

  it('2019 and 2021: a report of 2019 decided in 2020 and one of December 2020 decided in 2021', async () => {
    const t2019 = await cijfers({ jaar: 2019 });
    expect(t2019.rapportagesOntvangen).toEqual(cel('A', 'B', 'I2'));
    expect(t2019.sluitingsbesluiten).toEqual(sluitingen([], [], []));
    expect(t2019.waarschuwingen).toEqual(rij(['A'], [], []));
    // I2 is 26 months after I1: not recidive under the 24-month window in force in 2019.
    expect(t2019.recidive).toEqual({ ...cel(), gevallen: [] });

    const t2021 = await cijfers({ jaar: 2021 });
    expect(t2021.rapportagesOntvangen).toEqual(cel('H', 'N', 'Q'));
    expect(t2021.sluitingsbesluiten).toEqual(sluitingen(['D'], [], []));
    expect(t2021.waarschuwingen).toEqual(rij([], [], []));
    // H is 30 months after A in the same pand: recidive under the 36-month window in force in 2021.
    // Not Q: the earlier find in its pand (P) ended in a revoked closure, which Kerkrade's policy does not count.
    expect(t2021.recidive).toEqual({
      ...cel('H'),
      gevallen: [{ zaakId: 'H', constateringsdatum: '2021-09-01', recidiveTermijnMaanden: 36, venster: { van: '2018-09-01', tot: '2021-08-31' }, eerdereZaakIds: ['A'] }],
    });
    // As known on 31-12-2020, D's closure of 2021 was not yet taken, and N was a rapportage of 2020.
    const t2021toen = await cijfers({ jaar: 2021, bekendOp: '2020-12-31' });
    expect(t2021toen.sluitingsbesluiten).toEqual(sluitingen([], [], []));
    expect(t2021toen.rapportagesOntvangen).toEqual(cel());
  });

  it('a correction that moves a rapportage into another year moves it in the figures from the moment it was recorded', async () => {
    expect((await cijfers({ jaar: 2021, bekendOp: '2021-02-14' })).rapportagesOntvangen).toEqual(cel());
    expect((await cijfers({ jaar: 2020, bekendOp: '2021-02-14' })).rapportagesOntvangen.zaakIds).toContain('N');
    expect((await cijfers({ jaar: 2021, bekendOp: '2021-02-15' })).rapportagesOntvangen).toEqual(cel('N'));
    expect((await cijfers({ jaar: 2020, bekendOp: '2021-02-15' })).rapportagesOntvangen.zaakIds).not.toContain('N');
  });

  it('a long recidive window reaches finds many years before the period', async () => {
    const tienJaar = await cijfers({ jaar: 2019, recidiveTermijnMaanden: 120 });
    expect(tienJaar.recidive.gevallen).toEqual([
      { zaakId: 'I2', constateringsdatum: '2019-08-01', recidiveTermijnMaanden: 120, venster: { van: '2009-08-01', tot: '2019-07-31' }, eerdereZaakIds: ['I0', 'I1'] },
    ]);
    expect((await cijfers({ jaar: 2019, recidiveTermijnMaanden: 36 })).recidive.gevallen[0]?.eerdereZaakIds).toEqual(['I1']);
  });

  it('recidive at 24 versus 36 months, and finds without a measure only when the policy counts them', async () => {
    expect((await cijfers({ jaar: 2019, recidiveTermijnMaanden: 36 })).recidive.zaakIds).toEqual(['I2']);
    expect((await cijfers({ jaar: 2021, recidiveTermijnMaanden: 24 })).recidive.zaakIds).toEqual([]);
    expect((await cijfers({ jaar: 2021 /* default 36 */, recidiveTermijnMaanden: undefined })).recidive.zaakIds).toEqual(['H']);
    const ruim = await cijfers({ vondstenZonderMaatregelTellenMee: true });
    expect(ruim.recidive.zaakIds).toEqual(['K', 'M']);
    expect(ruim.recidive.gevallen.find((g) => g.zaakId === 'K')?.eerdereZaakIds).toEqual(['J']);
    // A closure revoked on bezwaar is, for recidive, a find without a measure: Q after P only when the policy counts those.
    expect((await cijfers({ jaar: 2021, vondstenZonderMaatregelTellenMee: true })).recidive.zaakIds).toEqual(['H', 'Q']);
  });

  it('any period, and per gemeente', async () => {
    const winter = await cijfers({ van: '2019-11-01', tot: '2020-02-29' });
    expect(winter.rapportagesOntvangen).toEqual(cel('B', 'G', 'J'));
    expect(winter.sluitingsbesluiten).toEqual(sluitingen(['B'], [], []));

    const landgraaf = await cijfers({ gemeente: LANDGRAAF });
    expect(landgraaf.sluitingsbesluiten).toEqual(sluitingen(['L'], [], []));
    expect(landgraaf.rapportagesOntvangen).toEqual(cel('L'));
    // Pand 1 in Landgraaf is not Kerkrade's pand 1 of case A: no recidive across gemeenten.
    expect(landgraaf.recidive.zaakIds).toEqual([]);
    expect((await cijfers({ gemeente: 'GM0000' })).rapportagesOntvangen).toEqual(cel());
  });

  it('a closure the rechtbank vernietigde on beroep (art. 8:72 lid 3 Awb) still went out: counted in the year of its besluit, marked later herroepen from the moment the uitspraak was recorded', async () => {
    // Simpelveld (GM0965), its own case so the Kerkrade table stays as it is: closure 2022-02-01, vernietigd by the rechtbank 2022-09-01.
    const SIMPELVELD = 'GM0965';
    await leesmodel.legVast(
      [
        rapportage('V', 12, '2022-01-10', '2022-01-12', ['softdrugs'], SIMPELVELD),
        sluiting('V', '2022-02-01'),
        { type: 'UitspraakOpBeroepGedaan', zaakId: 'V', uitkomst: 'gegrond', vernietigd: true, uitspraakdatum: '2022-09-01', datum: '2022-09-02', door: 'mw-1' },
      ],
      (_event, index) => new Date(`${['2022-01-12', '2022-02-01', '2022-09-02'][index]}T10:00:00Z`),
    );
    expect((await cijfers({ gemeente: SIMPELVELD, jaar: 2022 })).sluitingsbesluiten).toEqual(sluitingen(['V'], [], [], ['V']));
    expect((await cijfers({ gemeente: SIMPELVELD, jaar: 2022, bekendOp: '2022-06-30' })).sluitingsbesluiten).toEqual(sluitingen(['V'], [], []));
  });

  describe('one pand as the recidive check sees it (docs/damocles.md, pand identity and linking)', () => {
    // Voerendaal (GM0986), its own cases and postcode, so the Kerkrade table stays as it is.
    const VOERENDAAL = 'GM0986';
    const ADRES: PandAdres = { soort: 'adres', postcode: '6367AB', huisnummer: 3 };
    const BAG: PandBag = { soort: 'bag', adresseerbaarObjectId: '0986010000000003' };

    /** A softdrugs find in Voerendaal, recorded under `sleutel` (default: today's key of `pand`). */
    const vondst = (zaakId: string, pand: Pand, constateringsdatum: string, ontvangstdatum: string, sleutel = pandSleutel(pand)): DamoclesEvent => {
      const r = rapportage(zaakId, 1, constateringsdatum, ontvangstdatum, ['softdrugs'], VOERENDAAL);
      return { ...r, pand: { ...r.pand, sleutel, identiteit: pand } };
    };
    const op = (datum: string) => () => new Date(`${datum}T10:00:00Z`);
    const voerendaal = (vraag: Partial<DamoclesCijfersVraag> & { jaar?: number } = {}) => cijfers({ gemeente: VOERENDAAL, jaar: 2022, ...vraag });

    it('a find under an address and one under the BAG id of the same premises: recidive from the moment their link was recorded, not as known before', async () => {
      await leesmodel.legVast([vondst('VA', ADRES, '2021-03-01', '2021-03-03')], op('2021-03-03'));
      await leesmodel.legVast([vondst('VB', BAG, '2022-02-01', '2022-02-03')], op('2022-02-03'));
      expect((await voerendaal()).recidive).toEqual({ ...cel(), gevallen: [] });

      // A medewerker links the address to its adresseerbaar object on 2022-06-01 (as POST /api/panden/{id}/adressen records it).
      leesmodel.klok.nu = new Date('2022-06-01T10:00:00Z');
      const { type, ...data }: AdresAanPandGekoppeld = {
        type: 'AdresAanPandGekoppeld',
        adres: ADRES,
        adresSleutel: pandSleutel(ADRES),
        adresseerbaarObjectId: BAG.adresseerbaarObjectId,
        bagSleutel: pandSleutel(BAG),
        gemeente: VOERENDAAL,
        datum: '2022-06-01',
        door: 'mw-1',
      };
      await leesmodel.legVastOpStroom(pandKoppelingStreamId(ADRES), [{ type, data: { ...data } }], VOERENDAAL);

      const gevallen = [{ zaakId: 'VB', constateringsdatum: '2022-02-01', recidiveTermijnMaanden: 36, venster: { van: '2019-02-01', tot: '2022-01-31' }, eerdereZaakIds: ['VA'] }];
      expect((await voerendaal()).recidive).toEqual({ ...cel('VB'), gevallen });
      expect((await voerendaal({ bekendOp: '2022-06-01' })).recidive).toEqual({ ...cel('VB'), gevallen });
      // As known before the link was recorded, the two keys were two panden: what was known then does not change.
      expect((await voerendaal({ bekendOp: '2022-05-31' })).recidive).toEqual({ ...cel(), gevallen: [] });
      expect((await voerendaal({ bekendOp: '2022-06-01T09:59:59.999Z' })).recidive.zaakIds).toEqual([]);
      // The rest of the table does not move with a link.
      expect((await voerendaal()).rapportagesOntvangen).toEqual(cel('VB'));
    });

    it('"12 a" and "12-A" are one address, also when an older version recorded the letter as a toevoeging (adres:…-12--A)', async () => {
      const twaalfA = leesPand({ postcode: '6367 ab', huisnummer: '12', huisletter: ' a' });
      const twaalfMinA = leesPand({ postcode: '6367AB', huisnummer: 12, huisnummertoevoeging: '-A' });
      expect(pandSleutel(twaalfA)).toBe('adres:6367AB-12-A');
      expect(pandSleutel(twaalfMinA)).toBe('adres:6367AB-12-A');
      await leesmodel.legVast([vondst('VO', twaalfMinA, '2020-05-01', '2020-05-04', 'adres:6367AB-12--A')], op('2020-05-04'));
      await leesmodel.legVast([vondst('VN', twaalfA, '2022-03-01', '2022-03-02')], op('2022-03-02'));
      const t = await voerendaal();
      expect(t.recidive.gevallen.find((g) => g.zaakId === 'VN')?.eerdereZaakIds).toEqual(['VO']);
      expect(t.recidive.zaakIds).toContain('VN');
    });
  });

  it('refuses a malformed question', async () => {
    await expect(cijfers({ van: '2020-13-01' })).rejects.toThrow(RangeError);
    await expect(cijfers({ van: '2021-01-01', tot: '2020-12-31' })).rejects.toThrow(RangeError);
    await expect(cijfers({ bekendOp: 'gisteren' })).rejects.toThrow(RangeError);
    await expect(cijfers({ recidiveTermijnMaanden: 0 })).rejects.toThrow(RangeError);
  });
});
