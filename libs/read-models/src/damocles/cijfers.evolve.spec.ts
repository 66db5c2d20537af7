import type { DamoclesEvent, RapportageOntvangen } from '@handhaving/domain-damocles';
import { evolveCijferZaak, zoalsBekend, type CijferZaak } from './cijfers.evolve';
import { afgezien, herroepen, KERKRADE, LANDGRAAF, rapportage, sluiting, waarschuwing } from './test-support/damocles-events';

/*
 * The record the figures count a case by (counting rules: docs/cijfers.md), folded from the case's
 * events, each recorded at the instant given; read back as known at a moment by `zoalsBekend`.
 */

type Stap = readonly [event: DamoclesEvent, recordedAt: string];

/** The case's record after these events, each recorded at its instant, the gemeente of the command in the metadata. */
function gevolgd(stappen: readonly Stap[], metadata: { readonly gemeente?: string } = { gemeente: KERKRADE }): CijferZaak | null {
  return stappen.reduce<CijferZaak | null>((zaak, [event, recordedAt]) => evolveCijferZaak(zaak, event, { ...metadata, recordedAt }), null);
}

/** The last millisecond of a day in Amsterdam in winter, as `bekendOp=JJJJ-MM-DD` reads it. */
const eindVan = (dag: string): number => Date.parse(`${dag}T23:00:00Z`) - 1;

const opDag = (dag: string): string => `${dag}T10:00:00.000Z`;

const corrigeer = (zaakId: string, correcties: unknown[], datum: string): DamoclesEvent => ({ type: 'FeitenGecorrigeerd', zaakId, correcties, reden: 'Labuitslag', datum, door: 'mw-1' }) as DamoclesEvent;

const stap = (zaakId: string, rest: object): DamoclesEvent => ({ zaakId, door: 'mw-1', ...rest }) as DamoclesEvent;

const K27: readonly Stap[] = [
  [rapportage('K27', 27, '2020-04-01', '2020-04-03', ['harddrugs']), opDag('2020-04-03')],
  [sluiting('K27', '2020-05-25'), opDag('2020-05-25')],
];

describe('damocles.cijfers evolve: a rapportage opens the case', () => {
  it('given nothing, when a rapportage is recorded, then a case of its gemeente with the facts as found, recorded then, and no besluit', () => {
    expect(gevolgd([[rapportage('K1', 1, '2020-03-01', '2020-03-05', ['softdrugs', 'harddrugs'], LANDGRAAF), opDag('2020-03-05')]])).toEqual({
      zaakId: 'K1',
      gemeente: LANDGRAAF,
      pandSleutel: 'adres:6461AB-1',
      feiten: [{ ontvangstdatum: '2020-03-05', constateringsdatum: '2020-03-01', zwaarsteCategorie: 'harddrugs', vastgelegdOp: opDag('2020-03-05') }],
      besluiten: [],
    });
  });

  it('given a rapportage an older version recorded (a key in an old form, no gemeente in the event), then the key in today\'s normal form and the gemeente of the metadata, else "onbekend"', () => {
    const oud = { ...rapportage('K2', 12, '2020-03-01', '2020-03-05', ['softdrugs']), gemeente: undefined } as unknown as RapportageOntvangen;
    const oudeVorm: RapportageOntvangen = { ...oud, pand: { ...oud.pand, sleutel: 'adres:6461AB-12--A' } };
    expect(gevolgd([[oudeVorm, opDag('2020-03-05')]], { gemeente: KERKRADE })).toMatchObject({ gemeente: KERKRADE, pandSleutel: 'adres:6461AB-12-A' });
    expect(gevolgd([[oudeVorm, opDag('2020-03-05')]], {})).toMatchObject({ gemeente: 'onbekend' });
  });

  it('given a case, when its rapportage is replayed, then the first one stands: the same record', () => {
    const zaak = gevolgd([[rapportage('K3', 3, '2020-03-01', '2020-03-05', ['softdrugs']), opDag('2020-03-05')]]);
    expect(evolveCijferZaak(zaak, rapportage('K3', 4, '2021-01-01', '2021-01-02', ['harddrugs']), { recordedAt: opDag('2021-01-02') })).toBe(zaak);
  });

  it('given no rapportage, when a besluit of that case is recorded, then no case: nothing to count it under', () => {
    expect(gevolgd([[sluiting('K4', '2020-05-01'), opDag('2020-05-01')]])).toBeNull();
  });
});

describe('damocles.cijfers evolve: a measure counts in the year of its besluit (rules 1, 2)', () => {
  it('given a case, when a sluitingsbesluit is taken on 30 December and made known in January, then the measure known is the closure of its datum, the bekendmakingsdatum beside it', () => {
    const zaak = gevolgd([
      [rapportage('K42', 42, '2020-11-01', '2020-11-03', ['softdrugs']), opDag('2020-11-03')],
      [{ ...sluiting('K42', '2020-12-30'), bekendmakingsdatum: '2021-01-04' } as DamoclesEvent, opDag('2020-12-30')],
    ]);
    expect(zoalsBekend(zaak as CijferZaak, undefined)?.maatregel).toEqual({ soort: 'sluiting', datum: '2020-12-30', bekendmakingsdatum: '2021-01-04', vastgelegdOp: opDag('2020-12-30') });
  });

  it('given a case, when the measure is waived, then the measure known is afzien (no measure to count); a running case has none', () => {
    const lopend = gevolgd([[rapportage('K32', 32, '2020-01-10', '2020-01-15', ['attributen']), opDag('2020-01-15')]]) as CijferZaak;
    expect(zoalsBekend(lopend, undefined)).toEqual({ zaak: lopend, feiten: lopend.feiten[0], maatregel: undefined, herroepen: false });
    const afgezienZaak = evolveCijferZaak(lopend, afgezien('K32', '2020-03-01'), { recordedAt: opDag('2020-03-01') }) as CijferZaak;
    expect(afgezienZaak.besluiten).toEqual([{ soort: 'afgezien', datum: '2020-03-01', vastgelegdOp: opDag('2020-03-01') }]);
    expect(zoalsBekend(afgezienZaak, undefined)?.maatregel?.soort).toBe('afgezien');
  });

  it('given a waarschuwing taken in 2020 but recorded in January, when read as known on 31 December 2020, then no measure yet; as known now the waarschuwing of 2020', () => {
    const zaak = gevolgd([
      [rapportage('K40', 40, '2020-11-01', '2020-11-03', ['softdrugs']), opDag('2020-11-03')],
      [waarschuwing('K40', '2020-12-21'), opDag('2021-01-07')],
    ]) as CijferZaak;
    expect(zoalsBekend(zaak, eindVan('2020-12-31'))?.maatregel).toBeUndefined();
    expect(zoalsBekend(zaak, undefined)?.maatregel).toMatchObject({ soort: 'waarschuwing', datum: '2020-12-21' });
  });

  it('given a case recorded after the moment asked, then it is not known then', () => {
    const zaak = gevolgd([[rapportage('K5', 5, '2020-12-20', '2020-12-30', ['softdrugs']), opDag('2021-01-15')]]) as CijferZaak;
    expect(zoalsBekend(zaak, eindVan('2020-12-31'))).toBeUndefined();
    expect(zoalsBekend(zaak, undefined)?.feiten.ontvangstdatum).toBe('2020-12-30');
  });
});

describe('damocles.cijfers evolve: a closure revoked later still went out (rule 7)', () => {
  it('given K27, a closure of 2020-05-25, when it is revoked on bezwaar on 2021-01-18, then as known on 31-12-2020 the closure of 2020 unmarked, as known now the closure of 2020 marked later herroepen, and no measure of 2021', () => {
    const zaak = gevolgd([...K27, [herroepen('K27', '2021-01-18'), opDag('2021-01-18')]]) as CijferZaak;
    expect(zaak.besluiten.map((b) => [b.soort, b.datum])).toEqual([
      ['sluiting', '2020-05-25'],
      ['herroepen', '2021-01-18'],
    ]);
    expect(zoalsBekend(zaak, eindVan('2020-12-31'))).toMatchObject({ maatregel: { soort: 'sluiting', datum: '2020-05-25' }, herroepen: false });
    expect(zoalsBekend(zaak, undefined)).toMatchObject({ maatregel: { soort: 'sluiting', datum: '2020-05-25' }, herroepen: true });
  });

  it('given a closure, when it is revoked in the same year, then it still counts where it went out, marked', () => {
    const zaak = gevolgd([...K27, [herroepen('K27', '2020-11-02'), opDag('2020-11-02')]]) as CijferZaak;
    expect(zoalsBekend(zaak, eindVan('2020-12-31'))).toMatchObject({ maatregel: { soort: 'sluiting', datum: '2020-05-25' }, herroepen: true });
  });

  it('given a closure, when the rechtbank vernietigt it on beroep, then marked as a revocation, the uitspraakdatum as its bekendmakingsdatum', () => {
    const uitspraak = stap('K27', { type: 'UitspraakOpBeroepGedaan', uitkomst: 'gegrond', vernietigd: true, uitspraakdatum: '2021-03-12', datum: '2021-03-13' });
    const zaak = gevolgd([...K27, [uitspraak, opDag('2021-03-13')]]) as CijferZaak;
    expect(zaak.besluiten.at(-1)).toEqual({ soort: 'herroepen', datum: '2021-03-13', bekendmakingsdatum: '2021-03-12', vastgelegdOp: opDag('2021-03-13') });
    expect(zoalsBekend(zaak, undefined)?.herroepen).toBe(true);
  });

  it.each<[string, DamoclesEvent]>([
    ['changed on bezwaar (another duration)', stap('K27', { type: 'BeslissingOpBezwaarGenomen', uitkomst: 'gegrond', gevolg: { soort: 'gewijzigd', duurMaanden: 3 }, bekendmakingsdatum: '2021-01-18', beroepstermijnEinde: '2099-01-01', datum: '2021-01-18' })],
    ['a bezwaar ongegrond', stap('K27', { type: 'BeslissingOpBezwaarGenomen', uitkomst: 'ongegrond', bekendmakingsdatum: '2021-01-18', beroepstermijnEinde: '2099-01-01', datum: '2021-01-18' })],
    ['a beroep that vernietigt nothing', stap('K27', { type: 'UitspraakOpBeroepGedaan', uitkomst: 'ongegrond', vernietigd: false, uitspraakdatum: '2021-03-12', datum: '2021-03-13' })],
    ['a step the figures do not read (bezwaar ingediend)', stap('K27', { type: 'BezwaarIngediend', ontvangstdatum: '2020-06-01', bezwaartermijnEinde: '2020-07-06', tijdig: true, datum: '2020-06-01' })],
  ])('given a closure, when %s, then the same record: still a closure, not marked', (_naam, event) => {
    const zaak = gevolgd(K27);
    expect(evolveCijferZaak(zaak, event, { recordedAt: opDag('2021-01-18') })).toBe(zaak);
  });
});

describe('damocles.cijfers evolve: a correction of the facts moves figures as known now (rules 3, 4, 6)', () => {
  it('given K33, a softdrugs closure of 2020, when the lab\'s cocaine makes it harddrugs (recorded 2021-02-15), then as known on 31-12-2020 a softdrugs closure of 2020, as known now a harddrugs closure of 2020', () => {
    const zaak = gevolgd([
      [rapportage('K33', 33, '2020-03-01', '2020-03-05', ['softdrugs']), opDag('2020-03-05')],
      [sluiting('K33', '2020-06-01'), opDag('2020-06-01')],
      [corrigeer('K33', [{ veld: 'zwaarsteCategorie', oud: 'softdrugs', nieuw: 'harddrugs' }], '2021-02-15'), opDag('2021-02-15')],
    ]) as CijferZaak;
    expect(zaak.feiten).toEqual([
      { ontvangstdatum: '2020-03-05', constateringsdatum: '2020-03-01', zwaarsteCategorie: 'softdrugs', vastgelegdOp: opDag('2020-03-05'), vervangenOp: opDag('2021-02-15') },
      { ontvangstdatum: '2020-03-05', constateringsdatum: '2020-03-01', zwaarsteCategorie: 'harddrugs', vastgelegdOp: opDag('2021-02-15') },
    ]);
    expect(zoalsBekend(zaak, eindVan('2020-12-31'))).toMatchObject({ feiten: { zwaarsteCategorie: 'softdrugs' }, maatregel: { soort: 'sluiting', datum: '2020-06-01' } });
    expect(zoalsBekend(zaak, undefined)).toMatchObject({ feiten: { zwaarsteCategorie: 'harddrugs' }, maatregel: { soort: 'sluiting', datum: '2020-06-01' } });
  });

  it('given K46 received 2020-12-28, when its ontvangstdatum is corrected to 2021-01-08, then a rapportage of 2020 as known on 31-12-2020 and of 2021 as known now', () => {
    const zaak = gevolgd([
      [rapportage('K46', 46, '2020-12-20', '2020-12-28', ['softdrugs']), opDag('2020-12-28')],
      [corrigeer('K46', [{ veld: 'ontvangstdatum', oud: '2020-12-28', nieuw: '2021-01-08' }], '2021-02-15'), opDag('2021-02-15')],
    ]) as CijferZaak;
    expect(zoalsBekend(zaak, eindVan('2020-12-31'))?.feiten.ontvangstdatum).toBe('2020-12-28');
    expect(zoalsBekend(zaak, undefined)?.feiten.ontvangstdatum).toBe('2021-01-08');
  });

  it('given two corrections, then three versions, each valid until the next was recorded', () => {
    const zaak = gevolgd([
      [rapportage('K22', 22, '2020-01-03', '2020-01-05', ['softdrugs']), opDag('2020-01-05')],
      [corrigeer('K22', [{ veld: 'constateringsdatum', oud: '2020-01-03', nieuw: '2019-12-27' }], '2021-02-01'), opDag('2021-02-01')],
      [corrigeer('K22', [{ veld: 'zwaarsteCategorie', oud: 'softdrugs', nieuw: 'attributen' }], '2021-03-01'), opDag('2021-03-01')],
    ]) as CijferZaak;
    expect(zaak.feiten.map((f) => [f.constateringsdatum, f.zwaarsteCategorie, f.vervangenOp ?? null])).toEqual([
      ['2020-01-03', 'softdrugs', opDag('2021-02-01')],
      ['2019-12-27', 'softdrugs', opDag('2021-03-01')],
      ['2019-12-27', 'attributen', null],
    ]);
    expect(zoalsBekend(zaak, eindVan('2021-02-15'))?.feiten).toBe(zaak.feiten[1]);
  });

  it('given a case, when a fact the figures do not read is corrected (pandtype), or one to the value it had, then the same record', () => {
    const zaak = gevolgd([[rapportage('K6', 6, '2020-03-01', '2020-03-05', ['softdrugs']), opDag('2020-03-05')]]);
    const pandtype = corrigeer('K6', [{ veld: 'pandtype', oud: 'woning', nieuw: 'lokaal' }], '2020-04-01');
    const zelfde = corrigeer('K6', [{ veld: 'ontvangstdatum', oud: '2020-03-05', nieuw: '2020-03-05' }], '2020-04-01');
    expect(evolveCijferZaak(zaak, pandtype, { recordedAt: opDag('2020-04-01') })).toBe(zaak);
    expect(evolveCijferZaak(zaak, zelfde, { recordedAt: opDag('2020-04-01') })).toBe(zaak);
  });
});
