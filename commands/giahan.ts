import type { ChatCommand } from '#src/conversation/command.js';
import { reply, text } from '#src/chat/reply.js';
import { findTask } from '#src/conversation/task-queries.js';
import { formatDate } from '#src/domain/clock.js';

/**
 * A request to extend a task's deadline («xin gia hạn TN60-05 đến 30/7 vì chờ vốn»). It is never
 * written as a status update; the bot says it was heard and that coordinators decide. (The
 * approval workflow, with its own sheet columns, is another piece of work.)
 */
export const giahan: ChatCommand = {
  name: 'giahan',
  aliases: [],
  intent: 'extension_request',
  description: 'Đề nghị gia hạn một nhiệm vụ: mã, ngày mới, lý do',
  usage: '/giahan <mã> <ngày> <lý do>',
  examples: ['/giahan TN60-05 30/7 chờ kinh phí', 'xin gia hạn TN60-05 đến 30/7 vì chờ ý kiến Bộ'],
  handle(ctx, request) {
    if (request.taskRef === null) {
      return reply(text('Anh/chị muốn xin gia hạn nhiệm vụ nào? Ví dụ: «/giahan TN60-05 30/7 chờ kinh phí».'));
    }
    const found = findTask(ctx.snapshot, request.taskRef, []);
    const id = found.kind === 'found' ? found.task.id : request.taskRef;
    const until = request.newDate ? ` đến ngày ${formatDate(request.newDate)}` : '';
    const because = request.reason !== '' ? ` (lý do: ${request.reason})` : '';
    return reply(
      text(
        `Đã ghi nhận đề nghị gia hạn ${id}${until}${because}. Đề nghị gia hạn do điều phối viên xem xét và quyết định; trạng thái nhiệm vụ trong bảng không thay đổi.`,
      ),
      ...(request.newDate
        ? []
        : [text('Anh/chị cho biết thêm ngày đề nghị hoàn thành mới, ví dụ «/giahan TN60-05 30/7 chờ kinh phí».')]),
    );
  },
};
