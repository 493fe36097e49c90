import { epochMs, systemClock, type Clock } from '#src/domain/clock.js';
import type { StateDb } from './db.js';

/**
 * The Telegram inbox. Telegram delivers updates at least once, and forgets them as soon as
 * the bot asks for the next batch: an update fetched but not yet handled when the process
 * dies would be lost. So every update is written here (with its content) BEFORE the offset
 * moves on, marked when its handling ends, and the ones never marked are handled again
 * after a restart. A repeated delivery of a handled update is recognised and dropped.
 */
export interface SeenUpdates {
  /** Stores a fetched batch, before Telegram is told it arrived (the next getUpdates). */
  receive(botId: number, updates: ReadonlyArray<{ update_id: number }>): void;
  /**
   * True when this update is to be handled now: neither handled nor being handled. Stores
   * it first when it came another way (a webhook).
   */
  firstTime(botId: number, updateId: number, update?: unknown): boolean;
  /** Its handling is over (answered, or failed with an apology). */
  handled(botId: number, updateId: number): void;
  /** Updates stored but never handled (a crash), oldest first; they are claimed again by firstTime. */
  unhandled(botId: number): unknown[];
  /** Forgets ids older than the retention (Telegram keeps undelivered updates 24 hours). */
  prune(): number;
}

const KEEP_MS = 7 * 24 * 3600_000;
const PRUNE_EVERY = 1_000;

export function seenUpdatesIn(db: StateDb, options: { clock?: Clock; keepMs?: number } = {}): SeenUpdates {
  const clock = options.clock ?? systemClock();
  const now = () => epochMs(clock);
  const keepMs = options.keepMs ?? KEEP_MS;
  db.exec(`CREATE TABLE IF NOT EXISTS telegram_updates (
    bot_id INTEGER NOT NULL, update_id INTEGER NOT NULL, seen_at INTEGER NOT NULL,
    PRIMARY KEY (bot_id, update_id)) WITHOUT ROWID`);
  const columns = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('telegram_updates')")
      .all()
      .map((c) => c.name),
  );
  if (!columns.has('payload')) {
    // Ids written down by an older version were handled when they were written.
    db.exec(`ALTER TABLE telegram_updates ADD COLUMN payload TEXT;
      ALTER TABLE telegram_updates ADD COLUMN claimed INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE telegram_updates ADD COLUMN handled_at INTEGER;
      UPDATE telegram_updates SET handled_at = seen_at;`);
  }
  const store = db.prepare(
    'INSERT OR IGNORE INTO telegram_updates (bot_id, update_id, seen_at, payload, claimed) VALUES (?, ?, ?, ?, 0)',
  );
  const claim = db.prepare(
    'UPDATE telegram_updates SET claimed = 1 WHERE bot_id = ? AND update_id = ? AND claimed = 0 AND handled_at IS NULL',
  );
  const markHandled = db.prepare('UPDATE telegram_updates SET handled_at = ? WHERE bot_id = ? AND update_id = ?');
  const pending = db.prepare<[number], { payload: string | null }>(
    'SELECT payload FROM telegram_updates WHERE bot_id = ? AND handled_at IS NULL ORDER BY update_id',
  );
  const release = db.prepare('UPDATE telegram_updates SET claimed = 0 WHERE bot_id = ? AND handled_at IS NULL');
  const remove = db.prepare('DELETE FROM telegram_updates WHERE seen_at < ?');
  const prune = () => remove.run(now() - keepMs).changes;
  let sinceStore = 0;
  const put = (botId: number, updateId: number, update: unknown) => {
    const fresh = store.run(botId, updateId, now(), update === undefined ? null : JSON.stringify(update)).changes > 0;
    if (fresh && ++sinceStore >= PRUNE_EVERY) {
      sinceStore = 0;
      prune();
    }
  };
  const receiveAll = db.transaction((botId: number, updates: ReadonlyArray<{ update_id: number }>) => {
    for (const update of updates) put(botId, update.update_id, update);
  });
  return {
    receive: (botId, updates) => {
      if (updates.length > 0) receiveAll(botId, updates);
    },
    firstTime(botId, updateId, update) {
      put(botId, updateId, update);
      return claim.run(botId, updateId).changes > 0;
    },
    handled: (botId, updateId) => void markHandled.run(now(), botId, updateId),
    unhandled(botId) {
      release.run(botId);
      return pending.all(botId).flatMap((row) => (row.payload === null ? [] : [JSON.parse(row.payload) as unknown]));
    },
    prune,
  };
}
