import { z } from 'zod';
import type { ChatCommand } from '#src/conversation/command.js';
import { reply, text } from '#src/conversation/reply.js';
import { ownerOf, writeAndReply } from '#src/conversation/updates.js';
import { Task } from '#src/domain/task.js';
import { taskKey } from '#src/store/snapshot.js';
import { REFUSED } from './hoantac.js';

const OverwritePayload = z.object({ taskId: z.string(), fields: Task.partial() });

export const ghide: ChatCommand = {
  name: 'ghide',
  aliases: [],
  description: 'Ghi giá trị của bạn khi bảng tính vừa bị sửa cùng ô',
  usage: '/ghide <mã thao tác>',
  examples: ['Ghi giá trị của tôi'],
  async handle(ctx, request) {
    const taken = ctx.state.actions.take(request.args.trim(), ownerOf(ctx), ctx.clock.now().toISO() ?? '');
    if (!taken.ok) return reply(text(REFUSED[taken.reason]));
    const payload = OverwritePayload.safeParse(taken.action.payload);
    if (taken.action.kind !== 'overwrite' || !payload.success) return reply(text(REFUSED.unknown));
    const task = ctx.snapshot.byId.get(taskKey(payload.data.taskId));
    if (!task) return reply(text(`Nhiệm vụ ${payload.data.taskId} không còn trong bảng tính.`));
    // The user saw both values and chose theirs: write over what the sheet holds now.
    return writeAndReply(ctx, task, payload.data.fields, { undoable: true });
  },
};
