import { DeciderSpecification, fold } from '@handhaving/domain-shared';
import { damoclesDecider } from '../damocles.decider';
import { door, stappen, zaakId, zaakNa } from './zaak.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;
const voorgesteld = zaakNa([stappen.rapportage(), stappen.voorstel()]);
const corrigeer = (correcties: object) => ({ type: 'CorrigeerFeiten' as const, zaakId, correcties, reden: 'Labuitslag', datum: '2021-02-17', door });

/** A maatregelvoorstel rests on the facts as they were: correcting what the ladder reads asks for a new one. */
describe('damocles: corrigeer feiten after the maatregelvoorstel', () => {
  it('a corrected heaviest category sends the case back: a voornemen waits for a new proposal', () => {
    const gecorrigeerd = zaakNa([stappen.rapportage(), stappen.voorstel(), corrigeer({ vondsten: [{ categorie: 'harddrugs', omschrijving: 'cocaïne' }] })]);
    expect(fold(damoclesDecider, gecorrigeerd)).toMatchObject({ status: 'rapportage-ontvangen', zaak: { zwaarsteCategorie: 'harddrugs' } });
    given(gecorrigeerd).when(stappen.voornemen()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    const opnieuw = zaakNa([stappen.rapportage(), stappen.voorstel(), corrigeer({ vondsten: [{ categorie: 'harddrugs', omschrijving: 'cocaïne' }] }), stappen.voorstel()]);
    expect(opnieuw[3]).toMatchObject({ type: 'MaatregelVoorgesteld', voorgesteld: { soort: 'sluiting' } });
  });

  it('a corrected constateringsdatum (it moves the recidive window) does so too; a corrected betrokkene does not', () => {
    expect(fold(damoclesDecider, [...voorgesteld, ...damoclesDecider.decide(corrigeer({ constateringsdatum: '2021-02-09' }), fold(damoclesDecider, voorgesteld))])).toMatchObject({ status: 'rapportage-ontvangen' });
    const andereBetrokkene = corrigeer({ betrokkenen: [{ betrokkeneId: 'b-eigenaar', rol: 'eigenaar' }] });
    expect(fold(damoclesDecider, [...voorgesteld, ...damoclesDecider.decide(andereBetrokkene, fold(damoclesDecider, voorgesteld))])).toMatchObject({ status: 'maatregel-voorgesteld' });
  });
});
