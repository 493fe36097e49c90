import { withoutPage } from '#src/understanding/understand.js';
import type { CommandContext } from './command.js';
import { pageOfSections, TASKS_PER_PAGE, type TaskSection } from './paging.js';
import type { Reply, ReplyBlock } from './reply.js';

/**
 * A reply listing tasks in sections, cut to one page for the channel. The next and
 * previous pages are the same message with "trang N", so paging works the same whether
 * the question was a slash command or free text.
 */
export function taskListReply(ctx: CommandContext, lead: ReplyBlock[], sections: TaskSection[], page: number): Reply {
  const paged = pageOfSections(sections, page, TASKS_PER_PAGE[ctx.message.sender.channel], ctx.today);
  const again = withoutPage(ctx.message.text);
  return {
    blocks: [...lead, ...paged.blocks],
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
