import type { DamoclesEvent } from '@handhaving/domain-damocles';
import type { DwangsomEvent } from '@handhaving/domain-dwangsom';
import { BEVINDINGEN } from '@handhaving/domain-flexteam';
import type { TrajectEvent } from '@handhaving/domain-kamerverhuur';
import { RECIDIVE_BEVINDINGEN } from '@handhaving/policy';
import { evolveRecidive } from '../damocles/recidive.evolve';
import { KERKRADE, rapportage, sluiting } from '../damocles/test-support/damocles-events';
import { evolveVondst, vondstenVanControle, type Vondst, type VondstEvent } from './eerdere-vondsten.evolve';
import { constatering, controle, dwangsomzaak } from './test-support/vondsten';

/*
 * The fold of the recidive check across contexts, given the events of one case: what the check
 * relies on (docs/flexteam.md, "Recidive across contexts"). The check against Redis is in
 * eerdere-vondsten.int.spec.ts.
 */

const op = (dag: string) => `${dag}T09:00:00.000Z`;
const vastlegging = (dag: string, herkomst?: Vondst | null) => ({ op: op(dag), gemeente: KERKRADE, ...(herkomst === undefined ? {} : { herkomst }) });

function na(context: 'damocles' | 'kamerverhuur' | 'dwangsom', events: ReadonlyArray<readonly [VondstEvent, string]>): Vondst | null {
  return events.reduce<Vondst | null>((vondst, [event, dag]) => evolveVondst(vondst, context, event, vastlegging(dag)), null);
}

describe('an earlier find of any context, folded', () => {
  it("the policy's flexteam findings are the flexteam context's, without geen-bijzonderheden", () => {
    expect([...RECIDIVE_BEVINDINGEN].sort()).toEqual(BEVINDINGEN.filter((b) => b !== 'geen-bijzonderheden').sort());
  });

  it('a control: each visit that found something is a find on the day the control was held, with its findings and overtreder; a visit with geen-bijzonderheden none', () => {
    const uitgevoerd = controle('C-1', '2020-09-10', [
      { nr: 12, bevindingen: ['drugs-aangetroffen', 'overlast'] },
      { nr: 14, bevindingen: ['kamerverhuur'], overtrederId: 'B-1' },
      { nr: 16, bevindingen: ['geen-bijzonderheden'] },
    ]);
    expect(vondstenVanControle(uitgevoerd, vastlegging('2020-09-11'))).toEqual([
      {
        vondstId: 'flexteam:C-1:adres:6461AB-12',
        context: 'flexteam',
        zaakId: 'C-1',
        gemeente: KERKRADE,
        pandSleutel: 'adres:6461AB-12',
        bevindingen: ['drugs-aangetroffen', 'overlast'],
        versies: [{ constateringsdatum: '2020-09-10', soort: 'drugs-aangetroffen, overlast', vastgelegdOp: op('2020-09-11') }],
        betrokkenen: [],
        afloop: [{ afloop: 'lopend', vastgelegdOp: op('2020-09-11') }],
      },
      expect.objectContaining({ vondstId: 'flexteam:C-1:adres:6461AB-14', betrokkenen: [{ betrokkeneId: 'B-1', vastgelegdOp: op('2020-09-11') }] }),
    ]);
  });

  it('a Damocles find keeps the facts and outcomes the Damocles recidive model keeps, and its betrokkenen; a correction of them supersedes, never deletes', () => {
    const gevonden = { ...rapportage('Z-1', 12, '2020-02-29', '2020-03-02', ['softdrugs']), betrokkenen: [{ betrokkeneId: 'B-1', rol: 'gebruiker' as const }] };
    const correctie = {
      type: 'FeitenGecorrigeerd',
      zaakId: 'Z-1',
      correcties: [
        { veld: 'constateringsdatum', oud: '2020-02-29', nieuw: '2020-02-28' },
        { veld: 'betrokkenen', oud: [{ betrokkeneId: 'B-1', rol: 'gebruiker' }], nieuw: [{ betrokkeneId: 'B-2', rol: 'eigenaar' }] },
      ],
      reden: 'typefout',
      datum: '2020-05-01',
      door: 'mw-1',
    } as unknown as DamoclesEvent;
    const stappen = [[gevonden, '2020-03-02'], [sluiting('Z-1', '2020-04-01'), '2020-04-01'], [correctie, '2020-05-01']] as const;
    const vondst = na('damocles', stappen);
    const damocles = stappen.reduce<ReturnType<typeof evolveRecidive>>((record, [event, dag]) => evolveRecidive(record, event, vastlegging(dag)), null);
    expect(vondst?.versies).toEqual(damocles?.versies.map(({ zwaarsteCategorie, ...versie }) => ({ ...versie, soort: zwaarsteCategorie })));
    expect(vondst?.afloop).toEqual(damocles?.afloop);
    expect(vondst?.betrokkenen).toEqual([
      { betrokkeneId: 'B-1', vastgelegdOp: op('2020-03-02'), vervangenOp: op('2020-05-01') },
      { betrokkeneId: 'B-2', vastgelegdOp: op('2020-05-01') },
    ]);
    expect(vondst).toMatchObject({ vondstId: 'damocles:Z-1', pandSleutel: 'adres:6461AB-12' });
  });

  it('a kamerverhuur constatering is a find against its overtreder, naming the control it follows up; a traject closed as geen-overtreding says so', () => {
    const afgesloten = { type: 'TrajectAfgesloten', zaakId: 'T-1', afsluitdatum: '2021-01-10', resultaat: 'geen-overtreding', datum: '2021-01-10', door: 'mw-1' } as TrajectEvent;
    const vondst = na('kamerverhuur', [
      [constatering('T-1', 14, '2020-09-10', 'B-1', { context: 'flexteam', zaakId: 'C-1' }), '2020-09-12'],
      [afgesloten, '2021-01-10'],
    ]);
    expect(vondst).toMatchObject({
      vondstId: 'kamerverhuur:T-1',
      pandSleutel: 'adres:6461AB-14',
      bron: { context: 'flexteam', zaakId: 'C-1' },
      versies: [{ constateringsdatum: '2020-09-10', soort: 'kamerverhuur' }],
      betrokkenen: [{ betrokkeneId: 'B-1' }],
    });
    expect(vondst?.afloop.map((stap) => stap.afloop)).toEqual(['lopend', 'geen-overtreding']);
  });

  it('a dwangsom case lies in the pand of the case it came from, when known here and in the same gemeente; else in no pand, found by its overtreder', () => {
    const damocles = na('damocles', [[rapportage('Z-1', 12, '2020-02-29', '2020-03-02', ['softdrugs']), '2020-03-02']]);
    const uit = (herkomst: Vondst | null, event: DwangsomEvent) => evolveVondst(null, 'dwangsom', event, vastlegging('2020-04-01', herkomst));
    expect(uit(damocles, dwangsomzaak('D-1', '2020-02-29', 'B-1', { context: 'damocles', zaakId: 'Z-1' }))).toMatchObject({
      vondstId: 'dwangsom:D-1',
      pandSleutel: 'adres:6461AB-12',
      bron: { context: 'damocles', zaakId: 'Z-1' },
      versies: [{ constateringsdatum: '2020-02-29', soort: 'drugspand' }],
      betrokkenen: [{ betrokkeneId: 'B-1' }],
    });
    expect(uit(damocles && { ...damocles, gemeente: 'GM0882' }, dwangsomzaak('D-2', '2020-02-29', 'B-1', { context: 'damocles', zaakId: 'Z-1' }))?.pandSleutel).toBeUndefined();
    expect(uit(null, dwangsomzaak('D-3', '2020-02-29', 'B-1'))?.pandSleutel).toBeUndefined();

    const afgezien = { type: 'AfgezienVanLast', zaakId: 'D-3', motivering: 'herstel', datum: '2020-05-01', door: 'mw-1' } as DwangsomEvent;
    expect(na('dwangsom', [[dwangsomzaak('D-3', '2020-02-29', 'B-1'), '2020-03-01'], [afgezien, '2020-05-01']])?.afloop.at(-1)).toEqual({ afloop: 'afgezien', datum: '2020-05-01', vastgelegdOp: op('2020-05-01') });
  });

  it('a first step replayed keeps the first; a later step of a case never seen keeps nothing', () => {
    const vondst = na('kamerverhuur', [[constatering('T-1', 14, '2020-09-10', 'B-1'), '2020-09-12']]);
    expect(evolveVondst(vondst, 'kamerverhuur', constatering('T-1', 16, '2020-10-10', 'B-2'), vastlegging('2020-10-12'))).toBe(vondst);
    expect(evolveVondst(null, 'damocles', sluiting('Z-9', '2020-04-01'), vastlegging('2020-04-01'))).toBeNull();
  });
});
