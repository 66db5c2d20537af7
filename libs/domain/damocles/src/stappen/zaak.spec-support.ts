import { fold } from '@handhaving/domain-shared';
import { voorbeeldBeleid } from '@handhaving/policy';
import type { DamoclesCommand } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import type { DamoclesEvent } from '../damocles.events';

/*
 * A Damocles case for the step specs, built by the decider itself from commands: a hennepkwekerij
 * in a woning in Kerkrade, found Wednesday 10 February 2021, reported the 15th, with two
 * betrokkenen; the voornemen of Wednesday 17 February gives them two weeks, through 3 March.
 */

export const zaakId = '5f0c2a9e-1d3b-4c5a-8e7f-9a0b1c2d3e4f';
export const door = 'medewerker-1';

export const stappen = {
  rapportage: (): DamoclesCommand => ({
    type: 'RegistreerRapportage',
    zaakId,
    gemeente: 'GM0928',
    pand: { postcode: '6461AB', huisnummer: '12' },
    pandtype: 'woning',
    constateringsdatum: '2021-02-10',
    ontvangstdatum: '2021-02-15',
    vondsten: [{ categorie: 'softdrugs', omschrijving: 'hennepkwekerij' }],
    betrokkenen: [
      { betrokkeneId: 'b-eigenaar', rol: 'eigenaar' },
      { betrokkeneId: 'b-huurder', rol: 'gebruiker' },
    ],
    datum: '2021-02-15',
    door,
  }),
  voorstel: (): DamoclesCommand => ({ type: 'StelMaatregelVoor', zaakId, beleidsversie: 'GM0928-2020-01-01', beleid: voorbeeldBeleid(), eerdereVondsten: [{ zaakId: '0a1b2c3d-0000-4000-8000-000000000001', constateringsdatum: '2019-06-01' }], datum: '2021-02-16', door }),
  voornemen: (velden: Partial<Extract<DamoclesCommand, { type: 'VerzendVoornemen' }>> = {}): DamoclesCommand => ({
    type: 'VerzendVoornemen',
    zaakId,
    maatregel: { soort: 'sluiting', duurMaanden: 3 },
    verzenddatum: '2021-02-17',
    zienswijzetermijn: { einde: '2021-03-03' },
    datum: '2021-02-17',
    door,
    ...velden,
  }),
  zienswijze: (datum: string, van?: string): DamoclesCommand => ({ type: 'RegistreerZienswijze', zaakId, wijze: 'schriftelijk', ...(van === undefined ? {} : { van }), datum, door }),
  termijnVerstreken: (datum = '2021-03-04'): DamoclesCommand => ({ type: 'StelVastDatZienswijzetermijnVerstreken', zaakId, datum, door }),
  sluiting: (datum: string, bekendmakingsdatum = datum): DamoclesCommand => ({
    type: 'NeemBesluit',
    zaakId,
    besluit: { soort: 'sluiting', duurMaanden: 3, begunstigingstermijn: { einde: '2021-03-24' }, bekendmakingsdatum },
    datum,
    door,
  }),
};

/** The events the decider records for these commands, one after the other. */
export function zaakNa(commands: readonly DamoclesCommand[]): DamoclesEvent[] {
  return commands.reduce<DamoclesEvent[]>((events, command) => [...events, ...damoclesDecider.decide(command, fold(damoclesDecider, events))], []);
}
