import type { ChatCommand } from '#src/conversation/command.js';
import { heading, reply, text } from '#src/chat/reply.js';
import { senderLabel, writeAndReply } from '#src/conversation/updates.js';
import { dateTimeToCell } from '#src/store/cells.js';
import { coordinatorTask, tellReporter } from './xacnhan.js';

export const tralai: ChatCommand = {
  name: 'tralai',
  aliases: [],
  description: 'Điều phối viên trả lại nhiệm vụ báo hoàn thành, kèm lý do',
  usage: '/tralai <mã nhiệm vụ> <lý do>',
  examples: ['/tralai TN60-12 chưa có văn bản ban hành'],
  access: 'coordinator',
  async handle(ctx, request) {
    const check = coordinatorTask(ctx, request.args);
    if (!check.ok) return check.reply;
    const { task } = check;
    const reason = request.args.trim().split(/\s+/).slice(1).join(' ');
    if (reason === '') {
      return reply(text(`Bạn cho biết lý do trả lại, ví dụ: «/tralai ${task.id} chưa có văn bản ban hành».`));
    }
    const answer = await writeAndReply(
      ctx,
      task,
      {
        status: 'in_progress',
        completedAt: null,
        confirmation: `Trả lại: ${reason}`,
        updatedAt: dateTimeToCell(ctx.clock.now()),
        updatedBy: senderLabel(ctx),
      },
      { undoable: false, title: `Đã trả lại ${task.id}` },
    );
    await tellReporter(
      ctx,
      task.id,
      reply(
        heading(`${task.id} được trả lại`),
        text(`Lý do: ${reason}`),
        text('Nhiệm vụ chuyển về «Đang thực hiện». Bạn cập nhật lại khi hoàn thành nhé.'),
      ),
    );
    return answer;
  },
};
