import { DeciderSpecification, fold, verdraagtVreemdeEvents } from '@handhaving/domain-shared';
import type { DamoclesCommand } from './damocles.commands';
import { damoclesDecider } from './damocles.decider';
import type { DamoclesEvent } from './damocles.events';
import { door, zaakId } from './stappen/zaak.spec-support';
import { besluitSluiting, corrigeer, ontvangen, registreerBezwaar, stelVoor, totBesluit, totSluitingsbesluit, totVoornemen, uitgevoerd, verzend, voorgesteldTweede } from './stappen/zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

describe('damocles evolve: events it does not know (a reminder sent, a newer version)', () => {
  // The scheduler records HerinneringVerstuurd on the case's stream; a newer version may write
  // types this one has never seen. Neither changes the case, and the next step is still taken.
  it.each<[string, DamoclesEvent[], DamoclesCommand]>([
    ['before the proposal', [ontvangen], stelVoor()],
    ['between the voornemen and the zienswijze', totVoornemen, { type: 'RegistreerZienswijze', zaakId, wijze: 'mondeling', datum: '2021-03-01', door }],
    ['before the besluit', totBesluit, besluitSluiting()],
    ['after the sluitingsbesluit', totSluitingsbesluit, registreerBezwaar('2021-03-20')],
    ['while the premises are closed', [...totSluitingsbesluit, uitgevoerd], { type: 'RegistreerHeropening', zaakId, heropeningsdatum: '2021-06-25', datum: '2021-06-25', door }],
  ])('%s: folds to the same state and accepts the next command', (_stage, events, command) => {
    verdraagtVreemdeEvents(damoclesDecider, events, command);
  });
});

describe('damocles evolve: corrected facts applied', () => {
  it('records the new heaviest category when corrected finds change it, and evolve applies it', () => {
    const vondsten = [{ categorie: 'harddrugs', omschrijving: 'amfetamine volgens het lab' }] as const;
    const gecorrigeerd = {
      type: 'FeitenGecorrigeerd',
      zaakId,
      correcties: [
        { veld: 'vondsten', oud: ontvangen.vondsten, nieuw: vondsten },
        { veld: 'zwaarsteCategorie', oud: 'softdrugs', nieuw: 'harddrugs' },
      ],
      reden: 'Labuitslag',
      datum: '2021-06-01',
      door,
    } as const;
    given([ontvangen, voorgesteldTweede]).when(corrigeer({ vondsten }, 'Labuitslag')).then([gecorrigeerd]);
    // The proposal was made for softdrugs: it no longer stands, a new one comes before a voornemen.
    given([ontvangen, voorgesteldTweede, gecorrigeerd]).when(verzend()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    // Applied: after a new proposal, a warning is refused as for harddrugs.
    given([ontvangen, voorgesteldTweede, gecorrigeerd, voorgesteldTweede])
      .when(verzend({ maatregel: { soort: 'waarschuwing' }, afwijking: { motivering: 'eerste keer' } }))
      .thenRefuses('damocles/harddrugs-geen-waarschuwing', 'maatregel');
    const state = fold(damoclesDecider, [ontvangen, voorgesteldTweede, gecorrigeerd, { type: 'FeitenGecorrigeerd', zaakId, correcties: [{ veld: 'pandtype', oud: 'woning', nieuw: 'lokaal' }], reden: 'Bedrijfspand', datum: '2021-06-02', door }]);
    expect(state).toMatchObject({ status: 'rapportage-ontvangen', zaak: { zwaarsteCategorie: 'harddrugs', vondsten, pand: { pandtype: 'lokaal', sleutel: 'adres:6461AB-12-A' } } });
  });
});
