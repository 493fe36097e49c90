import type { ChatCommand } from '#src/conversation/command.js';
import { reply, text } from '#src/chat/reply.js';
import { nudgeSupporters } from '#src/conversation/support-nudge.js';
import { findTask, tasksConcerning } from '#src/conversation/task-queries.js';
import { fold, shorten } from '#src/domain/text.js';
import { findTaskRef } from '#src/understanding/task-ref.js';

/**
 * «Nhắc phối hợp»: the lead asks the supporting agencies of one of its tasks to do their part.
 * Reached by its slash name and by the button of /xem; rights are checked at every use.
 */
export const nhacphoihop: ChatCommand = {
  name: 'nhacphoihop',
  aliases: [],
  description: 'Nhắc các cơ quan phối hợp của một nhiệm vụ (cơ quan chủ trì, mỗi ngày một lần)',
  usage: '/nhacphoihop <mã nhiệm vụ>',
  examples: ['/nhacphoihop TN60-12'],
  needsTasks: true,
  handle(ctx, request) {
    const args = fold(request.args);
    const ref = findTaskRef(args)?.ref ?? (/^\d{1,3}$/.test(args.split(' ')[0] ?? '') ? args.split(' ')[0] : null);
    if (!ref) {
      return reply(text('Anh/chị muốn nhắc các cơ quan phối hợp của nhiệm vụ nào? Ví dụ: «/nhacphoihop TN60-12».'));
    }
    const role = ctx.message.sender.role;
    const scope = role.kind === 'focal' ? tasksConcerning(ctx.snapshot, ctx.agencies, role.agency, ctx.today) : [];
    const found = findTask(ctx.snapshot, ref, scope);
    if (found.kind === 'missing') return reply(text(`Không tìm thấy nhiệm vụ «${ref}». Mã nhiệm vụ có dạng TN60-05.`));
    if (found.kind === 'ambiguous') {
      return {
        blocks: [text(`Có ${found.tasks.length} nhiệm vụ số ${ref}. Anh/chị muốn nhắc phối hợp nhiệm vụ nào?`)],
        choices: found.tasks
          .slice(0, 6)
          .map((task) => ({ label: `${task.id}: ${shorten(task.content, 40)}`, value: `/nhacphoihop ${task.id}` })),
      };
    }
    return nudgeSupporters(ctx, found.task);
  },
};
