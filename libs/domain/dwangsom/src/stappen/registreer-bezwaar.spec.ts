import { given, opgelegd, ingevorderd, bezwaar, ingediend, beschikking1 } from './zaak.spec-support';

describe('dwangsom: registreer bezwaar (art. 6:7–6:9 Awb)', () => {
  const last = { besluit: 'last' } as const;

  it('records an objection against the last on time (through 19 May), late, or posted in time (art. 6:9 Awb)', () => {
    given(opgelegd).when(bezwaar(last, '2021-05-19')).then([ingediend(last, '2021-05-19', '2021-05-19', true)]);
    given(opgelegd).when(bezwaar(last, '2021-05-20')).then([ingediend(last, '2021-05-20', '2021-05-19', false)]);
    given(opgelegd).when(bezwaar(last, '2021-05-25', '2021-05-19')).then([ingediend(last, '2021-05-25', '2021-05-19', true, '2021-05-19')]);
    given(opgelegd).when(bezwaar(last, '2021-05-27', '2021-05-19')).then([ingediend(last, '2021-05-27', '2021-05-19', false, '2021-05-19')]);
  });

  it('records an objection against an invorderingsbeschikking with that beschikking’s own term', () => {
    given(ingevorderd).when(bezwaar(beschikking1, '2021-07-20')).then([ingediend(beschikking1, '2021-07-20', '2021-07-27', true)]);
    given(ingevorderd).when(bezwaar({ besluit: 'invorderingsbeschikking', invordering: 7 }, '2021-07-20')).thenRefuses('dwangsom/invordering-onbekend', 'tegen.invordering');
    given(ingevorderd).when(bezwaar({ besluit: 'bestuursdwang' } as never, '2021-07-20')).thenRefuses('dwangsom/bestreden-besluit-onbekend', 'tegen');
  });

  it('refuses a second objection against the same besluit, and one received before its bekendmaking', () => {
    given([...opgelegd, ingediend(last, '2021-05-19', '2021-05-19', true)]).when(bezwaar(last, '2021-05-19')).thenRefuses('dwangsom/bezwaar-al-ingediend', 'tegen');
    given(opgelegd).when(bezwaar(last, '2021-04-01')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'ontvangstdatum');
    given([...ingevorderd, ingediend(last, '2021-05-19', '2021-05-19', true)]).when(bezwaar(beschikking1, '2021-07-01')).then([ingediend(beschikking1, '2021-07-01', '2021-07-27', true)]);
  });
});
