import type { z } from 'zod';
import type { Task } from '#src/domain/task.js';
import type { ActionKind } from '#src/state/actions.js';
import { logRefusal } from './refusals.js';
import { taskKey } from '#src/store/snapshot.js';
import type { CommandContext } from './command.js';
import { reply, text, type Reply } from '#src/chat/reply.js';
import { ownerOf } from './updates.js';

const COMMAND: Record<ActionKind, string> = { undo: 'hoantac', overwrite: 'ghide' };
const WHY = { unknown: 'unknown_action', not_yours: 'not_yours', expired: 'expired' } as const;

const REFUSED: Record<'unknown' | 'not_yours' | 'expired', string> = {
  unknown: 'Thao tác này không còn hiệu lực (đã dùng hoặc không tồn tại).',
  not_yours: 'Thao tác này dành cho người đã gửi cập nhật.',
  expired: 'Đã quá thời gian cho phép của thao tác này.',
};

/**
 * Takes an action offered in an earlier reply ("Hoàn tác", "Ghi giá trị của tôi"): once,
 * by the person it was offered to, before it expires, and only for a task still in the sheet.
 */
export function takeOffered<T extends { taskId: string }>(
  ctx: CommandContext,
  token: string,
  kind: ActionKind,
  payload: z.ZodType<T>,
): { ok: true; payload: T; task: Task } | { ok: false; reply: Reply } {
  const taken = ctx.state.actions.take(token.trim(), ownerOf(ctx), ctx.clock.now().toISO() ?? '');
  if (!taken.ok) {
    logRefusal(ctx.logger, ctx.message, COMMAND[kind], WHY[taken.reason]);
    return { ok: false, reply: reply(text(REFUSED[taken.reason])) };
  }
  const parsed = payload.safeParse(taken.action.payload);
  if (taken.action.kind !== kind || !parsed.success) {
    logRefusal(ctx.logger, ctx.message, COMMAND[kind], 'unknown_action');
    return { ok: false, reply: reply(text(REFUSED.unknown)) };
  }
  const task = ctx.snapshot.byId.get(taskKey(parsed.data.taskId));
  if (!task) return { ok: false, reply: reply(text(`Nhiệm vụ ${parsed.data.taskId} không còn trong bảng tính.`)) };
  return { ok: true, payload: parsed.data, task };
}
