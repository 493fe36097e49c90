import type { ChatCommand } from '#src/conversation/command.js';
import { heading, reply, text } from '#src/chat/reply.js';
import { agencyOf, agencyProblemReply } from '#src/conversation/replies.js';
import { taskListReply } from '#src/conversation/task-list-reply.js';
import { overdueTasks, tasksConcerning } from '#src/conversation/task-queries.js';
import { mergerNote, tasksOfAgency } from '#src/conversation/agency-tasks.js';

export const quahan: ChatCommand = {
  name: 'quahan',
  aliases: ['trehan'],
  intent: 'overdue',
  description: 'Nhiệm vụ đã quá hạn mà chưa hoàn thành',
  usage: '/quahan [tên cơ quan]',
  examples: ['việc nào quá hạn', '/quahan STP'],
  needsTasks: true,
  handle(ctx, request) {
    const problem = agencyProblemReply(ctx, request, 'quahan');
    if (problem) return problem;
    const agency = agencyOf(ctx, request);
    const late = overdueTasks(tasksConcerning(ctx.snapshot, ctx.agencies, agency, ctx.today), ctx.today);
    // An agency merged in 2025 is answered by the one doing its work today, and the reply says so.
    const found = agency === null ? null : tasksOfAgency(ctx.snapshot, ctx.agencies, agency, ctx.today);
    const title = found ? `Nhiệm vụ quá hạn của ${found.agency}` : 'Nhiệm vụ quá hạn';
    const lead = [heading(title), ...(found && agency ? mergerNote(agency, found) : [])];
    if (late.length === 0) return reply(...lead, text('Không có nhiệm vụ nào quá hạn. Xin cảm ơn các đơn vị!'));
    return taskListReply(
      ctx,
      lead,
      [{ title: `Quá hạn, chưa hoàn thành (${late.length})`, tasks: late, empty: '' }],
      request.page,
    );
  },
};
