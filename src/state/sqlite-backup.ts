import Database from 'better-sqlite3';

/**
 * A consistent copy of a live SQLite file through SQLite's online backup API: the bot may
 * keep writing meanwhile (WAL), and the copy holds every transaction committed before it
 * was taken, whole. The pages are copied in one step, under one read transaction, so a
 * writer in another process cannot make the copy start over and over.
 */
export async function copySqlite(source: string, destination: string): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(destination, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
}

/** Whether a file is a readable SQLite database that passes SQLite's own quick check. */
export function checkSqlite(path: string): string | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const result = db.pragma('quick_check', { simple: true });
    return result === 'ok' ? null : String(result);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}
