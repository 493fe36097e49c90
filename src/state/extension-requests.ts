import type { Channel } from '#src/chat/message.js';
import type { StateDb } from './db.js';

/**
 * Deadline extension requests waiting for a coordinator (/giahan → /duyet, /tuchoi, or a word
 * typed in the sheet's Đề nghị gia hạn cell), and who to tell about the outcome. One request
 * waits per task: a new one replaces the old.
 */
export interface ExtensionRequest {
  id: number;
  taskId: string;
  /** Where the requester is told the outcome. */
  channel: Channel;
  chatId: string;
  /** «Chị Lan (Sở Tư pháp)», as in the sheet. */
  requester: string;
  newDate: string;
  reason: string;
  /** Hạn xử lý when the request was made. */
  previousDeadline: string | null;
  /** What the bot wrote in the Đề nghị gia hạn cell: a coordinator's own words differ from it. */
  cell: string;
  requestedAt: string;
  status: 'pending' | 'approved' | 'refused' | 'replaced';
}

export interface ExtensionRequests {
  /** Records a request; one waiting for the same task is marked replaced. */
  request(r: Omit<ExtensionRequest, 'id' | 'status'>): ExtensionRequest;
  pendingFor(taskId: string): ExtensionRequest | null;
  pending(): ExtensionRequest[];
  /** Settles a waiting request; false when it was settled already (a second press). */
  decide(id: number, status: 'approved' | 'refused' | 'replaced'): boolean;
  /** Puts a decided request back to waiting: its decision could not be written to the sheet. */
  reopen(id: number): void;
}

interface Row {
  id: number;
  task_id: string;
  channel: Channel;
  chat_id: string;
  requester: string;
  new_date: string;
  reason: string;
  previous_deadline: string | null;
  cell: string;
  requested_at: string;
  status: ExtensionRequest['status'];
}

const toRequest = (r: Row): ExtensionRequest => ({
  id: r.id,
  taskId: r.task_id,
  channel: r.channel,
  chatId: r.chat_id,
  requester: r.requester,
  newDate: r.new_date,
  reason: r.reason,
  previousDeadline: r.previous_deadline,
  cell: r.cell,
  requestedAt: r.requested_at,
  status: r.status,
});

export function extensionRequestsIn(db: StateDb): ExtensionRequests {
  db.exec(`CREATE TABLE IF NOT EXISTS extension_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL, channel TEXT NOT NULL, chat_id TEXT NOT NULL,
    requester TEXT NOT NULL, new_date TEXT NOT NULL, reason TEXT NOT NULL, previous_deadline TEXT,
    cell TEXT NOT NULL, requested_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending')`);
  const insert = db.prepare(
    `INSERT INTO extension_requests (task_id, channel, chat_id, requester, new_date, reason, previous_deadline, cell, requested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare<[number], Row>('SELECT * FROM extension_requests WHERE id = ?');
  const pendingFor = db.prepare<[string], Row>(
    "SELECT * FROM extension_requests WHERE task_id = ? AND status = 'pending' ORDER BY id DESC LIMIT 1",
  );
  const pending = db.prepare<[], Row>("SELECT * FROM extension_requests WHERE status = 'pending' ORDER BY id");
  const replace = db.prepare(
    "UPDATE extension_requests SET status = 'replaced' WHERE task_id = ? AND status = 'pending'",
  );
  const decide = db.prepare("UPDATE extension_requests SET status = ? WHERE id = ? AND status = 'pending'");
  const reopen = db.prepare("UPDATE extension_requests SET status = 'pending' WHERE id = ?");
  const request = db.transaction((r: Omit<ExtensionRequest, 'id' | 'status'>): ExtensionRequest => {
    replace.run(r.taskId);
    const info = insert.run(
      r.taskId,
      r.channel,
      r.chatId,
      r.requester,
      r.newDate,
      r.reason,
      r.previousDeadline,
      r.cell,
      r.requestedAt,
    );
    const row = byId.get(Number(info.lastInsertRowid));
    if (!row) throw new Error('extension request vanished');
    return toRequest(row);
  });
  return {
    request,
    pendingFor: (taskId) => {
      const row = pendingFor.get(taskId);
      return row ? toRequest(row) : null;
    },
    pending: () => pending.all().map(toRequest),
    decide: (id, status) => decide.run(status, id).changes > 0,
    reopen: (id) => void reopen.run(id),
  };
}
