import type { CorrigeerGegevens } from '../register.commands';
import type { GegevensGecorrigeerd } from '../register.events';
import { door, gewijzigd, given, opgenomen, wijzig, zaakId } from './register.spec-support';

describe('kamerverhuur: corrigeer gegevens', () => {
  const vergund = gewijzigd(1, 'in-onderzoek', 'vergund', '2019-06-01');
  const corrigeer = (wijziging: number, reden = 'bijzondere afspraken, geen formele vergunning'): CorrigeerGegevens => ({
    type: 'CorrigeerGegevens',
    zaakId,
    correctie: { soort: 'wijziging-vervalt', wijziging },
    reden,
    datum: '2021-03-01',
    vandaag: '2021-03-01',
    door,
  });
  const gecorrigeerd: GegevensGecorrigeerd = {
    type: 'GegevensGecorrigeerd',
    zaakId,
    correctie: { soort: 'wijziging-vervalt', wijziging: 1 },
    reden: 'bijzondere afspraken, geen formele vergunning',
    ingangsdatum: '2019-06-01',
    geregistreerdOp: '2021-03-01',
    datum: '2021-03-01',
    door,
  };

  it('lets a vergund that never was fall away, as its own event, from the day it took effect', () => {
    given([opgenomen, vergund]).when(corrigeer(1)).then([gecorrigeerd]);
  });

  it('after the correction the pand moves on from the stand before it', () => {
    given([opgenomen, vergund, gecorrigeerd]).when(wijzig('vergund', '2021-03-01')).then([gewijzigd(2, 'in-onderzoek', 'vergund', '2021-03-01')]);
    given([opgenomen, vergund, gecorrigeerd]).when(wijzig('afgevoerd', '2021-03-01', { reden: 'x' })).then([gewijzigd(2, 'in-onderzoek', 'afgevoerd', '2021-03-01', { reden: 'x' })]);
  });

  it('refuses correcting an unknown change, one corrected already, one not the last, or without reason', () => {
    const handhaving = gewijzigd(2, 'vergund', 'in-handhaving', '2020-01-10');
    given([opgenomen, vergund]).when(corrigeer(2)).thenRefuses('kamerverhuur/wijziging-onbekend', 'correctie.wijziging');
    given([opgenomen, vergund, gecorrigeerd]).when(corrigeer(1)).thenRefuses('kamerverhuur/wijziging-al-gecorrigeerd', 'correctie.wijziging');
    given([opgenomen, vergund, handhaving]).when(corrigeer(1)).thenRefuses('kamerverhuur/correctie-niet-laatste-wijziging', 'correctie.wijziging');
    given([opgenomen, vergund]).when(corrigeer(1, ' ')).thenRefuses('kamerverhuur/reden-ontbreekt', 'reden');
    given([opgenomen, vergund]).when({ ...corrigeer(1), correctie: { soort: 'kamers' as never, wijziging: 1 } }).thenRefuses('kamerverhuur/correctie-onbekend', 'correctie.soort');
    given([]).when(corrigeer(1)).thenRefuses('kamerverhuur/pand-niet-in-register', 'zaakId');
  });
});
