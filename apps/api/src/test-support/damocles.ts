import { voorbeeldBeleid } from '@handhaving/policy';
import type { TestApi } from './test-api';

/** The body of `POST /api/damocles/zaken`: a softdrugs find in a woning in Kerkrade, changed where a test needs. */
export function rapportageBody(wijzigingen: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    gemeente: 'GM0928',
    pand: { postcode: '6461 ab', huisnummer: 12 },
    pandtype: 'woning',
    constateringsdatum: '2020-03-02',
    ontvangstdatum: '2020-03-09',
    vondsten: [{ categorie: 'softdrugs', omschrijving: 'hennepkwekerij' }],
    betrokkenen: [],
    ...wijzigingen,
  };
}

/** Opens a Damocles case through the API as `token`; the answer's body (zaakId, position, events). */
export async function openDamocleszaak(api: TestApi, token: string, wijzigingen: Record<string, unknown> = {}): Promise<{ zaakId: string; position: string; events: string[] }> {
  return (await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${token}`).send(rapportageBody(wijzigingen)).expect(201)).body;
}

/** Beheer records the example policy for a gemeente (the ladder a measure proposal needs). */
export async function stelVoorbeeldbeleidVast(api: TestApi, gemeente = 'GM0928', ingangsdatum = '2016-01-01'): Promise<void> {
  const beheer = await api.token(['beheer'], [gemeente]);
  await api.http().post(`/api/beleid/${gemeente}/versies`).set('Authorization', `Bearer ${beheer}`).send({ ingangsdatum, beleid: voorbeeldBeleid(), toelichting: 'test' }).expect(201);
}
