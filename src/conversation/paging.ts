import type { Task } from '#src/domain/task.js';
import { taskLine } from './agency-tasks.js';
import type { Channel } from '#src/chat/message.js';
import type { ReplyBlock } from '#src/chat/reply.js';

/**
 * Long task lists are cut into pages sized for the channel: a Telegram message holds
 * 4,096 characters and a Zalo message 2,000. A task line is at most about 230 characters
 * (content and deadline are shortened), so a page count per channel keeps every page
 * under its limit with room for headings.
 */
export const TASKS_PER_PAGE: Record<Channel, number> = { console: 20, telegram: 14, zalo: 7 };

export interface TaskSection {
  title: string;
  tasks: readonly Task[];
  /** Shown when the section has no task at all; '' hides the section. */
  empty: string;
}

export interface Paged {
  blocks: ReplyBlock[];
  /** The tasks shown on this page, in order. */
  tasks: Task[];
  index: number;
  total: number;
}

/** The blocks of page `index` (1-based, clamped) of the given sections. */
export function pageOfSections(sections: readonly TaskSection[], index: number, perPage: number, today: string): Paged {
  const count = sections.reduce((n, s) => n + s.tasks.length, 0);
  const total = Math.max(1, Math.ceil(count / perPage));
  const page = Math.min(Math.max(1, Math.trunc(index) || 1), total);
  const from = (page - 1) * perPage;
  const to = from + perPage;
  const blocks: ReplyBlock[] = [];
  const shown: Task[] = [];
  let offset = 0;
  for (const section of sections) {
    const start = offset;
    offset += section.tasks.length;
    if (section.tasks.length === 0) {
      // Empty sections are worth a line on the first page only ("Không có nhiệm vụ phối hợp").
      if (page === 1 && section.empty !== '')
        blocks.push({ type: 'tasks', title: section.title, tasks: [], empty: section.empty });
      continue;
    }
    if (offset <= from || start >= to) continue;
    const slice = section.tasks.slice(Math.max(0, from - start), Math.min(section.tasks.length, to - start));
    const title = start < from ? `${section.title} (tiếp)` : section.title;
    blocks.push({ type: 'tasks', title, tasks: slice.map((task) => taskLine(task, today)), empty: '' });
    shown.push(...slice);
  }
  return { blocks, tasks: shown, index: page, total };
}
