import type { Command } from 'commander';
import { randomUUID } from 'node:crypto';
import { describeStore, openEventStore } from '../support/open-event-store';

/**
 * `handhaving demo`: shows the event log working on this machine. Appends a short example
 * case to a new stream, reads it back, and shows that a retried command appends nothing.
 */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('append an example case to the event store and read it back')
    .action(async () => {
      const { store, config } = await openEventStore();
      try {
        console.log(`Event store: ${describeStore(config)}`);
        const streamId = `demo-${randomUUID()}`;
        const metadata = { commandId: randomUUID(), userId: 'demo', gemeente: 'GM0928' };
        const events = [
          { type: 'RapportageOntvangen', data: { ontvangstdatum: '2020-03-02', categorie: 'softdrugs' } },
          { type: 'VoornemenVerzonden', data: { verzenddatum: '2020-03-09' } },
        ];
        const appended = await store.appendToStream(streamId, events, { expectedRevision: 'no-stream', metadata });
        const retried = await store.appendToStream(streamId, events, { expectedRevision: 'no-stream', metadata });
        console.log(`Appended ${events.length} events to ${streamId} (last position ${appended.lastPosition}).`);
        console.log(`Retried the same command: ${retried.alreadyAppended ? 'nothing appended, earlier result returned' : 'APPENDED TWICE'}.`);
        console.log('Read back:');
        for (const event of await store.readStream(streamId)) {
          console.log(`  #${event.streamRevision}  @${event.globalPosition}  ${event.type}  ${JSON.stringify(event.data)}  (recorded ${event.metadata.recordedAt})`);
        }
        console.log(`The log holds ${await store.readHeadPosition()} events in all.`);
      } finally {
        await store.close();
      }
    });
}
