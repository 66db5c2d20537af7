import { EmbeddedEventStore } from '@handhaving/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreContract } from './event-store.contract';

const dataDir = mkdtempSync(join(tmpdir(), 'handhaving-contract-'));

eventStoreContract('embedded (better-sqlite3, WAL, synchronous=FULL)', {
  open: async (clock) => new EmbeddedEventStore({ dataDir, clock, pollIntervalMs: 50 }),
  cleanUp: async () => rmSync(dataDir, { recursive: true, force: true }),
});
