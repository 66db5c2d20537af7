import type { DwangsomEvent } from '@handhaving/domain-dwangsom';
import { beslistermijnAanvraag, type TrajectEvent, type VergunningEvent } from '@handhaving/domain-kamerverhuur';
import { berekenTermijn } from '@handhaving/termijnen';
import { evolveDwangsomroute, evolveKamerverhuurCijfers, type CijferDwangsomzaak, type CijferTraject, type CijferVergunning, type KamerverhuurCijferZaak } from './kamerverhuur-cijfers.evolve';
import { isOpen, jarenVan } from './kamerverhuur-cijfers.projection';
import { evolveKamerverhuurWerkvoorraad, openAanvraag, werkvoorraadTraject, type KamerverhuurDossier } from './kamerverhuur-werkvoorraad.evolve';
import { vergunningaanvraagBerekening } from './vergunning-termijnen';
import { dwangsomEvents, dwangsomStappen, LANDGRAAF, trajectEvents, trajectStappen, vergunningEvents, vergunningStappen } from './test-support/kamerverhuur-zaken';

/*
 * The folds of the kamerverhuur read models, given the events of one case (through the deciders):
 * the figures (what counts, by which legal date, recorded when), the werkvoorraad (what comes next
 * and by when) and the aanvraag's beslistermijn as a question to the library against the domain's
 * own count. The read models in Redis, fed by the store, are tested in the *.int.spec.ts beside.
 */

const op = (i: number) => `2021-01-${String((i % 28) + 1).padStart(2, '0')}T10:00:00.000Z`;
const t = trajectStappen('T-1');
const v = vergunningStappen('V-1');

function cijfersNa(events: readonly (TrajectEvent | VergunningEvent)[]): KamerverhuurCijferZaak | null {
  return events.reduce<KamerverhuurCijferZaak | null>((zaak, event, i) => evolveKamerverhuurCijfers(zaak, event, op(i)), null);
}
/** The dwangsom case's record after its events; `traject` is the record the projection finds for its herkomst. */
function dwangsomNa(events: readonly DwangsomEvent[], traject: KamerverhuurCijferZaak | null): KamerverhuurCijferZaak | null {
  return events.reduce<KamerverhuurCijferZaak | null>((zaak, event, i) => evolveDwangsomroute(zaak, event, op(i), event.type === 'DwangsomzaakGeopend' ? traject : null), null);
}
function trajectNa(events: readonly TrajectEvent[]) {
  const dossier = events.reduce<KamerverhuurDossier | null>((d, e) => evolveKamerverhuurWerkvoorraad(d, e, 'traject'), null);
  return dossier?.soort === 'traject' ? werkvoorraadTraject(dossier.toestand, dossier.laatsteStap) : undefined;
}
function aanvraagNa(events: readonly VergunningEvent[]) {
  const dossier = events.reduce<KamerverhuurDossier | null>((d, e) => evolveKamerverhuurWerkvoorraad(d, e, 'vergunning'), null);
  return dossier?.soort === 'vergunning' ? openAanvraag(dossier.toestand, dossier.laatsteStap) : undefined;
}

const bestuursdwang = trajectEvents([
  t.constatering(),
  t.vooraankondiging(),
  t.hercontrole('2020-02-25', 'overtreding'),
  t.voornemen(),
  t.termijnVerstreken(),
  t.last(),
  t.bezwaar(),
  t.hercontrole('2020-05-14', 'overtreding'),
  t.beslis('ongegrond'),
  t.beroep(),
  t.toepassing(),
  t.sluitAf('2020-06-20', 'bestuursdwang-toegepast'),
]);
const tot = <E extends { type: string }>(events: readonly E[], type: string, n = 1): E[] => {
  let gezien = 0;
  return events.slice(0, events.findIndex((e) => e.type === type && ++gezien === n) + 1);
};

describe('a traject in the figures, folded', () => {
  it('given no constatering, a later step finds no traject: nothing is kept', () => {
    expect(cijfersNa(bestuursdwang.slice(1))).toBeNull();
  });

  it('given the whole traject, then each step keeps its own legal date: found, the letters by their verzenddatum, the procedures, the closing', () => {
    const zaak = cijfersNa(bestuursdwang) as CijferTraject;
    expect(zaak).toMatchObject({ soort: 'traject', zaakId: 'T-1', gemeente: 'GM0928', pandSleutel: 'adres:6461AB-12', trajectsoort: 'kamerverhuur', gestart: { datum: '2020-02-06' } });
    expect(zaak.aanschrijvingen.map((a) => [a.soort, a.datum])).toEqual([
      ['vooraankondiging', '2020-02-10'],
      ['voornemen', '2020-03-03'],
    ]);
    expect(zaak.procedures.map((p) => [p.soort, p.ingesteld.datum, p.afgerond?.datum])).toEqual([
      ['bezwaar', '2020-04-20', '2020-06-10'],
      ['beroep', '2020-07-01', undefined],
    ]);
    expect(zaak.afgesloten).toMatchObject({ datum: '2020-06-20', resultaat: 'bestuursdwang-toegepast' });
    // The beroep still runs: the record is read by every question until the uitspraak.
    expect(isOpen(zaak)).toBe(true);
  });

  it('when the constatering is replayed, then the first one stands', () => {
    const [eerste] = bestuursdwang;
    const zaak = cijfersNa([eerste]);
    expect(evolveKamerverhuurCijfers(zaak, { ...eerste, constateringsdatum: '2021-01-01' } as TrajectEvent, op(5))).toBe(zaak);
  });

  it('given a procedure over the turn of a year, then the record is filed under every year it ran through', () => {
    const events = trajectEvents([t.constatering(), t.voornemen(), t.termijnVerstreken(), t.last(), t.bezwaar(), t.beslis('ongegrond', '2021-02-10')]);
    expect(new Set(jarenVan(cijfersNa(events) as KamerverhuurCijferZaak))).toEqual(new Set([2020, 2021]));
  });
});

describe('a permit in the figures, folded', () => {
  const geweigerdHerroepen = vergunningEvents([v.aanvraag(), v.voornemen('2020-02-10'), v.termijnVerstreken('2020-02-25'), v.weiger('2020-02-26'), v.bezwaar('2020-03-20'), v.beslis('gegrond', '2020-05-13')]);

  it('given a weigering herroepen on bezwaar, then the weigering keeps its besluitdatum, marked herroepen; the voornemen is no aanschrijving', () => {
    const zaak = cijfersNa(geweigerdHerroepen) as CijferVergunning;
    expect(zaak).toMatchObject({ soort: 'vergunning', aangevraagd: { datum: '2020-01-03' }, procedures: [{ soort: 'bezwaar', ingesteld: { datum: '2020-03-20' }, afgerond: { datum: '2020-05-13', uitkomst: 'gegrond' } }] });
    expect(zaak.besluiten).toEqual([{ soort: 'geweigerd', datum: '2020-02-26', vastgelegdOp: op(3), herroepen: { datum: '2020-05-13', vastgelegdOp: op(5), door: 'bezwaar' } }]);
    expect('aanschrijvingen' in zaak).toBe(false);
  });

  it('when granted after the herroeping and lapsed by afstand, then both count by their own dates', () => {
    const events = vergunningEvents([
      v.aanvraag(),
      v.voornemen('2020-02-10'),
      v.termijnVerstreken('2020-02-25'),
      v.weiger('2020-02-26'),
      v.bezwaar('2020-03-20'),
      v.beslis('gegrond', '2020-05-13'),
      v.verleen('2020-06-01'),
      v.verval('2021-03-01', 'afstand', '2021-02-15'),
    ]);
    const zaak = cijfersNa(events) as CijferVergunning;
    expect(zaak.besluiten.map((b) => [b.soort, b.datum])).toEqual([
      ['geweigerd', '2020-02-26'],
      ['verleend', '2020-06-01'],
    ]);
    expect(zaak.vervallen).toMatchObject({ datum: '2021-02-15', reden: 'afstand' });
  });
});

describe('a traject’s dwangsom case in the figures, folded', () => {
  // Dwangsom cases have uuids (the traject names its case by one).
  const [D1, D8, D9] = ['6d2e9b1c-8a4f-4c3e-9d7b-1f2a3b4c5d6e', '6d2e9b1c-8a4f-4c3e-9d7b-00000000d008', '6d2e9b1c-8a4f-4c3e-9d7b-00000000d009'];
  const d = dwangsomStappen(D1);
  // T-1, woningsplitsing in pand 12: found, a vooraankondiging, the dwangsom route chosen on 24 February.
  const traject = cijfersNa(trajectEvents([trajectStappen('T-1', { soort: 'woningsplitsing' }).constatering(), t.vooraankondiging(), t.kiesDwangsom('2020-02-24', D1)]));
  const route = dwangsomEvents([
    d.open(),
    d.voornemen(),
    d.zienswijze(),
    d.last(),
    d.bezwaar('last', '2020-04-01'),
    d.controle(),
    d.invordering(1, '2020-04-27'),
    d.bezwaar(1, '2020-05-20'),
    d.beslis('last', 'ongegrond', '2020-06-10'),
    d.beroep('last', '2020-07-01'),
    d.beslis(1, 'gegrond', '2020-07-15'),
  ]);

  it('given a traject and the dwangsom case opened from it, then the case counts for the traject: its pand and soort, its voornemen an aanschrijving, the last, the forfeiture and the invordering by their own dates', () => {
    const zaak = dwangsomNa(route, traject) as CijferDwangsomzaak;
    expect(zaak).toMatchObject({ soort: 'dwangsom', zaakId: D1, trajectZaakId: 'T-1', gemeente: 'GM0928', pandSleutel: 'adres:6461AB-12', trajectsoort: 'woningsplitsing', geopend: { datum: '2020-02-24' } });
    expect(zaak.aanschrijvingen.map((a) => [a.soort, a.datum])).toEqual([['voornemen', '2020-02-26']]);
    expect(zaak.last).toMatchObject({ datum: '2020-03-18' });
    expect(zaak.last?.herroepen).toBeUndefined();
    // 16–22 April: seven days at € 500.
    expect(zaak.verbeuringen.map((v) => [v.verbeuring, v.datum, v.bedragCent])).toEqual([[1, '2020-04-16', 350_000]]);
    expect(zaak.invorderingen.map((i) => [i.invordering, i.datum, i.bedragCent, i.herroepen?.datum])).toEqual([[1, '2020-04-27', 350_000, '2020-07-15']]);
  });

  it('given bezwaar against the last and against the invorderingsbeschikking, then a procedure per besluit, each closed by its own beslissing; the beroep still runs', () => {
    const zaak = dwangsomNa(route, traject) as CijferDwangsomzaak;
    expect(zaak.procedures.map((p) => [p.soort, p.tegen, p.ingesteld.datum, p.afgerond?.datum, p.afgerond?.uitkomst])).toEqual([
      ['bezwaar', 'last', '2020-04-01', '2020-06-10', 'ongegrond'],
      ['bezwaar', 'invorderingsbeschikking-1', '2020-05-20', '2020-07-15', 'gegrond'],
      ['beroep', 'last', '2020-07-01', undefined, undefined],
    ]);
    expect(isOpen(zaak)).toBe(true);
    expect(new Set(jarenVan(zaak))).toEqual(new Set([2020]));
  });

  it('when the beroep against the last ends in a vernietiging, then the last is herroepen, and keeps its date', () => {
    const zaak = dwangsomNa(dwangsomEvents([d.open(), d.voornemen(), d.zienswijze(), d.last(), d.bezwaar('last', '2020-04-01'), d.beslis('last', 'ongegrond', '2020-06-10'), d.beroep('last', '2020-07-01'), d.uitspraak('last', '2021-03-01', 'gegrond', true)]), traject) as CijferDwangsomzaak;
    expect(zaak.last).toMatchObject({ datum: '2020-03-18', herroepen: { datum: '2021-03-01', door: 'beroep' } });
    expect(isOpen(zaak)).toBe(false);
    expect(new Set(jarenVan(zaak))).toEqual(new Set([2020, 2021]));
  });

  it('when a bezwaar against the last is gegrond but the last only gewijzigd, then it stands: not herroepen', () => {
    const zaak = dwangsomNa(dwangsomEvents([d.open(), d.voornemen(), d.zienswijze(), d.last(), d.bezwaar('last', '2020-04-01'), d.beslis('last', 'gegrond', '2020-05-06', 'gewijzigd')]), traject) as CijferDwangsomzaak;
    expect(zaak.last?.herroepen).toBeUndefined();
    expect(zaak.procedures[0]).toMatchObject({ afgerond: { datum: '2020-05-06', uitkomst: 'gegrond' } });
  });

  it('given a dwangsom case of another herkomst, then it is not kept, nor any of its later steps', () => {
    const damocles = dwangsomEvents([dwangsomStappen(D9, { herkomst: { context: 'damocles', zaakId: 'T-1' } }).open(), dwangsomStappen(D9).voornemen()]);
    expect(dwangsomNa(damocles, traject)).toBeNull();
    const zonder = dwangsomEvents([dwangsomStappen(D8, { herkomst: null }).open(), dwangsomStappen(D8).voornemen()]);
    expect(dwangsomNa(zonder, traject)).toBeNull();
  });

  it('given a herkomst this read model does not hold, or another gemeente’s traject, then it is not kept', () => {
    expect(dwangsomNa(route, null)).toBeNull();
    const elders = dwangsomEvents([dwangsomStappen(D1, { gemeente: LANDGRAAF }).open()]);
    expect(dwangsomNa(elders, traject)).toBeNull();
    // The record handed in must be the herkomst's own traject.
    expect(dwangsomNa(route, cijfersNa(trajectEvents([trajectStappen('T-2').constatering()])))).toBeNull();
  });

  it('when a dwangsom step arrives for a case never seen opened, then nothing is kept', () => {
    const [, voornemen, , last] = route;
    expect(evolveDwangsomroute(null, voornemen as DwangsomEvent, op(1))).toBeNull();
    expect(evolveDwangsomroute(null, last as DwangsomEvent, op(2))).toBeNull();
  });

  it('when the opening is replayed, then the first one stands; a traject’s step never changes the dwangsom case’s record', () => {
    const zaak = dwangsomNa(route.slice(0, 2), traject);
    expect(evolveDwangsomroute(zaak, route[0] as DwangsomEvent, op(9), traject)).toBe(zaak);
    expect(evolveKamerverhuurCijfers(zaak, trajectEvents([t.constatering()])[0] as TrajectEvent, op(9))).toBe(zaak);
  });
});

describe('a traject on the werkvoorraad, folded', () => {
  it('given only the constatering, then the next step is an aanschrijving, waiting since the constatering', () => {
    expect(trajectNa(tot(bestuursdwang, 'OvertredingGeconstateerd'))).toMatchObject({
      status: 'geconstateerd',
      volgendeStap: 'vooraankondiging of voornemen verzenden',
      stapDatum: { datum: '2020-02-06', betekenis: 'wacht-sinds' },
    });
  });

  it('given the vooraankondiging, then the hercontrole is due after its hersteltermijn', () => {
    expect(trajectNa(tot(bestuursdwang, 'VooraankondigingVerzonden'))).toMatchObject({ volgendeStap: 'hercontrole na hersteltermijn (2020-02-24)', stapDatum: { datum: '2020-02-24', betekenis: 'einde-termijn' } });
  });

  it('given the voornemen, then the zienswijzetermijn is awaited', () => {
    expect(trajectNa(tot(bestuursdwang, 'VoornemenVerzonden'))).toMatchObject({ stapDatum: { datum: '2020-03-17', betekenis: 'einde-termijn' } });
  });

  it('given the last onder bestuursdwang, then the hercontrole after its begunstigingstermijn; after it found the violation, bestuursdwang', () => {
    expect(trajectNa(tot(bestuursdwang, 'LastOnderBestuursdwangOpgelegd'))).toMatchObject({
      status: 'last-opgelegd',
      volgendeStap: 'hercontrole na begunstigingstermijn (2020-05-13)',
      stapDatum: { datum: '2020-05-13', betekenis: 'einde-termijn' },
    });
    expect(trajectNa(tot(bestuursdwang, 'HercontroleUitgevoerd', 2))).toMatchObject({ volgendeStap: 'beslissen op bezwaar', stapDatum: { datum: '2020-05-14', betekenis: 'wacht-sinds' } });
  });

  it('given the dwangsom route, then the dwangsom case is named', () => {
    const events = trajectEvents([t.constatering(), t.kiesDwangsom('2020-02-12')]);
    expect(trajectNa(events)).toMatchObject({ status: 'dwangsom-gekozen', volgendeStap: 'dwangsomzaak volgen', dwangsomZaakId: '6d2e9b1c-8a4f-4c3e-9d7b-1f2a3b4c5d6e' });
  });

  it('when closed, then it leaves the list (a beroep running or not)', () => {
    expect(trajectNa(bestuursdwang)).toBeUndefined();
  });
});

describe('an aanvraag on the werkvoorraad, folded', () => {
  const events = vergunningEvents([v.aanvraag(), v.aanvulling(), v.aangevuld(), v.verdaag(), v.verleen('2020-03-20', '2022-03-01')]);

  it('given the aanvraag, then its beslistermijn: eight weeks through Friday 28 February 2020', () => {
    expect(aanvraagNa(tot(events, 'VergunningAangevraagd'))).toMatchObject({ pandSleutel: 'adres:6461AB-12', beslistermijn: { status: 'bekend', einde: '2020-02-28' } });
  });

  it('given an aanvulling asked, then the term stands still from the day after, with the end if the hersteltermijn passes unused', () => {
    const aanvraag = aanvraagNa(tot(events, 'AanvullingGevraagd'));
    expect(aanvraag).toMatchObject({ volgendeStap: 'aanvulling van de aanvraag afwachten', beslistermijn: { status: 'opgeschort', sinds: '2020-01-14' } });
  });

  it('given it came on 24 January, then ten days moved the end to Monday 9 March', () => {
    expect(aanvraagNa(tot(events, 'AanvraagAangevuld'))?.beslistermijn).toEqual({ status: 'bekend', einde: '2020-03-09' });
  });

  it('when decided, then it leaves the list', () => {
    expect(aanvraagNa(events)).toBeUndefined();
  });
});

describe('the aanvraag’s beslistermijn as a question to the library', () => {
  const verloop = {
    weken: 8,
    grondslag: 'art. 4:13 lid 2 Awb',
    aanvullingen: [{ aanvulling: 1, gevraagdOp: '2020-01-13', hersteltermijnEinde: '2020-01-27', ontvangenOp: '2020-01-24' }],
    verdagingen: [{ verdagingsdatum: '2020-02-20', weken: 6, motivering: 'advies volgt' }],
  };

  it('given an aanvulling and a verdaging, then the library gives the end the domain counts', () => {
    const vraag = vergunningaanvraagBerekening('2020-01-03', verloop, '2020-02-20');
    const domein = beslistermijnAanvraag({ ontvangstdatum: '2020-01-03' }, verloop, '2020-02-20');
    expect(domein.status).toBe('bekend');
    expect(berekenTermijn(vraag).einde).toBe(domein.einde);
    expect(vraag.opschortingen).toEqual([{ van: '2020-01-14', totEnMet: '2020-01-23', reden: 'aanvulling 1 gevraagd op 2020-01-13 (art. 4:15 lid 1 sub a Awb)' }]);
  });

  it('given an aanvulling still awaited, then its suspension runs (no last day)', () => {
    const vraag = vergunningaanvraagBerekening('2020-01-03', { ...verloop, aanvullingen: [{ aanvulling: 1, gevraagdOp: '2020-01-13', hersteltermijnEinde: '2020-01-27' }] }, '2020-01-20');
    expect(vraag.opschortingen).toEqual([{ van: '2020-01-14', reden: 'aanvulling 1 gevraagd op 2020-01-13 (art. 4:15 lid 1 sub a Awb)' }]);
  });
});
