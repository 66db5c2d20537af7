import { VensterTeller } from './venster-teller';

describe('VensterTeller: fixed windows, O(1) per request', () => {
  let now = 0;
  const teller = new VensterTeller(() => now);
  const tel = (key: string) => teller.increment(key, 60_000, 3, 60_000, 'test');

  it('lets the limit through in a window, blocks the next until the block is over, then counts afresh', async () => {
    now = 1_000;
    for (let i = 1; i <= 3; i++) expect(await tel('a')).toMatchObject({ totalHits: i, isBlocked: false });
    expect(await tel('a')).toMatchObject({ isBlocked: true, timeToBlockExpire: 60 });
    now += 30_000;
    expect(await tel('a')).toMatchObject({ isBlocked: true, timeToBlockExpire: 30 });
    // Another key is not affected.
    expect(await tel('b')).toMatchObject({ totalHits: 1, isBlocked: false });
    now += 30_001;
    expect(await tel('a')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('a key that stays under the limit starts a new window when its window is over', async () => {
    now = 1_000_000;
    await tel('c');
    await tel('c');
    await tel('c');
    now += 60_000;
    expect(await tel('c')).toMatchObject({ totalHits: 1, isBlocked: false, timeToExpire: 60 });
  });
});
