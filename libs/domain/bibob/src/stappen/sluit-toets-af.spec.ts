import { fold } from '@handhaving/domain-shared';
import { bibobDecider } from '../bibob.decider';
import { given, gestart, opSignaal, geweigerd, zaakId, door, stap } from './zaak.spec-support';

const sluit = (reden: 'geen-maatregel' | 'aanvraag-ingetrokken') => ({ type: 'SluitToetsAf', ...stap, reden, datum: '2023-10-10' }) as const;

describe('bibob: sluit de toets af zonder besluit', () => {
  it('a signal that calls for no measure, or an aanvraag withdrawn', () => {
    given([opSignaal]).when(sluit('geen-maatregel')).then([{ type: 'BibobToetsAfgesloten', zaakId, reden: 'geen-maatregel', datum: '2023-10-10', door }]);
    given([gestart]).when(sluit('aanvraag-ingetrokken')).then([{ type: 'BibobToetsAfgesloten', zaakId, reden: 'aanvraag-ingetrokken', datum: '2023-10-10', door }]);
    expect(fold(bibobDecider, [gestart, { type: 'BibobToetsAfgesloten', zaakId, reden: 'aanvraag-ingetrokken', datum: '2023-10-10', door }])).toMatchObject({ status: 'afgesloten', sinds: '2023-10-10' });
  });

  it('refuses a reason that does not fit the toets, and closing after the besluit', () => {
    given([gestart]).when(sluit('geen-maatregel')).thenRefuses('bibob/reden-past-niet-bij-toets', 'reden');
    given([opSignaal]).when(sluit('aanvraag-ingetrokken')).thenRefuses('bibob/reden-past-niet-bij-toets', 'reden');
    given(geweigerd).when(sluit('aanvraag-ingetrokken')).thenRefuses('bibob/stap-in-verkeerde-volgorde');
  });
});
