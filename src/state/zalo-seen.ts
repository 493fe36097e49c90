import { epochMs, systemClock, type Clock } from '#src/domain/clock.js';
import type { StateDb } from './db.js';

/**
 * Zalo can deliver the same message twice (a webhook retried after a slow answer, a poll
 * answered while the connection dropped) and, unlike Telegram, gives no update id. Each
 * message is written down by chat and message id before it is handled, so a repeat is
 * recognised and dropped.
 */
export interface ZaloSeen {
  /**
   * True the first time this message of this chat is seen; false for a repeat. With the
   * raw event, it is kept (the inbox) until `handled`, so a crash in between does not lose
   * it: the poll has moved on and Zalo will not send it again.
   */
  firstTime(chatId: string, messageId: string, raw?: unknown): boolean;
  /** Its handling is over (answered, or failed with an apology). */
  handled(chatId: string, messageId: string): void;
  /** Events kept but never handled (the process died), oldest first; they may be claimed again. */
  unhandled(): unknown[];
  /** Forgets messages older than the retention. */
  prune(): number;
}

/** A few days: far longer than any redelivery, small enough to keep the table tiny. */
const KEEP_MS = 3 * 24 * 3600_000;
const PRUNE_EVERY = 500;

export function zaloSeenIn(db: StateDb, options: { clock?: Clock; keepMs?: number } = {}): ZaloSeen {
  const clock = options.clock ?? systemClock();
  const now = () => epochMs(clock);
  const keepMs = options.keepMs ?? KEEP_MS;
  db.exec(`CREATE TABLE IF NOT EXISTS zalo_seen (
    chat_id TEXT NOT NULL, message_id TEXT NOT NULL, seen_at INTEGER NOT NULL,
    PRIMARY KEY (chat_id, message_id)) WITHOUT ROWID`);
  db.exec('CREATE INDEX IF NOT EXISTS zalo_seen_at ON zalo_seen (seen_at)');
  const columns = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('zalo_seen')")
      .all()
      .map((c) => c.name),
  );
  if (!columns.has('payload')) db.exec('ALTER TABLE zalo_seen ADD COLUMN payload TEXT'); // NULL: handled
  const insert = db.prepare(
    'INSERT OR IGNORE INTO zalo_seen (chat_id, message_id, seen_at, payload) VALUES (?, ?, ?, ?)',
  );
  const markHandled = db.prepare('UPDATE zalo_seen SET payload = NULL WHERE chat_id = ? AND message_id = ?');
  const pending = db.prepare<[], { chat_id: string; message_id: string; payload: string }>(
    'SELECT chat_id, message_id, payload FROM zalo_seen WHERE payload IS NOT NULL ORDER BY seen_at',
  );
  const waiting = db.prepare<[string, string], { payload: string | null }>(
    'SELECT payload FROM zalo_seen WHERE chat_id = ? AND message_id = ?',
  );
  // Taken in by this process: a kept event not in here was left by one that died.
  const claimed = new Set<string>();
  const remove = db.prepare('DELETE FROM zalo_seen WHERE seen_at < ?');
  const prune = () => remove.run(now() - keepMs).changes;
  prune();
  let sincePrune = 0;
  return {
    firstTime(chatId, messageId, raw) {
      const key = `${chatId}\u0000${messageId}`;
      let fresh = insert.run(chatId, messageId, now(), raw === undefined ? null : JSON.stringify(raw)).changes > 0;
      if (!fresh && !claimed.has(key) && (waiting.get(chatId, messageId)?.payload ?? null) !== null) fresh = true; // left unhandled
      if (fresh) claimed.add(key);
      if (fresh && ++sincePrune >= PRUNE_EVERY) {
        sincePrune = 0;
        prune();
      }
      return fresh;
    },
    handled(chatId, messageId) {
      markHandled.run(chatId, messageId);
      claimed.delete(`${chatId}\u0000${messageId}`);
    },
    unhandled: () => pending.all().map((row) => JSON.parse(row.payload) as unknown),
    prune,
  };
}
