import type { ChatCommand } from '#src/conversation/command.js';
import { agencyOf, agencyProblemReply } from '#src/conversation/replies.js';
import { escalatedTasks } from '#src/reminders/digest-plan.js';
import { digestData, digestReply } from '#src/reminders/digest.js';
import { COORDINATORS_KEY } from '#src/reminders/planner.js';
import { recipientIndex } from '#src/reminders/recipients.js';

/**
 * The weekly digest on demand: the same builder as the Monday digest (src/reminders/digest.ts).
 * Coordinators also see the agencies without a focal point and the escalated tasks.
 */
export const baocao: ChatCommand = {
  name: 'baocao',
  aliases: ['thongke'],
  intent: 'stats',
  description: 'Thống kê: hoàn thành đúng hạn, quá hạn, đang thực hiện, tỷ lệ quá hạn',
  usage: '/baocao [tên cơ quan]',
  examples: ['/baocao', 'tỷ lệ quá hạn của Sở Tư pháp'],
  needsTasks: true,
  handle(ctx, request) {
    const problem = agencyProblemReply(ctx, request, 'baocao');
    if (problem) return problem;
    const agency = agencyOf(ctx, request);
    const coordinator = ctx.message.sender.role.kind === 'coordinator';
    const escalated =
      coordinator && !agency
        ? escalatedTasks(ctx.snapshot, ctx.agencies, ctx.today, ctx.state.reminderLog.view(COORDINATORS_KEY))
        : [];
    const data = digestData({
      snapshot: ctx.snapshot,
      agencies: ctx.agencies,
      today: ctx.today,
      recipients: recipientIndex(ctx.snapshot, ctx.agencies),
      escalated,
      agency,
      ...(coordinator && !agency
        ? { extensionsWaiting: ctx.state.extensionRequests.pending().map((request) => request.taskId) }
        : {}),
    });
    const answer = digestReply(data, coordinator ? 'coordinators' : 'everyone');
    if (!ctx.documents) return answer;
    // The same figures as an official report file (src/reports/), for the month holding today.
    const scope = agency ? ` ${agency}` : '';
    return {
      ...answer,
      choices: [
        ...(answer.choices ?? []),
        { label: 'Tải báo cáo (Word)', value: `/taibaocao word${scope}`, short: true },
        { label: 'Tải báo cáo (Excel)', value: `/taibaocao excel${scope}`, short: true },
      ],
    };
  },
};
