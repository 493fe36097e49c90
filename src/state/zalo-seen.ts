import { epochMs, systemClock, type Clock } from '#src/domain/clock.js';
import type { StateDb } from './db.js';

/**
 * Zalo can deliver the same message twice (a webhook retried after a slow answer, a poll
 * answered while the connection dropped) and, unlike Telegram, gives no update id. Each
 * message is written down by chat and message id before it is handled, so a repeat is
 * recognised and dropped.
 */
export interface ZaloSeen {
  /** True the first time this message of this chat is seen; false for a repeat. */
  firstTime(chatId: string, messageId: string): boolean;
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
  const insert = db.prepare('INSERT OR IGNORE INTO zalo_seen (chat_id, message_id, seen_at) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM zalo_seen WHERE seen_at < ?');
  const prune = () => remove.run(now() - keepMs).changes;
  prune();
  let sincePrune = 0;
  return {
    firstTime(chatId, messageId) {
      const fresh = insert.run(chatId, messageId, now()).changes > 0;
      if (fresh && ++sincePrune >= PRUNE_EVERY) {
        sincePrune = 0;
        prune();
      }
      return fresh;
    },
    prune,
  };
}
