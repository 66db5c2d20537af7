import { DeciderSpecification } from '@handhaving/domain-shared';
import type { NeemPandOp, WijzigStand } from '../register.commands';
import { registerDecider } from '../register.decider';
import type { PandInRegisterOpgenomen, Stand, StandGewijzigd } from '../register.events';

/*
 * A pand in Kerkrade with five rooms let, entered in the register on 1 March 2019 (recorded
 * that day), owned by one betrokkene and run by another.
 */

export const given = DeciderSpecification.for(registerDecider).given;

export const zaakId = '0b6c5a1e-7c1f-5d1e-9c39-3f1f2d6a8b10';
export const door = 'medewerker-1';

export const neemOp = (velden: Partial<NeemPandOp> = {}): NeemPandOp => ({
  type: 'NeemPandOp',
  zaakId,
  gemeente: 'GM0928',
  pand: { postcode: '6461 ab', huisnummer: '12' },
  aantalKamers: 5,
  betrokkenen: { eigenaarId: 'b-eigenaar', exploitantId: 'b-exploitant' },
  ingangsdatum: '2019-03-01',
  datum: '2019-03-01',
  vandaag: '2019-03-01',
  door,
  ...velden,
});

export const opgenomen: PandInRegisterOpgenomen = {
  type: 'PandInRegisterOpgenomen',
  zaakId,
  gemeente: 'GM0928',
  pand: { sleutel: 'adres:6461AB-12', identiteit: { soort: 'adres', postcode: '6461AB', huisnummer: 12 } },
  aantalKamers: 5,
  betrokkenen: { eigenaarId: 'b-eigenaar', exploitantId: 'b-exploitant' },
  stand: 'in-onderzoek',
  ingangsdatum: '2019-03-01',
  geregistreerdOp: '2019-03-01',
  datum: '2019-03-01',
  door,
};

export const wijzig = (naar: Stand, ingangsdatum: string, velden: Partial<WijzigStand> = {}): WijzigStand => ({
  type: 'WijzigStand',
  zaakId,
  naar,
  ingangsdatum,
  datum: ingangsdatum,
  vandaag: ingangsdatum,
  door,
  ...velden,
});

export const gewijzigd = (wijziging: number, van: Stand, naar: Stand, ingangsdatum: string, velden: Partial<StandGewijzigd> = {}): StandGewijzigd => ({
  type: 'StandGewijzigd',
  zaakId,
  wijziging,
  van,
  naar,
  ...(velden.reden === undefined ? {} : { reden: velden.reden }),
  ...(velden.aanleiding === undefined ? {} : { aanleiding: velden.aanleiding }),
  ingangsdatum,
  geregistreerdOp: velden.geregistreerdOp ?? ingangsdatum,
  datum: velden.datum ?? ingangsdatum,
  door,
});
