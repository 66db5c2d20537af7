import type { DwangsomEvent } from '@handhaving/domain-dwangsom';
import { rapportage } from '../damocles/test-support/damocles-events';
import { evolvePandZaak, herkomstzaak, type Pandcontext, type PandDossierEvent, type PandZaak } from './pand-dossier.evolve';

/*
 * The fold of the pand dossier's index, given the events of one case: the first step files it
 * under its pand, later steps change nothing; a dwangsom case goes under the pand of the case it
 * came from. The question against Redis is in pand-dossier.int.spec.ts.
 */

const KERKRADE = 'GM0928';
const op = (dag: string) => `${dag}T09:00:00.000Z`;

function given(context: Pandcontext, events: ReadonlyArray<readonly [PandDossierEvent, string]>, herkomst?: PandZaak | null) {
  const zaak = events.reduce<PandZaak | null>((record, [event, dag]) => evolvePandZaak(record, context, event, { op: op(dag), ...(herkomst === undefined ? {} : { herkomst }) }), null);
  return { then: (verwacht: PandZaak | null) => expect(zaak).toEqual(verwacht), zaak };
}

const opname = {
  type: 'PandInRegisterOpgenomen',
  zaakId: 'adres-6461AB-12',
  gemeente: KERKRADE,
  pand: { sleutel: 'adres:6461AB-12', identiteit: { soort: 'adres', postcode: '6461AB', huisnummer: 12 } },
  aantalKamers: 6,
  betrokkenen: { eigenaarId: 'b-eigenaar' },
  stand: 'in-onderzoek',
  ingangsdatum: '2020-01-02',
  geregistreerdOp: '2020-01-03',
  datum: '2020-01-03',
  door: 'mw-1',
} as const satisfies PandDossierEvent;

const aanvraag = {
  type: 'VergunningAangevraagd',
  zaakId: 'V-1',
  gemeente: KERKRADE,
  registerZaakId: 'adres-6461AB-12',
  pandSleutel: 'adres:6461AB-12',
  aanvragerId: 'b-eigenaar',
  aantalKamers: 6,
  ontvangstdatum: '2020-01-06',
  beslistermijn: { weken: 8, grondslag: 'art. 4:13 Awb', einde: '2020-03-02' },
  datum: '2020-01-07',
  door: 'mw-1',
} as unknown as PandDossierEvent;

const constatering = {
  type: 'OvertredingGeconstateerd',
  zaakId: 'T-1',
  gemeente: KERKRADE,
  registerZaakId: 'adres-6461AB-12',
  // Written by an older version: a lone letter as toevoeging.
  pandSleutel: 'adres:6461AB-12--A',
  soort: 'woningsplitsing',
  overtrederId: 'b-eigenaar',
  constateringsdatum: '2020-02-06',
  toezichthouder: 'tz-1',
  bevindingen: 'zes kamers los verhuurd',
  datum: '2020-02-07',
  door: 'mw-1',
} as const satisfies PandDossierEvent;

const geopend = (herkomst?: { context: 'kamerverhuur' | 'damocles' | 'flexteam'; zaakId: string }, gemeente = KERKRADE): DwangsomEvent => ({
  type: 'DwangsomzaakGeopend',
  zaakId: 'D-1',
  gemeente,
  grondslag: { soort: 'huisvestingswet', artikel: 'art. 21 Huisvestingswet 2014' },
  overtrederId: 'b-eigenaar',
  overtreding: 'kamerverhuur zonder vergunning',
  constateringsdatum: '2020-02-06',
  thema: 'kamerverhuur',
  ...(herkomst === undefined ? {} : { herkomst }),
  datum: '2020-03-02',
  door: 'mw-1',
});

const traject: PandZaak = { context: 'kamerverhuurtraject', zaakId: 'T-1', gemeente: KERKRADE, pandSleutel: 'adres:6461AB-12-A', soort: 'woningsplitsing', startdatum: '2020-02-06', vastgelegdOp: op('2020-02-07') };

describe('panden.pand-dossier: a case about a pand, folded', () => {
  it('given the register entry: filed under its pand from its ingangsdatum, recorded when it was', () => {
    given('kamerverhuurregister', [[opname, '2020-01-03']]).then({
      context: 'kamerverhuurregister',
      zaakId: 'adres-6461AB-12',
      gemeente: KERKRADE,
      pandSleutel: 'adres:6461AB-12',
      soort: 'opname',
      startdatum: '2020-01-02',
      vastgelegdOp: op('2020-01-03'),
    });
  });

  it('given an aanvraag: the permit case from its ontvangstdatum', () => {
    given('kamerverhuurvergunning', [[aanvraag, '2020-01-07']]).then(expect.objectContaining({ context: 'kamerverhuurvergunning', zaakId: 'V-1', soort: 'aanvraag', startdatum: '2020-01-06' }));
  });

  it('given a constatering: the traject by its soort, under the key in today’s normal form', () => {
    given('kamerverhuurtraject', [[constatering, '2020-02-07']]).then(traject);
  });

  it('given a Damocles rapportage: the find by its heaviest category from its constateringsdatum', () => {
    given('damocles', [[rapportage('Z-1', 12, '2020-02-29', '2020-03-02', ['softdrugs']), '2020-03-02']]).then(
      expect.objectContaining({ context: 'damocles', zaakId: 'Z-1', pandSleutel: 'adres:6461AB-12', soort: 'softdrugs', startdatum: '2020-02-29' }),
    );
  });

  it('given a dwangsom case opened from a traject: filed under the traject’s pand, naming it', () => {
    given('dwangsom', [[geopend({ context: 'kamerverhuur', zaakId: 'T-1' }), '2020-03-02']], traject).then({
      context: 'dwangsom',
      zaakId: 'D-1',
      gemeente: KERKRADE,
      pandSleutel: 'adres:6461AB-12-A',
      soort: 'kamerverhuur',
      startdatum: '2020-03-02',
      vastgelegdOp: op('2020-03-02'),
      herkomst: { context: 'kamerverhuurtraject', zaakId: 'T-1' },
    });
  });

  it('a dwangsom case is filed nowhere without a known herkomst, from a flexteam control, or from another gemeente’s case', () => {
    given('dwangsom', [[geopend(), '2020-03-02']], null).then(null);
    given('dwangsom', [[geopend({ context: 'kamerverhuur', zaakId: 'T-1' }), '2020-03-02']], null).then(null);
    given('dwangsom', [[geopend({ context: 'flexteam', zaakId: 'F-1' }), '2020-03-02']], traject).then(null);
    given('dwangsom', [[geopend({ context: 'kamerverhuur', zaakId: 'T-1' }, 'GM0882'), '2020-03-02']], traject).then(null);
    // The record handed in must be the herkomst's own.
    given('dwangsom', [[geopend({ context: 'damocles', zaakId: 'T-1' }), '2020-03-02']], traject).then(null);
    expect(herkomstzaak({ context: 'damocles', zaakId: 'Z-1' })).toEqual({ context: 'damocles', zaakId: 'Z-1' });
  });

  it('later steps, a first step replayed, or a dwangsom controle’s OvertredingGeconstateerd change nothing', () => {
    const { zaak } = given('kamerverhuurtraject', [[constatering, '2020-02-07']]);
    const later = { type: 'VooraankondigingVerzonden', zaakId: 'T-1', verzenddatum: '2020-02-10', datum: '2020-02-10', door: 'mw-1' } as const satisfies PandDossierEvent;
    expect(evolvePandZaak(zaak, 'kamerverhuurtraject', later, { op: op('2020-02-10') })).toBe(zaak);
    expect(evolvePandZaak(zaak, 'kamerverhuurtraject', { ...constatering, pandSleutel: 'adres:6461AB-14' }, { op: op('2020-02-11') })).toBe(zaak);
    expect(evolvePandZaak(null, 'kamerverhuurtraject', later, { op: op('2020-02-10') })).toBeNull();
    expect(evolvePandZaak(null, 'dwangsom', constatering, { op: op('2020-04-14') })).toBeNull();
    expect(evolvePandZaak(null, 'damocles', { type: 'HerinneringVerstuurd', zaakId: 'Z-1' } as unknown as PandDossierEvent, { op: op('2020-04-01') })).toBeNull();
  });
});
