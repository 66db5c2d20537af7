import { contextVanStream } from '@handhaving/domain-shared';
import { kamerverhuurtrajectContext } from './traject.context';

describe('kamerverhuur traject: the context', () => {
  it('keeps one traject per stream kamerverhuurtraject-{zaakId}, apart from the register’s streams', () => {
    expect(kamerverhuurtrajectContext.streamId('a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601')).toBe('kamerverhuurtraject-a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601');
    expect(contextVanStream([kamerverhuurtrajectContext], 'kamerverhuurregister-0b6c5a1e')).toBeUndefined();
  });

  it('lists every event type it writes', () => {
    expect(kamerverhuurtrajectContext.eventTypes).toEqual(
      expect.arrayContaining(['OvertredingGeconstateerd', 'VooraankondigingVerzonden', 'HercontroleUitgevoerd', 'LastOnderDwangsomGekozen', 'VoornemenVerzonden', 'LastOnderBestuursdwangOpgelegd', 'BestuursdwangToegepast', 'TrajectAfgesloten', 'BezwaarIngediend', 'UitspraakOpBeroepGedaan']),
    );
    expect(kamerverhuurtrajectContext.eventTypes).toHaveLength(21);
  });
});
