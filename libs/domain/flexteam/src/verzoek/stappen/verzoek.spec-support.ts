import { DeciderSpecification } from '@handhaving/domain-shared';
import { verzoekDecider } from '../verzoek.decider';
import type { RegistreerAntwoord, VerstuurVerzoek } from '../verzoek.commands';
import type { Herkomst, VerzoekBeantwoord, VerzoekVerstuurd } from '../verzoek.events';

/*
 * A request for the step specs: the flexteam control of Thursday 10 September 2020 found a house in
 * Kerkrade-West with seven persons, two of them registered there. On Monday 14 September the BRP
 * is asked to correct the registration (an adresonderzoek) within the default four weeks, through
 * Monday 12 October; it answers on Monday 5 October that it corrected it.
 */

export const given = DeciderSpecification.for(verzoekDecider).given;

export const zaakId = 'c0ffee00-1234-4abc-8def-0123456789ab';
export const door = 'flexteam-coordinator-1';
export const pand = { soort: 'bag', adresseerbaarObjectId: '0928010000012345' } as const;
export const herkomst: Herkomst = { context: 'flexteam', zaakId: 'f1e2d3c4-b5a6-4978-8a1b-2c3d4e5f6a7b', pandSleutel: 'bag:0928010000012345', bevinding: 'brp-onjuist' };

export const verstuur = (velden: Partial<VerstuurVerzoek> = {}): VerstuurVerzoek => ({
  type: 'VerstuurVerzoek',
  zaakId,
  gemeente: 'GM0928',
  aan: 'brp',
  pand: { adresseerbaarObjectId: '0928010000012345' },
  herkomst,
  datum: '2020-09-14',
  door,
  vandaag: '2020-09-14',
  ...velden,
});

export const verstuurd: VerzoekVerstuurd = {
  type: 'VerzoekVerstuurd',
  zaakId,
  gemeente: 'GM0928',
  aan: 'brp',
  pand,
  pandSleutel: 'bag:0928010000012345',
  herkomst,
  antwoordtermijnInWeken: 4,
  antwoordUiterlijk: '2020-10-12',
  datum: '2020-09-14',
  door,
  geregistreerdOp: '2020-09-14',
};

/** The same request to bouw- en woningtoezicht, for a house found unsafe. */
export const aanBwt = { aan: 'bouw-en-woningtoezicht', herkomst: { ...herkomst, bevinding: 'brandonveilig' } } as const;

export const beantwoord = (velden: Partial<RegistreerAntwoord> = {}): RegistreerAntwoord => ({ type: 'RegistreerAntwoord', zaakId, uitkomst: 'gecorrigeerd', datum: '2020-10-05', door, vandaag: '2020-10-05', ...velden });

export const beantwoordMet = (velden: Partial<VerzoekBeantwoord> = {}): VerzoekBeantwoord => ({ type: 'VerzoekBeantwoord', zaakId, uitkomst: 'gecorrigeerd', datum: '2020-10-05', door, geregistreerdOp: '2020-10-05', ...velden });
