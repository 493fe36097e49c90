import type { ChatCommand, CommandContext } from '#src/conversation/command.js';
import { logRefusal } from '#src/conversation/refusals.js';
import { reply, text, type Reply } from '#src/chat/reply.js';
import { findTask, tasksConcerning } from '#src/conversation/task-queries.js';
import { fieldsFor, senderLabel, updateRight, writeAndReply } from '#src/conversation/updates.js';
import { supportPartReply } from '#src/conversation/support-parts.js';
import { dateTimeToCell } from '#src/store/cells.js';
import { STATUS_LABELS, type TaskStatus } from '#src/domain/status.js';
import type { Task } from '#src/domain/task.js';
import type { Parsed } from '#src/understanding/types.js';
import { shorten } from '#src/domain/text.js';

const WORD: Record<TaskStatus, string> = {
  not_started: 'chưa thực hiện',
  in_progress: 'đang thực hiện',
  blocked: 'vướng mắc',
  done: 'hoàn thành',
};

export const capnhat: ChatCommand = {
  name: 'capnhat',
  aliases: ['cn'],
  intent: 'status_update',
  description: 'Báo cáo tiến độ một nhiệm vụ: trạng thái, % hoàn thành, ghi chú',
  usage: '/capnhat <mã> <trạng thái> [% tiến độ] [ghi chú]',
  examples: ['TN60-05 xong, đã ban hành kế hoạch', '/capnhat TN60-05 đang làm 60%'],
  needsTasks: true,
  async handle(ctx, request) {
    if (request.taskRef === null) {
      return reply(
        text('Bạn muốn cập nhật nhiệm vụ nào? Ví dụ: «/capnhat TN60-05 hoàn thành» hoặc «TN60-05 đang làm 60%».'),
      );
    }
    const role = ctx.message.sender.role;
    const scope = role.kind === 'focal' ? tasksConcerning(ctx.snapshot, ctx.agencies, role.agency, ctx.today) : [];
    const found = findTask(ctx.snapshot, request.taskRef, scope);
    if (found.kind === 'missing')
      return reply(text(`Không tìm thấy nhiệm vụ «${request.taskRef}». Mã nhiệm vụ có dạng TN60-05.`));
    const again = (id: string, status = request.status) =>
      [
        `/capnhat ${id}`,
        status ? WORD[status] : '',
        request.progress !== null ? `${request.progress}%` : '',
        request.note,
      ]
        .filter((p) => p !== '')
        .join(' ');
    if (found.kind === 'ambiguous') {
      return {
        blocks: [text(`Có ${found.tasks.length} nhiệm vụ số ${request.taskRef}. Bạn muốn cập nhật nhiệm vụ nào?`)],
        choices: found.tasks
          .slice(0, 6)
          .map((task) => ({ label: `${task.id}: ${shorten(task.content, 40)}`, value: again(task.id) })),
      };
    }
    const task = found.task;
    // A supporting agency's part («phần Sở Y tế», or its own focal point's report) never changes the status.
    const part = await supportPartReply(ctx, task, request);
    if (part) return part;
    const right = updateRight(ctx, task);
    if (right === 'none') return refuse(ctx, task);
    if (right === 'note') return noteOnly(ctx, task, request);
    if (request.status === null && request.progress === null) {
      return {
        blocks: [text(`${task.id}: ${shorten(task.content, 90)}`), text('Nhiệm vụ này đang ở trạng thái nào?')],
        choices: (['in_progress', 'done', 'blocked'] as const).map((status) => ({
          label: STATUS_LABELS[status],
          value: again(task.id, status),
        })),
      };
    }
    if (request.uncertain) {
      return {
        blocks: [text(`Bạn báo ${task.id} đã hoàn thành phải không?`)],
        choices: [
          { label: 'Đúng, đã hoàn thành', value: again(task.id, 'done') },
          { label: 'Đang thực hiện', value: again(task.id, 'in_progress') },
        ],
      };
    }
    // Not sure it is a report of now (the model's doubt, hearsay, a promise…): ask before writing.
    if (request.confirm) {
      const said = `${request.status ? STATUS_LABELS[request.status] : 'Đang thực hiện'}${request.progress !== null ? ` (${request.progress}%)` : ''}`;
      return {
        blocks: [
          text(`${task.id}: ${shorten(task.content, 90)}`),
          text(`Anh/chị muốn ghi «${said}» cho ${task.id} vào bảng?`),
        ],
        choices: [
          { label: 'Ghi', value: again(task.id) },
          { label: 'Không ghi', value: `/xem ${task.id}` },
        ],
      };
    }
    return writeAndReply(ctx, task, fieldsFor(task, request, ctx, ctx.message.text), { undoable: true });
  },
};

function refuse(ctx: CommandContext, task: Task): Reply {
  const { sender } = ctx.message;
  logRefusal(ctx.logger, ctx.message, 'capnhat', 'not_lead', { task: task.id });
  return reply(
    text(
      `Xin lỗi, chỉ đầu mối của ${task.lead.join('; ') || 'cơ quan chủ trì'} và điều phối viên mới cập nhật được nhiệm vụ ${task.id}.` +
        (sender.role.kind === 'guest'
          ? ' Nếu bạn là đầu mối của một cơ quan, hãy đăng ký bằng lệnh /dangky <tên cơ quan>.'
          : ''),
    ),
  );
}

/** A coordinating agency's words go into the latest update; the status stays the lead's. */
async function noteOnly(ctx: CommandContext, task: Task, request: Parsed): Promise<Reply> {
  const role = ctx.message.sender.role;
  const agency = role.kind === 'focal' ? role.agency : '';
  const note = request.note !== '' ? request.note : '';
  if (note === '') {
    return reply(
      text(
        `${agency} phối hợp thực hiện ${task.id}: trạng thái do cơ quan chủ trì cập nhật. Bạn có thể gửi ý kiến phối hợp, ví dụ «${task.id} đã gửi ý kiến góp ý».`,
      ),
    );
  }
  return writeAndReply(
    ctx,
    task,
    {
      lastUpdate: `[${agency} phối hợp] ${note}`,
      updatedAt: dateTimeToCell(ctx.clock.now()),
      updatedBy: senderLabel(ctx),
    },
    { undoable: true, title: `Đã ghi ý kiến phối hợp cho ${task.id}` },
  );
}
