import type { Channel } from '#src/chat/message.js';
import type { StateDb } from './db.js';

/** Updates acknowledged while the sheet was unreachable: whom to tell when they land. */
export interface WaitingWrite {
  outboxId: number;
  channel: Channel;
  chatId: string;
  taskId: string;
}

export interface WaitingWrites {
  add(w: WaitingWrite): void;
  all(): WaitingWrite[];
  remove(outboxId: number): void;
}

export function waitingWritesIn(db: StateDb): WaitingWrites {
  db.exec(`CREATE TABLE IF NOT EXISTS waiting_writes (
    outbox_id INTEGER PRIMARY KEY, channel TEXT NOT NULL, chat_id TEXT NOT NULL, task_id TEXT NOT NULL)`);
  const insert = db.prepare(
    'INSERT OR REPLACE INTO waiting_writes (outbox_id, channel, chat_id, task_id) VALUES (?, ?, ?, ?)',
  );
  const all = db.prepare<[], { outbox_id: number; channel: Channel; chat_id: string; task_id: string }>(
    'SELECT * FROM waiting_writes ORDER BY outbox_id',
  );
  const remove = db.prepare('DELETE FROM waiting_writes WHERE outbox_id = ?');
  return {
    add: (w) => void insert.run(w.outboxId, w.channel, w.chatId, w.taskId),
    all: () =>
      all.all().map((r) => ({ outboxId: r.outbox_id, channel: r.channel, chatId: r.chat_id, taskId: r.task_id })),
    remove: (id) => void remove.run(id),
  };
}
