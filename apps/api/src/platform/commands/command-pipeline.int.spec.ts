import type { Principal } from '@handhaving/auth';
import { DomainRuleViolation, type Decider } from '@handhaving/domain-shared';
import { EmbeddedEventStore, type EventStore } from '@handhaving/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandPipeline, type CommandRequest } from './command-pipeline';

interface Noteer {
  readonly type: 'Noteer';
  readonly tekst: string;
}
interface Genoteerd {
  readonly type: 'Genoteerd';
  readonly tekst: string;
}

const notities: Decider<Noteer, Genoteerd, number> = {
  decide: (command) => [{ type: 'Genoteerd', tekst: command.tekst }],
  evolve: (aantal) => aantal + 1,
  initialState: () => 0,
};
const principal: Principal = { userId: 'medewerker-1', rollen: ['juridisch-medewerker'], gemeenten: ['GM0928'] };

function noteer(streamId: string, tekst: string, idempotency: Pick<CommandRequest<Noteer>, 'commandId' | 'fingerprint'>): CommandRequest<Noteer> {
  return { streamId, command: { type: 'Noteer', tekst }, gemeente: 'GM0928', principal, correlationId: 'test', streamMustExist: false, ...idempotency };
}

describe('CommandPipeline: an Idempotency-Key and its fingerprint in the embedded store', () => {
  let dataDir: string;
  let store: EventStore;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-pipeline-'));
    store = new EmbeddedEventStore({ dataDir });
  });

  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('after a restart the same key and fingerprint get the first answer; another fingerprint is refused and appends nothing', async () => {
    const first = await new CommandPipeline(store).execute(notities, noteer('notitie-1', 'eerste', { commandId: 'sleutel-1', fingerprint: 'a'.repeat(64) }));
    await store.close();
    store = new EmbeddedEventStore({ dataDir });
    const pipeline = new CommandPipeline(store);

    const again = await pipeline.execute(notities, noteer('notitie-1', 'eerste', { commandId: 'sleutel-1', fingerprint: 'a'.repeat(64) }));
    expect(again).toEqual({ ...first, alreadyProcessed: true });
    const refused = pipeline.execute(notities, noteer('notitie-1', 'correctie', { commandId: 'sleutel-1', fingerprint: 'b'.repeat(64) }));
    await expect(refused).rejects.toThrow(DomainRuleViolation);
    await expect(refused).rejects.toMatchObject({ rule: 'idempotency-key/andere-inhoud', field: 'Idempotency-Key' });
    expect(await store.readStream('notitie-1')).toHaveLength(1);
  });

  it('a command without a fingerprint (a process manager’s derived id) gets the first answer of its id, as before', async () => {
    const pipeline = new CommandPipeline(store);
    const first = await pipeline.execute(notities, noteer('notitie-2', 'vervolg', { commandId: 'vervolg-1' }));
    expect(await pipeline.execute(notities, noteer('notitie-2', 'vervolg', { commandId: 'vervolg-1' }))).toEqual({ ...first, alreadyProcessed: true });
    // Events stored without a fingerprint (by a process manager, or before fingerprints were kept) cannot be compared: the first answer, as before.
    await expect(pipeline.execute(notities, noteer('notitie-2', 'vervolg', { commandId: 'vervolg-1', fingerprint: 'c'.repeat(64) }))).resolves.toMatchObject({ alreadyProcessed: true });
    expect((await store.readStream('notitie-2'))[0].metadata.commandFingerprint).toBeUndefined();
  });

  it('the same key twice at once with other content: the one appended second is refused, not told it was processed', async () => {
    const pipeline = new CommandPipeline(store);
    const read = store.readStream.bind(store);
    let raced = false;
    // The other request appends between this one's read and its append.
    store.readStream = async (...args) => {
      const result = await read(...args);
      if (!raced) {
        raced = true;
        await new CommandPipeline(store).execute(notities, noteer('notitie-3', 'eerste', { commandId: 'sleutel-3', fingerprint: 'a'.repeat(64) }));
      }
      return result;
    };
    await expect(pipeline.execute(notities, noteer('notitie-3', 'tweede', { commandId: 'sleutel-3', fingerprint: 'b'.repeat(64) }))).rejects.toMatchObject({
      rule: 'idempotency-key/andere-inhoud',
    });
    expect((await read('notitie-3')).map((event) => event.data)).toEqual([{ tekst: 'eerste' }]);
  });
});
