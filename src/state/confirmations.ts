import type { Channel } from '#src/chat/message.js';
import type { StateDb } from './db.js';

/** Tasks reported done that wait for a coordinator, and who to tell about the outcome. */
export interface PendingConfirmation {
  taskId: string;
  channel: Channel;
  chatId: string;
  reporter: string;
  reportedAt: string;
}

export interface Confirmations {
  wait(p: PendingConfirmation): void;
  get(taskId: string): PendingConfirmation | null;
  all(): PendingConfirmation[];
  settle(taskId: string): void;
}

export function confirmationsIn(db: StateDb): Confirmations {
  db.exec(`CREATE TABLE IF NOT EXISTS confirmations (
    task_id TEXT PRIMARY KEY, channel TEXT NOT NULL, chat_id TEXT NOT NULL, reporter TEXT NOT NULL, reported_at TEXT NOT NULL)`);
  const upsert = db.prepare(
    'INSERT OR REPLACE INTO confirmations (task_id, channel, chat_id, reporter, reported_at) VALUES (?, ?, ?, ?, ?)',
  );
  type Row = { task_id: string; channel: Channel; chat_id: string; reporter: string; reported_at: string };
  const get = db.prepare<[string], Row>('SELECT * FROM confirmations WHERE task_id = ?');
  const all = db.prepare<[], Row>('SELECT * FROM confirmations ORDER BY reported_at');
  const remove = db.prepare('DELETE FROM confirmations WHERE task_id = ?');
  const toItem = (r: Row): PendingConfirmation => ({
    taskId: r.task_id,
    channel: r.channel,
    chatId: r.chat_id,
    reporter: r.reporter,
    reportedAt: r.reported_at,
  });
  return {
    wait: (p) => void upsert.run(p.taskId, p.channel, p.chatId, p.reporter, p.reportedAt),
    get: (taskId) => {
      const row = get.get(taskId);
      return row ? toItem(row) : null;
    },
    all: () => all.all().map(toItem),
    settle: (taskId) => void remove.run(taskId),
  };
}
