import { fold } from '@handhaving/domain-shared';
import { trajectDecider } from '../traject.decider';
import { volgendeStap } from '../regels/volgende-stap';
import { beslist, given, inBezwaar, opgelegd, stap } from './traject.spec-support';

const beslis = (uitkomst: string, bekendmakingsdatum = '2020-06-10') => ({ type: 'NeemBeslissingOpBezwaar', ...stap, uitkomst: uitkomst as never, bekendmakingsdatum, datum: bekendmakingsdatum }) as const;

describe('kamerverhuur traject: neem beslissing op bezwaar (art. 7:11 Awb)', () => {
  it('ongegrond on Wednesday 10 June 2020: beroep through Wednesday 22 July, the last stands', () => {
    given(inBezwaar).when(beslis('ongegrond')).then([beslist()]);
    expect(fold(trajectDecider, [...inBezwaar, beslist()])).toMatchObject({ status: 'last-opgelegd', last: { bezwaar: { beslissing: { beroepstermijnEinde: '2020-07-22' } } } });
  });

  it('gegrond herroept the last: no bestuursdwang, a last onder dwangsom or closure next', () => {
    given(inBezwaar).when(beslis('gegrond')).then([beslist('gegrond')]);
    const herroepen = fold(trajectDecider, [...inBezwaar, beslist('gegrond')]);
    expect(herroepen).toMatchObject({ last: { vervallen: { reden: 'herroepen', sinds: '2020-06-10' } } });
    expect(volgendeStap(herroepen)).toBe('last onder dwangsom kiezen of traject afsluiten');
  });

  it('refuses it without a bezwaar, twice, with an unknown outcome, or made known before the bezwaar came in', () => {
    given(opgelegd).when(beslis('ongegrond')).thenRefuses('kamerverhuur/geen-bezwaar', 'zaakId');
    given([...inBezwaar, beslist()]).when(beslis('gegrond', '2020-06-15')).thenRefuses('kamerverhuur/bezwaar-al-beslist', 'zaakId');
    given(inBezwaar).when(beslis('half')).thenRefuses('kamerverhuur/uitkomst-onbekend', 'uitkomst');
    given(inBezwaar).when(beslis('ongegrond', '2020-04-19')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'bekendmakingsdatum');
  });
});
