import { heading, reply, text, type Reply } from '#src/chat/reply.js';
import { formatDate } from '#src/domain/clock.js';
import type { Task } from '#src/domain/task.js';
import { shorten } from '#src/domain/text.js';
import type { TaskChangeResult } from '#src/store/task-store.js';
import type { Parsed } from '#src/understanding/types.js';
import type { CommandContext } from './command.js';
import {
  approveRequest,
  DEFAULT_EXTENSION_LIMIT,
  extensionFields,
  MISSING_COLUMNS,
  refuseRequest,
  requestCell,
  tellRequester,
  tracksExtensions,
  writeExtension,
  writeProblem,
  type Decider,
} from './extensions.js';
import { logRefusal } from './refusals.js';
import { findTask, tasksConcerning } from './task-queries.js';
import { senderLabel, tellCoordinators, updateRight } from './updates.js';

/**
 * Extensions in chat: a lead agency's focal point asks (/giahan, or «xin gia hạn … đến … vì …»),
 * a coordinator decides (/duyet <mã>, /tuchoi <mã> <lý do>, the buttons of the notice) or
 * extends at once with /giahan. Rights are checked here for every message and button press.
 */
const DATE_WORD = /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/;
// (No \b: in JavaScript it knows only ASCII letters, and «vì» ends in one it does not know.)
const CONNECTOR = /^(?:(?:bởi|tại)\s+)?(?:vì|do|lý do|ly do|để|de)(?=[\s:,-]|$)[\s:,-]*/iu;

/** The reason as typed: the understanding's «vì …», else what follows the date («/giahan TN60-05 30/7 chờ vốn»). */
export function extensionReason(request: Parsed, message: string): string {
  const trimmed = (reason: string) => reason.replace(/[\s.;,]+$/u, '');
  if (request.reason !== '') return trimmed(request.reason);
  const words = message.trim().split(/\s+/);
  const at = words.findIndex((word) => DATE_WORD.test(word));
  if (at < 0) return '';
  return trimmed(
    words
      .slice(at + 1)
      .join(' ')
      .replace(CONNECTOR, '')
      .trim(),
  );
}

const byOf = (ctx: CommandContext): Decider => ({
  by: senderLabel(ctx),
  channel: ctx.message.sender.channel,
  message: ctx.message.text,
});

/** /giahan: a focal point's request, or a coordinator's extension made at once. */
export async function askExtension(ctx: CommandContext, request: Parsed): Promise<Reply> {
  const example = '«/giahan TN60-05 30/7 chờ kinh phí»';
  const typed = request.command !== null ? /^\d{1,3}$/.exec(request.args.trim().split(/\s+/)[0] ?? '')?.[0] : undefined;
  const ref = request.taskRef ?? typed ?? null;
  if (ref === null) return reply(text(`Anh/chị muốn xin gia hạn nhiệm vụ nào? Ví dụ: ${example}.`));
  const role = ctx.message.sender.role;
  const scope = role.kind === 'focal' ? tasksConcerning(ctx.snapshot, ctx.agencies, role.agency, ctx.today) : [];
  const found = findTask(ctx.snapshot, ref, scope);
  if (found.kind !== 'found') {
    return reply(
      text(
        found.kind === 'missing'
          ? `Không tìm thấy nhiệm vụ «${ref}». Mã nhiệm vụ có dạng TN60-05.`
          : `Có ${found.tasks.length} nhiệm vụ số ${ref} (${found.tasks.map((t) => t.id).join(', ')}). Anh/chị ghi đủ mã nhiệm vụ nhé.`,
      ),
    );
  }
  const task = found.task;
  const refused = refusal(ctx, task);
  if (refused) return refused;
  // «duyệt gia hạn TN60-05» from a coordinator: the request waiting, with its two choices.
  const waiting = role.kind === 'coordinator' && request.newDate === null ? waitingFor(ctx, task.id) : null;
  if (waiting) return waiting;
  const reason = extensionReason(request, ctx.message.text);
  const problem = requestProblem(ctx, task, request.newDate, reason);
  if (problem) return reply(text(problem));
  const newDate = request.newDate ?? '';
  if (role.kind === 'coordinator') {
    // Said in words, it may relay someone else's wish: the coordinator confirms before it is applied.
    if (request.command !== null) return extendNow(ctx, task, newDate, reason);
    return {
      blocks: [text(`Gia hạn ${task.id} đến ${formatDate(newDate)} ngay bây giờ? Lý do: ${reason}`)],
      choices: [
        { label: 'Gia hạn', value: `/giahan ${task.id} ${formatDate(newDate)} ${reason}` },
        { label: 'Không', value: `/xem ${task.id}` },
      ],
    };
  }
  const limit = ctx.extensionLimit ?? DEFAULT_EXTENSION_LIMIT;
  if ((task.extensionCount ?? 0) >= limit) {
    logRefusal(ctx.logger, ctx.message, 'giahan', 'extension_limit', { task: task.id });
    return reply(
      text(
        `${task.id} đã được gia hạn ${task.extensionCount ?? 0} lần, là số lần tối đa đầu mối được đề nghị. Việc gia hạn thêm do điều phối viên quyết định; anh/chị vui lòng liên hệ trực tiếp điều phối viên. Xin cảm ơn.`,
      ),
    );
  }
  return recordRequest(ctx, task, newDate, reason);
}

/** Who may ask: the lead's focal points and coordinators; anyone else is told why, politely, and logged. */
function refusal(ctx: CommandContext, task: Task): Reply | null {
  const right = updateRight(ctx, task);
  if (right === 'full') return null;
  logRefusal(ctx.logger, ctx.message, 'giahan', 'not_lead', { task: task.id });
  const lead = task.lead.join('; ') || 'cơ quan chủ trì';
  return reply(
    text(
      right === 'note'
        ? `Cơ quan anh/chị phối hợp thực hiện ${task.id}; đề nghị gia hạn do đầu mối của ${lead} gửi. Anh/chị có thể trao đổi với cơ quan chủ trì.`
        : `Xin lỗi, chỉ đầu mối của ${lead} và điều phối viên mới đề nghị gia hạn được nhiệm vụ ${task.id}.` +
            (ctx.message.sender.role.kind === 'guest'
              ? ' Nếu anh/chị là đầu mối của một cơ quan, hãy đăng ký bằng lệnh /dangky <tên cơ quan>.'
              : ''),
    ),
  );
}

function requestProblem(ctx: CommandContext, task: Task, newDate: string | null, reason: string): string | null {
  if (task.status === 'done') return `${task.id} đã hoàn thành, không cần gia hạn.`;
  if (!tracksExtensions(task)) return MISSING_COLUMNS;
  if (task.deadline === null)
    return `${task.id} chưa có hạn xử lý cụ thể (${task.deadlineText || 'không ghi thời hạn'}), nên chưa cần gia hạn.`;
  if (newDate === null)
    return `Anh/chị cho biết ngày đề nghị hoàn thành mới, ví dụ «/giahan ${task.id} 30/7 chờ kinh phí».`;
  if (newDate <= task.deadline)
    return `Ngày đề nghị (${formatDate(newDate)}) phải sau hạn hiện tại của ${task.id} (${formatDate(task.deadline)}).`;
  if (newDate < ctx.today)
    return `Ngày đề nghị (${formatDate(newDate)}) đã qua. Anh/chị chọn một ngày từ hôm nay trở đi.`;
  if (reason === '')
    return `Anh/chị cho biết lý do xin gia hạn, ví dụ «/giahan ${task.id} ${formatDate(newDate)} chờ ý kiến của Bộ».`;
  return null;
}

/** A focal point's request: the cell written (through the outbox), the coordinators asked. */
async function recordRequest(ctx: CommandContext, task: Task, newDate: string, reason: string): Promise<Reply> {
  const by = senderLabel(ctx);
  const cell = requestCell(ctx, newDate, reason, by);
  // Kept before the cell is written, so that a word typed in the cell is never read without it.
  const previous = ctx.state.extensionRequests.pendingFor(task.id);
  const recorded = ctx.state.extensionRequests.request({
    taskId: task.id,
    channel: ctx.message.sender.channel,
    chatId: ctx.message.chat.id,
    requester: by,
    newDate,
    reason,
    previousDeadline: task.deadline,
    cell,
    requestedAt: ctx.clock.now().toISO() ?? '',
  });
  const result = await writeExtension(ctx, task, { extensionRequest: cell }, byOf(ctx));
  const problem = writeProblem(task, result);
  if (problem) {
    ctx.state.extensionRequests.decide(recorded.id, 'replaced');
    return reply(text(problem));
  }
  const change = `Hạn hiện tại: ${formatDate(task.deadline)} → đề nghị: ${formatDate(newDate)}`;
  await tellCoordinators(ctx, {
    blocks: [
      heading(`${by} xin gia hạn ${task.id}`),
      text(shorten(task.content, 200)),
      text(`${change}\nLý do: ${reason}\nĐã gia hạn: ${task.extensionCount ?? 0} lần`),
      text('Hoặc gõ «Duyệt» hay «Từ chối: <lý do>» vào ô Đề nghị gia hạn của nhiệm vụ trong bảng tính.'),
    ],
    choices: [
      { label: 'Duyệt', value: `/duyet ${task.id}` },
      { label: 'Từ chối', value: `/tuchoi ${task.id}` },
    ],
  });
  const delayed = result.status === 'queued' && result.delayed;
  // Google is down: the sheet watch tells the requester when the request has reached the sheet.
  if (result.status === 'queued' && result.delayed)
    ctx.state.waitingWrites.add({
      outboxId: result.outboxId,
      channel: ctx.message.sender.channel,
      chatId: ctx.message.chat.id,
      taskId: task.id,
    });
  return reply(
    heading(`Đã gửi đề nghị gia hạn ${task.id}`),
    text(`${change}\nLý do: ${reason}`),
    text(
      (previous ? 'Đề nghị này thay cho đề nghị trước đang chờ. ' : '') +
        'Điều phối viên sẽ xem xét; bot báo lại anh/chị khi có quyết định. Hạn xử lý trong bảng giữ nguyên cho đến khi được duyệt.' +
        (delayed ? ' Đề nghị sẽ vào bảng tính khi kết nối lại.' : ''),
    ),
  );
}

/** A coordinator's /giahan: written at once, over the cap too; a request waiting for the task is settled by it. */
async function extendNow(ctx: CommandContext, task: Task, newDate: string, reason: string): Promise<Reply> {
  const decider = byOf(ctx);
  const fields = extensionFields(ctx, task, { newDate, reason, previousDeadline: task.deadline, by: decider.by });
  const result = await writeExtension(ctx, task, fields, decider);
  const problem = writeProblem(task, result);
  if (problem) return reply(text(problem));
  const waiting = ctx.state.extensionRequests.pendingFor(task.id);
  if (waiting && ctx.state.extensionRequests.decide(waiting.id, 'approved')) {
    await tellRequester(
      ctx,
      waiting,
      reply(
        heading(`${task.id} đã được gia hạn`),
        text(`Điều phối viên gia hạn ${task.id} đến ${formatDate(newDate)}. Nhắc hạn sẽ tính theo hạn mới.`),
      ),
    );
  }
  return approvedReply(task, fields, result);
}

function approvedReply(task: Task, fields: ReturnType<typeof extensionFields>, result: TaskChangeResult): Reply {
  const delayed = result.status === 'queued' && result.delayed;
  return reply(
    heading(`Đã gia hạn ${task.id} đến ${formatDate(fields.deadline)}`),
    text(shorten(task.content, 120)),
    text(
      `Hạn ban đầu: ${formatDate(fields.originalDeadline) || '—'} · Số lần gia hạn: ${fields.extensionCount ?? 1}. ` +
        (delayed ? 'Đã ghi nhận, sẽ cập nhật vào bảng tính khi kết nối lại.' : 'Đã ghi vào bảng tính và Nhật ký.'),
    ),
  );
}

/** /duyet <mã> and /tuchoi <mã> <lý do> (coordinators only, checked by the engine before this runs). */
export async function decideExtension(ctx: CommandContext, args: string, approve: boolean): Promise<Reply> {
  const [id = '', ...rest] = args.trim().split(/\s+/);
  const task = findTask(ctx.snapshot, id, []);
  if (task.kind !== 'found') return reply(text(`Không tìm thấy nhiệm vụ «${id}».`));
  const waiting = ctx.state.extensionRequests.pendingFor(task.task.id);
  if (!waiting) return reply(text(`Không có đề nghị gia hạn nào của ${task.task.id} đang chờ duyệt.`));
  if (task.task.status === 'done') {
    ctx.state.extensionRequests.decide(waiting.id, 'replaced');
    return reply(text(`${task.task.id} đã hoàn thành nên đề nghị gia hạn không còn cần xét.`));
  }
  if (approve) {
    const done = await approveRequest(ctx, task.task, waiting, byOf(ctx));
    return done.ok ? approvedReply(task.task, done.fields, done.result) : reply(text(done.problem));
  }
  const why = rest.join(' ').trim();
  if (why === '') {
    return reply(
      text(
        `Anh/chị cho biết lý do không duyệt để bot báo lại đầu mối, ví dụ «/tuchoi ${task.task.id} cần hoàn thành đúng hạn theo chỉ đạo của UBND tỉnh».`,
      ),
    );
  }
  const done = await refuseRequest(ctx, task.task, waiting, why, byOf(ctx));
  if (!done.ok) return reply(text(done.problem));
  return reply(
    text(`Đã từ chối đề nghị gia hạn ${task.task.id} của ${waiting.requester}. Lý do đã được báo cho người đề nghị.`),
  );
}

/** /duyet alone: the extension requests waiting, each with its two choices (numbered on the console and Zalo). */
export function waitingExtensions(ctx: CommandContext): Reply | null {
  const waiting = ctx.state.extensionRequests.pending().filter((r) => ctx.snapshot.byId.has(r.taskId.toUpperCase()));
  if (waiting.length === 0) return null;
  const shown = waiting.slice(0, 5);
  return {
    blocks: [
      heading(`Đề nghị gia hạn đang chờ duyệt (${waiting.length})`),
      text(
        shown
          .map((r) => `• ${r.taskId}: ${r.requester} xin gia hạn đến ${formatDate(r.newDate)}. Lý do: ${r.reason}`)
          .join('\n'),
      ),
    ],
    choices: shown.flatMap((r) => [
      { label: `Duyệt ${r.taskId}`, value: `/duyet ${r.taskId}` },
      { label: `Từ chối ${r.taskId}`, value: `/tuchoi ${r.taskId}` },
    ]),
  };
}

function waitingFor(ctx: CommandContext, taskId: string): Reply | null {
  const request = ctx.state.extensionRequests.pendingFor(taskId);
  if (!request) return null;
  return {
    blocks: [
      text(
        `${request.requester} xin gia hạn ${taskId} đến ${formatDate(request.newDate)}. Lý do: ${request.reason}. Anh/chị quyết định thế nào?`,
      ),
    ],
    choices: [
      { label: 'Duyệt', value: `/duyet ${taskId}` },
      { label: 'Từ chối', value: `/tuchoi ${taskId}` },
    ],
  };
}
