import { z } from 'zod';
import type { ChatCommand } from '#src/conversation/command.js';
import { takeOffered } from '#src/conversation/offered-actions.js';
import { writeAndReply } from '#src/conversation/updates.js';
import { Task } from '#src/domain/task.js';

const UndoPayload = z.object({ taskId: z.string(), previous: Task.partial(), applied: Task.partial() });

export const hoantac: ChatCommand = {
  name: 'hoantac',
  aliases: ['undo'],
  description: 'Hoàn tác cập nhật vừa gửi (trong 10 phút)',
  usage: '/hoantac <mã thao tác>',
  examples: ['Hoàn tác'],
  async handle(ctx, request) {
    const taken = takeOffered(ctx, request.args, 'undo', UndoPayload);
    if (!taken.ok) return taken.reply;
    const { task, payload } = taken;
    // Undo restores the cells as they were; if someone changed them since, the store reports a conflict.
    const fields = Object.fromEntries(
      Object.keys(payload.applied).map((key) => [key, payload.previous[key as keyof typeof payload.previous] ?? null]),
    );
    ctx.state.confirmations.settle(task.id);
    return writeAndReply(ctx, task, fields, { undoable: false, title: `Đã hoàn tác cập nhật ${task.id}` });
  },
};
