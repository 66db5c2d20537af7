import { gepland, given, plan } from './controle.spec-support';

/*
 * Security hardening (issue 18, item 5): a date the law lets lie ahead — here the day a control is
 * planned — lies at most 10 years after the day it is recorded; further is a typing error.
 */
describe('flexteam controle: a planned day lies at most 10 years ahead', () => {
  it('given nothing, when the control is planned exactly 10 years after today, then it is planned', () => {
    given([]).when(plan({ geplandOp: '2030-09-01' })).then([{ ...gepland, geplandOp: '2030-09-01' }]);
  });

  it('given nothing, when the control is planned a day more than 10 years ahead, then it is refused naming geplandOp and the last day allowed', () => {
    const weigering = given([]).when(plan({ geplandOp: '2030-09-02' })).thenRefuses('flexteam/datum-te-ver-vooruit', 'geplandOp');
    expect(weigering.detail).toMatch(/2030-09-02 in geplandOp ligt meer dan 10 jaar na vandaag \(2020-09-01\).*2030-09-01/);
  });

  it('given nothing, when the control is planned on 9999-12-31, then it is refused', () => {
    given([]).when(plan({ geplandOp: '9999-12-31' })).thenRefuses('flexteam/datum-te-ver-vooruit', 'geplandOp');
  });

  it('given nothing and no vandaag in the command, when the control is planned past 2100, then it is refused; on 2100-12-31 not', () => {
    given([]).when(plan({ geplandOp: '2101-01-01', vandaag: undefined })).thenRefuses('flexteam/datum-te-ver-vooruit', 'geplandOp');
    given([]).when(plan({ geplandOp: '2100-12-31', vandaag: undefined })).then([{ ...gepland, geplandOp: '2100-12-31' }]);
  });
});
