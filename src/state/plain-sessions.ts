import { z } from 'zod';
import { epochMs, systemClock, type Clock } from '#src/domain/clock.js';
import type { StateDb } from './db.js';

/**
 * What a plain-text chat (Zalo) last offered: its numbered choices and pages. Kept in SQLite so
 * that "1" answered to a notice sent before a restart (a registration to approve, a task to
 * confirm) still means what the person sees. Rows are validated when read back: a row this
 * version cannot read is treated as no session, never as a crash.
 */
const SavedSession = z.object({
  choices: z.array(z.object({ label: z.string(), value: z.string() })).max(100),
  next: z.string().optional(),
  previous: z.string().optional(),
});
export type SavedSession = z.infer<typeof SavedSession>;

export interface PlainSessions {
  load(chatId: string): SavedSession | null;
  save(chatId: string, session: SavedSession): void;
  /** Forgets sessions untouched for longer than the retention. */
  prune(): number;
}

/** A week: a notice answered after a long weekend still works. */
const KEEP_MS = 7 * 24 * 3600_000;
const PRUNE_EVERY = 500;

export function plainSessionsIn(
  db: StateDb,
  channel: string,
  options: { clock?: Clock; keepMs?: number } = {},
): PlainSessions {
  const clock = options.clock ?? systemClock();
  const now = () => epochMs(clock);
  const keepMs = options.keepMs ?? KEEP_MS;
  db.exec(`CREATE TABLE IF NOT EXISTS plain_sessions (
    channel TEXT NOT NULL, chat_id TEXT NOT NULL, state TEXT NOT NULL, saved_at INTEGER NOT NULL,
    PRIMARY KEY (channel, chat_id)) WITHOUT ROWID`);
  const select = db.prepare('SELECT state, saved_at AS savedAt FROM plain_sessions WHERE channel = ? AND chat_id = ?');
  const upsert = db.prepare(
    `INSERT INTO plain_sessions (channel, chat_id, state, saved_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (channel, chat_id) DO UPDATE SET state = excluded.state, saved_at = excluded.saved_at`,
  );
  const remove = db.prepare('DELETE FROM plain_sessions WHERE channel = ? AND chat_id = ?');
  const removeOld = db.prepare('DELETE FROM plain_sessions WHERE saved_at < ?');
  const prune = () => removeOld.run(now() - keepMs).changes;
  prune();
  const Row = z.object({ state: z.string(), savedAt: z.number() });
  let saves = 0;
  return {
    load(chatId) {
      const row = Row.safeParse(select.get(channel, chatId));
      if (!row.success || row.data.savedAt < now() - keepMs) return null;
      try {
        const parsed = SavedSession.safeParse(JSON.parse(row.data.state));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save(chatId, session) {
      if (++saves % PRUNE_EVERY === 0) prune();
      // Nothing offered: nothing to remember (and no row for the many chats that never had choices).
      if (session.choices.length === 0 && session.next === undefined && session.previous === undefined)
        remove.run(channel, chatId);
      else upsert.run(channel, chatId, JSON.stringify(session), now());
    },
    prune,
  };
}
