import { z } from 'zod';
import type { ChatCommand } from '#src/conversation/command.js';
import { reply, text } from '#src/conversation/reply.js';
import { ownerOf, writeAndReply } from '#src/conversation/updates.js';
import { Task } from '#src/domain/task.js';
import { taskKey } from '#src/store/snapshot.js';

const UndoPayload = z.object({ taskId: z.string(), previous: Task.partial(), applied: Task.partial() });

export const REFUSED: Record<'unknown' | 'not_yours' | 'expired', string> = {
  unknown: 'Thao tác này không còn hiệu lực (đã dùng hoặc không tồn tại).',
  not_yours: 'Thao tác này dành cho người đã gửi cập nhật.',
  expired: 'Đã quá thời gian cho phép của thao tác này.',
};

export const hoantac: ChatCommand = {
  name: 'hoantac',
  aliases: ['undo'],
  description: 'Hoàn tác cập nhật vừa gửi (trong 10 phút)',
  usage: '/hoantac <mã thao tác>',
  examples: ['Hoàn tác'],
  async handle(ctx, request) {
    const taken = ctx.state.actions.take(request.args.trim(), ownerOf(ctx), ctx.clock.now().toISO() ?? '');
    if (!taken.ok) return reply(text(REFUSED[taken.reason]));
    const payload = UndoPayload.safeParse(taken.action.payload);
    if (taken.action.kind !== 'undo' || !payload.success) return reply(text(REFUSED.unknown));
    const task = ctx.snapshot.byId.get(taskKey(payload.data.taskId));
    if (!task) return reply(text(`Nhiệm vụ ${payload.data.taskId} không còn trong bảng tính.`));
    // Undo restores the cells as they were; if someone changed them since, the store reports a conflict.
    const { previous } = payload.data;
    const fields = Object.fromEntries(Object.keys(payload.data.applied).map((key) => [key, previous[key as keyof typeof previous] ?? null]));
    ctx.state.confirmations.settle(task.id);
    return writeAndReply(ctx, task, fields, { undoable: false, title: `Đã hoàn tác cập nhật ${task.id}` });
  },
};
