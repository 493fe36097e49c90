import { epochMs, systemClock, type Clock } from '#src/domain/clock.js';
import type { StateDb } from './db.js';

/**
 * Telegram delivers updates at least once: after a crash, a restart or a webhook timeout
 * the same update can come again. Each update id is written down before it is handled,
 * so a repeated delivery is recognised and dropped.
 */
export interface SeenUpdates {
  /** True the first time this bot sees this update id; false for a repeat. */
  firstTime(botId: number, updateId: number): boolean;
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
  const insert = db.prepare('INSERT OR IGNORE INTO telegram_updates (bot_id, update_id, seen_at) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM telegram_updates WHERE seen_at < ?');
  const prune = () => remove.run(now() - keepMs).changes;
  let sincePrune = 0;
  return {
    firstTime(botId, updateId) {
      const fresh = insert.run(botId, updateId, now()).changes > 0;
      if (fresh && ++sincePrune >= PRUNE_EVERY) {
        sincePrune = 0;
        prune();
      }
      return fresh;
    },
    prune,
  };
}
