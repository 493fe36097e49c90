import type { ChatCommand, CommandContext } from '#src/conversation/command.js';
import { heading, reply, text, type Reply } from '#src/conversation/reply.js';
import { emptySheetReply } from '#src/conversation/replies.js';
import { findTask, tasksConcerning } from '#src/conversation/task-queries.js';
import { dateTimeToCell } from '#src/store/cells.js';
import { STATUS_LABELS, type TaskStatus } from '#src/domain/status.js';
import type { Task } from '#src/domain/task.js';
import type { Parsed } from '#src/understanding/types.js';

const ASK_STATUS: Array<[TaskStatus, string]> = [
  ['in_progress', 'đang thực hiện'],
  ['done', 'hoàn thành'],
  ['blocked', 'vướng mắc'],
];

export const capnhat: ChatCommand = {
  name: 'capnhat',
  aliases: ['cn'],
  intent: 'status_update',
  description: 'Báo cáo tiến độ một nhiệm vụ: trạng thái, % hoàn thành, ghi chú',
  usage: '/capnhat <mã> <trạng thái> [% tiến độ] [ghi chú]',
  examples: ['TN60-05 xong, đã ban hành kế hoạch', '/capnhat TN60-05 đang làm 60%'],
  async handle(ctx, request) {
    if (ctx.snapshot.tasks.length === 0) return emptySheetReply();
    if (request.taskRef === null) {
      return reply(text('Bạn muốn cập nhật nhiệm vụ nào? Ví dụ: «/capnhat TN60-05 hoàn thành» hoặc «TN60-05 đang làm 60%».'));
    }
    const role = ctx.message.sender.role;
    const scope = role.kind === 'focal' ? tasksConcerning(ctx.snapshot, ctx.agencies, role.agency, ctx.today) : [];
    const found = findTask(ctx.snapshot, request.taskRef, scope);
    if (found.kind === 'missing') return reply(text(`Không tìm thấy nhiệm vụ «${request.taskRef}». Mã nhiệm vụ có dạng TN60-05.`));
    const rest = [request.status ? STATUS_WORD[request.status] : '', request.progress !== null ? `${request.progress}%` : '', request.note]
      .filter((part) => part !== '')
      .join(' ');
    if (found.kind === 'ambiguous') {
      return {
        blocks: [text(`Có ${found.tasks.length} nhiệm vụ số ${request.taskRef}. Bạn muốn cập nhật nhiệm vụ nào?`)],
        choices: found.tasks.slice(0, 6).map((task) => ({ label: `${task.id}: ${task.content.slice(0, 40)}…`, value: `/capnhat ${task.id} ${rest}`.trim() })),
      };
    }
    const task = found.task;
    const refusal = refuse(ctx, task);
    if (refusal) return refusal;
    if (request.status === null && request.progress === null) {
      return {
        blocks: [text(`${task.id}: ${task.content.slice(0, 90)}…`), text('Nhiệm vụ này đang ở trạng thái nào?')],
        choices: ASK_STATUS.map(([, word]) => ({ label: word[0]?.toUpperCase() + word.slice(1), value: `/capnhat ${task.id} ${word}` })),
      };
    }
    return write(ctx, task, request);
  },
};

const STATUS_WORD: Record<TaskStatus, string> = {
  not_started: 'chưa thực hiện',
  in_progress: 'đang thực hiện',
  blocked: 'vướng mắc',
  done: 'hoàn thành',
};

/** A focal point updates the tasks its agency leads; coordinators update everything. */
function refuse(ctx: CommandContext, task: Task): Reply | null {
  const role = ctx.message.sender.role;
  if (role.kind === 'coordinator') return null;
  const leads = task.lead.map((name) => ctx.agencies.canonical(name));
  if (role.kind === 'focal' && leads.includes(role.agency)) return null;
  return reply(
    text(
      `Xin lỗi, chỉ đầu mối của ${task.lead.join('; ') || 'cơ quan chủ trì'} và điều phối viên mới cập nhật được nhiệm vụ ${task.id}.` +
        (role.kind === 'guest' ? ' Nếu bạn là đầu mối của một cơ quan, hãy đăng ký bằng lệnh /dangky <tên cơ quan>.' : ''),
    ),
  );
}

async function write(ctx: CommandContext, task: Task, request: Parsed): Promise<Reply> {
  const status: TaskStatus = request.status ?? (request.progress === 100 ? 'done' : 'in_progress');
  const progress = status === 'done' ? 100 : request.progress ?? task.progress;
  const now = ctx.clock.now();
  const sender = ctx.message.sender;
  const by = sender.role.kind === 'focal' ? `${sender.name} (${sender.role.agency})` : sender.name;
  const result = await ctx.store.updateTask({
    id: task.id,
    fields: {
      status,
      progress,
      lastUpdate: request.note !== '' ? request.note : ctx.message.text,
      updatedAt: dateTimeToCell(now),
      updatedBy: by,
      completedAt: status === 'done' ? (task.completedAt ?? ctx.today) : null,
    },
    origin: { by, channel: sender.channel, message: ctx.message.text, at: now },
  });
  if (result.status === 'missing') return reply(text(`Nhiệm vụ ${task.id} không còn trong bảng tính. Điều phối viên có thể đã xóa dòng này.`));
  if (result.status === 'conflict') {
    const [header, value] = Object.entries(result.actual)[0] ?? ['', ''];
    return reply(text(`Trong bảng tính, ô «${header}» của ${task.id} vừa được sửa thành «${value}». Bạn xem lại rồi gửi lại cập nhật nếu vẫn cần.`));
  }
  // With the Google Sheet down, the update waits in the durable outbox: say so plainly.
  const waiting = result.status === 'queued' ? [text('Đã ghi nhận, sẽ cập nhật vào bảng tính khi kết nối lại.')] : [];
  const before = `${STATUS_LABELS[task.status]}${task.progress !== null ? ` (${task.progress}%)` : ''}`;
  const after = `${STATUS_LABELS[status]}${progress !== null ? ` (${progress}%)` : ''}`;
  return reply(
    heading(result.status === 'queued' ? `Đã ghi nhận cập nhật ${task.id}` : `Đã cập nhật ${task.id}`),
    text(`${task.content.slice(0, 120)}${task.content.length > 120 ? '…' : ''}`),
    text(`Trạng thái: ${before} → ${after}`),
    ...(request.note !== '' ? [text(`Ghi nhận: ${request.note}`)] : []),
    ...waiting,
  );
}
