import { DomainRuleViolation } from '@handhaving/domain-shared';
import { beschrijfMaatregel, maatregelVolgensLadder } from '@handhaving/policy';
import type { StelMaatregelVoor } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { damoclesRegels, vereis } from '../regels/vereis';

/** The policy ladder proposes a measure from the pand type, the heaviest category and the earlier finds within the recidive window (docs/damocles.md, step 2); the explanation names the policy version. */
export function stelMaatregelVoor(command: StelMaatregelVoor, state: DamoclesState): readonly DamoclesEvent[] {
  const regels = damoclesRegels(command);
  const s = vereis(state, command.zaakId, ['rapportage-ontvangen', 'maatregel-voorgesteld'], 'Een maatregel kan alleen worden voorgesteld vóór het voornemen');
  const zaak = s.zaak;
  command.eerdereVondsten.forEach((eerder, i) => {
    regels.datum(eerder.constateringsdatum, `eerdereVondsten[${i}].constateringsdatum`);
    if (eerder.zaakId === zaak.zaakId || eerder.constateringsdatum >= zaak.constateringsdatum) {
      throw new DomainRuleViolation(
        'damocles/eerdere-vondst-ongeldig',
        `Eerdere vondst ${eerder.zaakId} (${eerder.constateringsdatum}) ligt niet vóór deze constatering (${zaak.constateringsdatum}) of is deze zaak zelf`,
        `eerdereVondsten[${i}]`,
      );
    }
  });
  const n = command.eerdereVondsten.length;
  const { maatregel, trede } = maatregelVolgensLadder(command.beleid, { pandtype: zaak.pand.pandtype, zwaarsteCategorie: zaak.zwaarsteCategorie, eerdereVondsten: n });
  const venster = command.beleid.damocles.recidiveTermijnMaanden;
  const eerdere =
    n === 0
      ? `geen eerdere vondsten binnen ${venster} maanden`
      : `${n} eerdere ${n === 1 ? 'vondst' : 'vondsten'} binnen ${venster} maanden (${command.eerdereVondsten.map((e) => `${e.zaakId} van ${e.constateringsdatum}`).join(', ')})`;
  return [
    {
      type: 'MaatregelVoorgesteld',
      zaakId: command.zaakId,
      voorgesteld: maatregel,
      trede,
      beleidsversie: command.beleidsversie,
      recidiveTermijnMaanden: venster,
      eerdereVondsten: command.eerdereVondsten,
      uitleg:
        `${zaak.pand.pandtype}, zwaarste categorie ${zaak.zwaarsteCategorie}, ${eerdere} vóór ${zaak.constateringsdatum}: ` +
        `trede ${trede}, dus ${beschrijfMaatregel(maatregel)} (beleid ${command.beleidsversie})`,
      datum: command.datum,
      door: command.door,
    },
  ];
}
