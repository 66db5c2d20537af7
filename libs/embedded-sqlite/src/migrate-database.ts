import type { Database } from 'better-sqlite3';

/**
 * Runs the migrations a SQLite file has not had yet (`PRAGMA user_version` counts those that
 * ran), in one write transaction, so that processes starting at once migrate once. Never edit a
 * migration that has shipped: add the next.
 */
export function migrateDatabase(db: Database, migrations: readonly string[]): void {
  db.transaction(() => {
    const applied = db.pragma('user_version', { simple: true }) as number;
    for (let index = applied; index < migrations.length; index++) db.exec(migrations[index]);
    if (applied < migrations.length) db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}
