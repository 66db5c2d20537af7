import { fold } from '@handhaving/domain-shared';
import { trajectDecider } from '../traject.decider';
import type { TrajectEvent } from '../traject.events';
import {
  afgesloten,
  aangekondigd,
  beroepIngesteld,
  beslist,
  bestuursdwang,
  bezwaarIngediend,
  door,
  dwangsomGekozen,
  geconstateerd,
  gecontroleerd,
  gereed,
  inBeroep,
  naHercontrole,
  naVooraankondiging,
  naVoornemen,
  nietNageleefd,
  opgelegd,
  zaakId,
} from '../stappen/traject.spec-support';
import { volgendeStap } from './volgende-stap';

const stap = (events: TrajectEvent[]) => volgendeStap(fold(trajectDecider, events));

describe('kamerverhuur traject: volgende stap (the work list)', () => {
  it('names the next step of the bestuursdwang route with its date', () => {
    expect(volgendeStap({ status: 'onbekend' })).toBe('constatering registreren');
    expect(stap([geconstateerd])).toBe('vooraankondiging of voornemen verzenden');
    expect(stap(naVooraankondiging)).toBe('hercontrole na hersteltermijn (2020-02-24)');
    const { hersteltermijnEinde: _einde, ...zonderTermijn } = aangekondigd;
    expect(stap([geconstateerd, zonderTermijn])).toBe('hercontrole na vooraankondiging');
    expect(stap(naHercontrole)).toBe('voornemen verzenden of last onder dwangsom kiezen');
    expect(stap([...naVooraankondiging, gecontroleerd('2020-02-20', 'nageleefd', 'vooraankondiging')])).toBe('traject afsluiten (nageleefd)');
    expect(stap(naVoornemen)).toBe('zienswijzetermijn afwachten tot 2020-03-17');
    expect(stap(gereed)).toBe('last onder bestuursdwang opleggen of last onder dwangsom kiezen');
    expect(stap(opgelegd)).toBe('hercontrole na begunstigingstermijn (2020-05-13)');
    expect(stap(nietNageleefd)).toBe('bestuursdwang toepassen');
    expect(stap([...opgelegd, gecontroleerd('2020-05-01', 'nageleefd', 'last-onder-bestuursdwang')])).toBe('traject afsluiten (nageleefd)');
    expect(stap(bestuursdwang)).toBe('traject afsluiten (bestuursdwang toegepast)');
  });

  it('on the dwangsom route: follow the dwangsom case', () => {
    expect(stap([geconstateerd, dwangsomGekozen()])).toBe('dwangsomzaak volgen');
  });

  it('names a juridische procedure that holds up bestuursdwang, or runs on after closure', () => {
    const gevraagd = { type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2020-05-15', door } as const;
    expect(stap([...nietNageleefd, bezwaarIngediend, gevraagd])).toBe('uitspraak op de voorlopige voorziening afwachten');
    expect(stap([...nietNageleefd, bezwaarIngediend])).toBe('beslissen op bezwaar');
    const herstel = { type: 'HerstelVerzuimGevraagd', zaakId, verzuim: 'gronden', hersteltermijnEinde: '2020-05-18', opgeschortVanaf: '2020-05-05', datum: '2020-05-04', door } as const;
    expect(stap([...nietNageleefd, bezwaarIngediend, herstel])).toBe('herstel van verzuim afwachten tot 2020-05-18');
    expect(stap([...nietNageleefd, bezwaarIngediend, beslist(), beroepIngesteld])).toBe('uitspraak op beroep afwachten');
    expect(stap([...inBeroep, afgesloten('gelegaliseerd', '2020-08-01', 'vergunning')])).toBe('uitspraak op beroep afwachten');
    expect(stap([...bestuursdwang, afgesloten('bestuursdwang-toegepast', '2020-06-03')])).toBe('geen: traject afgesloten');
    expect(stap([...opgelegd, bezwaarIngediend, beslist('gegrond')])).toBe('last onder dwangsom kiezen of traject afsluiten');
  });
});
