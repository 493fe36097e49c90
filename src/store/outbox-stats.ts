import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

/**
 * How the outbox stands, for health checks and metrics: a read-only look at
 * `outbox.sqlite` (WAL lets it read beside the writer), never a change to it.
 */
export interface OutboxStats {
  /** Changes waiting for the sheet, and when the oldest was committed (ISO, UTC) or null. */
  read(): { depth: number; oldestCreatedAt: string | null };
  close(): void;
}

export function openOutboxStats(path: string, target: string): OutboxStats {
  let db: Database.Database | null = null;
  const open = (): Database.Database | null => {
    if (db?.open) return db;
    if (!existsSync(path)) return null;
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 2000');
    return db;
  };
  return {
    read() {
      const conn = open();
      if (!conn) return { depth: 0, oldestCreatedAt: null };
      const row = conn
        .prepare<[string], { depth: number; oldest: string | null }>(
          "SELECT COUNT(*) AS depth, MIN(created_at) AS oldest FROM outbox WHERE target = ? AND status = 'pending'",
        )
        .get(target);
      return { depth: row?.depth ?? 0, oldestCreatedAt: row?.oldest ?? null };
    },
    close() {
      if (db?.open) db.close();
      db = null;
    },
  };
}
