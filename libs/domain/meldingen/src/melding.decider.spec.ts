import { fold, verdraagtVreemdeEvents } from '@handhaving/domain-shared';
import { meldingContext } from './melding.context';
import { meldingDecider } from './melding.decider';
import type { MeldingEvent } from './melding.events';
import { gekoppeld, geregistreerd, gesloten, koppel, pand, registreer, sluit, zaakId } from './stappen/melding.spec-support';

describe('melding: the decider and its context', () => {
  it('lives on streams melding-{zaakId} and names the events it writes', () => {
    expect(meldingContext.naam).toBe('melding');
    expect(meldingContext.streamId(zaakId)).toBe(`melding-${zaakId}`);
    expect(meldingContext.eventTypes).toEqual(['MeldingGeregistreerd', 'MeldingAanPandGekoppeld', 'MeldingGesloten']);
  });

  it('folds a melding from open, linked, to closed', () => {
    const history: MeldingEvent[] = [geregistreerd, gekoppeld, gesloten];
    expect(fold(meldingDecider, history)).toEqual({
      status: 'gesloten',
      melding: { zaakId, gemeente: 'GM0928', bron: 'meldpunt-overlast', categorie: 'drugsoverlast', plaats: { soort: 'pand', pand }, meldingsdatum: '2020-03-02', laatsteDatum: '2020-03-20' },
      reden: 'opgenomen-in-zaak',
      zaak: { context: 'damocles', zaakId: 'd-1' },
    });
  });

  it('passes by events it does not know (a HerinneringVerstuurd, a newer version’s type) in every state', () => {
    verdraagtVreemdeEvents(meldingDecider, [], registreer());
    verdraagtVreemdeEvents(meldingDecider, [geregistreerd], koppel());
    verdraagtVreemdeEvents(meldingDecider, [geregistreerd, gekoppeld], sluit());
  });

  it('keeps its state on an event out of order (a second registration, a link after closing)', () => {
    const open = fold(meldingDecider, [geregistreerd]);
    expect(meldingDecider.evolve(open, { ...geregistreerd, categorie: 'woonoverlast' })).toBe(open);
    const dicht = fold(meldingDecider, [geregistreerd, gesloten]);
    expect(meldingDecider.evolve(dicht, gekoppeld)).toBe(dicht);
    expect(meldingDecider.evolve(dicht, gesloten)).toBe(dicht);
  });
});
