import { z } from 'zod';
import type { ChatCommand } from '#src/conversation/command.js';
import { takeOffered } from '#src/conversation/offered-actions.js';
import { writeAndReply } from '#src/conversation/updates.js';
import { Task } from '#src/domain/task.js';

const OverwritePayload = z.object({ taskId: z.string(), fields: Task.partial() });

export const ghide: ChatCommand = {
  name: 'ghide',
  aliases: [],
  description: 'Ghi giá trị của bạn khi bảng tính vừa bị sửa cùng ô',
  usage: '/ghide <mã thao tác>',
  examples: ['Ghi giá trị của tôi'],
  async handle(ctx, request) {
    const taken = takeOffered(ctx, request.args, 'overwrite', OverwritePayload);
    if (!taken.ok) return taken.reply;
    // The user saw both values and chose theirs: write over what the sheet holds now.
    return writeAndReply(ctx, taken.task, taken.payload.fields, { undoable: true });
  },
};
