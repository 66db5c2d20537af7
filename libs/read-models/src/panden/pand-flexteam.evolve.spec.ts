import type { BibobEvent } from '@handhaving/domain-bibob';
import type { ControleEvent, VerzoekEvent } from '@handhaving/domain-flexteam';
import type { MeldingEvent } from '@handhaving/domain-meldingen';
import {
  bibobOp,
  controleOp,
  evolveBibob,
  evolveControle,
  evolveMelding,
  evolveVerzoek,
  meldingOp,
  verzoekOp,
  type Bibobrecord,
  type Controledossier,
  type Meldingrecord,
  type Verzoekrecord,
} from './pand-flexteam.evolve';

/*
 * The flexteam's part of the pand dossier, given the events of a melding, a control or a request,
 * and read as known at the end of a day: what was recorded later is not there yet. The question
 * against Redis is in pand-dossier.int.spec.ts.
 */

const KERKRADE = 'GM0928';
const ADRES = { soort: 'adres', postcode: '6461AB', huisnummer: 12 } as const;
const BAG = { soort: 'bag', adresseerbaarObjectId: '0928010000012345' } as const;

function melding(events: readonly MeldingEvent[]): { melding: Meldingrecord | null; verlaten: Meldingrecord[] } {
  return events.reduce<{ melding: Meldingrecord | null; verlaten: Meldingrecord[] }>(
    ({ melding, verlaten }, event) => {
      const na = evolveMelding(melding, event);
      return { melding: na.melding, verlaten: na.verlaten === undefined ? verlaten : [...verlaten, na.verlaten] };
    },
    { melding: null, verlaten: [] },
  );
}

const stap = { zaakId: 'M-1', door: 'mw-1' } as const;
const geregistreerd = (plaats: { soort: 'pand'; pand: typeof ADRES | typeof BAG } | { soort: 'gebied'; omschrijving: string }): MeldingEvent => ({
  ...stap,
  type: 'MeldingGeregistreerd',
  gemeente: KERKRADE,
  bron: 'meldpunt-overlast',
  categorie: 'woonoverlast',
  plaats,
  meldingsdatum: '2021-03-01',
  omschrijving: { versleuteld: 'geheim' } as never,
  datum: '2021-03-01',
  geregistreerdOp: '2021-03-02',
});
const gekoppeld = (pand: typeof ADRES | typeof BAG, dag: string): MeldingEvent => ({ ...stap, type: 'MeldingAanPandGekoppeld', pand, datum: dag, geregistreerdOp: dag });
const gesloten: MeldingEvent = { ...stap, type: 'MeldingGesloten', reden: 'opgenomen-in-zaak', zaak: { context: 'kamerverhuurtraject', zaakId: 'T-1' }, datum: '2021-04-01', geregistreerdOp: '2021-04-01' };

describe('panden.pand-dossier: a melding under its pand', () => {
  it('given a melding about an address: there from the day it was recorded, open until its closing is recorded; never its omschrijving', () => {
    const { melding: record } = melding([geregistreerd({ soort: 'pand', pand: ADRES }), gesloten]);
    expect(meldingOp(record as Meldingrecord, '2021-03-01')).toBeUndefined();
    expect(meldingOp(record as Meldingrecord, '2021-03-31')).toEqual({ zaakId: 'M-1', pandSleutel: 'adres:6461AB-12', bron: 'meldpunt-overlast', categorie: 'woonoverlast', meldingsdatum: '2021-03-01', status: 'open' });
    expect(meldingOp(record as Meldingrecord, '2021-04-01')).toMatchObject({ status: 'gesloten', gesloten: { reden: 'opgenomen-in-zaak', datum: '2021-04-01', zaak: { context: 'kamerverhuurtraject', zaakId: 'T-1' } } });
    expect(JSON.stringify(record)).not.toContain('geheim');
  });

  it('given a melding about an area: under no pand until linked, then under that pand from the day the link was recorded', () => {
    const voor = melding([geregistreerd({ soort: 'gebied', omschrijving: 'Heilust' })]);
    expect(voor.melding?.pandSleutel).toBeUndefined();
    expect(meldingOp(voor.melding as Meldingrecord, '2021-03-31')).toBeUndefined();
    const na = melding([geregistreerd({ soort: 'gebied', omschrijving: 'Heilust' }), gekoppeld(ADRES, '2021-03-10')]);
    expect(na.verlaten).toEqual([]);
    expect(meldingOp(na.melding as Meldingrecord, '2021-03-09')).toBeUndefined();
    expect(meldingOp(na.melding as Meldingrecord, '2021-03-10')).toMatchObject({ pandSleutel: 'adres:6461AB-12', status: 'open' });
  });

  it('given an address linked to a BAG id later: at the address until the link, at the BAG id from it', () => {
    const { melding: record, verlaten } = melding([geregistreerd({ soort: 'pand', pand: ADRES }), gekoppeld(BAG, '2021-03-10'), gekoppeld(BAG, '2021-03-11')]);
    expect(verlaten).toHaveLength(1);
    const [adres] = verlaten as [Meldingrecord];
    expect(meldingOp(adres, '2021-03-09')).toMatchObject({ pandSleutel: 'adres:6461AB-12' });
    expect(meldingOp(adres, '2021-03-10')).toBeUndefined();
    expect(meldingOp(record as Meldingrecord, '2021-03-09')).toBeUndefined();
    expect(meldingOp(record as Meldingrecord, '2021-03-10')).toMatchObject({ pandSleutel: 'bag:0928010000012345' });
  });
});

const controle = { zaakId: 'C-1', door: 'tz-1' } as const;
const gepland: ControleEvent = {
  ...controle,
  type: 'ControleGepland',
  gemeente: KERKRADE,
  geplandOp: '2021-05-12',
  gebied: 'Heilust',
  partners: ['boa', 'politie'],
  adressen: [
    { pand: ADRES, pandSleutel: 'adres:6461AB-12', signalen: [{ context: 'melding', zaakId: 'M-1' }] },
    { pand: { soort: 'adres', postcode: '6461AB', huisnummer: 14 }, pandSleutel: 'adres:6461AB-14', signalen: [] },
  ],
  datum: '2021-05-01',
  geregistreerdOp: '2021-05-01',
};
const uitgevoerd: ControleEvent = {
  ...controle,
  type: 'ControleUitgevoerd',
  teamgrootte: 6,
  bezoeken: [
    { pand: ADRES, pandSleutel: 'adres:6461AB-12', gepland: true, toegang: true, personenAangetroffen: 7, personenInBrp: 2, bevindingen: ['kamerverhuur', 'brp-onjuist'], overtrederId: 'b-eigenaar', aantalKamers: 6 },
    { pand: BAG, pandSleutel: 'bag:0928010000012345', gepland: false, toegang: false, bevindingen: ['geen-bijzonderheden'] },
  ],
  datum: '2021-05-12',
  geregistreerdOp: '2021-05-12',
};
const vervolg: ControleEvent = { ...controle, type: 'VervolgGestart', pandSleutel: 'adres:6461AB-12', bevinding: 'kamerverhuur', vervolg: { context: 'kamerverhuurtraject', zaakId: 'T-2' }, datum: '2021-05-14', geregistreerdOp: '2021-05-14' };
const afgezien: ControleEvent = { ...controle, type: 'VervolgAfgezien', pandSleutel: 'adres:6461AB-12', bevinding: 'brp-onjuist', reden: 'al gecorrigeerd door de bewoner', datum: '2021-05-15', geregistreerdOp: '2021-05-15' };
const afgerond: ControleEvent = { ...controle, type: 'ControleAfgerond', datum: '2021-05-15', geregistreerdOp: '2021-05-15' };

describe('panden.pand-dossier: a flexteam control at each pand it planned or visited', () => {
  const dossier = [gepland, uitgevoerd, vervolg, afgezien, afgerond].reduce<Controledossier | null>(evolveControle, null) as Controledossier;
  const bij = (sleutel: string, op: string) => controleOp(dossier.panden[sleutel] as NonNullable<Controledossier['panden'][string]>, op);

  it('files the control under every planned address and under an address added on the day', () => {
    expect(Object.keys(dossier.panden).sort()).toEqual(['adres:6461AB-12', 'adres:6461AB-14', 'bag:0928010000012345']);
  });

  it('as known on each day: planned, then carried out with its visit, then each finding with its follow-up, then afgerond', () => {
    expect(bij('adres:6461AB-12', '2021-04-30')).toBeUndefined();
    expect(bij('adres:6461AB-12', '2021-05-01')).toEqual({ zaakId: 'C-1', pandSleutel: 'adres:6461AB-12', geplandOp: '2021-05-12', status: 'gepland' });
    expect(bij('adres:6461AB-12', '2021-05-12')).toEqual({
      zaakId: 'C-1',
      pandSleutel: 'adres:6461AB-12',
      geplandOp: '2021-05-12',
      status: 'uitgevoerd',
      datum: '2021-05-12',
      bezoek: { gepland: true, toegang: true, bevindingen: [{ bevinding: 'kamerverhuur' }, { bevinding: 'brp-onjuist' }] },
    });
    expect(bij('adres:6461AB-12', '2021-05-15')).toMatchObject({
      status: 'afgerond',
      bezoek: { bevindingen: [{ bevinding: 'kamerverhuur', vervolg: { context: 'kamerverhuurtraject', zaakId: 'T-2' } }, { bevinding: 'brp-onjuist', vervolg: 'afgezien' }] },
    });
    // Planned, not visited: the control's course, no visit. Added on the day: no planning, its visit.
    expect(bij('adres:6461AB-14', '2021-05-15')).toEqual({ zaakId: 'C-1', pandSleutel: 'adres:6461AB-14', geplandOp: '2021-05-12', status: 'afgerond', datum: '2021-05-12' });
    expect(bij('bag:0928010000012345', '2021-05-11')).toBeUndefined();
    expect(bij('bag:0928010000012345', '2021-05-12')).toMatchObject({ status: 'uitgevoerd', bezoek: { gepland: false, toegang: false, bevindingen: [{ bevinding: 'geen-bijzonderheden' }] } });
  });

  it('keeps no betrokkene, no count of persons and no reason in words', () => {
    const tekst = JSON.stringify(dossier);
    for (const geheim of ['b-eigenaar', 'personen', 'al gecorrigeerd']) expect(tekst).not.toContain(geheim);
  });

  it('a cancelled control is geannuleerd at its addresses; a step of a control never planned here files nothing', () => {
    const geannuleerd = evolveControle(evolveControle(null, gepland), { ...controle, type: 'ControleGeannuleerd', reden: 'politie niet beschikbaar', datum: '2021-05-10', geregistreerdOp: '2021-05-10' }) as Controledossier;
    expect(controleOp(geannuleerd.panden['adres:6461AB-14'] as NonNullable<Controledossier['panden'][string]>, '2021-05-10')).toMatchObject({ status: 'geannuleerd' });
    expect(evolveControle(null, uitgevoerd)).toBeNull();
    expect(evolveControle(geannuleerd, gepland)).toBe(geannuleerd);
  });
});

describe('panden.pand-dossier: an outgoing request about a pand', () => {
  const verstuurd: VerzoekEvent = {
    type: 'VerzoekVerstuurd',
    zaakId: 'R-1',
    gemeente: KERKRADE,
    aan: 'brp',
    pand: ADRES,
    pandSleutel: 'adres:6461AB-12',
    herkomst: { context: 'flexteam', zaakId: 'C-1', pandSleutel: 'adres:6461AB-12', bevinding: 'brp-onjuist' },
    antwoordtermijnInWeken: 4,
    antwoordUiterlijk: '2021-06-11',
    datum: '2021-05-14',
    door: 'mw-1',
    geregistreerdOp: '2021-05-14',
  };
  const beantwoord: VerzoekEvent = { type: 'VerzoekBeantwoord', zaakId: 'R-1', uitkomst: 'gecorrigeerd', datum: '2021-06-01', door: 'mw-1', geregistreerdOp: '2021-06-02' };

  it('open from the day sent until the answer is recorded, then with its uitkomst', () => {
    const record = [verstuurd, beantwoord].reduce<Verzoekrecord | null>(evolveVerzoek, null) as Verzoekrecord;
    expect(verzoekOp(record, '2021-05-13')).toBeUndefined();
    expect(verzoekOp(record, '2021-06-01')).toEqual({ zaakId: 'R-1', pandSleutel: 'adres:6461AB-12', aan: 'brp', verzonden: '2021-05-14', antwoordUiterlijk: '2021-06-11', controleZaakId: 'C-1', status: 'open' });
    expect(verzoekOp(record, '2021-06-02')).toMatchObject({ status: 'beantwoord', uitkomst: 'gecorrigeerd', beantwoordOp: '2021-06-01' });
    expect(evolveVerzoek(null, beantwoord)).toBeNull();
  });
});

describe('panden.pand-dossier: that a Bibob toets names the pand', () => {
  const gestart = {
    type: 'BibobToetsGestart',
    zaakId: 'B-1',
    gemeente: KERKRADE,
    startdatum: '2021-06-01',
    aanleiding: { soort: 'aanvraag', aanvraagtype: 'exploitatievergunning-horeca', ontvangstdatum: '2021-05-28', aanvragerId: 'b-aanvrager', beslistermijnWeken: 8 },
    pand: { sleutel: 'adres:6461AB-2--A', identiteit: { soort: 'adres', postcode: '6461AB', huisnummer: 2, huisletter: 'A' } },
    datum: '2021-06-01',
    door: 'bibob-1',
  } as const satisfies BibobEvent;
  const afgesloten = { type: 'BibobToetsAfgesloten', zaakId: 'B-1', reden: 'aanvraag-ingetrokken', datum: '2021-07-01', door: 'bibob-1' } as const satisfies BibobEvent;

  it('exists from the day its start was recorded, afgesloten from the day its closing was; nothing of its aanleiding, aanvrager or reden', () => {
    const record = evolveBibob(evolveBibob(null, gestart, '2021-06-02'), afgesloten, '2021-07-01') as Bibobrecord;
    expect(bibobOp(record, '2021-06-01')).toBeUndefined();
    expect(bibobOp(record, '2021-06-30')).toEqual({ zaakId: 'B-1', pandSleutel: 'adres:6461AB-2-A', startdatum: '2021-06-01', status: 'open' });
    expect(bibobOp(record, '2021-07-01')).toMatchObject({ status: 'afgesloten' });
    for (const geheim of ['b-aanvrager', 'horeca', 'ingetrokken']) expect(JSON.stringify(record)).not.toContain(geheim);
  });

  it('a toets whose start names no pand is under none', () => {
    const { pand: _pand, ...zonderPand } = gestart;
    expect(evolveBibob(null, zonderPand, '2021-06-02')).toBeNull();
    expect(evolveBibob(null, afgesloten, '2021-07-01')).toBeNull();
  });
});
