import { DeciderSpecification, verdraagtVreemdeEvents } from '@handhaving/domain-shared';
import type { Verzegeld } from './betrokkene.events';
import { betrokkeneDecider } from './betrokkene.decider';

const id = '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d';
const gegevens: Verzegeld = { alg: 'A256GCM', subjectId: id, keyVersion: 1, iv: 'aXY=', ciphertext: 'Y3Q=', tag: 'dGFn' };
const geregistreerd = {
  type: 'BetrokkeneGeregistreerd',
  betrokkeneId: id,
  gemeente: 'GM0928',
  soort: 'persoon',
  gegevens,
  registratiedatum: '2021-03-03',
} as const;

const given = DeciderSpecification.for(betrokkeneDecider).given;

describe('betrokkene', () => {
  it('given nothing, when registered, then BetrokkeneGeregistreerd with the sealed data', () => {
    given([])
      .when({ type: 'RegistreerBetrokkene', betrokkeneId: id, gemeente: 'GM0928', soort: 'persoon', gegevens, datum: '2021-03-03' })
      .then([geregistreerd]);
  });

  it('refuses a second registration of the same betrokkene', () => {
    given([geregistreerd])
      .when({ type: 'RegistreerBetrokkene', betrokkeneId: id, gemeente: 'GM0928', soort: 'persoon', gegevens, datum: '2021-03-04' })
      .thenRefuses('betrokkene/al-geregistreerd', 'betrokkeneId');
  });

  it('refuses data sealed under another betrokkene’s key', () => {
    given([])
      .when({
        type: 'RegistreerBetrokkene',
        betrokkeneId: id,
        gemeente: 'GM0928',
        soort: 'persoon',
        gegevens: { ...gegevens, subjectId: '1b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d' },
        datum: '2021-03-03',
      })
      .thenRefuses('betrokkene/sleutel-hoort-niet-bij-betrokkene', 'gegevens');
  });

  it('given a registration, when the data is erased, then PersoonsgegevensVerwijderd', () => {
    given([geregistreerd])
      .when({ type: 'VerwijderPersoonsgegevens', betrokkeneId: id, reden: 'avg-artikel-17', datum: '2024-05-01' })
      .then([{ type: 'PersoonsgegevensVerwijderd', betrokkeneId: id, reden: 'avg-artikel-17', toelichting: undefined, verwijderdOp: '2024-05-01' }]);
  });

  it('refuses to erase twice, to erase an unknown betrokkene, and to erase before the registration', () => {
    given([geregistreerd, { type: 'PersoonsgegevensVerwijderd', betrokkeneId: id, reden: 'avg-artikel-17', verwijderdOp: '2024-05-01' }])
      .when({ type: 'VerwijderPersoonsgegevens', betrokkeneId: id, reden: 'avg-artikel-17', datum: '2024-05-02' })
      .thenRefuses('betrokkene/al-verwijderd');
    given([]).when({ type: 'VerwijderPersoonsgegevens', betrokkeneId: id, reden: 'avg-artikel-17', datum: '2024-05-02' }).thenRefuses('betrokkene/onbekend');
    given([geregistreerd])
      .when({ type: 'VerwijderPersoonsgegevens', betrokkeneId: id, reden: 'bewaartermijn-verstreken', datum: '2021-03-01' })
      .thenRefuses('betrokkene/verwijdering-voor-registratie', 'datum');
  });

  it('passes by events it does not know (a newer version’s) and still accepts the next command', () => {
    verdraagtVreemdeEvents(betrokkeneDecider, [geregistreerd], { type: 'VerwijderPersoonsgegevens', betrokkeneId: id, reden: 'bewaartermijn-verstreken', datum: '2027-01-01' });
  });
});
