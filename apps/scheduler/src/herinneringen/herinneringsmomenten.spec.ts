import type { Herinnering } from '@handhaving/policy';
import { voorbeeldBeleid } from '@handhaving/policy';
import { herinneringsmomenten, herinneringSoort } from './herinneringsmomenten';

const standaard = voorbeeldBeleid().herinneringen.standaard;
const deadline = 'damocles-Z-1.bezwaartermijn';

describe('herinneringsmomenten: when the policy reminds of a term', () => {
  it('given a bezwaartermijn ending Wednesday 14 April 2021, reminds 5 werkdagen before, on the day and the werkdag after, at 08:00 Amsterdam', () => {
    expect(herinneringsmomenten(deadline, '2021-04-14', standaard)).toEqual([
      { soort: 'voor-einde-5wd-0800', herinneringId: `${deadline}.voor-einde-5wd-0800.2021-04-14`, datum: '2021-04-07', moment: '2021-04-07T06:00:00.000Z' },
      { soort: 'op-einddag-0800', herinneringId: `${deadline}.op-einddag-0800.2021-04-14`, datum: '2021-04-14', moment: '2021-04-14T06:00:00.000Z' },
      { soort: 'na-einde-1wd-0800', herinneringId: `${deadline}.na-einde-1wd-0800.2021-04-14`, datum: '2021-04-15', moment: '2021-04-15T06:00:00.000Z' },
    ]);
  });

  it('counts werkdagen past Easter (Goede Vrijdag and tweede Paasdag are no werkdagen) and keeps 08:00 local across the switch to summer time', () => {
    // Easter 2021: Goede Vrijdag 2 April, tweede Paasdag 5 April; summer time from 28 March.
    const [vijfVoor, opDag, erna] = herinneringsmomenten(deadline, '2021-04-08', standaard);
    expect(vijfVoor.datum).toBe('2021-03-30'); // 7, 6, 1 (not 5 April, nor 2 April), 31, 30 March
    expect(vijfVoor.moment).toBe('2021-03-30T06:00:00.000Z');
    expect(opDag.moment).toBe('2021-04-08T06:00:00.000Z');
    expect(erna.datum).toBe('2021-04-09');
    const winter = herinneringsmomenten(deadline, '2021-01-13', standaard);
    expect(winter[1].moment).toBe('2021-01-13T07:00:00.000Z'); // 08:00 CET
  });

  it('reminds on the last werkdag of a term that ends on a Sunday (a closure), and the werkdag after on Monday', () => {
    const momenten = herinneringsmomenten('damocles-Z-1.sluitingsduur', '2021-08-15', standaard);
    expect(momenten.map((m) => m.datum)).toEqual(['2021-08-09', '2021-08-13', '2021-08-16']);
  });

  it('names each reminder by the policy line, without ":" (it is part of a BullMQ job id)', () => {
    const herinneringen: Herinnering[] = [
      { wanneer: 'voor-einde', werkdagen: 20, tijd: '09:30' },
      { wanneer: 'op-einddag', tijd: '16:00' },
    ];
    expect(herinneringen.map(herinneringSoort)).toEqual(['voor-einde-20wd-0930', 'op-einddag-1600']);
    for (const m of herinneringsmomenten(deadline, '2022-12-30', herinneringen)) expect(m.herinneringId).not.toContain(':');
  });

  it('gives a moved term new reminder ids, so the reminders of the new end go out again', () => {
    const oud = herinneringsmomenten(deadline, '2021-04-14', standaard).map((m) => m.herinneringId);
    const nieuw = herinneringsmomenten(deadline, '2021-04-28', standaard).map((m) => m.herinneringId);
    expect(nieuw.filter((id) => oud.includes(id))).toEqual([]);
  });
});
