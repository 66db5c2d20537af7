import { fold, VREEMDE_EVENTS, verdraagtVreemdeEvents } from '@handhaving/domain-shared';
import { BEVINDINGEN, type ControleEvent } from './controle.events';
import { flexteamcontroleContext } from './controle.context';
import { controleDecider } from './controle.decider';
import { evolveControle } from './controle.evolve';
import { openVervolgen, verwachteVervolgcontext } from './regels/vervolgen';
import { afgerond, afgezien, annuleer, bag, bezoeken, geannuleerd, gepland, gestart, plan, start, traject, tweeGestart, uitgevoerd, veertien, verzoek, voer, zaakId, zieAf } from './stappen/controle.spec-support';

describe('flexteam controle: the decider and its context', () => {
  it('lives on streams flexteamcontrole-{zaakId} and names the events it writes', () => {
    expect(flexteamcontroleContext.naam).toBe('flexteamcontrole');
    expect(flexteamcontroleContext.streamId(zaakId)).toBe(`flexteamcontrole-${zaakId}`);
    expect(flexteamcontroleContext.eventTypes).toEqual(['ControleGepland', 'ControleGeannuleerd', 'ControleUitgevoerd', 'VervolgGestart', 'VervolgAfgezien', 'ControleAfgerond']);
  });

  it('folds a control from planned, executed, its follow-ups, to afgerond', () => {
    const history: ControleEvent[] = [...tweeGestart, afgezien(), afgerond('2020-09-15')];
    expect(fold(controleDecider, history)).toEqual({
      status: 'afgerond',
      zaak: { zaakId, gemeente: 'GM0928' },
      planning: { datum: '2020-09-01', geplandOp: '2020-09-10', gebied: 'Kerkrade-West', partners: ['boa', 'brp', 'bouw-en-brandveiligheid', 'politie'], adressen: gepland.adressen },
      uitvoering: { datum: '2020-09-10', teamgrootte: 8, bezoeken },
      vervolgen: [
        { pandSleutel: bag, bevinding: 'kamerverhuur', stand: 'gestart', vervolg: traject, datum: '2020-09-14' },
        { pandSleutel: bag, bevinding: 'brp-onjuist', stand: 'gestart', vervolg: verzoek, datum: '2020-09-14' },
        { pandSleutel: veertien, bevinding: 'overlast', stand: 'afgezien', reden: 'buren bemiddeld door de wijkagent', datum: '2020-09-15' },
      ],
      afgerondOp: '2020-09-15',
    });
    expect(fold(controleDecider, [gepland, geannuleerd])).toMatchObject({ status: 'geannuleerd', annulering: { datum: '2020-09-08', reden: 'politie niet beschikbaar' } });
  });

  it('lists the findings still without a follow-up, none before the control is executed', () => {
    expect(openVervolgen(fold(controleDecider, []))).toEqual([]);
    expect(openVervolgen(fold(controleDecider, [gepland]))).toEqual([]);
    expect(openVervolgen(fold(controleDecider, [gepland, uitgevoerd]))).toEqual([
      { pandSleutel: bag, bevinding: 'kamerverhuur' },
      { pandSleutel: bag, bevinding: 'brp-onjuist' },
      { pandSleutel: veertien, bevinding: 'overlast' },
    ]);
    expect(openVervolgen(fold(controleDecider, tweeGestart))).toEqual([{ pandSleutel: veertien, bevinding: 'overlast' }]);
    expect(openVervolgen(fold(controleDecider, [...tweeGestart, afgezien(), afgerond('2020-09-15')]))).toEqual([]);
  });

  it('tells for each finding the context its follow-up is expected in', () => {
    expect(Object.fromEntries(BEVINDINGEN.map((b) => [b, verwachteVervolgcontext(b)]))).toEqual({
      kamerverhuur: 'kamerverhuurtraject',
      woningsplitsing: 'kamerverhuurtraject',
      'brp-onjuist': 'verzoek',
      brandonveilig: 'verzoek',
      'drugs-aangetroffen': 'damocles',
      overlast: undefined,
      'geen-bijzonderheden': undefined,
    });
  });

  it('passes by events it does not know (a HerinneringVerstuurd, a newer version’s type) in every state', () => {
    verdraagtVreemdeEvents(controleDecider, [], plan());
    verdraagtVreemdeEvents(controleDecider, [gepland], annuleer());
    verdraagtVreemdeEvents(controleDecider, [gepland], voer());
    verdraagtVreemdeEvents(controleDecider, [gepland, uitgevoerd], start());
    verdraagtVreemdeEvents(controleDecider, tweeGestart, zieAf());
    const vreemd = VREEMDE_EVENTS as unknown as ControleEvent[];
    for (const events of [[], [gepland], [gepland, geannuleerd], [gepland, uitgevoerd], [...tweeGestart, afgezien(), afgerond('2020-09-15')]]) {
      const state = fold(controleDecider, events);
      for (const event of vreemd) expect(evolveControle(state, event)).toBe(state);
    }
  });

  it('keeps its state on an event out of place (a second planning, an execution after cancelling, a second follow-up for a finding)', () => {
    const geplandeState = fold(controleDecider, [gepland]);
    expect(evolveControle(geplandeState, { ...gepland, gebied: 'Bleijerheide' })).toBe(geplandeState);
    expect(evolveControle(geplandeState, gestart())).toBe(geplandeState);
    const afgelast = fold(controleDecider, [gepland, geannuleerd]);
    expect(evolveControle(afgelast, uitgevoerd)).toBe(afgelast);
    const met = fold(controleDecider, [gepland, uitgevoerd, gestart()]);
    expect(evolveControle(met, gestart({ vervolg: { ...traject, zaakId: 'ander' } }))).toEqual(met);
    expect(evolveControle(met, afgezien({ pandSleutel: bag, bevinding: 'kamerverhuur' }))).toEqual(met);
  });
});
