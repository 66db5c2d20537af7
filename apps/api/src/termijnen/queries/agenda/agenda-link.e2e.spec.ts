import { loadApiConfig } from '../../../config/api-config';
import { settableClock, startTestApi, testRedisUrl, type SettableClock, type TestApi } from '../../../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(60_000);

const eigen = 'GM0928';
const andere = 'GM0888';

/*
 * The agenda link is a credential that a calendar app polls without a token: whoever holds it
 * reads the medewerker's terms. So it ends by itself (AGENDA_LINK_GELDIGHEID_DAGEN, 365 days) and
 * its holder, or beheer of the gemeente, can withdraw it; a withdrawn or expired link answers as an
 * unknown one does.
 */
describeWithRedis('the agenda link expires and can be withdrawn', () => {
  let api: TestApi;
  let clock: SettableClock;

  beforeAll(async () => {
    clock = settableClock();
    api = await startTestApi(redisUrl ?? '', {}, { clock });
  });

  afterAll(() => api?.close());

  async function link(userId: string, rollen: Parameters<TestApi['token']>[0] = ['juridisch-medewerker'], gemeenten = [eigen]): Promise<{ url: string; geldigTot: string }> {
    const token = await api.token(rollen, gemeenten, userId);
    const response = await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${token}`).expect(200);
    return response.body;
  }

  async function trekIn(userId: string, body: object = {}, rollen: Parameters<TestApi['token']>[0] = ['juridisch-medewerker'], gemeenten = [eigen]): Promise<{ status: number; body: Record<string, unknown> }> {
    const token = await api.token(rollen, gemeenten, userId);
    const response = await api.http().post('/api/termijnen/agenda-link/intrekken').set('Authorization', `Bearer ${token}`).send(body);
    return { status: response.status, body: response.body };
  }

  it('gives a link valid for 365 days that serves the calendar', async () => {
    clock.set('2026-03-02T09:00:00.000Z');
    const { url, geldigTot } = await link('anna@gemeente.example');
    expect(geldigTot).toBe('2027-03-02T09:00:00.000Z');
    const feed = await api.http().get(url).expect(200).expect('Content-Type', /text\/calendar/);
    expect(feed.text).toContain('BEGIN:VCALENDAR\r\n');
  });

  it('withdrawn by its holder: the old link is a 404 asking for a new one, a new link works, another medewerker’s link still works', async () => {
    const oud = await link('bram@gemeente.example');
    const collega = await link('carla@gemeente.example');
    await api.http().get(oud.url).expect(200);

    const ingetrokken = await trekIn('bram@gemeente.example');
    expect(ingetrokken.status).toBe(200);
    expect(ingetrokken.body).toMatchObject({ medewerker: 'bram@gemeente.example' });

    const weg = await api.http().get(oud.url).expect(404).expect('Content-Type', /application\/problem\+json/);
    expect(weg.body.detail).toMatch(/nieuwe/);
    expect(weg.body.detail).toContain('/api/termijnen/agenda-link');
    await api.http().get(collega.url).expect(200);

    const nieuw = await link('bram@gemeente.example');
    expect(nieuw.url).not.toBe(oud.url);
    await api.http().get(nieuw.url).expect(200);
    // The withdrawal is recorded, with who did it, where every instance reads it.
    const events = await api.eventStore().readAll({ filter: { eventTypes: ['AgendaLinksIngetrokken'] } });
    expect(events.map((event) => ({ data: event.data, door: event.metadata.userId }))).toContainEqual({
      data: expect.objectContaining({ medewerker: 'bram@gemeente.example' }),
      door: 'bram@gemeente.example',
    });
  });

  it('withdrawn by beheer of the gemeente for a named medewerker; not by a colleague, and beheer of another gemeente does not reach it', async () => {
    const doel = await link('daan@gemeente.example');

    const collega = await trekIn('eva@gemeente.example', { medewerker: 'daan@gemeente.example' });
    expect(collega.status).toBe(403);
    const elders = await trekIn('beheer@elders.example', { medewerker: 'daan@gemeente.example' }, ['beheer'], [andere]);
    expect(elders.status).toBe(200);
    await api.http().get(doel.url).expect(200);

    const beheer = await trekIn('beheer@gemeente.example', { medewerker: 'daan@gemeente.example' }, ['beheer'], [eigen]);
    expect(beheer.status).toBe(200);
    expect(beheer.body).toMatchObject({ medewerker: 'daan@gemeente.example', gemeenten: [eigen] });
    await api.http().get(doel.url).expect(404);
    await api.http().get((await link('daan@gemeente.example')).url).expect(200);
  });

  it('refuses a malformed medewerker (400, on the field)', async () => {
    const response = await trekIn('beheer@gemeente.example', { medewerker: '' }, ['beheer']);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('medewerker');
  });

  it('a link past its geldigTot is a 404', async () => {
    clock.set('2026-05-01T12:00:00.000Z');
    const { url, geldigTot } = await link('femke@gemeente.example');
    expect(geldigTot).toBe('2027-05-01T12:00:00.000Z');
    clock.set('2027-05-01T11:59:00.000Z');
    await api.http().get(url).expect(200);
    clock.set('2027-05-01T12:00:00.000Z');
    const verlopen = await api.http().get(url).expect(404);
    expect(verlopen.body.detail).toContain('/api/termijnen/agenda-link');
  });

  it('a forged link stays a 404', async () => {
    const { url } = await link('gijs@gemeente.example');
    const [payload] = url.replace(/^.*\/agenda\//, '').replace(/\.ics$/, '').split('.');
    const langer = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')), x: 9_999_999_999 })).toString('base64url');
    await api.http().get(url.replace(payload, langer)).expect(404);
  });
});

describeWithRedis('AGENDA_LINK_GELDIGHEID_DAGEN', () => {
  it('is a whole number of days from 1 to 3650, or the API does not start', () => {
    const basis = { REDIS_URL: 'redis://127.0.0.1:6379', HANDHAVING_DEV_MODE: 'true' };
    expect(() => loadApiConfig({ ...basis, AGENDA_LINK_GELDIGHEID_DAGEN: '0' })).toThrow(/AGENDA_LINK_GELDIGHEID_DAGEN is "0"/);
    expect(() => loadApiConfig({ ...basis, AGENDA_LINK_GELDIGHEID_DAGEN: 'een jaar' })).toThrow(/AGENDA_LINK_GELDIGHEID_DAGEN/);
    expect(loadApiConfig(basis).agendaLinkGeldigheidDagen).toBe(365);
  });

  it('sets how long a new link is valid', async () => {
    const clock = settableClock();
    const api = await startTestApi(redisUrl ?? '', { AGENDA_LINK_GELDIGHEID_DAGEN: '30' }, { clock });
    try {
      clock.set('2026-03-02T09:00:00.000Z');
      const token = await api.token(['toezichthouder']);
      const response = await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${token}`).expect(200);
      expect(response.body.geldigTot).toBe('2026-04-01T09:00:00.000Z');
    } finally {
      await api.close();
    }
  });
});
