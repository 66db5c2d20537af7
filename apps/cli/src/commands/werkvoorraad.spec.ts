import { werkvoorraadTabel, type WerkvoorraadRegel } from './werkvoorraad';

const zaak = (zaakId: string, datum: string, volgendeStap: string, wachtTot?: string): WerkvoorraadRegel => ({
  zaakId,
  status: 'voornemen-verzonden',
  pand: { sleutel: 'adres:6461AB-12-A' },
  zwaarsteCategorie: 'softdrugs',
  volgendeStap,
  ...(wachtTot === undefined ? {} : { wachtTot }),
  laatsteStap: { stap: 'VoornemenVerzonden', datum, door: 'mw-1' },
});

describe('handhaving werkvoorraad', () => {
  it('given open cases, then a line each in the API’s order: since when, the whole case id, the pand, the category and the next step with its date', () => {
    const regels = werkvoorraadTabel({
      gemeente: 'GM0928',
      aantal: 2,
      zaken: [
        zaak('0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', '2024-01-15', 'Zienswijze afwachten; daarna besluiten', '2024-01-29'),
        zaak('6f1c2a9e-3b7d-4e8f-9a0b-1c2d3e4f5a6b', '2024-03-01', 'Maatregel voorstellen volgens de beleidsladder'),
      ],
    }).split('\n');
    expect(regels[0]).toBe('Werkvoorraad Damocles GM0928: 2 open zaken');
    expect(regels[2]).toMatch(/^sinds\s+zaak\s+pand\s+categorie\s+volgende stap$/);
    expect(regels[3]).toBe('2024-01-15  0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d  6461AB-12-A  softdrugs  Zienswijze afwachten; daarna besluiten (2024-01-29)');
    expect(regels[4]).toBe('2024-03-01  6f1c2a9e-3b7d-4e8f-9a0b-1c2d3e4f5a6b  6461AB-12-A  softdrugs  Maatregel voorstellen volgens de beleidsladder');
  });

  it('given none, then one line that says so', () => {
    expect(werkvoorraadTabel({ gemeente: 'GM0882', aantal: 0, zaken: [] })).toBe('Werkvoorraad Damocles GM0882: geen open zaken');
  });
});
