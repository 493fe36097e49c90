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
  /** Everything logged (or only what went to one recipient), in memory, for one planning run. */
  view(recipient?: string): SentLogView;
  all(): SentEntry[];
  /** Drops entries older than the ISO instant (kept: two years by default in the job). */
  prune(before: string): number;
}

/** Nested maps, no joined keys: a run over 100,000 tasks makes hundreds of thousands of lookups. */
export function sentLogView(entries: readonly SentEntry[]): SentLogView {
  const byTask = new Map<string, { entries: SentEntry[]; sent: Map<string, Set<string>> }>();
  for (const entry of entries) {
    let task = byTask.get(entry.taskId);
    if (!task) byTask.set(entry.taskId, (task = { entries: [], sent: new Map() }));
    task.entries.push(entry);
    const milestones = task.sent.get(entry.recipient);
    if (milestones) milestones.add(entry.milestone);
    else task.sent.set(entry.recipient, new Set([entry.milestone]));
  }
  return {
    sent: (taskId, recipient, milestone) => byTask.get(taskId)?.sent.get(recipient)?.has(milestone) ?? false,
    forTask: (taskId) => byTask.get(taskId)?.entries ?? [],
  };
}

export function reminderLogIn(db: StateDb): ReminderLog {
  db.exec(`CREATE TABLE IF NOT EXISTS reminder_log (
    task_id TEXT NOT NULL, recipient TEXT NOT NULL, milestone TEXT NOT NULL,
    kind TEXT NOT NULL, sent_at TEXT NOT NULL,
    PRIMARY KEY (task_id, recipient, milestone))`);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO reminder_log (task_id, recipient, milestone, kind, sent_at) VALUES (?, ?, ?, ?, ?)',
  );
  const all = db.prepare<
    [],
    { task_id: string; recipient: string; milestone: string; kind: SentKind; sent_at: string }
  >('SELECT task_id, recipient, milestone, kind, sent_at FROM reminder_log ORDER BY sent_at, rowid');
  const to = db.prepare<
    [string],
    { task_id: string; recipient: string; milestone: string; kind: SentKind; sent_at: string }
  >(
    'SELECT task_id, recipient, milestone, kind, sent_at FROM reminder_log WHERE recipient = ? ORDER BY sent_at, rowid',
  );
  const prune = db.prepare('DELETE FROM reminder_log WHERE sent_at < ?');
  const recordAll = db.transaction((entries: readonly SentEntry[]) =>
    entries.reduce((n, e) => n + insert.run(e.taskId, e.recipient, e.milestone, e.kind, e.sentAt).changes, 0),
  );
  const read = (recipient?: string) =>
    (recipient === undefined ? all.all() : to.all(recipient)).map((r) => ({
      taskId: r.task_id,
      recipient: r.recipient,
      milestone: r.milestone,
      kind: r.kind,
      sentAt: r.sent_at,
    }));
  return {
    record: (entries) => (entries.length === 0 ? 0 : recordAll(entries)),
    view: (recipient) => sentLogView(read(recipient)),
    all: () => read(),
    prune: (before) => prune.run(before).changes,
  };
}
