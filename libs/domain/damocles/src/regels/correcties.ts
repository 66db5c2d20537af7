import type { Regels } from '@handhaving/domain-awb';
import type { Correcties } from '../damocles.commands';
import type { Feitcorrectie } from '../damocles.events';
import type { Zaak } from '../damocles.state';
import { controleerBetrokkenen, controleerVondsten, zwaarsteCategorie } from './rapportage';

function gelijk(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function bepaalCorrecties(regels: Regels, zaak: Zaak, nieuw: Correcties): Feitcorrectie[] {
  const correcties: Feitcorrectie[] = [];
  const constateringsdatum = nieuw.constateringsdatum ?? zaak.constateringsdatum;
  const ontvangstdatum = nieuw.ontvangstdatum ?? zaak.ontvangstdatum;
  if (nieuw.constateringsdatum !== undefined) regels.datum(nieuw.constateringsdatum, 'correcties.constateringsdatum');
  if (nieuw.ontvangstdatum !== undefined) regels.datum(nieuw.ontvangstdatum, 'correcties.ontvangstdatum');
  regels.volgorde(constateringsdatum, ontvangstdatum, nieuw.ontvangstdatum !== undefined ? 'correcties.ontvangstdatum' : 'correcties.constateringsdatum', 'De rapportage kan niet zijn ontvangen vóór de constatering');
  if (constateringsdatum !== zaak.constateringsdatum) correcties.push({ veld: 'constateringsdatum', oud: zaak.constateringsdatum, nieuw: constateringsdatum });
  if (ontvangstdatum !== zaak.ontvangstdatum) correcties.push({ veld: 'ontvangstdatum', oud: zaak.ontvangstdatum, nieuw: ontvangstdatum });
  if (nieuw.pandtype !== undefined && nieuw.pandtype !== zaak.pand.pandtype) correcties.push({ veld: 'pandtype', oud: zaak.pand.pandtype, nieuw: nieuw.pandtype });
  if (nieuw.vondsten !== undefined && !gelijk(nieuw.vondsten, zaak.vondsten)) {
    controleerVondsten(nieuw.vondsten, 'correcties.vondsten');
    correcties.push({ veld: 'vondsten', oud: zaak.vondsten, nieuw: nieuw.vondsten });
    const zwaarste = zwaarsteCategorie(nieuw.vondsten);
    if (zwaarste !== zaak.zwaarsteCategorie) correcties.push({ veld: 'zwaarsteCategorie', oud: zaak.zwaarsteCategorie, nieuw: zwaarste });
  }
  if (nieuw.betrokkenen !== undefined && !gelijk(nieuw.betrokkenen, zaak.betrokkenen)) {
    controleerBetrokkenen(nieuw.betrokkenen, 'correcties.betrokkenen');
    correcties.push({ veld: 'betrokkenen', oud: zaak.betrokkenen, nieuw: nieuw.betrokkenen });
  }
  return correcties;
}

export function pasToe(zaak: Zaak, correctie: Feitcorrectie): Zaak {
  switch (correctie.veld) {
    case 'constateringsdatum':
      return { ...zaak, constateringsdatum: correctie.nieuw };
    case 'ontvangstdatum':
      return { ...zaak, ontvangstdatum: correctie.nieuw };
    case 'pandtype':
      return { ...zaak, pand: { ...zaak.pand, pandtype: correctie.nieuw } };
    case 'vondsten':
      return { ...zaak, vondsten: correctie.nieuw };
    case 'zwaarsteCategorie':
      return { ...zaak, zwaarsteCategorie: correctie.nieuw };
    case 'betrokkenen':
      return { ...zaak, betrokkenen: correctie.nieuw };
    default: {
      const unhandled: never = correctie;
      return unhandled;
    }
  }
}
