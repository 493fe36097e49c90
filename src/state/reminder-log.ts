import type { StateDb } from './db.js';

/**
 * What the reminders feature has sent: one row per (task, recipient, milestone), written
 * only after the message went out, so each reminder goes out once across restarts and a
 * failed send is tried again at the next run. Digests use task "" and milestone
 * "digest:<ISO week>"; escalations recipient "coordinators" for the digest's list.
 */
export type SentKind = 'before' | 'overdue' | 'escalation' | 'digest';

export interface SentEntry {
  /** Upper-cased task ID, or "" for a digest. */
  taskId: string;
  /** "telegram:123", "zalo:abc", or "coordinators". */
  recipient: string;
  /** "due:2024-06-14:3", "overdue:2024-03-31:2", "escalate:2024-03-31:…", "digest:2024-W24". */
  milestone: string;
  kind: SentKind;
  /** ISO instant of the run that sent it (the job's clock, so `remind --at` is consistent). */
  sentAt: string;
}

/** The log as the planner reads it: plain data, no database. */
export interface SentLogView {
  sent(taskId: string, recipient: string, milestone: string): boolean;
  forTask(taskId: string): readonly SentEntry[];
}

export interface ReminderLog {
  /** Records entries; ones already there are left as they are. Returns how many were new. */
  record(entries: readonly SentEntry[]): number;
  /** Everything logged, in memory, for one planning run. */
  view(): SentLogView;
  all(): SentEntry[];
  /** Drops entries older than the ISO instant (kept: two years by default in the job). */
  prune(before: string): number;
}

const keyOf = (taskId: string, recipient: string, milestone: string) => `${taskId}\u0000${recipient}\u0000${milestone}`;

export function sentLogView(entries: readonly SentEntry[]): SentLogView {
  const keys = new Set<string>();
  const byTask = new Map<string, SentEntry[]>();
  for (const entry of entries) {
    keys.add(keyOf(entry.taskId, entry.recipient, entry.milestone));
    const list = byTask.get(entry.taskId);
    if (list) list.push(entry);
    else byTask.set(entry.taskId, [entry]);
  }
  return {
    sent: (taskId, recipient, milestone) => keys.has(keyOf(taskId, recipient, milestone)),
    forTask: (taskId) => byTask.get(taskId) ?? [],
  };
}

export function reminderLogIn(db: StateDb): ReminderLog {
  db.exec(`CREATE TABLE IF NOT EXISTS reminder_log (
    task_id TEXT NOT NULL, recipient TEXT NOT NULL, milestone TEXT NOT NULL,
    kind TEXT NOT NULL, sent_at TEXT NOT NULL,
    PRIMARY KEY (task_id, recipient, milestone))`);
  const insert = db.prepare('INSERT OR IGNORE INTO reminder_log (task_id, recipient, milestone, kind, sent_at) VALUES (?, ?, ?, ?, ?)');
  const all = db.prepare<[], { task_id: string; recipient: string; milestone: string; kind: SentKind; sent_at: string }>(
    'SELECT task_id, recipient, milestone, kind, sent_at FROM reminder_log ORDER BY sent_at, rowid',
  );
  const prune = db.prepare('DELETE FROM reminder_log WHERE sent_at < ?');
  const recordAll = db.transaction((entries: readonly SentEntry[]) =>
    entries.reduce((n, e) => n + insert.run(e.taskId, e.recipient, e.milestone, e.kind, e.sentAt).changes, 0),
  );
  const read = () =>
    all.all().map((r) => ({ taskId: r.task_id, recipient: r.recipient, milestone: r.milestone, kind: r.kind, sentAt: r.sent_at }));
  return {
    record: (entries) => (entries.length === 0 ? 0 : recordAll(entries)),
    view: () => sentLogView(read()),
    all: read,
    prune: (before) => prune.run(before).changes,
  };
}
