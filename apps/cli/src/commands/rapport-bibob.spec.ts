import { bibobTabel, type BibobCijfers } from './rapport-bibob';

const cel = (aantal: number) => ({ aantal });

describe('handhaving rapport bibob', () => {
  it('shows Kerkrade’s two rows in its words, the reasons under them, and how long suspensions lasted', () => {
    const cijfers: BibobCijfers = {
      gemeente: 'GM0928',
      periode: { van: '2020-01-01', tot: '2020-12-31' },
      bekendOp: '2020-12-31',
      gestart: {
        opSignaal: cel(32),
        opAanvraag: cel(34),
        totaal: cel(66),
        perReden: { 'signaal-ondermijning': cel(30), vastgoedtransactie: cel(2), 'herbeoordeling-vergunning': cel(0) },
        perAanvraagtype: { 'bijschrijving-leidinggevende': cel(20), alcoholvergunning: cel(14) },
      },
      afgerond: { metBesluit: cel(5), zonderBesluit: cel(1), totaal: cel(6) },
      lbbAdviezen: { aangevraagd: cel(3), ontvangen: cel(2) },
      uitkomsten: { verleend: cel(3), 'verleend-onder-voorschriften': cel(1), geweigerd: cel(1), ingetrokken: cel(0), totaal: cel(5), laterHerzien: cel(1) },
      opschortingen: { 'advies-lbb': { aantal: 2, dagen: 90, mediaanDagen: 45 } },
    };
    const regels = bibobTabel(cijfers).split('\n');
    expect(regels[0]).toBe('Bibob GM0928, 2020-01-01 t/m 2020-12-31 (zoals bekend op 2020-12-31)');
    expect(regels.find((r) => r.startsWith('Casus opgevoerd n.a.v. signaal ondermijning'))).toMatch(/\s32$/);
    expect(regels.find((r) => r.startsWith('Casus opgevoerd n.a.v. nieuwe vergunningaanvragen / bijschrijven leidinggevende'))).toMatch(/\s34$/);
    expect(regels.find((r) => r.startsWith('  waarvan vastgoedtransactie'))).toMatch(/\s2$/);
    expect(regels.some((r) => r.includes('herbeoordeling-vergunning'))).toBe(false);
    expect(regels.find((r) => r.startsWith('Opschorting beëindigd: advies Landelijk Bureau Bibob'))).toMatch(/2 {2}90 dagen, mediaan 45$/);
    expect(regels.find((r) => r.startsWith('Opschorting beëindigd: vragen van het LBB'))).toMatch(/\s0$/);
  });
});
