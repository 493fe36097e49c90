import type { ChatCommand, CommandContext } from '#src/conversation/command.js';
import { heading, reply, text, type Reply } from '#src/chat/reply.js';
import { writeAndReply } from '#src/conversation/updates.js';
import { formatDate } from '#src/domain/clock.js';
import type { Task } from '#src/domain/task.js';
import { taskKey } from '#src/store/snapshot.js';

export const xacnhan: ChatCommand = {
  name: 'xacnhan',
  aliases: [],
  description: 'Điều phối viên xác nhận nhiệm vụ đã hoàn thành',
  usage: '/xacnhan <mã nhiệm vụ>',
  examples: ['/xacnhan TN60-12'],
  access: 'coordinator',
  async handle(ctx, request) {
    const check = coordinatorTask(ctx, request.args);
    if (!check.ok) return check.reply;
    const { task } = check;
    if (task.status !== 'done') return reply(text(`${task.id} chưa được báo hoàn thành, chưa thể xác nhận.`));
    const answer = await writeAndReply(
      ctx,
      task,
      { confirmation: `Đã xác nhận ${formatDate(ctx.today)}` },
      { undoable: false, title: `Đã xác nhận hoàn thành ${task.id}` },
    );
    await tellReporter(
      ctx,
      task.id,
      reply(heading(`${task.id} đã được xác nhận hoàn thành`), text('Cảm ơn đơn vị đã hoàn thành nhiệm vụ.')),
    );
    return answer;
  },
};

/** The task a coordinator confirms or sends back (the commands are coordinator-only). */
export function coordinatorTask(
  ctx: CommandContext,
  args: string,
): { ok: false; reply: Reply } | { ok: true; task: Task } {
  const id = args.trim().split(/\s+/)[0] ?? '';
  const task = ctx.snapshot.byId.get(taskKey(id));
  if (!task) return { ok: false, reply: reply(text(`Không tìm thấy nhiệm vụ «${id}».`)) };
  return { ok: true, task };
}

/** Tells the focal point who reported the task done, when the bot knows who that was. */
export async function tellReporter(ctx: CommandContext, taskId: string, message: Reply): Promise<void> {
  const pending = ctx.state.confirmations.get(taskId);
  if (!pending) return;
  ctx.state.confirmations.settle(taskId);
  if (pending.channel === 'console' || !ctx.notifier.channels().includes(pending.channel)) return;
  try {
    await ctx.notifier.send(pending.channel, pending.chatId, message);
  } catch (error) {
    ctx.logger.warn({ task: taskId, error: String(error) }, 'Không báo được cho người đã báo cáo');
  }
}
