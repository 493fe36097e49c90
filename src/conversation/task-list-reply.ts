import type { Task } from '#src/domain/task.js';
import { withoutPage } from '#src/understanding/understand.js';
import type { CommandContext } from './command.js';
import { pageOfSections, TASKS_PER_PAGE, type TaskSection } from './paging.js';
import type { Choice, Reply, ReplyBlock } from '#src/chat/reply.js';
import { updateRight } from './updates.js';

/**
 * A reply listing tasks in sections, cut to one page for the channel. The next and
 * previous pages are the same message with "trang N", so paging works the same whether
 * the question was a slash command or free text.
 */
export function taskListReply(ctx: CommandContext, lead: ReplyBlock[], sections: TaskSection[], page: number): Reply {
  const paged = pageOfSections(sections, page, TASKS_PER_PAGE[ctx.message.sender.channel], ctx.today);
  const again = withoutPage(ctx.message.text);
  const actions = updateChoices(ctx, paged.tasks);
  return {
    blocks: [...lead, ...paged.blocks],
    ...(actions.length > 0 ? { choices: actions } : {}),
    ...(paged.total > 1
      ? {
          page: {
            index: paged.index,
            total: paged.total,
            ...(paged.index < paged.total ? { next: `${again} trang ${paged.index + 1}` } : {}),
            ...(paged.index > 1 ? { previous: `${again} trang ${paged.index - 1}` } : {}),
          },
        }
      : {}),
  };
}

/**
 * "Cập nhật TN60-05" for each open task on the page that the focal point asking leads: one tap
 * and the bot asks for the new status. Coordinators work in the sheet and guests may not
 * update, so their lists stay without buttons. The press is checked again when it comes.
 */
function updateChoices(ctx: CommandContext, tasks: readonly Task[]): Choice[] {
  if (ctx.message.sender.role.kind !== 'focal') return [];
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const task of tasks) {
    if (task.status === 'done' || seen.has(task.id) || updateRight(ctx, task) !== 'full') continue;
    seen.add(task.id);
    choices.push({ label: `Cập nhật ${task.id}`, value: `/capnhat ${task.id}`, short: true });
  }
  return choices;
}
