import { fold } from '@handhaving/domain-shared';
import { trajectDecider } from '../traject.decider';
import { door, dwangsomGekozen, geconstateerd, given, gereed, lastOpgelegd, legOp, naHercontrole, naVoornemen, opgelegd, zaakId } from './traject.spec-support';

describe('kamerverhuur traject: leg last onder bestuursdwang op (art. 5:21, 5:24 Awb)', () => {
  it('given the zienswijzetermijn passed, when the last is taken on Wednesday 18 March 2020, then the policy’s eight weeks run through 13 May and bezwaar through 29 April', () => {
    given(gereed).when(legOp()).then([lastOpgelegd]);
    expect(fold(trajectDecider, opgelegd)).toMatchObject({ status: 'last-opgelegd', last: { begunstigingstermijn: { einde: '2020-05-13' } } });
  });

  it('runs the terms from a later bekendmaking, which may lie ahead of today; takes an end date the besluit names', () => {
    // Made known Tuesday 24 March: eight weeks through Tuesday 19 May, bezwaar through Tuesday 5 May (Bevrijdingsdag, a holiday under the Atw: Wednesday 6 May).
    const later = given(gereed).when({ ...legOp({ bekendmakingsdatum: '2020-03-24' }), vandaag: '2020-03-18' });
    later.then([{ ...lastOpgelegd, bekendmakingsdatum: '2020-03-24', begunstigingstermijn: { ...lastOpgelegd.begunstigingstermijn, einde: '2020-05-19' }, bezwaartermijnEinde: '2020-05-06' }]);
    given(gereed)
      .when(legOp({ begunstigingstermijn: { einde: '2020-06-30' } }))
      .then([{ ...lastOpgelegd, begunstigingstermijn: { einde: '2020-06-30' } }]);
  });

  it('may be taken within the zienswijzetermijn once the overtreder was heard, not before his zienswijze', () => {
    const gehoord = [...naVoornemen, { type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', van: 'b-eigenaar', binnenTermijn: true, datum: '2020-03-10', door } as const];
    given(gehoord).when(legOp({ besluitdatum: '2020-03-11', datum: '2020-03-11' })).then([{ ...lastOpgelegd, besluitdatum: '2020-03-11', bekendmakingsdatum: '2020-03-11', begunstigingstermijn: { ...lastOpgelegd.begunstigingstermijn, einde: '2020-05-06' }, bezwaartermijnEinde: '2020-04-22', datum: '2020-03-11' }]);
    given(gehoord).when(legOp({ besluitdatum: '2020-03-09', datum: '2020-03-11' })).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'besluitdatum');
  });

  it('refuses a besluit dated within the zienswijzetermijn (through 17 March), even when its passing was recorded', () => {
    const refusal = given(gereed).when(legOp({ besluitdatum: '2020-03-17' })).thenRefuses('kamerverhuur/besluit-binnen-zienswijzetermijn', 'besluitdatum');
    expect(refusal.detail).toContain('vanaf 2020-03-18');
  });

  it('refuses a last without voornemen, during the zienswijzefase, twice, or on the dwangsom route', () => {
    given(naHercontrole).when(legOp()).thenRefuses('kamerverhuur/voornemen-ontbreekt', 'zaakId');
    given([geconstateerd]).when(legOp()).thenRefuses('kamerverhuur/voornemen-ontbreekt', 'zaakId');
    given(naVoornemen).when(legOp()).thenRefuses('kamerverhuur/zienswijzefase-niet-afgerond', 'zaakId');
    given(opgelegd).when(legOp()).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
    given([...gereed, dwangsomGekozen('2020-03-18')]).when(legOp()).thenRefuses('kamerverhuur/dwangsom-gekozen', 'zaakId');
  });

  it('refuses a last that says not what to do, or gives no begunstigingstermijn', () => {
    given(gereed).when(legOp({ omschrijving: ' ' })).thenRefuses('kamerverhuur/omschrijving-ontbreekt', 'omschrijving');
    given(gereed).when(legOp({ begunstigingstermijn: undefined as never })).thenRefuses('kamerverhuur/begunstigingstermijn-ontbreekt', 'begunstigingstermijn');
  });

  it('refuses a bad besluitdatum, one after today, a bekendmaking before the besluit, and a begunstigingstermijn ending before the bekendmaking', () => {
    given(gereed).when(legOp({ besluitdatum: '18-03-2020' })).thenRefuses('kamerverhuur/datum-ongeldig', 'besluitdatum');
    given(gereed).when({ ...legOp({ besluitdatum: '2020-03-19' }), vandaag: '2020-03-18' }).thenRefuses('kamerverhuur/datum-in-de-toekomst', 'besluitdatum');
    given(gereed).when(legOp({ bekendmakingsdatum: '2020-03-17' })).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'bekendmakingsdatum');
    given(gereed).when(legOp({ begunstigingstermijn: { einde: '2020-03-10' } })).thenRefuses('kamerverhuur/termijn-ongeldig');
  });
});
