import type { DateTime } from 'luxon';
import { evidenceLinks } from '#src/domain/evidence.js';
import { BOT_OWNED_FIELDS, type BotOwnedField, type Task } from '#src/domain/task.js';
import { dateTimeToCell } from './cells.js';
import type { RowUpdate } from './port.js';
import { taskToRecord, toHeaders, type RowRecord } from './rows.js';
import type { TemplateTab } from './template.js';

/** Who changed a task, from where, and with which words: kept in the Nhật ký tab. */
export interface ChangeOrigin {
  by: string;
  channel: string;
  message: string;
  at: DateTime;
}

export interface TaskChange {
  id: string;
  fields: Partial<Pick<Task, BotOwnedField>>;
  origin: ChangeOrigin;
}

export type TaskChangeResult =
  | { status: 'applied'; before: Task; after: Task }
  /**
   * Committed to the outbox but not yet in the sheet (the API is slow or down); the chat
   * says "Đã ghi nhận, sẽ cập nhật vào bảng khi kết nối lại". A later conflict shows up in
   * `writeQueue().unresolved`.
   */
  | {
      status: 'queued';
      outboxId: number;
      before: Task;
      after: Task;
      /** The sheet is unreachable or the queue is failing: the change waits for the connection. */
      delayed: boolean;
    }
  | { status: 'missing' }
  | { status: 'conflict'; actual: Record<string, string> }
  /** Not written and not queued: the sheet cannot be read now (`reason`, Vietnamese). */
  | { status: 'refused'; reason: string };

/** A change to a task as the sheet will take it. */
export interface PlannedTaskChange {
  after: Task;
  /** The bot-owned fields whose cells change. */
  changed: BotOwnedField[];
  /** The cells to write, with the values they must still hold (a coordinator may have changed them). */
  update: RowUpdate;
  /** The Nhật ký rows: one per changed cell. */
  log: { tab: string; rows: RowRecord[] };
}

/** The cells a change to `before` writes in the tasks tab, and its rows in the Nhật ký tab (`log`). */
export function planTaskChange(
  { tasksTab, logTab }: { tasksTab: TemplateTab; logTab: TemplateTab },
  before: Task,
  { fields, origin }: TaskChange,
): PlannedTaskChange {
  const header = (key: string) => tasksTab.columns.find((c) => c.key === key)?.header ?? key;
  const after: Task = { ...before, ...fields };
  const newRecord = taskToRecord(after);
  const oldRecord = taskToRecord(before);
  const changed = BOT_OWNED_FIELDS.filter((key) => key in fields && newRecord[key] !== oldRecord[key]);
  const cells = Object.fromEntries(changed.map((key) => [header(key), newRecord[key] ?? '']));
  // The cells the writer saw: if a coordinator changed them since, ask instead of overwriting.
  const expected = Object.fromEntries(changed.map((key) => [header(key), oldRecord[key] ?? '']));
  const update: RowUpdate = { tab: tasksTab.name, keyHeader: header('id'), key: before.id, cells, expected };
  // The Minh chứng cell is written with its links (each file line's name links to the file).
  if (changed.includes('evidence')) update.links = { [header('evidence')]: evidenceLinks(newRecord.evidence ?? '') };
  const time = dateTimeToCell(origin.at);
  const rows = changed.map((key) =>
    toHeaders(logTab, {
      time,
      taskId: before.id,
      field: header(key),
      oldValue: oldRecord[key] ?? '',
      newValue: newRecord[key] ?? '',
      by: origin.by,
      channel: origin.channel,
      message: origin.message,
    }),
  );
  return { after, changed, update, log: { tab: logTab.name, rows } };
}
