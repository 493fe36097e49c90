import { formatDate } from '#src/domain/clock.js';
import type { ChatCommand } from '#src/conversation/command.js';
import { heading, reply, text } from '#src/chat/reply.js';
import { agencyOf, agencyProblemReply } from '#src/conversation/replies.js';
import { taskListReply } from '#src/conversation/task-list-reply.js';
import { dueWithin, tasksConcerning } from '#src/conversation/task-queries.js';
import { mergerNote, tasksOfAgency } from '#src/conversation/agency-tasks.js';

export const sapden: ChatCommand = {
  name: 'sapden',
  aliases: ['denhan'],
  intent: 'due_soon',
  description: 'Nhiệm vụ sắp đến hạn (mặc định 7 ngày tới)',
  usage: '/sapden [số ngày] [tên cơ quan]',
  examples: ['tuần này có việc gì đến hạn', '/sapden 14'],
  needsTasks: true,
  handle(ctx, request) {
    const problem = agencyProblemReply(ctx, request, 'sapden');
    if (problem) return problem;
    const agency = agencyOf(ctx, request);
    const period = request.period ?? { from: ctx.today, to: ctx.today };
    const due = dueWithin(
      tasksConcerning(ctx.snapshot, ctx.agencies, agency, ctx.today),
      period,
      ctx.snapshot.planEnds,
    );
    const range =
      period.from === period.to
        ? `ngày ${formatDate(period.from)}`
        : `từ ${formatDate(period.from)} đến ${formatDate(period.to)}`;
    // An agency merged in 2025 is answered by the one doing its work today, and the reply says so.
    const found = agency === null ? null : tasksOfAgency(ctx.snapshot, ctx.agencies, agency, ctx.today);
    const title = `Nhiệm vụ đến hạn ${range}${found ? ` của ${found.agency}` : ''}`;
    const lead = [heading(title), ...(found && agency ? mergerNote(agency, found) : [])];
    if (due.length === 0)
      return reply(...lead, text('Không có nhiệm vụ nào chưa hoàn thành đến hạn trong khoảng này.'));
    return taskListReply(ctx, lead, [{ title: `Sắp đến hạn (${due.length})`, tasks: due, empty: '' }], request.page);
  },
};
