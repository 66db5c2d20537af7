import { createProjectGraphAsync } from '@nx/devkit';
import { execFile } from 'node:child_process';
import { join } from 'node:path';

/**
 * The architecture is enforced by lint, not by hope: these cases lint code as if it stood in
 * a domain library (libs/domain/shared, tagged scope:domain) and in the event store (scope:infra),
 * and assert what `nx lint` would say.
 */
const root = join(__dirname, '..', '..');
const domainFile = join(root, 'libs', 'domain', 'shared', 'src', 'boundary-probe.ts');
const infraFile = join(root, 'libs', 'event-store', 'src', 'boundary-probe.ts');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

// Each case starts the ESLint CLI with the Nx plugin: seconds each on a loaded 2-core machine.
jest.setTimeout(60_000);

describe('module boundaries', () => {
  beforeAll(async () => {
    // The lint rule reads Nx's cached project graph; make sure it exists on a fresh clone.
    process.env['NX_DAEMON'] = 'false';
    await createProjectGraphAsync({ exitOnError: false });
  }, 120_000);

  /** Lints `code` with the workspace's own ESLint CLI and config, as if it stood at `filePath`. */
  function boundaryErrors(code: string, filePath: string): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', filePath],
        { cwd: root, env: { ...process.env, NX_DAEMON: 'false' } },
        (error, stdout, stderr) => {
          try {
            const [result] = JSON.parse(stdout) as Array<{ messages: LintMessage[] }>;
            resolve(result.messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries').map((message) => message.message));
          } catch {
            reject(error ?? new Error(stderr));
          }
        },
      );
      child.stdin?.end(code);
    });
  }

  it.each([
    ['pg', "import { Pool } from 'pg';\nexport const p = Pool;\n"],
    ['better-sqlite3', "import Database from 'better-sqlite3';\nexport const d = Database;\n"],
    ['@nestjs/common', "import { Injectable } from '@nestjs/common';\nexport const i = Injectable;\n"],
    ['ioredis', "import Redis from 'ioredis';\nexport const r = Redis;\n"],
    ['bullmq', "import { Queue } from 'bullmq';\nexport const q = Queue;\n"],
    ['@eventstore/db-client', "import { jsonEvent } from '@eventstore/db-client';\nexport const j = jsonEvent;\n"],
  ])('refuses a domain library that imports %s', async (packageName, code) => {
    const errors = await boundaryErrors(code, domainFile);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(packageName);
  });

  it('refuses a domain library that imports an infrastructure library', async () => {
    const errors = await boundaryErrors("import { WrongExpectedRevision } from '@handhaving/event-store';\nexport const w = WrongExpectedRevision;\n", domainFile);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/scope:domain/);
  });

  it('lets a domain library use luxon, and the event store use its database drivers', async () => {
    expect(await boundaryErrors("import { DateTime } from 'luxon';\nexport const d = DateTime;\n", domainFile)).toEqual([]);
    expect(await boundaryErrors("import { Pool } from 'pg';\nexport const p = Pool;\n", infraFile)).toEqual([]);
  });
});
