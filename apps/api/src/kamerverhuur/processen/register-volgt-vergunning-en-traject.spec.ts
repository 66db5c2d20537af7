import type { OpgenomenPand, Stand, VergunningEvent } from '@handhaving/domain-kamerverhuur';
import { registergevolg } from './register-volgt-vergunning-en-traject.process';

/* What a permit's or traject's step does to its pand in the register, from the stand it has. */

const traject = 'traject-1';
const vergunning = 'vergunning-1';
const stap = { datum: '2020-03-02', door: 'mw' };

function pand(...wijzigingen: Array<[Stand, string?, string?]>): OpgenomenPand {
  return {
    status: 'opgenomen',
    zaakId: 'register-1',
    gemeente: 'GM0928',
    pand: { sleutel: 'adres:6461AB-12', identiteit: { soort: 'adres', postcode: '6461AB', huisnummer: 12 } },
    aantalKamers: 4,
    betrokkenen: { eigenaarId: 'b-1' },
    opgenomenOp: '2019-01-01',
    wijzigingen: wijzigingen.map(([naar, zaakId, gebeurtenis], i) => ({
      wijziging: i + 1,
      naar,
      ingangsdatum: `2019-0${i + 2}-01`,
      ...(zaakId === undefined ? {} : { aanleiding: { zaakId, gebeurtenis: gebeurtenis ?? '', eventId: `e-${i}` } }),
    })),
  };
}
const o = (p: OpgenomenPand, andereOpenTrajecten = 0, andereGeldendeVergunningen = 0) => ({ pand: p, andereOpenTrajecten, andereGeldendeVergunningen });

describe('the register follows permits and trajecten', () => {
  it('a permit granted: vergund from its ingangsdatum, or gelegaliseerd out of handhaving; nothing when it already has one', () => {
    const verleend = { type: 'VergunningVerleend', zaakId: vergunning, besluitdatum: '2020-03-02', bekendmakingsdatum: '2020-03-02', ingangsdatum: '2020-04-01', aantalKamers: 4, ...stap } as const;
    expect(registergevolg(verleend, vergunning, o(pand()))).toEqual({ soort: 'verplaats', naar: 'vergund', ingangsdatum: '2020-04-01' });
    expect(registergevolg(verleend, vergunning, o(pand(['in-handhaving'])))).toEqual({ soort: 'verplaats', naar: 'gelegaliseerd', ingangsdatum: '2020-04-01' });
    expect(registergevolg(verleend, vergunning, o(pand(['vergund'])))).toEqual({ soort: 'geen' });
  });

  it('a permit revoked or lapsed takes a vergund pand off the list, with the reason', () => {
    const ingetrokken = { type: 'VergunningIngetrokken', zaakId: vergunning, besluitdatum: '2020-03-02', bekendmakingsdatum: '2020-03-02', bezwaartermijnEinde: '2020-04-13', ingangsdatum: '2020-03-16', reden: 'overlast', ...stap } as const;
    expect(registergevolg(ingetrokken, vergunning, o(pand(['vergund'])))).toEqual({ soort: 'verplaats', naar: 'afgevoerd', ingangsdatum: '2020-03-16', reden: 'vergunning ingetrokken: overlast' });
    const vervallen = { type: 'VergunningVervallen', zaakId: vergunning, vervaldatum: '2020-06-30', reden: 'einddatum-verstreken', ...stap } as const;
    expect(registergevolg(vervallen, vergunning, o(pand(['in-handhaving', undefined], ['gelegaliseerd'])))).toEqual({ soort: 'verplaats', naar: 'afgevoerd', ingangsdatum: '2020-06-30', reden: 'vergunning vervallen (einddatum-verstreken)' });
    expect(registergevolg(vervallen, vergunning, o(pand(['in-handhaving'])))).toEqual({ soort: 'geen' });
    // A new holder's permit still holds: the pand stays vergund.
    expect(registergevolg(ingetrokken, vergunning, o(pand(['vergund']), 0, 1))).toEqual({ soort: 'geen' });
    expect(registergevolg(vervallen, vergunning, o(pand(['vergund']), 0, 1))).toEqual({ soort: 'geen' });
  });

  it('a revocation herroepen on bezwaar never took effect: its afvoer is taken back, if nothing was moved after it', () => {
    const aangevraagd = { type: 'VergunningAangevraagd', zaakId: vergunning, gemeente: 'GM0928', registerZaakId: 'register-1', pandSleutel: 'adres:6461AB-12', aanvragerId: 'b-1', aantalKamers: 4, ontvangstdatum: '2019-01-02', beslistermijn: { lengte: { aantal: 8, eenheid: 'weken' }, grondslag: 'art. 4:13 lid 2 Awb', einde: '2019-02-27' }, ...stap };
    const verleend = { type: 'VergunningVerleend', zaakId: vergunning, besluitdatum: '2019-02-01', bekendmakingsdatum: '2019-02-01', ingangsdatum: '2019-02-01', aantalKamers: 4, ...stap };
    const beslissing = { type: 'BeslissingOpBezwaarGenomen', zaakId: vergunning, ...stap } as const;
    const afgevoerd = pand(['vergund', vergunning, 'VergunningVerleend'], ['afgevoerd', vergunning, 'VergunningIngetrokken']);
    // The permit as it stands after the decision: granted again.
    const nu = [aangevraagd, verleend] as unknown as VergunningEvent[];
    expect(registergevolg(beslissing, vergunning, { ...o(afgevoerd), vergunningNu: nu })).toEqual({ soort: 'trek-terug', wijziging: 2, reden: 'intrekking herroepen op bezwaar' });
    expect(registergevolg(beslissing, vergunning, { ...o(pand(['vergund', vergunning, 'VergunningVerleend'], ['afgevoerd', vergunning, 'VergunningIngetrokken'], ['in-onderzoek'])), vergunningNu: nu })).toEqual({ soort: 'geen' });
    // Ongegrond: the permit stays revoked.
    expect(registergevolg(beslissing, vergunning, { ...o(afgevoerd), vergunningNu: [aangevraagd] as unknown as VergunningEvent[] })).toEqual({ soort: 'geen' });
  });

  it('a constatering puts the pand in handhaving; a traject without an overtreding takes that back', () => {
    const constatering = { type: 'OvertredingGeconstateerd', zaakId: traject, gemeente: 'GM0928', registerZaakId: 'register-1', pandSleutel: 'adres:6461AB-12', soort: 'kamerverhuur', overtrederId: 'b-1', constateringsdatum: '2020-03-02', toezichthouder: 't', bevindingen: 'zes bellen', ...stap } as const;
    expect(registergevolg(constatering, traject, o(pand(['vergund'])))).toEqual({ soort: 'verplaats', naar: 'in-handhaving', ingangsdatum: '2020-03-02' });
    expect(registergevolg(constatering, traject, o(pand(['afgevoerd'])))).toEqual({ soort: 'geen' });
    const geenOvertreding = { type: 'TrajectAfgesloten', zaakId: traject, afsluitdatum: '2020-04-01', resultaat: 'geen-overtreding', toelichting: 'familie', ...stap } as const;
    expect(registergevolg(geenOvertreding, traject, o(pand(['in-handhaving', traject, 'OvertredingGeconstateerd'])))).toEqual({ soort: 'trek-terug', wijziging: 1, reden: 'traject afgesloten: geen overtreding' });
    expect(registergevolg(geenOvertreding, traject, o(pand(['in-handhaving', 'traject-2', 'OvertredingGeconstateerd'])))).toEqual({ soort: 'geen' });
  });

  it('a traject ended by compliance: afgevoerd, or gelegaliseerd when the pand had a permit; nothing while another traject holds it', () => {
    const nageleefd = { type: 'TrajectAfgesloten', zaakId: traject, afsluitdatum: '2020-05-04', resultaat: 'nageleefd', ...stap } as const;
    expect(registergevolg(nageleefd, traject, o(pand(['in-handhaving', traject, 'OvertredingGeconstateerd'])))).toEqual({ soort: 'verplaats', naar: 'afgevoerd', ingangsdatum: '2020-05-04', reden: 'kamerverhuur beëindigd na handhaving' });
    expect(registergevolg(nageleefd, traject, o(pand(['vergund'], ['in-handhaving', traject, 'OvertredingGeconstateerd'])))).toEqual({ soort: 'verplaats', naar: 'gelegaliseerd', ingangsdatum: '2020-05-04' });
    expect(registergevolg(nageleefd, traject, o(pand(['in-handhaving', traject, 'OvertredingGeconstateerd']), 1))).toEqual({ soort: 'geen' });
    const ingevorderd = { ...nageleefd, resultaat: 'dwangsom-ingevorderd' } as const;
    expect(registergevolg(ingevorderd, traject, o(pand(['in-handhaving'])))).toEqual({ soort: 'geen' });
  });
});
