import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The bot's own state, apart from the sheet: delivered update ids, reminders sent, group
 * subscriptions, pending registrations, undo tokens. One SQLite file in DATA_DIR; each
 * feature keeps its tables in its own module of src/state/ and creates them on open.
 */
export type StateDb = Database.Database;

export function openStateDb(dataDir: string): StateDb {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'state.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return db;
}
