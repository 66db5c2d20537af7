import { fold } from '@handhaving/domain-shared';
import { bibobDecider } from '../bibob.decider';
import { beslis } from './rechtsgang.spec-support';
import { given, geweigerd, metBezwaar, zaakId, door } from './zaak.spec-support';

// Made known Wednesday 21 February 2024: beroep through Wednesday 3 April (art. 6:7, 6:8 Awb).
const genomen = (uitkomst: string, herzien?: string) =>
  ({ type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst, bekendmakingsdatum: '2024-02-21', beroepstermijnEinde: '2024-04-03', ...(herzien ? { herzien } : {}), datum: '2024-02-21', door }) as never;

describe('bibob: neem de beslissing op bezwaar (art. 7:11 Awb)', () => {
  it('ongegrond leaves the refusal standing; gegrond replaces it by the besluit it names', () => {
    given(metBezwaar).when(beslis('ongegrond')).then([genomen('ongegrond')]);
    given(metBezwaar).when(beslis('gegrond', 'verleend-onder-voorschriften')).then([genomen('gegrond', 'verleend-onder-voorschriften')]);
    expect(fold(bibobDecider, [...metBezwaar, genomen('gegrond', 'verleend-onder-voorschriften')])).toMatchObject({ besluit: { uitkomst: 'geweigerd', herzien: 'verleend-onder-voorschriften' } });
  });

  it('refuses a gegrond bezwaar without new besluit, one equal to the old, one the toets does not allow, and a herzien besluit on an ongegrond bezwaar', () => {
    given(metBezwaar).when(beslis('gegrond')).thenRefuses('bibob/herzien-ontbreekt', 'herzien');
    given(metBezwaar).when(beslis('gegrond', 'geweigerd')).thenRefuses('bibob/herzien-gelijk-aan-besluit', 'herzien');
    given(metBezwaar).when(beslis('gegrond', 'ingetrokken')).thenRefuses('bibob/uitkomst-past-niet-bij-toets', 'herzien');
    given(metBezwaar).when(beslis('ongegrond', 'verleend')).thenRefuses('bibob/herzien-zonder-gegrond-bezwaar', 'herzien');
    given(geweigerd).when(beslis('ongegrond')).thenRefuses('bibob/geen-bezwaar', 'zaakId');
  });
});
