import { flexteamTabel, type FlexteamCijfers } from './rapport-flexteam';

const cel = (aantal: number) => ({ aantal });

describe('handhaving rapport flexteam', () => {
  it('shows controls, addresses, access and findings, and per context the follow-ups with where they stood a year later', () => {
    const cijfers: FlexteamCijfers = {
      gemeente: 'GM0928',
      jaar: 2020,
      bekendOp: '2021-06-30',
      controles: { uitgevoerd: cel(6), geannuleerd: cel(1) },
      adressen: { bezocht: cel(48), gepland: cel(45), opDeDagToegevoegd: cel(3), metToegang: cel(35), toegangPercentage: 72.9 },
      bevindingen: { kamerverhuur: cel(7), 'brp-onjuist': cel(5), 'geen-bijzonderheden': cel(20) },
      vervolg: { gestart: { kamerverhuurtraject: cel(7), verzoek: cel(5), totaal: cel(12) }, afgezien: cel(2) },
      naEenJaar: {
        kamerverhuurtraject: { 'afgesloten-nageleefd': cel(4), 'afgesloten-gelegaliseerd': cel(0), lopend: cel(2), nogGeenJaar: cel(1) },
        verzoek: { gecorrigeerd: cel(5), onbeantwoord: cel(0), nogGeenJaar: cel(0) },
      },
    };
    const regels = flexteamTabel(cijfers).split('\n');
    expect(regels[0]).toBe('Flexteam GM0928, 2020 (zoals bekend op 2021-06-30)');
    expect(regels.find((r) => r.startsWith('Toegang'))).toMatch(/\s35 \(72,9 %\)$/);
    expect(regels.find((r) => r.startsWith('  waarvan op de dag toegevoegd'))).toMatch(/\s3$/);
    const traject = regels.findIndex((r) => r.startsWith('  handhavingstraject kamerverhuur'));
    expect(regels[traject]).toMatch(/\s7$/);
    expect(regels.slice(traject + 1, traject + 4)).toEqual([expect.stringMatching(/na een jaar: afgesloten-nageleefd\s+4$/), expect.stringMatching(/na een jaar: lopend\s+2$/), expect.stringMatching(/nog geen jaar verstreken\s+1$/)]);
    // Empty buckets are left out.
    expect(regels.some((r) => r.includes('afgesloten-gelegaliseerd') || r.includes('onbeantwoord'))).toBe(false);
  });
});
