import { fold } from '@handhaving/domain-shared';
import { bibobDecider } from '../bibob.decider';
import { beslis } from './rechtsgang.spec-support';
import { given, metBezwaar, zaakId, door, stap, zaakNa } from './zaak.spec-support';

const uitspraak = { type: 'RegistreerUitspraakOpBeroep', ...stap, uitkomst: 'ongegrond', uitspraakdatum: '2024-09-12', datum: '2024-09-12' } as const;

describe('bibob: registreer de uitspraak op beroep (art. 8:70, 8:72 Awb)', () => {
  it('ongegrond: the refusal stands', () => {
    const ingesteld = zaakNa(metBezwaar, [beslis('ongegrond'), { type: 'RegistreerBeroep', ...stap, rechtbank: 'Rechtbank Limburg', indieningsdatum: '2024-03-20', datum: '2024-03-20' }]);
    const gedaan = { type: 'UitspraakOpBeroepGedaan', zaakId, uitkomst: 'ongegrond', vernietigd: false, uitspraakdatum: '2024-09-12', datum: '2024-09-12', door } as const;
    given(ingesteld).when(uitspraak).then([gedaan]);
    expect(fold(bibobDecider, [...ingesteld, gedaan])).toMatchObject({ rechtsbescherming: { beroep: { uitspraak: { uitkomst: 'ongegrond' } } } });
    given(metBezwaar).when(uitspraak).thenRefuses('bibob/geen-beroep', 'zaakId');
  });
});
