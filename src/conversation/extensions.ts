import type { Logger } from 'pino';
import type { Notifier } from '#src/chat/port.js';
import { heading, reply, text, type Reply } from '#src/chat/reply.js';
import { formatDate, type Clock } from '#src/domain/clock.js';
import type { Task } from '#src/domain/task.js';
import type { BotState } from '#src/state/bot-state.js';
import type { ExtensionRequest } from '#src/state/extension-requests.js';
import { dateTimeToCell } from '#src/store/cells.js';
import type { TaskChange, TaskChangeResult, TaskStore } from '#src/store/task-store.js';

/**
 * Deadline extensions (issue #17), the part shared by the chat and the sheet watch: the words
 * of the bot-owned Đề nghị gia hạn cell, the cells an approval writes (Hạn xử lý, Hạn ban đầu
 * set once, Số lần gia hạn), and telling the person who asked. Every write goes through
 * `store.updateTask`: into the outbox first on the Google Sheet, with its Nhật ký rows.
 */
export const DEFAULT_EXTENSION_LIMIT = 2;

/** What extension work needs: a command's context has it all, and so does the sheet watch. */
export interface ExtensionDeps {
  store: TaskStore;
  state: BotState;
  notifier: Notifier;
  logger: Logger;
  clock: Clock;
}

/** Who decided, from where, with which words: the Nhật ký's «Người thực hiện», «Kênh», «Tin nhắn gốc». */
export interface Decider {
  by: string;
  channel: string;
  message: string;
}

/** The sheet has the three columns (added by `dondoc sheet init`); without them nothing is recorded. */
export function tracksExtensions(task: Task): boolean {
  return task.extensionCount !== undefined && task.extensionRequest !== undefined;
}

export const MISSING_COLUMNS =
  'Bảng tính chưa có các cột «Đề nghị gia hạn», «Hạn ban đầu», «Số lần gia hạn» nên chưa ghi nhận được việc gia hạn. Điều phối viên chạy «npx dondoc sheet init» để thêm các cột này (không ảnh hưởng dữ liệu đang có).';

const stamp = (deps: ExtensionDeps) => dateTimeToCell(deps.clock.now());

const WAITING_PREFIX = 'Chờ duyệt:';

export function requestCell(deps: ExtensionDeps, newDate: string, reason: string, requester: string): string {
  return `${WAITING_PREFIX} xin gia hạn đến ${formatDate(newDate)}. Lý do: ${reason}. Người đề nghị: ${requester}, ${stamp(deps)}`;
}

function approvedCell(deps: ExtensionDeps, newDate: string, count: number, by: string, reason: string): string {
  return `Đã duyệt gia hạn đến ${formatDate(newDate)} (lần ${count}). Lý do: ${reason}. Người duyệt: ${by}, ${stamp(deps)}`;
}

function refusedCell(deps: ExtensionDeps, request: ExtensionRequest, why: string, by: string): string {
  return `Không duyệt gia hạn đến ${formatDate(request.newDate)}. Lý do: ${why}. Người quyết định: ${by}, ${stamp(deps)}`;
}

/** The cells an approved extension writes; Hạn ban đầu keeps the plan's deadline from the first one on. */
export function extensionFields(
  deps: ExtensionDeps,
  task: Task,
  change: { newDate: string; reason: string; previousDeadline: string | null; by: string },
): TaskChange['fields'] {
  const count = (task.extensionCount ?? 0) + 1;
  return {
    deadline: change.newDate,
    originalDeadline: task.originalDeadline ?? change.previousDeadline ?? task.deadline,
    extensionCount: count,
    extensionRequest: approvedCell(deps, change.newDate, count, change.by, change.reason),
  };
}

export async function writeExtension(
  deps: ExtensionDeps,
  task: Task,
  fields: TaskChange['fields'],
  decider: Decider,
): Promise<TaskChangeResult> {
  return deps.store.updateTask({
    id: task.id,
    fields,
    origin: { by: decider.by, channel: decider.channel, message: decider.message, at: deps.clock.now() },
  });
}

/** What went wrong with a write, in words for the person; null when it was taken. */
export function writeProblem(task: Task, result: TaskChangeResult): string | null {
  switch (result.status) {
    case 'applied':
    case 'queued':
      return null;
    case 'missing':
      return `Nhiệm vụ ${task.id} không còn trong bảng tính. Điều phối viên có thể đã xóa dòng này.`;
    case 'refused':
      return `Chưa ghi được vào bảng tính: ${result.reason}`;
    case 'conflict': {
      const cells = Object.entries(result.actual).map(([header, value]) => `«${header}» đang là «${value}»`);
      return `Trong lúc đó bảng tính vừa được sửa ở nhiệm vụ ${task.id} (${cells.join('; ')}). Anh/chị xem lại (/xem ${task.id}) rồi làm lại nếu cần.`;
    }
  }
}

/** Approves a waiting request: claimed first, so a button pressed twice or the sheet at the same time writes once. */
export async function approveRequest(
  deps: ExtensionDeps,
  task: Task,
  request: ExtensionRequest,
  decider: Decider,
  newDate = request.newDate,
): Promise<{ ok: true; result: TaskChangeResult; fields: TaskChange['fields'] } | { ok: false; problem: string }> {
  if (!deps.state.extensionRequests.decide(request.id, 'approved'))
    return { ok: false, problem: `Đề nghị gia hạn ${task.id} đã được xử lý rồi.` };
  const fields = extensionFields(deps, task, {
    newDate,
    reason: request.reason,
    previousDeadline: request.previousDeadline,
    by: decider.by,
  });
  const result = await writeExtension(deps, task, fields, decider);
  const problem = writeProblem(task, result);
  if (problem) {
    deps.state.extensionRequests.reopen(request.id);
    return { ok: false, problem };
  }
  await tellRequester(
    deps,
    request,
    reply(
      heading(`Đề nghị gia hạn ${task.id} đã được duyệt`),
      text(`Hạn xử lý mới: ${formatDate(newDate)} (hạn trước: ${formatDate(request.previousDeadline) || '—'}).`),
      text('Nhắc hạn sẽ tính theo hạn mới. Cảm ơn anh/chị.'),
    ),
  );
  return { ok: true, result, fields };
}

/** Refuses a waiting request with its reason, written in the cell and told to the requester. */
export async function refuseRequest(
  deps: ExtensionDeps,
  task: Task,
  request: ExtensionRequest,
  why: string,
  decider: Decider,
): Promise<{ ok: true } | { ok: false; problem: string }> {
  if (!deps.state.extensionRequests.decide(request.id, 'refused'))
    return { ok: false, problem: `Đề nghị gia hạn ${task.id} đã được xử lý rồi.` };
  const result = await writeExtension(
    deps,
    task,
    { extensionRequest: refusedCell(deps, request, why, decider.by) },
    decider,
  );
  const problem = writeProblem(task, result);
  if (problem) {
    deps.state.extensionRequests.reopen(request.id);
    return { ok: false, problem };
  }
  await tellRequester(
    deps,
    request,
    reply(
      heading(`Đề nghị gia hạn ${task.id} chưa được chấp thuận`),
      text(`Lý do: ${why}`),
      text(
        `Hạn xử lý vẫn là ${formatDate(task.deadline) || '—'}. Anh/chị liên hệ điều phối viên nếu cần trao đổi thêm.`,
      ),
    ),
  );
  return { ok: true };
}

/** Tells the person who asked; a channel that fails costs a log line, not the decision. */
export async function tellRequester(deps: ExtensionDeps, request: ExtensionRequest, message: Reply): Promise<void> {
  if (request.channel === 'console' || !deps.notifier.channels().includes(request.channel)) return;
  try {
    await deps.notifier.send(request.channel, request.chatId, message);
  } catch (error) {
    deps.logger.warn({ task: request.taskId, error: String(error) }, 'Không báo được kết quả đề nghị gia hạn');
  }
}

/** What /xem says about a task's extensions: how many and the plan's date, and a request waiting. */
export function extensionLines(task: Task): string[] {
  const lines: string[] = [];
  if ((task.extensionCount ?? 0) > 0)
    lines.push(`Đã gia hạn: ${task.extensionCount} lần (hạn ban đầu ${formatDate(task.originalDeadline) || '—'})`);
  if (task.status !== 'done' && task.extensionRequest?.startsWith(WAITING_PREFIX))
    lines.push(`Đề nghị gia hạn: ${task.extensionRequest}`);
  return lines;
}
