import { DomainRuleViolation, fold } from '@handhaving/domain-shared';
import type { Beleid } from './beleid';
import { beleidOp, beleidsversie, geldigeVersies } from './beleid-op.query';
import { beleidDecider } from './beleid.decider';
import type { BeleidEvent, BeleidVastgesteld } from './beleid.events';
import { voorbeeldBeleid } from './default-policies';

const metTermijn = (maanden: number): Beleid => {
  const beleid = voorbeeldBeleid();
  return { ...beleid, damocles: { ...beleid.damocles, recidiveTermijnMaanden: maanden } };
};

const vastgesteld = (ingangsdatum: string, maanden: number, toelichting = `termijn ${maanden}`): BeleidVastgesteld => ({
  type: 'BeleidVastgesteld',
  gemeente: 'GM0928',
  ingangsdatum,
  beleid: metTermijn(maanden),
  toelichting,
  vastgesteldOp: '2018-12-01',
  vastgesteldDoor: 'beheerder-1',
});

// r0: 24 months from 2019-01-01; r1: 36 months from 2020-01-01; r2: 48 months from 2023-01-01.
const stroom: BeleidEvent[] = [vastgesteld('2019-01-01', 24), vastgesteld('2020-01-01', 36), vastgesteld('2023-01-01', 48)];

const termijnOp = (events: readonly BeleidEvent[], datum: string): number | string => {
  const uitkomst = beleidOp(events, datum);
  return uitkomst.status === 'van-kracht' ? uitkomst.beleid.damocles.recidiveTermijnMaanden : uitkomst.status;
};

describe('beleidOp: the policy in force on a date', () => {
  it('given no policy at all then "geen beleid", saying none was set', () => {
    expect(beleidOp([], '2020-01-01')).toEqual({
      status: 'geen-beleid',
      datum: '2020-01-01',
      reden: 'Geen beleid van kracht op 2020-01-01: er is geen beleid vastgesteld',
    });
  });

  it('before the first version then "geen beleid", naming when the first starts', () => {
    expect(beleidOp(stroom, '2018-12-31')).toEqual({
      status: 'geen-beleid',
      gemeente: 'GM0928',
      datum: '2018-12-31',
      reden: 'Geen beleid van kracht op 2018-12-31 voor GM0928: het eerste beleid gaat in op 2019-01-01',
      eersteIngangsdatum: '2019-01-01',
    });
  });

  it('on the ingangsdatum itself the new version applies, with its version id', () => {
    expect(beleidOp(stroom, '2020-01-01')).toMatchObject({
      status: 'van-kracht',
      gemeente: 'GM0928',
      datum: '2020-01-01',
      ingangsdatum: '2020-01-01',
      versie: 'GM0928.2020-01-01.r1',
      toelichting: 'termijn 36',
    });
  });

  it('the day before an ingangsdatum the previous version applies', () => {
    expect(beleidOp(stroom, '2019-12-31')).toMatchObject({ ingangsdatum: '2019-01-01', versie: 'GM0928.2019-01-01.r0' });
    expect(termijnOp(stroom, '2019-12-31')).toBe(24);
  });

  it('between versions the earlier one applies, after the last the last', () => {
    expect(termijnOp(stroom, '2021-06-15')).toBe(36);
    expect(termijnOp(stroom, '2022-12-31')).toBe(36);
    expect(termijnOp(stroom, '2023-01-01')).toBe(48);
    expect(termijnOp(stroom, '2099-12-31')).toBe(48);
  });

  it('does not depend on the order the versions were set in', () => {
    const omgekeerd = [...stroom].reverse();
    expect(termijnOp(omgekeerd, '2019-12-31')).toBe(24);
    expect(termijnOp(omgekeerd, '2020-01-01')).toBe(36);
    expect(beleidOp(omgekeerd, '2023-06-01')).toMatchObject({ versie: 'GM0928.2023-01-01.r0' });
  });

  it('after a replacement the replacing version applies, with a new version id; the old id still finds the old version', () => {
    const events = [...stroom, vastgesteld('2020-01-01', 30, 'correctie')];
    expect(beleidOp(events, '2020-01-01')).toMatchObject({ versie: 'GM0928.2020-01-01.r3', toelichting: 'correctie' });
    expect(termijnOp(events, '2022-05-05')).toBe(30);
    expect(beleidsversie(events, 'GM0928.2020-01-01.r1')).toMatchObject({ status: 'vervangen', vervangenDoor: 'GM0928.2020-01-01.r3' });
    expect(beleidsversie(events, 'GM0928.2020-01-01.r1')?.beleid.damocles.recidiveTermijnMaanden).toBe(36);
  });

  it('after a withdrawal the version before it applies again on its dates', () => {
    const events: BeleidEvent[] = [
      ...stroom,
      {
        type: 'BeleidVersieIngetrokken',
        gemeente: 'GM0928',
        ingangsdatum: '2023-01-01',
        versie: 'GM0928.2023-01-01.r2',
        reden: 'Nog niet in werking; de raad stelt het anders vast',
        ingetrokkenOp: '2022-11-01',
      },
    ];
    expect(termijnOp(events, '2023-01-01')).toBe(36);
    expect(beleidOp(events, '2024-01-01')).toMatchObject({ versie: 'GM0928.2020-01-01.r1' });
    expect(beleidsversie(events, 'GM0928.2023-01-01.r2')).toMatchObject({ status: 'ingetrokken', intrekking: { op: '2022-11-01', revisie: 3 } });
    expect(geldigeVersies(events).map((v) => v.ingangsdatum)).toEqual(['2019-01-01', '2020-01-01']);
  });

  it('after withdrawing the only version then "geen beleid"', () => {
    const events: BeleidEvent[] = [
      vastgesteld('2020-01-01', 36),
      { type: 'BeleidVersieIngetrokken', gemeente: 'GM0928', ingangsdatum: '2020-01-01', versie: 'GM0928.2020-01-01.r0', reden: 'vergissing', ingetrokkenOp: '2020-02-01' },
    ];
    expect(beleidOp(events, '2020-06-01')).toMatchObject({ status: 'geen-beleid', reden: expect.stringContaining('alle vastgestelde versies zijn ingetrokken') });
  });

  it('answers "as known on K" from a prefix of the stream, with the same version ids', () => {
    const bekendEind2019 = stroom.slice(0, 1);
    expect(beleidOp(bekendEind2019, '2020-06-01')).toMatchObject({ versie: 'GM0928.2019-01-01.r0' });
    expect(beleidOp(stroom, '2020-06-01')).toMatchObject({ versie: 'GM0928.2020-01-01.r1' });
  });

  it('takes a folded state as well as events', () => {
    expect(beleidOp(fold(beleidDecider, stroom), '2020-01-01')).toEqual(beleidOp(stroom, '2020-01-01'));
  });

  it('refuses a date that is none', () => {
    expect(() => beleidOp(stroom, '2020-1-1')).toThrow(DomainRuleViolation);
    expect(() => beleidOp(stroom, '2020-1-1')).toThrow(/JJJJ-MM-DD/);
  });

  it('gives no version for an unknown id', () => {
    expect(beleidsversie(stroom, 'GM0928.2020-01-01.r9')).toBeUndefined();
    expect(beleidsversie([], 'GM0928.2020-01-01.r0')).toBeUndefined();
  });
});
