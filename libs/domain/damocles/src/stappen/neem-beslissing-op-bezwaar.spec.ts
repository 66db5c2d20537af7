import { DeciderSpecification } from '@handhaving/domain-shared';
import type { DamoclesCommand } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import { door, zaakId } from './zaak.spec-support';
import { bezwaar, herroepen, totSluitingsbesluit, uitgevoerd, voerUit } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

const beslis = (velden: Partial<Extract<DamoclesCommand, { type: 'NeemBeslissingOpBezwaar' }>>): DamoclesCommand => ({
  type: 'NeemBeslissingOpBezwaar',
  zaakId,
  uitkomst: 'ongegrond',
  bekendmakingsdatum: '2021-05-12',
  datum: '2021-05-12',
  door,
  ...velden,
});

describe('damocles: neem beslissing op bezwaar', () => {
  it('records an ongegrond or niet-ontvankelijk objection; the closure stands', () => {
    given([...totSluitingsbesluit, bezwaar])
      .when(beslis({}))
      .then([{ type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door }]);
    given([...totSluitingsbesluit, bezwaar])
      .when(beslis({ uitkomst: 'niet-ontvankelijk' }))
      .then([{ type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'niet-ontvankelijk', bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door }]);
  });

  it('revokes the closure on a gegrond objection, after which it cannot be carried out', () => {
    given([...totSluitingsbesluit, bezwaar]).when(beslis({ uitkomst: 'gegrond', gevolg: { soort: 'herroepen' } })).then([herroepen]);
    given([...totSluitingsbesluit, bezwaar, herroepen]).when(voerUit('2021-05-20')).thenRefuses('damocles/sluiting-herroepen', 'zaakId');
  });

  it('changes the duration of a closure already carried out, and its end', () => {
    given([...totSluitingsbesluit, uitgevoerd, bezwaar])
      .when(beslis({ uitkomst: 'gegrond', gevolg: { soort: 'gewijzigd', duurMaanden: 6 } }))
      .then([
        {
          type: 'BeslissingOpBezwaarGenomen',
          zaakId,
          uitkomst: 'gegrond',
          gevolg: { soort: 'gewijzigd', duurMaanden: 6, eindeSluiting: '2021-09-24' },
          bekendmakingsdatum: '2021-05-12',
          beroepstermijnEinde: '2021-06-23',
          datum: '2021-05-12',
          door,
        },
      ]);
  });

  it('changes the duration of a closure not yet carried out, which then runs for the new duration', () => {
    const gewijzigd = { type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'gegrond', gevolg: { soort: 'gewijzigd', duurMaanden: 1 }, bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door } as const;
    given([...totSluitingsbesluit, bezwaar]).when(beslis({ uitkomst: 'gegrond', gevolg: { soort: 'gewijzigd', duurMaanden: 1 } })).then([gewijzigd]);
    given([...totSluitingsbesluit, bezwaar, gewijzigd])
      .when(voerUit('2021-05-20'))
      .then([{ type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-05-20', eindeSluiting: '2021-06-19', datum: '2021-05-20', door }]);
  });

  it('refuses a decision without an objection, a second decision, gegrond without consequence, and a consequence of a rejected objection', () => {
    given(totSluitingsbesluit).when(beslis({})).thenRefuses('damocles/geen-bezwaar', 'zaakId');
    given([...totSluitingsbesluit, bezwaar, herroepen]).when(beslis({})).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    given([...totSluitingsbesluit, uitgevoerd, bezwaar, { ...herroepen, uitkomst: 'ongegrond', gevolg: undefined }])
      .when(beslis({}))
      .thenRefuses('damocles/bezwaar-al-beslist', 'zaakId');
    given([...totSluitingsbesluit, bezwaar]).when(beslis({ uitkomst: 'gegrond' })).thenRefuses('damocles/gevolg-ontbreekt', 'gevolg');
    given([...totSluitingsbesluit, bezwaar]).when(beslis({ gevolg: { soort: 'herroepen' } })).thenRefuses('damocles/gevolg-zonder-gegrond-bezwaar', 'gevolg');
  });
});
