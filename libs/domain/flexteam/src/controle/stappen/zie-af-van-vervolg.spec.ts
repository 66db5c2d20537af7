import { afgerond, afgezien, gepland, gestart, given, twaalf, tweeGestart, uitgevoerd, veertien, zieAf } from './controle.spec-support';

describe('flexteam controle: zie af van vervolg', () => {
  it('given an executed control, when a finding gets no follow-up, then that is recorded with the reason', () => {
    given([gepland, uitgevoerd]).when(zieAf()).then([afgezien()]);
  });

  it('makes the control afgerond when it declines the last open finding', () => {
    given(tweeGestart).when(zieAf()).then([afgezien(), afgerond('2020-09-15')]);
  });

  it('refuses without a reason, for a finding with a follow-up running, or declined already', () => {
    given([gepland, uitgevoerd]).when(zieAf({ reden: '' })).thenRefuses('flexteam/reden-ontbreekt', 'reden');
    given([gepland, uitgevoerd, gestart()]).when(zieAf({ pandSleutel: 'bag:0928010000012345', bevinding: 'kamerverhuur' })).thenRefuses('flexteam/vervolg-al-gestart', 'bevinding');
    given([gepland, uitgevoerd, afgezien()]).when(zieAf({ datum: '2020-09-16', vandaag: '2020-09-16' })).thenRefuses('flexteam/vervolg-afgezien', 'bevinding');
  });

  it('refuses geen-bijzonderheden, a finding not made there, a date before the control, and a control not held', () => {
    given([gepland, uitgevoerd]).when(zieAf({ pandSleutel: twaalf, bevinding: 'geen-bijzonderheden' })).thenRefuses('flexteam/geen-vervolg-bij-geen-bijzonderheden', 'bevinding');
    given([gepland, uitgevoerd]).when(zieAf({ pandSleutel: veertien, bevinding: 'drugs-aangetroffen' })).thenRefuses('flexteam/bevinding-niet-gedaan', 'bevinding');
    given([gepland, uitgevoerd]).when(zieAf({ datum: '2020-09-09' })).thenRefuses('flexteam/datum-voor-vorige-stap', 'datum');
    given([gepland]).when(zieAf()).thenRefuses('flexteam/controle-niet-uitgevoerd', 'zaakId');
  });
});
