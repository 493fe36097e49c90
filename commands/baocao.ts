import type { ChatCommand } from '#src/conversation/command.js';
import { heading, reply, text } from '#src/conversation/reply.js';
import { agencyOf, agencyProblemReply, emptySheetReply } from '#src/conversation/replies.js';
import { tasksConcerning } from '#src/conversation/task-queries.js';
import { BUCKET_LABELS, bucketStats, type BucketStats } from '#src/domain/buckets.js';
import { formatDate } from '#src/domain/clock.js';
import type { Task } from '#src/domain/task.js';

const percent = (value: number) => `${Math.round(value * 1000) / 10}%`.replace('.', ',');

function summary(stats: BucketStats): string {
  return [
    `Tổng số: ${stats.total} nhiệm vụ`,
    `• ${BUCKET_LABELS.done_on_time}: ${stats.counts.done_on_time}`,
    `• ${BUCKET_LABELS.done_late}: ${stats.counts.done_late}`,
    `• ${BUCKET_LABELS.open_on_time}: ${stats.counts.open_on_time}`,
    `• ${BUCKET_LABELS.open_overdue}: ${stats.counts.open_overdue}`,
    `Tỷ lệ quá hạn: ${percent(stats.overdueRate)}`,
  ].join('\n');
}

export const baocao: ChatCommand = {
  name: 'baocao',
  aliases: ['thongke'],
  intent: 'stats',
  description: 'Thống kê: hoàn thành đúng hạn, quá hạn, đang thực hiện, tỷ lệ quá hạn',
  usage: '/baocao [tên cơ quan]',
  examples: ['/baocao', 'tỷ lệ quá hạn của Sở Tư pháp'],
  handle(ctx, request) {
    if (ctx.snapshot.tasks.length === 0) return emptySheetReply();
    const problem = agencyProblemReply(ctx, request, 'baocao');
    if (problem) return problem;
    const agency = agencyOf(ctx, request);
    const tasks = tasksConcerning(ctx.snapshot, ctx.agencies, agency, ctx.today);
    const title = `Tình hình thực hiện${agency ? ` của ${agency}` : ''} đến ngày ${formatDate(ctx.today)}`;
    if (agency) return reply(heading(title), text(summary(bucketStats(tasks, ctx.today))));

    // Per lead agency, the most overdue first: what a leader reads in thirty seconds.
    const byLead = new Map<string, Task[]>();
    for (const task of tasks) {
      for (const name of new Set(task.lead.map((lead) => ctx.agencies.canonical(lead)))) {
        const list = byLead.get(name);
        if (list) list.push(task);
        else byLead.set(name, [task]);
      }
    }
    const rows = [...byLead]
      .map(([name, list]) => ({ name, stats: bucketStats(list, ctx.today) }))
      .sort((a, b) => b.stats.counts.open_overdue - a.stats.counts.open_overdue || b.stats.total - a.stats.total)
      .slice(0, 10)
      .map(
        ({ name, stats }) =>
          `• ${name}: ${stats.total} việc — ${stats.counts.done_on_time + stats.counts.done_late} đã xong, ${stats.counts.open_overdue} quá hạn (${percent(stats.overdueRate)})`,
      );
    return reply(heading(title), text(summary(bucketStats(tasks, ctx.today))), text(`Theo cơ quan chủ trì (nhiều việc quá hạn nhất trước):\n${rows.join('\n')}`));
  },
};
