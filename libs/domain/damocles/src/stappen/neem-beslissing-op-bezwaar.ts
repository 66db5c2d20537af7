import { neemBeslissingOpBezwaar as neemAwbBeslissingOpBezwaar } from '@handhaving/domain-awb';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import type { NeemBeslissingOpBezwaar } from '../damocles.commands';
import { BEZWAARUITKOMSTEN, type DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { eindeVanSluiting } from '../regels/beslistermijn';
import { controleerMaatregel } from '../regels/maatregel';
import { damoclesRegels, vereis } from '../regels/vereis';

/** Art. 7:11 Awb: the beslissing op bezwaar; a gegrond one revokes or changes the closure. */
export function neemBeslissingOpBezwaar(command: NeemBeslissingOpBezwaar, state: DamoclesState): readonly DamoclesEvent[] {
  const regels = damoclesRegels(command);
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Op bezwaar wordt beslist bij een sluitingsbesluit');
  const r = s.rechtsbescherming;
  const beslissing = neemAwbBeslissingOpBezwaar(
    regels,
    command,
    { naam: 'het sluitingsbesluit', ontvangstdatum: r.bezwaar?.ontvangstdatum, beslist: r.beslissingOpBezwaar !== undefined },
    BEZWAARUITKOMSTEN,
  );
  if (command.uitkomst === 'gegrond' && command.gevolg === undefined) {
    throw new DomainRuleViolation('damocles/gevolg-ontbreekt', 'Bij een gegrond bezwaar: zeg of de sluiting wordt herroepen of gewijzigd', 'gevolg');
  }
  if (command.uitkomst !== 'gegrond' && command.gevolg !== undefined) {
    throw new DomainRuleViolation('damocles/gevolg-zonder-gegrond-bezwaar', `Een ${command.uitkomst} bezwaar laat het sluitingsbesluit staan: geef geen gevolg`, 'gevolg');
  }
  let gevolg;
  if (command.gevolg?.soort === 'gewijzigd') {
    controleerMaatregel({ soort: 'sluiting', duurMaanden: command.gevolg.duurMaanden }, 'gevolg.duurMaanden');
    const eindeSluiting = s.status === 'pand-gesloten' ? eindeVanSluiting(regels, s.sluitingsdatum, command.gevolg.duurMaanden) : undefined;
    gevolg = { soort: 'gewijzigd' as const, duurMaanden: command.gevolg.duurMaanden, ...(eindeSluiting === undefined ? {} : { eindeSluiting }) };
  } else if (command.gevolg?.soort === 'herroepen') {
    gevolg = { soort: 'herroepen' as const };
  }
  return [
    {
      type: 'BeslissingOpBezwaarGenomen',
      zaakId: command.zaakId,
      uitkomst: beslissing.uitkomst,
      ...(gevolg === undefined ? {} : { gevolg }),
      bekendmakingsdatum: beslissing.bekendmakingsdatum,
      beroepstermijnEinde: beslissing.beroepstermijnEinde,
      datum: command.datum,
      door: command.door,
    },
  ];
}
