import { fold, HERINNERING_VERSTUURD, VREEMDE_EVENTS, type HerinneringVerstuurd } from '@handhaving/domain-shared';
import { aangevuld, door, gereedVoorIntrekking, geweigerd, ingetrokken, intrekkingMetBezwaar, verleend, voornemenTotWeigering, zaakId } from './stappen/vergunning.spec-support';
import { vergunningDecider } from './vergunning.decider';
import type { VergunningEvent } from './vergunning.events';
import { evolveVergunning } from './vergunning.evolve';

const herinnering: HerinneringVerstuurd = {
  type: HERINNERING_VERSTUURD,
  herinneringId: `kamerverhuurvergunning-${zaakId}.beslistermijn-aanvraag.voor-einde-5wd-0800.2020-03-09`,
  deadlineId: `kamerverhuurvergunning-${zaakId}.beslistermijn-aanvraag`,
  zaakId,
  termijnsoort: 'beslistermijn-aanvraag',
  herinneringSoort: 'voor-einde-5wd-0800',
  termijnEinde: '2020-03-09',
  gepland: '2020-03-02T07:00:00.000Z',
  verstuurdOp: '2020-03-02T07:00:01.000Z',
  datum: '2020-03-02',
  kanalen: ['e-mail'],
};

describe('kamerverhuur: de toestand van de vergunning (evolve)', () => {
  it.each([
    ['before the aanvraag', [] as VergunningEvent[]],
    ['while the aanvraag is handled', aangevuld],
    ['during the zienswijzefase', voornemenTotWeigering],
    ['refused', geweigerd],
    ['granted', verleend],
    ['revoked, with a bezwaar', intrekkingMetBezwaar],
  ])('%s: a HerinneringVerstuurd leaves the state as it was, and never throws', (_fase, events) => {
    const state = fold(vergunningDecider, events);
    expect(evolveVergunning(state, herinnering as never)).toBe(state);
    for (const vreemd of VREEMDE_EVENTS) expect(evolveVergunning(state, vreemd as never)).toBe(state);
  });

  it('an event that does not fit the state changes nothing: a second aanvraag, a verlening of a revoked permit, a bezwaar without besluit', () => {
    const verleendState = fold(vergunningDecider, verleend);
    expect(evolveVergunning(verleendState, aangevuld[0])).toBe(verleendState);
    const ingetrokkenState = fold(vergunningDecider, ingetrokken);
    expect(evolveVergunning(ingetrokkenState, verleend.at(-1) as VergunningEvent)).toBe(ingetrokkenState);
    const bezwaar: VergunningEvent = { type: 'BezwaarIngediend', zaakId, ontvangstdatum: '2020-03-20', bezwaartermijnEinde: '2020-04-08', tijdig: true, datum: '2020-03-20', door };
    expect(evolveVergunning(verleendState, bezwaar)).toBe(verleendState);
  });

  it('folds the path of a permit: aangevraagd, verleend, voornemen to revoke, ingetrokken', () => {
    expect(fold(vergunningDecider, aangevuld)).toMatchObject({ status: 'aangevraagd', beslistermijn: { aanvullingen: [{ aanvulling: 1, ontvangenOp: '2020-01-24' }] } });
    expect(fold(vergunningDecider, gereedVoorIntrekking)).toMatchObject({ status: 'verleend', voornemen: { strekking: 'intrekken', termijnVerstreken: true } });
    expect(fold(vergunningDecider, ingetrokken)).toMatchObject({ status: 'ingetrokken', vergunning: { einddatum: '2022-03-01' } });
  });
});
