import { fold } from '@handhaving/domain-shared';
import { bibobDecider } from '../bibob.decider';
import { beslistermijnVanToets } from '../regels/toets-termijnen';
import { given, adviesGevraagd, zaakId, door, stappen, zaakNa } from './zaak.spec-support';

describe('bibob: de betrokkene beantwoordt de vragen van het LBB', () => {
  const gesteld = zaakNa(adviesGevraagd, [stappen.vragen()]);

  it('given questions of 23 October, when answered on 6 November, then 24 October–5 November (13 days) lengthen the LBB suspension to Sunday 10 December', () => {
    given(gesteld).when(stappen.antwoord()).then([{ type: 'LbbVragenBeantwoord', zaakId, beantwoordOp: '2023-11-06', datum: '2023-11-06', door }]);
    const s = fold(bibobDecider, zaakNa(gesteld, [stappen.antwoord()]));
    if (s.status === 'onbekend') throw new Error('toets verwacht');
    const termijn = beslistermijnVanToets(s.zaak, s.onderzoek, '2023-11-20');
    expect(termijn?.opschortingen.find((o) => o.reden === 'advies-lbb')).toMatchObject({ uiterlijkTotEnMet: '2023-12-10', lopend: true });
    expect(termijn?.opschortingen.find((o) => o.reden === 'vragen-lbb')).toMatchObject({ verlengtLbbMet: 13 });
  });

  it('refuses an answer without open questions, and one before the questions', () => {
    given(adviesGevraagd).when(stappen.antwoord()).thenRefuses('bibob/geen-open-vragen-lbb', 'zaakId');
    given(gesteld).when(stappen.antwoord('2023-10-20')).thenRefuses('bibob/datum-voor-vorige-stap', 'beantwoordOp');
  });
});
