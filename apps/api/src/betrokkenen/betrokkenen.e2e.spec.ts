import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

const persoon = {
  gemeente: 'GM0928',
  soort: 'persoon',
  naam: 'Hendrikus Zwartjes-Verbeeten',
  bsn: '111222333',
  geboortedatum: '1979-02-11',
  email: 'h.zwartjes@voorbeeld.nl',
  telefoon: '0455123456',
};
const plaintexts = [persoon.naam, 'Zwartjes', persoon.bsn, persoon.geboortedatum, persoon.email, persoon.telefoon];

describeWithRedis('betrokkenen and erasure of personal data', () => {
  let api: TestApi;
  let medewerker: string;
  let beheer: string;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    medewerker = await api.token(['juridisch-medewerker']);
    beheer = await api.token(['beheer']);
  });

  afterAll(() => api?.close());

  it('registers a person, stores nothing readable, erases the key, and then shows the person as verwijderd, with the figures unchanged', async () => {
    const registered = await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).send(persoon).expect(201);
    const { betrokkeneId } = registered.body;
    expect(registered.headers['location']).toBe(`/api/betrokkenen/${betrokkeneId}`);

    const before = await api.http().get(`/api/betrokkenen/${betrokkeneId}`).set('Authorization', `Bearer ${medewerker}`).expect(200);
    expect(before.body.persoonsgegevens).toEqual({
      status: 'beschikbaar',
      gegevens: { naam: persoon.naam, bsn: persoon.bsn, geboortedatum: persoon.geboortedatum, email: persoon.email, telefoon: persoon.telefoon },
    });
    // The read of confidential data is in the audit log, without the data itself.
    expect(api.logs()).toContain('"audit":"vertrouwelijk-gelezen"');

    const analist = await api.token(['oov-analist']);
    const jaar = before.body.registratiedatum.slice(0, 4);
    const figures = (na: string) =>
      api.http().get(`/api/betrokkenen-telling?gemeente=GM0928&jaar=${jaar}&na=${na}`).set('Authorization', `Bearer ${analist}`).expect(200);
    const figuresBefore = await figures(registered.body.position);
    expect(figuresBefore.headers['x-bijgewerkt-tot-positie']).toBe(registered.body.position);

    const erased = await api
      .http()
      .post(`/api/betrokkenen/${betrokkeneId}/verwijder-persoonsgegevens`)
      .set('Authorization', `Bearer ${beheer}`)
      .send({ reden: 'avg-artikel-17', toelichting: 'verzoek toegewezen' })
      .expect(200);

    const after = await api.http().get(`/api/betrokkenen/${betrokkeneId}`).set('Authorization', `Bearer ${medewerker}`).expect(200);
    expect(after.body).toMatchObject({ betrokkeneId, gemeente: 'GM0928', soort: 'persoon', persoonsgegevens: { status: 'verwijderd' } });
    expect(JSON.stringify(after.body)).not.toContain('Zwartjes');

    const figuresAfter = await figures(erased.body.position);
    expect(figuresAfter.body.geregistreerd).toEqual(figuresBefore.body.geregistreerd);
    expect(figuresAfter.body.persoonsgegevensVerwijderd.totaal).toBe(figuresBefore.body.persoonsgegevensVerwijderd.totaal + 1);

    // No plaintext anywhere: not in the event store's or key store's files, not in Redis, not in the logs.
    for (const file of readdirSync(api.config.dataDir)) {
      const content = readFileSync(join(api.config.dataDir, file)).toString('latin1');
      for (const plaintext of plaintexts) expect({ file, found: content.includes(plaintext) }).toEqual({ file, found: false });
    }
    const keys = await api.redis.keys(`${api.config.redisKeyPrefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const dump = (await api.redis.dumpBuffer(key))?.toString('latin1') ?? '';
      for (const plaintext of plaintexts) expect({ key, found: dump.includes(plaintext) }).toEqual({ key, found: false });
    }
    for (const plaintext of plaintexts) expect(api.logs().includes(plaintext)).toBe(false);
  });

  it('refuses invalid input naming the field and the rule, and appends nothing', async () => {
    const head = await api.eventStore().readHeadPosition();
    const response = await api
      .http()
      .post('/api/betrokkenen')
      .set('Authorization', `Bearer ${medewerker}`)
      .send({ ...persoon, bsn: '123456789', onbekend: 'x' })
      .expect(400)
      .expect('Content-Type', /application\/problem\+json/);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'bsn', rule: 'elfproef', detail: 'bsn moet 9 cijfers zijn en voldoen aan de elfproef' },
        { field: 'onbekend', rule: 'onbekend-veld', detail: 'Het veld onbekend bestaat niet in deze opdracht' },
      ]),
    );
    expect(await api.eventStore().readHeadPosition()).toBe(head);
  });

  it('registers once when the same Idempotency-Key is sent twice', async () => {
    const first = await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).set('Idempotency-Key', 'registratie-42').send(persoon).expect(201);
    const retry = await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).set('Idempotency-Key', 'registratie-42').send(persoon).expect(200);
    expect(retry.body).toEqual({ ...first.body, alreadyProcessed: true });
  });

  it('answers a retried registration of a person erased meanwhile with the first answer, not 500', async () => {
    const registreer = () => api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).set('Idempotency-Key', 'registratie-43').send(persoon);
    const first = await registreer().expect(201);
    await api.http().post(`/api/betrokkenen/${first.body.betrokkeneId}/verwijder-persoonsgegevens`).set('Authorization', `Bearer ${beheer}`).send({ reden: 'avg-artikel-17' }).expect(200);
    const head = await api.eventStore().readHeadPosition();
    const retry = await registreer().expect(200);
    expect(retry.body).toEqual({ ...first.body, alreadyProcessed: true });
    expect(await api.eventStore().readHeadPosition()).toBe(head);
  });

  it('does not show another gemeente’s betrokkene: 404, not 403', async () => {
    const registered = await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).send(persoon).expect(201);
    const elders = await api.token(['juridisch-medewerker'], ['GM0888']);
    const response = await api.http().get(`/api/betrokkenen/${registered.body.betrokkeneId}`).set('Authorization', `Bearer ${elders}`).expect(404);
    expect(response.body.type).toBe('https://handhaving.nl/problemen/niet-gevonden');
  });

  it('refuses to register for a gemeente the caller does not work for (403), and erasure without beheer (403)', async () => {
    await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).send({ ...persoon, gemeente: 'GM0888' }).expect(403);
    const registered = await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).send(persoon).expect(201);
    await api
      .http()
      .post(`/api/betrokkenen/${registered.body.betrokkeneId}/verwijder-persoonsgegevens`)
      .set('Authorization', `Bearer ${medewerker}`)
      .send({ reden: 'avg-artikel-17' })
      .expect(403);
  });

  it('answers a second erasure with 422 and the rule', async () => {
    const registered = await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).send(persoon).expect(201);
    const path = `/api/betrokkenen/${registered.body.betrokkeneId}/verwijder-persoonsgegevens`;
    await api.http().post(path).set('Authorization', `Bearer ${beheer}`).send({ reden: 'bewaartermijn-verstreken' }).expect(200);
    const again = await api.http().post(path).set('Authorization', `Bearer ${beheer}`).send({ reden: 'bewaartermijn-verstreken' }).expect(422);
    expect(again.body).toMatchObject({ type: 'https://handhaving.nl/problemen/regel/betrokkene/al-verwijderd', rule: 'betrokkene/al-verwijderd' });
  });
});
