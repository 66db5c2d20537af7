import { annuleer, geannuleerd, gepland, given, uitgevoerd, zaakId } from './controle.spec-support';

describe('flexteam controle: annuleer controle', () => {
  it('given a planned control, when it is called off with a reason, then it is cancelled', () => {
    given([gepland]).when(annuleer()).then([geannuleerd]);
  });

  it('refuses without a reason, before the planning, or after today', () => {
    given([gepland]).when(annuleer({ reden: ' ' })).thenRefuses('flexteam/reden-ontbreekt', 'reden');
    given([gepland]).when(annuleer({ datum: '2020-08-31' })).thenRefuses('flexteam/datum-voor-vorige-stap', 'datum');
    given([gepland]).when(annuleer({ vandaag: '2020-09-07' })).thenRefuses('flexteam/datum-in-de-toekomst', 'datum');
  });

  it('refuses a control not planned, another control’s stream, a cancelled control, and one already held', () => {
    given([]).when(annuleer()).thenRefuses('flexteam/zaak-onbekend', 'zaakId');
    given([gepland]).when(annuleer({ zaakId: 'een-andere' })).thenRefuses('flexteam/andere-zaak', 'zaakId');
    given([gepland, geannuleerd]).when(annuleer()).thenRefuses('flexteam/controle-geannuleerd', 'zaakId');
    const refusal = given([gepland, uitgevoerd]).when(annuleer({ datum: '2020-09-11', vandaag: '2020-09-11' })).thenRefuses('flexteam/controle-al-uitgevoerd', 'zaakId');
    expect(refusal.detail).toContain(`controle ${zaakId} is op 2020-09-10 al uitgevoerd`);
  });
});
