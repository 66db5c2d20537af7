import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GroupCommit } from './group-commit';
import { openDatabase } from './open-database';

describe('group commit', () => {
  let dir: string;
  let db: Database.Database;
  let group: GroupCommit;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handhaving-group-commit-'));
    db = openDatabase(join(dir, 'test.sqlite'));
    db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE)');
    group = new GroupCommit(db);
  });

  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = (value: string) => () => Number(db.prepare('INSERT INTO rows (value) VALUES (?)').run(value).lastInsertRowid);

  it('commits writes that arrive together, each resolving with its own result', async () => {
    const ids = await Promise.all(['a', 'b', 'c'].map((value) => group.run(insert(value))));
    expect(ids).toEqual([1, 2, 3]);
    expect(db.prepare('SELECT value FROM rows ORDER BY id').pluck().all()).toEqual(['a', 'b', 'c']);
  });

  it('rolls back only the write that throws; the others commit', async () => {
    await group.run(insert('bestaat'));
    const outcomes = await Promise.allSettled([group.run(insert('x')), group.run(insert('bestaat')), group.run(insert('y'))]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT value FROM rows ORDER BY id').pluck().all()).toEqual(['bestaat', 'x', 'y']);
  });

  it('rolls back every statement of a failing write, not just the last', async () => {
    const twoThenFail = () => {
      db.prepare('INSERT INTO rows (value) VALUES (?)').run('half-1');
      db.prepare('INSERT INTO rows (value) VALUES (?)').run('half-2');
      throw new Error('refused');
    };
    await expect(group.run(twoThenFail)).rejects.toThrow('refused');
    expect(db.prepare('SELECT count(*) FROM rows').pluck().get()).toBe(0);
  });

  it('a write that is acknowledged is visible to another connection', async () => {
    await group.run(insert('durable'));
    const other = new Database(join(dir, 'test.sqlite'), { readonly: true });
    expect(other.prepare('SELECT value FROM rows').pluck().all()).toEqual(['durable']);
    other.close();
  });
});
