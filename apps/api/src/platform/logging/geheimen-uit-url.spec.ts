import { geheimenUitUrl } from './geheimen-uit-url';

describe('the URL a log line shows', () => {
  it('hides the agenda link’s token and tokens in the query string, and keeps the rest', () => {
    expect(geheimenUitUrl('/api/termijnen/agenda/eyJhbGciOi.abc-def_1.ics')).toBe('/api/termijnen/agenda/[verwijderd].ics');
    expect(geheimenUitUrl('/api/termijnen/agenda/eyJ.x.ics?na=12')).toBe('/api/termijnen/agenda/[verwijderd].ics?na=12');
    expect(geheimenUitUrl('/api/damocles/zaken?gemeente=GM0928&access_token=eyJ.y&na=3')).toBe('/api/damocles/zaken?gemeente=GM0928&access_token=[verwijderd]&na=3');
    expect(geheimenUitUrl('/api/termijnen?token=geheim')).toBe('/api/termijnen?token=[verwijderd]');
    expect(geheimenUitUrl('/api/damocles/zaken/5f0c2a9e?gemeente=GM0928')).toBe('/api/damocles/zaken/5f0c2a9e?gemeente=GM0928');
  });
});
