import { STANDEN, type Stand } from './register.events';
import { gewijzigd, given, opgenomen, wijzig } from './stappen/register.spec-support';
import { REGISTER_OVERGANGEN, overgangToegestaan } from './register-overgangen';

/** Every move, from each stand to each other: allowed (✓) or refused (✗), read by the decider. */
const TABEL: readonly (readonly [Stand, Stand, boolean])[] = [
  ['in-onderzoek', 'vergund', true],
  ['in-onderzoek', 'in-handhaving', true],
  ['in-onderzoek', 'gelegaliseerd', false],
  ['in-onderzoek', 'afgevoerd', true],
  ['vergund', 'in-onderzoek', false],
  ['vergund', 'in-handhaving', true],
  ['vergund', 'gelegaliseerd', false],
  ['vergund', 'afgevoerd', true],
  ['in-handhaving', 'in-onderzoek', false],
  ['in-handhaving', 'vergund', false],
  ['in-handhaving', 'gelegaliseerd', true],
  ['in-handhaving', 'afgevoerd', true],
  ['gelegaliseerd', 'in-onderzoek', false],
  ['gelegaliseerd', 'vergund', false],
  ['gelegaliseerd', 'in-handhaving', true],
  ['gelegaliseerd', 'afgevoerd', true],
  ['afgevoerd', 'in-onderzoek', true],
  ['afgevoerd', 'vergund', false],
  ['afgevoerd', 'in-handhaving', false],
  ['afgevoerd', 'gelegaliseerd', false],
];

/** A history that brings the pand to `stand` on 1 June 2019. */
function naar(stand: Stand) {
  const pad: Record<Stand, readonly Stand[]> = {
    'in-onderzoek': [],
    vergund: ['vergund'],
    'in-handhaving': ['in-handhaving'],
    gelegaliseerd: ['in-handhaving', 'gelegaliseerd'],
    afgevoerd: ['afgevoerd'],
  };
  let van: Stand = 'in-onderzoek';
  return [
    opgenomen,
    ...pad[stand].map((s, i) => {
      const event = gewijzigd(i + 1, van, s, '2019-06-01', s === 'afgevoerd' ? { reden: 'geen kamerverhuur meer' } : {});
      van = s;
      return event;
    }),
  ];
}

describe('kamerverhuur: the register\'s state machine', () => {
  it('lists every move between two different stands', () => {
    expect(TABEL).toHaveLength(STANDEN.length * (STANDEN.length - 1));
    for (const [van, naar_, toegestaan] of TABEL) expect([van, naar_, overgangToegestaan(van, naar_)]).toEqual([van, naar_, toegestaan]);
    expect(Object.keys(REGISTER_OVERGANGEN).sort()).toEqual([...STANDEN].sort());
  });

  it.each(TABEL.filter(([, , ok]) => ok))('allows %s → %s', (van, doel) => {
    const reden = doel === 'afgevoerd' ? { reden: 'vergunning vervallen' } : {};
    const geschiedenis = naar(van);
    given(geschiedenis).when(wijzig(doel, '2019-07-01', reden)).then([gewijzigd(geschiedenis.length, van, doel, '2019-07-01', reden)]);
  });

  it.each(TABEL.filter(([, , ok]) => !ok))('refuses %s → %s with the rule named', (van, doel) => {
    const fout = given(naar(van)).when(wijzig(doel, '2019-07-01')).thenRefuses('kamerverhuur/overgang-niet-toegestaan', 'naar');
    expect(fout.detail).toContain(`${van} kan niet naar ${doel}`);
  });

  it.each([...STANDEN])('refuses %s → %s: nothing changes', (stand) => {
    given(naar(stand)).when(wijzig(stand, '2019-07-01', { reden: 'x' })).thenRefuses('kamerverhuur/stand-ongewijzigd', 'naar');
  });
});
