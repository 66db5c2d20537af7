import { DeciderSpecification, fold } from '@handhaving/domain-shared';
import { damoclesDecider } from '../damocles.decider';
import { door, stappen, zaakId, zaakNa } from './zaak.spec-support';
import { corrigeer, ontvangen, totSluitingsbesluit, uitgevoerd } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;
const voorgesteld = zaakNa([stappen.rapportage(), stappen.voorstel()]);
const corrigeerNaVoorstel = (correcties: object) => ({ type: 'CorrigeerFeiten' as const, zaakId, correcties, reden: 'Labuitslag', datum: '2021-02-17', door });

/** A maatregelvoorstel rests on the facts as they were: correcting what the ladder reads asks for a new one. */
describe('damocles: corrigeer feiten after the maatregelvoorstel', () => {
  it('a corrected heaviest category sends the case back: a voornemen waits for a new proposal', () => {
    const gecorrigeerd = zaakNa([stappen.rapportage(), stappen.voorstel(), corrigeerNaVoorstel({ vondsten: [{ categorie: 'harddrugs', omschrijving: 'cocaïne' }] })]);
    expect(fold(damoclesDecider, gecorrigeerd)).toMatchObject({ status: 'rapportage-ontvangen', zaak: { zwaarsteCategorie: 'harddrugs' } });
    given(gecorrigeerd).when(stappen.voornemen()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    const opnieuw = zaakNa([stappen.rapportage(), stappen.voorstel(), corrigeerNaVoorstel({ vondsten: [{ categorie: 'harddrugs', omschrijving: 'cocaïne' }] }), stappen.voorstel()]);
    expect(opnieuw[3]).toMatchObject({ type: 'MaatregelVoorgesteld', voorgesteld: { soort: 'sluiting' } });
  });

  it('a corrected constateringsdatum (it moves the recidive window) does so too; a corrected betrokkene does not', () => {
    expect(fold(damoclesDecider, [...voorgesteld, ...damoclesDecider.decide(corrigeerNaVoorstel({ constateringsdatum: '2021-02-09' }), fold(damoclesDecider, voorgesteld))])).toMatchObject({ status: 'rapportage-ontvangen' });
    const andereBetrokkene = corrigeerNaVoorstel({ betrokkenen: [{ betrokkeneId: 'b-eigenaar', rol: 'eigenaar' }] });
    expect(fold(damoclesDecider, [...voorgesteld, ...damoclesDecider.decide(andereBetrokkene, fold(damoclesDecider, voorgesteld))])).toMatchObject({ status: 'maatregel-voorgesteld' });
  });
});

describe('damocles: corrigeer feiten', () => {
  it('records a corrected constateringsdatum as its own event, with old and new value', () => {
    given(totSluitingsbesluit)
      .when(corrigeer({ constateringsdatum: '2021-02-11', ontvangstdatum: '2021-02-15' }))
      .then([
        {
          type: 'FeitenGecorrigeerd',
          zaakId,
          correcties: [{ veld: 'constateringsdatum', oud: '2021-02-10', nieuw: '2021-02-11' }],
          reden: 'Typefout in de rapportage',
          datum: '2021-06-01',
          door,
        },
      ]);
  });

  it('corrects the betrokkenen and the pandtype, even after the case closed', () => {
    const afgesloten = [...totSluitingsbesluit, uitgevoerd, { type: 'PandHeropend', zaakId, heropeningsdatum: '2021-06-25', datum: '2021-06-25', door } as const];
    const betrokkenen = [{ betrokkeneId: 'b-eigenaar', rol: 'eigenaar' }] as const;
    given(afgesloten)
      .when({ ...corrigeer({ pandtype: 'lokaal', betrokkenen }), datum: '2021-07-01' })
      .then([
        {
          type: 'FeitenGecorrigeerd',
          zaakId,
          correcties: [
            { veld: 'pandtype', oud: 'woning', nieuw: 'lokaal' },
            { veld: 'betrokkenen', oud: ontvangen.betrokkenen, nieuw: betrokkenen },
          ],
          reden: 'Typefout in de rapportage',
          datum: '2021-07-01',
          door,
        },
      ]);
  });

  it('refuses a correction without reason, one that changes nothing, one that makes the report precede the find, and one for an unknown case', () => {
    given([ontvangen]).when(corrigeer({ constateringsdatum: '2021-02-11' }, ' ')).thenRefuses('damocles/correctie-zonder-reden', 'reden');
    given([ontvangen]).when(corrigeer({ constateringsdatum: '2021-02-10', vondsten: ontvangen.vondsten })).thenRefuses('damocles/correctie-zonder-wijziging', 'correcties');
    given([ontvangen]).when(corrigeer({ constateringsdatum: '2021-02-16' })).thenRefuses('damocles/datum-voor-vorige-stap', 'correcties.constateringsdatum');
    given([ontvangen]).when(corrigeer({ vondsten: [] })).thenRefuses('damocles/geen-vondsten', 'correcties.vondsten');
    given([]).when(corrigeer({ constateringsdatum: '2021-02-11' })).thenRefuses('damocles/zaak-onbekend', 'zaakId');
  });
});
