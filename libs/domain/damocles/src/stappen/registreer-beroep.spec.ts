import { DeciderSpecification } from '@handhaving/domain-shared';
import type { DamoclesCommand } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import { door, zaakId } from './zaak.spec-support';
import { beroep, bezwaar, herroepen, ongegrond, totBezwaar, totSluitingsbesluit, uitgevoerd } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

const stelIn = (velden: Partial<Extract<DamoclesCommand, { type: 'RegistreerBeroep' }>> = {}): DamoclesCommand => ({
  type: 'RegistreerBeroep',
  zaakId,
  rechtbank: 'Rechtbank Limburg',
  indieningsdatum: '2021-06-01',
  datum: '2021-06-02',
  door,
  ...velden,
});

/** Art. 6:7, 6:9, 8:1 Awb: the beslissing op bezwaar of 12 May 2021 is open to beroep through Wednesday 23 June. */
describe('damocles: registreer beroep', () => {
  it('records a beroep received on 1 June against the ongegrond beslissing op bezwaar: on time', () => {
    given([...totBezwaar, ongegrond]).when(stelIn()).then([beroep]);
  });

  it('records one received on 24 June, the day after the term, flagged late; posted on 23 June and received on 30 June it is on time (art. 6:9 lid 2)', () => {
    given([...totBezwaar, ongegrond])
      .when(stelIn({ indieningsdatum: '2021-06-24', datum: '2021-06-24' }))
      .then([{ ...beroep, indieningsdatum: '2021-06-24', tijdig: false, datum: '2021-06-24' }]);
    given([...totBezwaar, ongegrond])
      .when(stelIn({ verzenddatum: '2021-06-23', indieningsdatum: '2021-06-30', datum: '2021-06-30' }))
      .then([{ type: 'BeroepIngesteld', zaakId, rechtbank: 'Rechtbank Limburg', indieningsdatum: '2021-06-30', verzenddatum: '2021-06-23', beroepstermijnEinde: '2021-06-23', tijdig: true, datum: '2021-06-30', door }]);
  });

  it('records a beroep against a closure already carried out', () => {
    given([...totSluitingsbesluit, uitgevoerd, bezwaar, ongegrond]).when(stelIn()).then([beroep]);
  });

  it('refuses a beroep before the beslissing op bezwaar (art. 7:1 Awb), a second one, one without rechtbank, and one after a herroeping closed the case', () => {
    given(totBezwaar).when(stelIn()).thenRefuses('damocles/geen-beslissing-op-bezwaar', 'zaakId');
    given([...totBezwaar, ongegrond, beroep]).when(stelIn()).thenRefuses('damocles/beroep-al-ingesteld', 'zaakId');
    given([...totBezwaar, ongegrond]).when(stelIn({ rechtbank: '' })).thenRefuses('damocles/rechtbank-ontbreekt', 'rechtbank');
    given([...totBezwaar, herroepen]).when(stelIn()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
  });

  it('refuses an indieningsdatum before the bekendmaking of the beslissing or after the day it is recorded', () => {
    given([...totBezwaar, ongegrond]).when(stelIn({ indieningsdatum: '2021-05-11' })).thenRefuses('damocles/datum-voor-vorige-stap', 'indieningsdatum');
    given([...totBezwaar, ongegrond]).when(stelIn({ indieningsdatum: '2021-06-03', vandaag: '2021-06-02' })).thenRefuses('damocles/datum-in-de-toekomst', 'indieningsdatum');
  });
});
