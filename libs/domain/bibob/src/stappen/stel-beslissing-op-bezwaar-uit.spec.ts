import { VERTROUWELIJK } from '../verzegelde-inhoud';
import { given, metBezwaar, geweigerd, zaakId, door, stap } from './zaak.spec-support';

const uitstel = { type: 'StelBeslissingOpBezwaarUit', ...stap, lengte: { aantal: 4, eenheid: 'weken' }, reden: { verzegeld: 'dWl0c3RlbA==' }, instemming: { indienerOp: '2024-02-19', andereBelanghebbenden: 'niet-geschaad' }, datum: '2024-02-20' } as const;

describe('bibob: stel de beslissing op bezwaar uit met instemming (art. 7:10 lid 4 Awb)', () => {
  it('four weeks from Wednesday 28 February 2024: Wednesday 27 March', () => {
    given(metBezwaar)
      .when(uitstel)
      .then([
        {
          type: 'BeslistermijnBezwaarUitgesteld',
          zaakId,
          lengte: { aantal: 4, eenheid: 'weken' },
          reden: VERTROUWELIJK,
          instemming: { indienerOp: '2024-02-19', andereBelanghebbenden: 'niet-geschaad' },
          beslistermijnEinde: '2024-03-27',
          inhoud: { verzegeld: 'dWl0c3RlbA==' },
          datum: '2024-02-20',
          door,
        },
      ]);
    given(geweigerd).when(uitstel).thenRefuses('bibob/geen-bezwaar', 'zaakId');
  });
});
