import { gewijzigd, given, opgenomen, wijzig } from './register.spec-support';

describe('kamerverhuur: wijzig stand', () => {
  it('moves the pand along the table, numbering each change', () => {
    given([opgenomen]).when(wijzig('in-handhaving', '2019-06-01')).then([gewijzigd(1, 'in-onderzoek', 'in-handhaving', '2019-06-01')]);
    given([opgenomen, gewijzigd(1, 'in-onderzoek', 'in-handhaving', '2019-06-01')])
      .when(wijzig('gelegaliseerd', '2019-11-01'))
      .then([gewijzigd(2, 'in-handhaving', 'gelegaliseerd', '2019-11-01')]);
  });

  it('records a backdated change with the day it took effect and the day it was recorded', () => {
    given([opgenomen]).when(wijzig('vergund', '2019-04-01', { datum: '2019-05-02', vandaag: '2019-05-03' })).then([gewijzigd(1, 'in-onderzoek', 'vergund', '2019-04-01', { datum: '2019-05-02', geregistreerdOp: '2019-05-03' })]);
  });

  it('takes a pand off the register only with a reason, trimmed', () => {
    given([opgenomen]).when(wijzig('afgevoerd', '2019-06-01', { reden: ' geen kamerverhuur meer ' })).then([gewijzigd(1, 'in-onderzoek', 'afgevoerd', '2019-06-01', { reden: 'geen kamerverhuur meer' })]);
    given([opgenomen]).when(wijzig('afgevoerd', '2019-06-01')).thenRefuses('kamerverhuur/reden-ontbreekt', 'reden');
    given([opgenomen]).when(wijzig('afgevoerd', '2019-06-01', { reden: '  ' })).thenRefuses('kamerverhuur/reden-ontbreekt', 'reden');
  });

  it('refuses an impossible move with the rule named, and a move to the stand it has', () => {
    given([opgenomen]).when(wijzig('gelegaliseerd', '2019-06-01')).thenRefuses('kamerverhuur/overgang-niet-toegestaan', 'naar');
    given([opgenomen]).when(wijzig('in-onderzoek', '2019-06-01')).thenRefuses('kamerverhuur/stand-ongewijzigd', 'naar');
    given([opgenomen]).when(wijzig('verhuurd' as never, '2019-06-01')).thenRefuses('kamerverhuur/stand-onbekend', 'naar');
  });

  it('refuses a change before the previous one, in the future, or for a pand not in the register', () => {
    given([opgenomen]).when(wijzig('vergund', '2019-02-28')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'ingangsdatum');
    given([opgenomen, gewijzigd(1, 'in-onderzoek', 'vergund', '2019-06-01')]).when(wijzig('in-handhaving', '2019-05-31', { datum: '2019-06-02', vandaag: '2019-06-02' })).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'ingangsdatum');
    given([opgenomen]).when(wijzig('vergund', '2019-06-02', { datum: '2019-06-01', vandaag: '2019-06-01' })).thenRefuses('kamerverhuur/datum-in-de-toekomst', 'ingangsdatum');
    given([]).when(wijzig('vergund', '2019-06-01')).thenRefuses('kamerverhuur/pand-niet-in-register', 'zaakId');
  });

  it('moved by a permit or a traject, records its aanleiding once: the same aanleiding again changes nothing', () => {
    const aanleiding = { zaakId: 'vergunning-1', gebeurtenis: 'VergunningVerleend', eventId: 'e-1' };
    given([opgenomen]).when(wijzig('vergund', '2019-06-01', { aanleiding })).then([gewijzigd(1, 'in-onderzoek', 'vergund', '2019-06-01', { aanleiding })]);
    given([opgenomen, gewijzigd(1, 'in-onderzoek', 'vergund', '2019-06-01', { aanleiding })]).when(wijzig('vergund', '2019-06-01', { aanleiding })).then([]);
    given([opgenomen, gewijzigd(1, 'in-onderzoek', 'vergund', '2019-06-01', { aanleiding })])
      .when(wijzig('vergund', '2019-06-01', { aanleiding: { ...aanleiding, eventId: 'e-2' } }))
      .thenRefuses('kamerverhuur/stand-ongewijzigd', 'naar');
  });

  it('moved by a besluit, takes effect on the day the besluit says, even one ahead; by hand only once it happened', () => {
    const aanleiding = { zaakId: 'vergunning-1', gebeurtenis: 'VergunningVerleend', eventId: 'e-1' };
    given([opgenomen]).when(wijzig('vergund', '2019-07-01', { datum: '2019-06-14', vandaag: '2019-06-14', aanleiding })).then([gewijzigd(1, 'in-onderzoek', 'vergund', '2019-07-01', { datum: '2019-06-14', geregistreerdOp: '2019-06-14', aanleiding })]);
    given([opgenomen]).when(wijzig('vergund', '2019-07-01', { datum: '2019-06-14', vandaag: '2019-06-14' })).thenRefuses('kamerverhuur/datum-in-de-toekomst', 'ingangsdatum');
  });
});
