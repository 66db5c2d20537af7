import type { DamoclesEvent } from '@handhaving/domain-damocles';
import { evolveRecidive, type VondstRecord } from './recidive.evolve';
import { afgezien, herroepen, KERKRADE, rapportage, sluiting, waarschuwing } from './test-support/damocles-events';

/*
 * The fold of the recidive read model, given the events of one case: what the recidive check
 * relies on (docs/damocles.md, "Recidive"). The check itself, against Redis, is in recidive.int.spec.ts.
 */

const op = (dag: string) => `${dag}T09:00:00.000Z`;

function na(events: ReadonlyArray<readonly [DamoclesEvent, string]>): VondstRecord | null {
  return events.reduce<VondstRecord | null>((record, [event, dag]) => evolveRecidive(record, event, { op: op(dag), gemeente: KERKRADE }), null);
}

const gevonden = [rapportage('Z-1', 12, '2020-02-29', '2020-03-02', ['softdrugs']), '2020-03-02'] as const;

describe('a find as the recidive check reads it, folded', () => {
  it('given a rapportage: the find in its pand (normal form), its facts as recorded, the outcome still lopend', () => {
    expect(na([gevonden])).toEqual({
      zaakId: 'Z-1',
      gemeente: KERKRADE,
      pandSleutel: 'adres:6461AB-12',
      versies: [{ constateringsdatum: '2020-02-29', zwaarsteCategorie: 'softdrugs', vastgelegdOp: op('2020-03-02') }],
      afloop: [{ afloop: 'lopend', vastgelegdOp: op('2020-03-02') }],
    });
  });

  it('a closure later herroepen on bezwaar keeps both outcomes, each with when it was recorded, so "as known on" can pick either', () => {
    const record = na([gevonden, [sluiting('Z-1', '2020-04-01'), '2020-04-01'], [herroepen('Z-1', '2020-07-01'), '2020-07-02']]);
    expect(record?.afloop).toEqual([
      { afloop: 'lopend', vastgelegdOp: op('2020-03-02') },
      { afloop: 'sluiting', datum: '2020-04-01', vastgelegdOp: op('2020-04-01') },
      { afloop: 'herroepen', datum: '2020-07-01', vastgelegdOp: op('2020-07-02') },
    ]);
  });

  it('a warning and an afzien are outcomes too', () => {
    expect(na([gevonden, [waarschuwing('Z-1', '2020-03-20'), '2020-03-20']])?.afloop.at(-1)?.afloop).toBe('waarschuwing');
    expect(na([gevonden, [afgezien('Z-1', '2020-03-20'), '2020-03-20']])?.afloop.at(-1)?.afloop).toBe('afgezien');
  });

  it('a closure the rechtbank vernietigde counts as herroepen; one it upheld changes nothing', () => {
    const uitspraak = (vernietigd: boolean) => ({ type: 'UitspraakOpBeroepGedaan', zaakId: 'Z-1', vernietigd, uitspraakdatum: '2021-01-15', datum: '2021-01-15', door: 'mw-1' }) as unknown as DamoclesEvent;
    const gesloten = [gevonden, [sluiting('Z-1', '2020-04-01'), '2020-04-01']] as const;
    expect(na([...gesloten, [uitspraak(true), '2021-01-15']])?.afloop.at(-1)).toEqual({ afloop: 'herroepen', datum: '2021-01-15', vastgelegdOp: op('2021-01-15') });
    expect(na([...gesloten, [uitspraak(false), '2021-01-15']])).toEqual(na(gesloten));
  });

  it('a correction of the constateringsdatum adds a version and marks the old one superseded; the old stays readable', () => {
    const correctie = { type: 'FeitenGecorrigeerd', zaakId: 'Z-1', correcties: [{ veld: 'constateringsdatum', oud: '2020-02-29', nieuw: '2020-02-28' }], reden: 'typefout', datum: '2020-05-01', door: 'mw-1' } as unknown as DamoclesEvent;
    expect(na([gevonden, [correctie, '2020-05-01']])?.versies).toEqual([
      { constateringsdatum: '2020-02-29', zwaarsteCategorie: 'softdrugs', vastgelegdOp: op('2020-03-02'), vervangenOp: op('2020-05-01') },
      { constateringsdatum: '2020-02-28', zwaarsteCategorie: 'softdrugs', vastgelegdOp: op('2020-05-01') },
    ]);
  });

  it('a rapportage replayed keeps the first; a step of a case never seen, or a reminder, keeps nothing new', () => {
    const record = na([gevonden]);
    const later = rapportage('Z-1', 14, '2020-03-01', '2020-03-05', ['harddrugs']);
    expect(evolveRecidive(record, later, { op: op('2020-03-05') })).toBe(record);
    expect(evolveRecidive(null, sluiting('Z-9', '2020-04-01'), { op: op('2020-04-01') })).toBeNull();
    expect(evolveRecidive(record, { type: 'HerinneringVerstuurd', zaakId: 'Z-1' } as unknown as DamoclesEvent, { op: op('2020-04-01') })).toBe(record);
  });
});
