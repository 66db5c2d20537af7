import { dealen, door, eenmaalVerbeurd, geopend, given, opgelegd, stap, zaakId } from './zaak.spec-support';

describe('dwangsom: hef last op (art. 5:34 Awb)', () => {
  const hefOp = (ingangsdatum: string, reden = 'een jaar zonder verbeuring') => ({ type: 'HefLastOp', ...stap, ingangsdatum, reden, datum: ingangsdatum }) as const;

  it('lifts the last: nothing forfeits after', () => {
    const opgeheven = { type: 'LastOpgeheven', zaakId, ingangsdatum: '2021-07-01', reden: 'een jaar zonder verbeuring', datum: '2021-07-01', door } as const;
    given(eenmaalVerbeurd).when(hefOp('2021-07-01')).then([opgeheven]);
    given([...eenmaalVerbeurd, opgeheven]).when(dealen('2021-07-02')).thenRefuses('dwangsom/last-niet-van-kracht', 'zaakId');
    given([...eenmaalVerbeurd, opgeheven]).when(hefOp('2021-07-02')).thenRefuses('dwangsom/last-niet-van-kracht');
  });

  it('refuses lifting before bekendmaking, before a forfeiture already recorded, without reason, or with no last', () => {
    given(opgelegd).when(hefOp('2021-04-01')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'ingangsdatum');
    given(eenmaalVerbeurd).when(hefOp('2021-06-01')).thenRefuses('dwangsom/einde-voor-verbeuring', 'ingangsdatum');
    given(opgelegd).when(hefOp('2021-06-01', ' ')).thenRefuses('dwangsom/reden-ontbreekt', 'reden');
    given([geopend]).when(hefOp('2021-06-01')).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
  });
});
