import { DeciderSpecification, fold } from '@handhaving/domain-shared';
import type { Beleid } from './beleid';
import type { StelBeleidVast, TrekBeleidVersieIn } from './beleid.commands';
import { beleidDecider, OngeldigBeleid } from './beleid.decider';
import type { BeleidVastgesteld, BeleidVersieIngetrokken } from './beleid.events';
import { voorbeeldBeleid } from './default-policies';

const spec = DeciderSpecification.for(beleidDecider);

const beleid = voorbeeldBeleid();
const strenger: Beleid = { ...beleid, damocles: { ...beleid.damocles, recidiveTermijnMaanden: 48 } };

const stel = (velden: Partial<StelBeleidVast> = {}): StelBeleidVast => ({
  type: 'StelBeleidVast',
  gemeente: 'GM0928',
  ingangsdatum: '2020-01-01',
  beleid,
  toelichting: 'Damoclesbeleid 2020',
  datum: '2019-12-10',
  door: 'beheerder-1',
  ...velden,
});

const vastgesteld = (velden: Partial<BeleidVastgesteld> = {}): BeleidVastgesteld => ({
  type: 'BeleidVastgesteld',
  gemeente: 'GM0928',
  ingangsdatum: '2020-01-01',
  beleid,
  toelichting: 'Damoclesbeleid 2020',
  vastgesteldOp: '2019-12-10',
  vastgesteldDoor: 'beheerder-1',
  ...velden,
});

const trekIn = (velden: Partial<TrekBeleidVersieIn> = {}): TrekBeleidVersieIn => ({
  type: 'TrekBeleidVersieIn',
  gemeente: 'GM0928',
  ingangsdatum: '2021-01-01',
  reden: 'Per vergissing vastgesteld',
  datum: '2020-06-01',
  door: 'beheerder-2',
  ...velden,
});

const ingetrokken = (velden: Partial<BeleidVersieIngetrokken> = {}): BeleidVersieIngetrokken => ({
  type: 'BeleidVersieIngetrokken',
  gemeente: 'GM0928',
  ingangsdatum: '2021-01-01',
  versie: 'GM0928.2021-01-01.r1',
  reden: 'Per vergissing vastgesteld',
  ingetrokkenOp: '2020-06-01',
  ingetrokkenDoor: 'beheerder-2',
  ...velden,
});

describe('beleid decider: StelBeleidVast', () => {
  it('given no policy when a version is set then BeleidVastgesteld records it with when and by whom', () => {
    spec.given([]).when(stel()).then([vastgesteld()]);
  });

  it('given a version when another ingangsdatum is set then it is added', () => {
    spec
      .given([vastgesteld()])
      .when(stel({ ingangsdatum: '2022-07-01', beleid: strenger, toelichting: 'Herhalingstermijn 48 maanden' }))
      .then([vastgesteld({ ingangsdatum: '2022-07-01', beleid: strenger, toelichting: 'Herhalingstermijn 48 maanden' })]);
  });

  it('given a version when the same ingangsdatum is set with other content then it replaces it, the earlier one stays in history', () => {
    const events = [vastgesteld(), vastgesteld({ beleid: strenger, toelichting: 'Correctie' })];
    spec.given([vastgesteld()]).when(stel({ beleid: strenger, toelichting: 'Correctie' })).then([events[1]]);
    const state = fold(beleidDecider, events);
    expect(state.status === 'vastgesteld' && state.versies.map((v) => [v.versie, v.status, v.vervangenDoor])).toEqual([
      ['GM0928.2020-01-01.r0', 'vervangen', 'GM0928.2020-01-01.r1'],
      ['GM0928.2020-01-01.r1', 'geldig', undefined],
    ]);
  });

  it('given a version when exactly the same version is set again (a repeated seed) then nothing is appended', () => {
    spec.given([vastgesteld()]).when(stel({ datum: '2024-01-01', door: 'seed' })).then([]);
  });

  it('treats the same policy with its keys in another order as the same', () => {
    const { herinneringen, termijnen, damocles, bezwaar } = beleid;
    spec.given([vastgesteld()]).when(stel({ beleid: { bezwaar, herinneringen, termijnen, damocles } })).then([]);
  });

  it('given a withdrawn version when the same content is set again then it is set anew', () => {
    spec
      .given([vastgesteld({ ingangsdatum: '2021-01-01' }), ingetrokken({ versie: 'GM0928.2021-01-01.r0' })])
      .when(stel({ ingangsdatum: '2021-01-01' }))
      .then([vastgesteld({ ingangsdatum: '2021-01-01' })]);
  });

  it('accepts a lower-case gemeentecode and records the canonical one', () => {
    spec.given([]).when(stel({ gemeente: 'gm0928' })).then([vastgesteld()]);
  });

  it('refuses an invalid policy with beleid/ongeldig, naming the field and listing every problem', () => {
    const fout = { ...beleid, damocles: { ...beleid.damocles, recidiveTermijnMaanden: 0, vondstenZonderMaatregelTellenMee: 'ja' } } as unknown as Beleid;
    const refusal = spec.given([]).when(stel({ beleid: fout })).thenRefuses('beleid/ongeldig', 'beleid.damocles.recidiveTermijnMaanden');
    expect(refusal).toBeInstanceOf(OngeldigBeleid);
    expect((refusal as OngeldigBeleid).problemen.map((p) => p.veld)).toEqual([
      'damocles.recidiveTermijnMaanden',
      'damocles.vondstenZonderMaatregelTellenMee',
    ]);
    expect(refusal.detail).toContain('damocles.recidiveTermijnMaanden: moet een geheel getal van 1 tot en met 120 zijn');
  });

  it('refuses harddrugs mapped to a warning', () => {
    const fout: Beleid = {
      ...beleid,
      damocles: {
        ...beleid.damocles,
        ladder: { ...beleid.damocles.ladder, woning: { ...beleid.damocles.ladder.woning, harddrugs: { ...beleid.damocles.ladder.woning.harddrugs, eerste: { soort: 'waarschuwing' } } } },
      },
    };
    const refusal = spec.given([]).when(stel({ beleid: fout })).thenRefuses('beleid/ongeldig', 'beleid.damocles.ladder.woning.harddrugs.eerste');
    expect(refusal.detail).toMatch(/harddrugs krijgen nooit een waarschuwing/);
  });

  it('refuses a policy that is no object at all, naming beleid', () => {
    spec.given([]).when(stel({ beleid: undefined as unknown as Beleid })).thenRefuses('beleid/ongeldig', 'beleid');
  });

  it('refuses a gemeentecode that is none', () => {
    spec.given([]).when(stel({ gemeente: 'Kerkrade' })).thenRefuses('gemeentecode/ongeldig', 'gemeente');
  });

  it('refuses a version for another gemeente on this stream', () => {
    spec.given([vastgesteld()]).when(stel({ gemeente: 'GM1903' })).thenRefuses('beleid/gemeente-komt-niet-overeen', 'gemeente');
  });

  it('refuses an ingangsdatum that is no date', () => {
    spec.given([]).when(stel({ ingangsdatum: '2020-02-30' })).thenRefuses('beleid/ingangsdatum-ongeldig', 'ingangsdatum');
    spec.given([]).when(stel({ ingangsdatum: '1-1-2020' })).thenRefuses('beleid/ingangsdatum-ongeldig', 'ingangsdatum');
  });

  it('refuses a datum that is no date', () => {
    spec.given([]).when(stel({ datum: '2019-12-10T09:00:00Z' })).thenRefuses('beleid/datum-ongeldig', 'datum');
  });

  it('refuses without who sets it', () => {
    spec.given([]).when(stel({ door: ' ' })).thenRefuses('beleid/door-ontbreekt', 'door');
  });

  it('refuses without a toelichting', () => {
    spec.given([]).when(stel({ toelichting: '' })).thenRefuses('beleid/toelichting-ontbreekt', 'toelichting');
  });
});

describe('beleid decider: TrekBeleidVersieIn', () => {
  const tweeVersies = [vastgesteld(), vastgesteld({ ingangsdatum: '2021-01-01', beleid: strenger })];

  it('given a version when it is withdrawn then BeleidVersieIngetrokken names the version, the reason, when and by whom', () => {
    spec.given(tweeVersies).when(trekIn()).then([ingetrokken()]);
  });

  it('names the replacing version when the ingangsdatum was replaced before', () => {
    spec
      .given([...tweeVersies, vastgesteld({ ingangsdatum: '2021-01-01', toelichting: 'Vervangen' })])
      .when(trekIn())
      .then([ingetrokken({ versie: 'GM0928.2021-01-01.r2' })]);
  });

  it('keeps the withdrawn version in the history, marked ingetrokken', () => {
    const state = fold(beleidDecider, [...tweeVersies, ingetrokken()]);
    expect(state.status === 'vastgesteld' && state.versies[1]).toMatchObject({
      versie: 'GM0928.2021-01-01.r1',
      status: 'ingetrokken',
      intrekking: { op: '2020-06-01', door: 'beheerder-2', reden: 'Per vergissing vastgesteld', revisie: 2 },
    });
    expect(state.volgendeRevisie).toBe(3);
  });

  it('refuses a version that does not exist, naming the ones that do', () => {
    const refusal = spec.given(tweeVersies).when(trekIn({ ingangsdatum: '2021-02-01' })).thenRefuses('beleid/versie-bestaat-niet', 'ingangsdatum');
    expect(refusal.detail).toContain('2020-01-01, 2021-01-01');
  });

  it('refuses on a stream without policy', () => {
    spec.given([]).when(trekIn()).thenRefuses('beleid/versie-bestaat-niet', 'ingangsdatum');
  });

  it('refuses a version already withdrawn', () => {
    spec.given([...tweeVersies, ingetrokken()]).when(trekIn()).thenRefuses('beleid/versie-al-ingetrokken', 'ingangsdatum');
  });

  it('refuses another gemeente', () => {
    spec.given(tweeVersies).when(trekIn({ gemeente: 'GM0981' })).thenRefuses('beleid/gemeente-komt-niet-overeen', 'gemeente');
  });

  it('refuses a gemeentecode that is none', () => {
    spec.given(tweeVersies).when(trekIn({ gemeente: 'GM12345' })).thenRefuses('gemeentecode/ongeldig', 'gemeente');
  });

  it('refuses without a reason', () => {
    spec.given(tweeVersies).when(trekIn({ reden: '  ' })).thenRefuses('beleid/reden-ontbreekt', 'reden');
  });

  it('refuses without who withdraws it', () => {
    spec.given(tweeVersies).when(trekIn({ door: '' })).thenRefuses('beleid/door-ontbreekt', 'door');
  });

  it('refuses dates that are none', () => {
    spec.given(tweeVersies).when(trekIn({ ingangsdatum: '2021-13-01' })).thenRefuses('beleid/ingangsdatum-ongeldig', 'ingangsdatum');
    spec.given(tweeVersies).when(trekIn({ datum: 'gisteren' })).thenRefuses('beleid/datum-ongeldig', 'datum');
  });
});

describe('beleid decider: evolve', () => {
  it('counts every event as a revision, an unknown type too, so version ids match the stream revisions', () => {
    const onbekend = { type: 'BeleidGeannoteerd' } as unknown as BeleidVastgesteld;
    const state = fold(beleidDecider, [vastgesteld(), onbekend, vastgesteld({ ingangsdatum: '2022-01-01' })]);
    expect(state.status === 'vastgesteld' && state.versies.map((v) => v.versie)).toEqual(['GM0928.2020-01-01.r0', 'GM0928.2022-01-01.r2']);
  });

  it('ignores a withdrawal of nothing without throwing', () => {
    expect(fold(beleidDecider, [ingetrokken()])).toEqual({ status: 'leeg', volgendeRevisie: 1 });
    const state = fold(beleidDecider, [vastgesteld(), ingetrokken({ ingangsdatum: '2030-01-01' })]);
    expect(state.status === 'vastgesteld' && state.versies.map((v) => v.status)).toEqual(['geldig']);
  });
});
