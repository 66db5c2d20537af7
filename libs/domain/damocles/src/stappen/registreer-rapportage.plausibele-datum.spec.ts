import { DeciderSpecification } from '@handhaving/domain-shared';
import type { RegistreerRapportage } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import { door, zaakId } from './zaak.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

/*
 * Security hardening (issue 18, item 5): a date of a step lies from 1 January 1980 through the day
 * it is recorded. A rapportage dated 0001-01-01 or 9999-12-31 would give the figures a year 1 or a
 * year 9999 for ever. Every date of every step goes through the same rule (the awb kernel's Regels).
 */
const registreer = (velden: Partial<RegistreerRapportage> = {}): RegistreerRapportage => ({
  type: 'RegistreerRapportage',
  zaakId,
  gemeente: 'GM0928',
  pand: { postcode: '6461 ab', huisnummer: '12' },
  pandtype: 'woning',
  constateringsdatum: '2021-02-10',
  ontvangstdatum: '2021-02-15',
  vondsten: [{ categorie: 'softdrugs', omschrijving: 'hennepkwekerij' }],
  betrokkenen: [{ betrokkeneId: 'b-eigenaar', rol: 'eigenaar' }],
  datum: '2021-02-15',
  door,
  vandaag: '2021-02-15',
  ...velden,
});

describe('damocles: the dates of a rapportage are plausible', () => {
  it('given nothing, when a rapportage is dated 0001-01-01 (its find, receipt and registration), then it is refused naming the first date, the rule saying from when', () => {
    const weigering = given([])
      .when(registreer({ constateringsdatum: '0001-01-01', ontvangstdatum: '0001-01-01', datum: '0001-01-01' }))
      .thenRefuses('damocles/datum-te-vroeg', 'datum');
    expect(weigering.detail).toMatch(/0001-01-01 in datum ligt vóór 1980-01-01/);
  });

  it('given nothing, when only the constateringsdatum lies in year 1, then that field is named', () => {
    given([]).when(registreer({ constateringsdatum: '0001-01-01' })).thenRefuses('damocles/datum-te-vroeg', 'constateringsdatum');
  });

  it('given nothing, when a rapportage is dated 9999-12-31, then it is refused as lying after today', () => {
    given([])
      .when(registreer({ constateringsdatum: '9999-12-31', ontvangstdatum: '9999-12-31', datum: '9999-12-31' }))
      .thenRefuses('damocles/datum-in-de-toekomst', 'datum');
  });

  it('given nothing and no vandaag in the command (a caller without a clock), when a rapportage is dated 9999-12-31, then it is refused as lying past the calendar', () => {
    given([])
      .when(registreer({ constateringsdatum: '9999-12-31', ontvangstdatum: '9999-12-31', datum: '9999-12-31', vandaag: undefined }))
      .thenRefuses('damocles/datum-te-ver-vooruit', 'datum');
  });

  it('accepts the first day (1980-01-01) and refuses the day before (1979-12-31)', () => {
    const oud = { constateringsdatum: '1980-01-01', ontvangstdatum: '1980-01-02', datum: '2021-02-15' };
    expect(damoclesDecider.decide(registreer(oud), damoclesDecider.initialState())).toHaveLength(1);
    given([]).when(registreer({ ...oud, constateringsdatum: '1979-12-31' })).thenRefuses('damocles/datum-te-vroeg', 'constateringsdatum');
  });
});
