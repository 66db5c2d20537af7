import { fold } from '@handhaving/domain-shared';
import { adviescommissieBijBezwaar } from './beleid';
import { beleidOp } from './beleid-op.query';
import { valideerBeleid } from './beleid-validatie';
import { beleidDecider, type BeleidState } from './beleid.decider';
import type { BeleidEvent } from './beleid.events';
import { defaultPolicies, seedPolicyCommands } from './default-policies';
import { HEUVELLAND_GEMEENTEN } from './gemeentecode';

/** Runs the seed commands through the decider as the API's pipeline would, one stream per gemeente. */
function seed(streams = new Map<string, BeleidEvent[]>()): Map<string, BeleidEvent[]> {
  for (const { streamId, command } of seedPolicyCommands({ datum: '2025-03-01', door: 'systeem' })) {
    const events = streams.get(streamId) ?? [];
    events.push(...beleidDecider.decide(command, fold(beleidDecider, events)));
    streams.set(streamId, events);
  }
  return streams;
}

const termijnOp = (events: readonly BeleidEvent[] | BeleidState, datum: string) => {
  const uitkomst = beleidOp(events, datum);
  if (uitkomst.status !== 'van-kracht') throw new Error(uitkomst.reden);
  return uitkomst.beleid.damocles.recidiveTermijnMaanden;
};

describe('default policies', () => {
  it('ship for Kerkrade and the five Heuvelland gemeenten, every version valid', () => {
    const policies = defaultPolicies();
    expect(policies.map((p) => `${p.gemeente} ${p.naam}`)).toEqual([
      'GM0928 Kerkrade',
      'GM1903 Eijsden-Margraten',
      'GM1729 Gulpen-Wittem',
      'GM0938 Meerssen',
      'GM0981 Vaals',
      'GM0994 Valkenburg aan de Geul',
    ]);
    for (const policy of policies) {
      for (const versie of policy.versies) expect(valideerBeleid(versie.beleid)).toEqual([]);
    }
  });

  it('say in every toelichting that the values not from the source are defaults for the gemeente to check', () => {
    for (const policy of defaultPolicies()) {
      for (const versie of policy.versies) expect(versie.toelichting).toMatch(/standaardwaarden.*te controleren/);
    }
  });

  it("give Kerkrade a recidive window of 24 months on 2019-12-31 and 36 months from 2020-01-01 (Uitvoeringsplan Kerkrade 2021: 'het tot 31-12-2019 geldende beleid')", () => {
    const kerkrade = seed().get('beleid-GM0928') ?? [];
    expect(termijnOp(kerkrade, '2019-12-31')).toBe(24);
    expect(termijnOp(kerkrade, '2020-01-01')).toBe(36);
    expect(beleidOp(kerkrade, '2020-01-01')).toMatchObject({ versie: 'GM0928.2020-01-01.r1' });
    expect(beleidOp(kerkrade, '2018-12-31').status).toBe('geen-beleid');
  });

  it('give Kerkrade no measure for attributen before 2020 and the ladder after, as its 2020 update brought sub b in', () => {
    const kerkrade = seed().get('beleid-GM0928') ?? [];
    const attributen = (datum: string) => {
      const uitkomst = beleidOp(kerkrade, datum);
      return uitkomst.status === 'van-kracht' ? uitkomst.beleid.damocles.ladder.woning.attributen.eerste : undefined;
    };
    expect(attributen('2019-06-01')).toEqual({ soort: 'geen-maatregel' });
    expect(attributen('2020-06-01')).toEqual({ soort: 'waarschuwing' });
  });

  it('give the five Heuvelland gemeenten the same policy, each on its own stream', () => {
    const streams = seed();
    const inForce = HEUVELLAND_GEMEENTEN.map((gemeente) => beleidOp(streams.get(`beleid-${gemeente}`) ?? [], '2024-06-01'));
    expect(inForce.map((b) => b.status === 'van-kracht' && b.gemeente)).toEqual([...HEUVELLAND_GEMEENTEN]);
    expect(inForce.map((b) => b.status === 'van-kracht' && b.versie)).toEqual(HEUVELLAND_GEMEENTEN.map((g) => `${g}.2020-01-01.r0`));
    const beleid = inForce.map((b) => (b.status === 'van-kracht' ? JSON.stringify(b.beleid) : b.reden));
    expect(new Set(beleid).size).toBe(1);
    expect(termijnOp(streams.get('beleid-GM0994') ?? [], '2024-06-01')).toBe(36);
  });

  it('load through the decider once: seeding again appends nothing', () => {
    const eerste = seed();
    const aantal = [...eerste.values()].map((events) => events.length);
    expect(aantal).toEqual([2, 1, 1, 1, 1, 1]);
    const tweede = seed(eerste);
    expect([...tweede.values()].map((events) => events.length)).toEqual(aantal);
  });

  it('give Kerkrade an adviescommissie on bezwaren (its commissie bezwaarschriften: twelve weeks, art. 7:10 lid 1, 7:13 Awb), the Heuvelland none', () => {
    const streams = seed();
    for (const [gemeente, verwacht] of [['GM0928', true], ...HEUVELLAND_GEMEENTEN.map((g) => [g, false] as const)] as const) {
      const uitkomst = beleidOp(streams.get(`beleid-${gemeente}`) ?? [], '2021-06-01');
      expect(uitkomst.status === 'van-kracht' && adviescommissieBijBezwaar(uitkomst.beleid)).toBe(verwacht);
    }
  });

  it('come as StelBeleidVast commands with stream ids, stable command ids and the caller\'s datum and door', () => {
    const commands = seedPolicyCommands({ datum: '2025-03-01', door: 'systeem' });
    expect(commands).toHaveLength(7);
    expect(commands[0]).toMatchObject({
      streamId: 'beleid-GM0928',
      gemeente: 'GM0928',
      commandId: 'beleid-standaard-v2-GM0928-2019-01-01',
      command: { type: 'StelBeleidVast', gemeente: 'GM0928', ingangsdatum: '2019-01-01', datum: '2025-03-01', door: 'systeem' },
    });
    expect(new Set(commands.map((c) => c.commandId)).size).toBe(commands.length);
  });
});
