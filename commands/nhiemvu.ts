import { mergerNote, sortByUrgency, tasksOfAgency } from '#src/conversation/agency-tasks.js';
import type { ChatCommand, CommandContext } from '#src/conversation/command.js';
import { heading, reply, text, type Reply, type ReplyBlock } from '#src/chat/reply.js';
import { agencyOf, agencyProblemReply } from '#src/conversation/replies.js';
import { taskListReply } from '#src/conversation/task-list-reply.js';
import type { Plan } from '#src/domain/plan.js';
import type { Task } from '#src/domain/task.js';

export const nhiemvu: ChatCommand = {
  name: 'nhiemvu',
  aliases: ['nv'],
  intent: 'tasks_of_agency',
  description: 'Nhiệm vụ của một cơ quan: chủ trì, phối hợp và nhiệm vụ giao chung',
  usage: '/nhiemvu <tên cơ quan>',
  examples: ['nhiệm vụ của Sở Tư pháp', '/nhiemvu STP'],
  needsTasks: true,
  handle(ctx, request) {
    const problem = agencyProblemReply(ctx, request, 'nhiemvu');
    if (problem) return problem;
    const agency = agencyOf(ctx, request);
    if (agency === null && request.plan !== null)
      return planTasksReply(ctx, request.plan, request.openOnly, request.page);
    if (agency === null) {
      return reply(
        text('Bạn muốn xem nhiệm vụ của cơ quan nào? Ví dụ: «/nhiemvu Sở Tư pháp» hoặc «nhiệm vụ của Sở Y tế».'),
      );
    }
    // "còn việc gì chưa xong": the unfinished tasks only.
    const all = tasksOfAgency(ctx.snapshot, ctx.agencies, agency, ctx.today);
    const open = (tasks: readonly Task[]) =>
      request.openOnly ? tasks.filter((task) => task.status !== 'done') : [...tasks];
    const found = {
      lead: open(all.lead),
      coordinating: open(all.coordinating),
      viaGroups: all.viaGroups
        .map(({ group, tasks }) => ({ group, tasks: open(tasks) }))
        .filter(({ tasks }) => tasks.length > 0),
    };
    const lead: ReplyBlock[] = [
      heading(request.openOnly ? `Nhiệm vụ chưa hoàn thành của ${all.agency}` : `Nhiệm vụ của ${all.agency}`),
      ...mergerNote(agency, all),
    ];
    const total =
      found.lead.length + found.coordinating.length + found.viaGroups.reduce((n, g) => n + g.tasks.length, 0);
    if (total === 0 && request.openOnly && all.lead.length + all.coordinating.length + all.viaGroups.length > 0) {
      return reply(...lead, text(`${all.agency} đã hoàn thành mọi nhiệm vụ được giao trong các kế hoạch đã nhập. 🎉`));
    }
    if (total === 0) {
      return reply(...lead, text(`Hiện chưa có nhiệm vụ nào giao cho ${all.agency} trong các kế hoạch đã nhập.`));
    }
    return taskListReply(
      ctx,
      lead,
      [
        { title: `Chủ trì (${found.lead.length})`, tasks: found.lead, empty: 'Không có nhiệm vụ chủ trì.' },
        {
          title: `Phối hợp (${found.coordinating.length})`,
          tasks: found.coordinating,
          empty: 'Không có nhiệm vụ phối hợp.',
        },
        ...found.viaGroups.map(({ group, tasks }) => ({
          title: `Giao chung cho «${group}» (${tasks.length})`,
          tasks,
          empty: '',
        })),
      ],
      request.page,
    );
  },
};

/** The plans a number names: "60" is 60/KH-UBND, or the plan coded TN60. */
function plansNamed(plans: readonly Plan[], number: string): Plan[] {
  const n = String(Number(number));
  return plans.filter(
    (plan) => String(Number(plan.number.split('/')[0])) === n || new RegExp(`^[A-Z]+${n}$`, 'i').test(plan.key),
  );
}

/** "kế hoạch 60 có những việc gì": the tasks of that plan, most urgent first. */
function planTasksReply(ctx: CommandContext, number: string, openOnly: boolean, page: number): Reply {
  const plans = plansNamed(ctx.snapshot.plans, number);
  if (plans.length === 0) {
    const known = ctx.snapshot.plans.map((plan) => plan.number || plan.key).join(', ');
    return reply(text(`Không tìm thấy kế hoạch số ${number} trong các kế hoạch đã nhập${known ? ` (${known})` : ''}.`));
  }
  const sections = plans.map((plan) => {
    const tasks = sortByUrgency(
      ctx.snapshot.tasks.filter((task) => task.planKey === plan.key && (!openOnly || task.status !== 'done')),
      ctx.today,
    );
    return { title: `Kế hoạch ${plan.number || plan.key} (${tasks.length})`, tasks, empty: 'Không có nhiệm vụ nào.' };
  });
  const lead: ReplyBlock[] = [
    heading(`${openOnly ? 'Nhiệm vụ chưa hoàn thành' : 'Nhiệm vụ'} của kế hoạch số ${number}`),
  ];
  for (const plan of plans) if (plan.title) lead.push(text(`${plan.number || plan.key}: ${plan.title}`));
  return taskListReply(ctx, lead, sections, page);
}
