import type { Clock } from '#src/domain/clock.js';
import type { StateDb } from './db.js';

/**
 * «Nhắc phối hợp» sent: one row per task and day, so that the supporting agencies of a task
 * are nudged at most once a day, across restarts and whoever presses. The row is taken
 * before the messages go out (two presses at once send once) and given back when nothing
 * could be sent.
 */
export interface SupportNudge {
  /** Upper-cased task ID. */
  taskId: string;
  /** The day in the plan's zone, YYYY-MM-DD. */
  day: string;
  /** ISO instant it was sent. */
  sentAt: string;
  /** Who asked, as the reply names them («Lan (Sở Nội vụ)»). */
  by: string;
}

export interface SupportNudges {
  /** Takes today's nudge of the task; when it was taken already, says by whom and when. */
  claim(nudge: SupportNudge): { ok: true } | { ok: false; earlier: SupportNudge };
  /** Gives the day's nudge back (nothing could be sent). */
  release(taskId: string, day: string): void;
  get(taskId: string, day: string): SupportNudge | null;
}

/** Rows are kept this long, then dropped at the next open. */
export const NUDGE_KEEP_DAYS = 90;

export function supportNudgesIn(db: StateDb, options: { clock: Clock }): SupportNudges {
  db.exec(`CREATE TABLE IF NOT EXISTS support_nudges (
    task_id TEXT NOT NULL, day TEXT NOT NULL, sent_at TEXT NOT NULL, by_whom TEXT NOT NULL,
    PRIMARY KEY (task_id, day))`);
  type Row = { task_id: string; day: string; sent_at: string; by_whom: string };
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT OR IGNORE INTO support_nudges (task_id, day, sent_at, by_whom) VALUES (?, ?, ?, ?)',
  );
  const find = db.prepare<[string, string], Row>('SELECT * FROM support_nudges WHERE task_id = ? AND day = ?');
  const remove = db.prepare<[string, string]>('DELETE FROM support_nudges WHERE task_id = ? AND day = ?');
  db.prepare<[string]>('DELETE FROM support_nudges WHERE day < ?').run(
    options.clock.now().minus({ days: NUDGE_KEEP_DAYS }).toISODate() ?? '',
  );
  const toNudge = (row: Row): SupportNudge => ({
    taskId: row.task_id,
    day: row.day,
    sentAt: row.sent_at,
    by: row.by_whom,
  });
  const get = (taskId: string, day: string) => {
    const row = find.get(taskId, day);
    return row ? toNudge(row) : null;
  };
  return {
    claim(nudge) {
      if (insert.run(nudge.taskId, nudge.day, nudge.sentAt, nudge.by).changes === 1) return { ok: true };
      const earlier = get(nudge.taskId, nudge.day);
      return earlier ? { ok: false, earlier } : { ok: true };
    },
    release: (taskId, day) => void remove.run(taskId, day),
    get,
  };
}
