import { tasksOfAgency } from '#src/conversation/agency-tasks.js';
import type { ChatCommand } from '#src/conversation/command.js';
import { heading, reply, text, type ReplyBlock } from '#src/conversation/reply.js';
import { agencyOf, agencyProblemReply, emptySheetReply } from '#src/conversation/replies.js';
import { taskListReply } from '#src/conversation/task-list-reply.js';
import type { Task } from '#src/domain/task.js';

export const nhiemvu: ChatCommand = {
  name: 'nhiemvu',
  aliases: ['nv'],
  intent: 'tasks_of_agency',
  description: 'Nhiệm vụ của một cơ quan: chủ trì, phối hợp và nhiệm vụ giao chung',
  usage: '/nhiemvu <tên cơ quan>',
  examples: ['nhiệm vụ của Sở Tư pháp', '/nhiemvu STP'],
  handle(ctx, request) {
    if (ctx.snapshot.tasks.length === 0) return emptySheetReply();
    const problem = agencyProblemReply(ctx, request, 'nhiemvu');
    if (problem) return problem;
    const agency = agencyOf(ctx, request);
    if (agency === null) {
      return reply(text('Bạn muốn xem nhiệm vụ của cơ quan nào? Ví dụ: «/nhiemvu Sở Tư pháp» hoặc «nhiệm vụ của Sở Y tế».'));
    }
    // "còn việc gì chưa xong": the unfinished tasks only.
    const all = tasksOfAgency(ctx.snapshot, ctx.agencies, agency, ctx.today);
    const open = (tasks: readonly Task[]) => (request.openOnly ? tasks.filter((task) => task.status !== 'done') : [...tasks]);
    const found = {
      lead: open(all.lead),
      coordinating: open(all.coordinating),
      viaGroups: all.viaGroups.map(({ group, tasks }) => ({ group, tasks: open(tasks) })).filter(({ tasks }) => tasks.length > 0),
    };
    const lead: ReplyBlock[] = [heading(request.openOnly ? `Nhiệm vụ chưa hoàn thành của ${agency}` : `Nhiệm vụ của ${agency}`)];
    const successor = ctx.agencies.successorOf(agency);
    if (successor) lead.push(text(`Lưu ý: từ năm 2025, công việc của ${agency} do ${successor.name} đảm nhận.`));
    const total = found.lead.length + found.coordinating.length + found.viaGroups.reduce((n, g) => n + g.tasks.length, 0);
    if (total === 0 && request.openOnly && all.lead.length + all.coordinating.length + all.viaGroups.length > 0) {
      return reply(...lead, text(`${agency} đã hoàn thành mọi nhiệm vụ được giao trong các kế hoạch đã nhập. 🎉`));
    }
    if (total === 0) {
      return reply(...lead, text(`Hiện chưa có nhiệm vụ nào giao cho ${agency} trong các kế hoạch đã nhập.`));
    }
    return taskListReply(
      ctx,
      lead,
      [
        { title: `Chủ trì (${found.lead.length})`, tasks: found.lead, empty: 'Không có nhiệm vụ chủ trì.' },
        { title: `Phối hợp (${found.coordinating.length})`, tasks: found.coordinating, empty: 'Không có nhiệm vụ phối hợp.' },
        ...found.viaGroups.map(({ group, tasks }) => ({ title: `Giao chung cho «${group}» (${tasks.length})`, tasks, empty: '' })),
      ],
      request.page,
    );
  },
};
