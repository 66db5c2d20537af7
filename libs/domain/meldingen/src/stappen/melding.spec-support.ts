import { DeciderSpecification } from '@handhaving/domain-shared';
import type { KoppelAanPand, RegistreerMelding, SluitMelding } from '../melding.commands';
import { meldingDecider } from '../melding.decider';
import type { MeldingAanPandGekoppeld, MeldingGeregistreerd, MeldingGesloten } from '../melding.events';
import type { VerzegeldeInhoud } from '../verzegelde-inhoud';

/*
 * A melding for the step specs: on Monday 2 March 2020 a resident tells Kerkrade's meldpunt
 * overlast of drug dealing around a park; it is registered the next day, found on 10 March to be
 * about one house (BAG id), and closed on 20 March as taken into a Damocles case.
 */

export const given = DeciderSpecification.for(meldingDecider).given;

export const zaakId = '7c1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6';
export const door = 'oov-medewerker-1';

/** Ciphertext as the API would produce it; the domain never opens it. */
export const zegel: VerzegeldeInhoud = { verzegeld: 'djEuQTI1NkdDTS5tZWxkaW5n' };
export const pand = { soort: 'bag', adresseerbaarObjectId: '0928010000012345' } as const;

export const registreer = (velden: Partial<RegistreerMelding> = {}): RegistreerMelding => ({
  type: 'RegistreerMelding',
  zaakId,
  gemeente: 'GM0928',
  bron: 'meldpunt-overlast',
  categorie: 'drugsoverlast',
  plaats: { soort: 'gebied', omschrijving: 'Park Gracht' },
  meldingsdatum: '2020-03-02',
  omschrijving: zegel,
  datum: '2020-03-03',
  door,
  vandaag: '2020-03-03',
  ...velden,
});

export const geregistreerd: MeldingGeregistreerd = {
  type: 'MeldingGeregistreerd',
  zaakId,
  gemeente: 'GM0928',
  bron: 'meldpunt-overlast',
  categorie: 'drugsoverlast',
  plaats: { soort: 'gebied', omschrijving: 'Park Gracht' },
  meldingsdatum: '2020-03-02',
  omschrijving: zegel,
  datum: '2020-03-03',
  door,
  geregistreerdOp: '2020-03-03',
};

export const koppel = (velden: Partial<KoppelAanPand> = {}): KoppelAanPand => ({ type: 'KoppelAanPand', zaakId, pand: { adresseerbaarObjectId: '0928010000012345' }, datum: '2020-03-10', door, vandaag: '2020-03-10', ...velden });

export const gekoppeld: MeldingAanPandGekoppeld = { type: 'MeldingAanPandGekoppeld', zaakId, pand, datum: '2020-03-10', door, geregistreerdOp: '2020-03-10' };

export const sluit = (velden: Partial<SluitMelding> = {}): SluitMelding => ({
  type: 'SluitMelding',
  zaakId,
  reden: 'opgenomen-in-zaak',
  zaak: { context: 'damocles', zaakId: 'd-1' },
  datum: '2020-03-20',
  door,
  vandaag: '2020-03-20',
  ...velden,
});

export const gesloten: MeldingGesloten = { type: 'MeldingGesloten', zaakId, reden: 'opgenomen-in-zaak', zaak: { context: 'damocles', zaakId: 'd-1' }, datum: '2020-03-20', door, geregistreerdOp: '2020-03-20' };
