import { afgerond, afgezien, gepland, gestart, given, start, traject, tweeGestart, twaalf, uitgevoerd, veertien, verzoek } from './controle.spec-support';

describe('flexteam controle: start vervolg', () => {
  it('given an executed control, when a finding’s follow-up case opens, then it is linked to the finding', () => {
    given([gepland, uitgevoerd]).when(start()).then([gestart()]);
    given([gepland, uitgevoerd, gestart()]).when(start({ bevinding: 'brp-onjuist', vervolg: verzoek })).then([gestart({ bevinding: 'brp-onjuist', vervolg: verzoek })]);
  });

  it('makes the control afgerond with the last open finding’s follow-up, in any context for overlast', () => {
    const melding = { context: 'melding', zaakId: 'm-2' } as const;
    given(tweeGestart).when(start({ pandSleutel: veertien, bevinding: 'overlast', vervolg: melding, datum: '2020-09-16', vandaag: '2020-09-16' })).then([gestart({ pandSleutel: veertien, bevinding: 'overlast', vervolg: melding, datum: '2020-09-16', geregistreerdOp: '2020-09-16' }), afgerond('2020-09-16')]);
    given([gepland, uitgevoerd, gestart(), afgezien()]).when(start({ bevinding: 'brp-onjuist', vervolg: verzoek })).then([gestart({ bevinding: 'brp-onjuist', vervolg: verzoek }), afgerond('2020-09-14')]);
  });

  it('records nothing for the same link again, also after the control is afgerond: a process manager may run twice', () => {
    given([gepland, uitgevoerd, gestart()]).when(start()).then([]);
    given([gepland, uitgevoerd, gestart()]).when(start({ datum: '2020-09-15', vandaag: '2020-09-20' })).then([]);
    given([...tweeGestart, afgezien(), afgerond('2020-09-15')]).when(start()).then([]);
  });

  it('takes the pand’s key however it is written', () => {
    given([gepland, { ...uitgevoerd, bezoeken: uitgevoerd.bezoeken.map((b) => (b.pandSleutel === veertien ? { ...b, bevindingen: ['brandonveilig' as const] } : b)) }])
      .when(start({ pandSleutel: 'adres:6461ab-14', bevinding: 'brandonveilig', vervolg: verzoek }))
      .then([gestart({ pandSleutel: veertien, bevinding: 'brandonveilig', vervolg: verzoek })]);
  });

  it('refuses another link for a finding that has one, and a finding whose follow-up was declined', () => {
    given([gepland, uitgevoerd, gestart()]).when(start({ vervolg: { ...traject, zaakId: 'een-ander-traject' } })).thenRefuses('flexteam/vervolg-al-gestart', 'vervolg');
    given([gepland, uitgevoerd, afgezien()]).when(start({ pandSleutel: veertien, bevinding: 'overlast', vervolg: { context: 'melding', zaakId: 'm-2' } })).thenRefuses('flexteam/vervolg-afgezien', 'bevinding');
  });

  it('refuses a finding not made at that address, an address not visited, an unknown finding, and geen-bijzonderheden', () => {
    given([gepland, uitgevoerd]).when(start({ bevinding: 'woningsplitsing' })).thenRefuses('flexteam/bevinding-niet-gedaan', 'bevinding');
    given([gepland, uitgevoerd]).when(start({ pandSleutel: 'adres:6461AB-16' })).thenRefuses('flexteam/pand-niet-bezocht', 'pandSleutel');
    given([gepland, uitgevoerd]).when(start({ pandSleutel: 'huis-12' })).thenRefuses('pand/sleutel-ongeldig', 'pandSleutel');
    given([gepland, uitgevoerd]).when(start({ bevinding: 'hennep' as never })).thenRefuses('flexteam/bevinding-onbekend', 'bevinding');
    given([gepland, uitgevoerd]).when(start({ pandSleutel: twaalf, bevinding: 'geen-bijzonderheden' })).thenRefuses('flexteam/geen-vervolg-bij-geen-bijzonderheden', 'bevinding');
  });

  it('refuses a follow-up in another context than the finding’s, an unknown context, or one without its case', () => {
    given([gepland, uitgevoerd]).when(start({ vervolg: verzoek })).thenRefuses('flexteam/vervolgcontext-past-niet-bij-bevinding', 'vervolg.context');
    given([gepland, uitgevoerd]).when(start({ vervolg: { context: 'bibob' as never, zaakId: 'x' } })).thenRefuses('flexteam/vervolgcontext-onbekend', 'vervolg.context');
    given([gepland, uitgevoerd]).when(start({ vervolg: { ...traject, zaakId: '' } })).thenRefuses('flexteam/vervolg-ontbreekt', 'vervolg.zaakId');
  });

  it('refuses a follow-up before the control was held, or of a control not yet executed', () => {
    given([gepland, uitgevoerd]).when(start({ datum: '2020-09-09' })).thenRefuses('flexteam/datum-voor-vorige-stap', 'datum');
    given([gepland]).when(start()).thenRefuses('flexteam/controle-niet-uitgevoerd', 'zaakId');
    given([]).when(start()).thenRefuses('flexteam/zaak-onbekend', 'zaakId');
  });
});
