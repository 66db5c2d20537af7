import { DeciderSpecification, fold } from '@handhaving/domain-shared';
import type { DamoclesCommand } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import { door, zaakId } from './zaak.spec-support';
import { beroep, ongegrond, totBezwaar, totSluitingsbesluit, uitgevoerd, bezwaar, uitspraak, voerUit } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

const doeUitspraak = (velden: Partial<Extract<DamoclesCommand, { type: 'RegistreerUitspraakOpBeroep' }>> = {}): DamoclesCommand => ({
  type: 'RegistreerUitspraakOpBeroep',
  zaakId,
  uitkomst: 'ongegrond',
  uitspraakdatum: '2021-10-05',
  datum: '2021-10-06',
  door,
  ...velden,
});

const inBeroep = [...totBezwaar, ongegrond, beroep];

/** Art. 8:70, 8:72 Awb: the Rechtbank Limburg decides on Tuesday 5 October 2021 on the beroep of 1 June. */
describe('damocles: registreer uitspraak op beroep', () => {
  it('records an ongegrond uitspraak; the closure stands and may be carried out', () => {
    given(inBeroep).when(doeUitspraak()).then([uitspraak()]);
    given([...inBeroep, uitspraak()])
      .when(voerUit('2021-10-07'))
      .then([{ type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-10-07', eindeSluiting: '2022-01-06', datum: '2021-10-07', door }]);
  });

  it('gegrond and vernietigd (art. 8:72 lid 3 sub b): the case ends as on a herroeping, and the closure cannot be carried out', () => {
    given(inBeroep).when(doeUitspraak({ uitkomst: 'gegrond', vernietigd: true })).then([uitspraak('gegrond', true)]);
    const state = fold(damoclesDecider, [...inBeroep, uitspraak('gegrond', true)]);
    expect(state).toMatchObject({ status: 'afgesloten', afloop: 'sluiting-vernietigd', sinds: '2021-10-05' });
    given([...inBeroep, uitspraak('gegrond', true)]).when(voerUit('2021-10-07')).thenRefuses('damocles/sluiting-vernietigd', 'zaakId');
  });

  it('gegrond and vernietigd after the premises were sealed: the closure is marked vernietigd, to be ended by a heropening', () => {
    const state = fold(damoclesDecider, [...totSluitingsbesluit, uitgevoerd, bezwaar, ongegrond, beroep, uitspraak('gegrond', true)]);
    expect(state).toMatchObject({ status: 'pand-gesloten', besluit: { vernietigd: true } });
  });

  it('gegrond with the legal effects left standing (art. 8:72 lid 3 sub a): the closure stands', () => {
    given(inBeroep).when(doeUitspraak({ uitkomst: 'gegrond', vernietigd: false })).then([uitspraak('gegrond', false)]);
    expect(fold(damoclesDecider, [...inBeroep, uitspraak('gegrond', false)])).toMatchObject({ status: 'sluiting-besloten' });
  });

  it('refuses an uitspraak without beroep, a second one, gegrond without saying whether it vernietigde, and one before the beroep', () => {
    given([...totBezwaar, ongegrond]).when(doeUitspraak()).thenRefuses('damocles/geen-beroep', 'zaakId');
    given([...inBeroep, uitspraak()]).when(doeUitspraak()).thenRefuses('damocles/uitspraak-al-gedaan', 'zaakId');
    given(inBeroep).when(doeUitspraak({ uitkomst: 'gegrond' })).thenRefuses('damocles/vernietiging-ontbreekt', 'vernietigd');
    given(inBeroep).when(doeUitspraak({ vernietigd: true })).thenRefuses('damocles/vernietiging-zonder-gegrond-beroep', 'vernietigd');
    given(inBeroep).when(doeUitspraak({ uitspraakdatum: '2021-05-31' })).thenRefuses('damocles/datum-voor-vorige-stap', 'uitspraakdatum');
  });
});
