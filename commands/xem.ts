import type { ChatCommand, CommandContext } from '#src/conversation/command.js';
import { heading, reply, text, type Reply } from '#src/chat/reply.js';
import { agencyOf } from '#src/conversation/replies.js';
import { taskLine } from '#src/conversation/agency-tasks.js';
import { findTask, tasksConcerning } from '#src/conversation/task-queries.js';
import { searchTasks } from '#src/conversation/task-search.js';
import { extensionLines } from '#src/conversation/extensions.js';
import { formatDate } from '#src/domain/clock.js';
import { describeEvidence } from '#src/domain/evidence.js';
import { STATUS_LABELS } from '#src/domain/status.js';
import type { Task } from '#src/domain/task.js';
import { shorten } from '#src/domain/text.js';
import { supportPartLines } from '#src/conversation/support-parts.js';
import { nudgeChoices } from '#src/conversation/support-nudge.js';

const KIND: Record<Task['kind'], string> = { task: 'Nhiệm vụ', report: 'Báo cáo định kỳ', request: 'Đề nghị phối hợp' };

export const xem: ChatCommand = {
  name: 'xem',
  aliases: ['chitiet'],
  intent: 'task_detail',
  description: 'Xem chi tiết một nhiệm vụ theo mã',
  usage: '/xem <mã nhiệm vụ, hoặc vài chữ trong nội dung>',
  examples: ['/xem TN60-05', 'TN60-05 là việc gì', '/xem dân vận khéo'],
  needsTasks: true,
  handle(ctx, request) {
    if (request.taskRef === null && request.query !== '') return searchReply(ctx, request.query);
    if (request.taskRef === null) {
      return reply(
        text(
          'Bạn muốn xem nhiệm vụ nào? Gõ mã nhiệm vụ («/xem TN60-05») hoặc vài chữ trong nội dung («/xem dân vận khéo»).',
        ),
      );
    }
    const found = findTask(
      ctx.snapshot,
      request.taskRef,
      tasksConcerning(ctx.snapshot, ctx.agencies, agencyOf(ctx, request), ctx.today),
    );
    if (found.kind === 'missing')
      return reply(text(`Không tìm thấy nhiệm vụ «${request.taskRef}». Mã nhiệm vụ có dạng TN60-05.`));
    if (found.kind === 'ambiguous') {
      return {
        blocks: [text(`Có ${found.tasks.length} nhiệm vụ số ${request.taskRef}. Bạn muốn xem nhiệm vụ nào?`)],
        choices: found.tasks
          .slice(0, 6)
          .map((task) => ({ label: `${task.id}: ${shorten(task.content, 40)}`, value: `/xem ${task.id}` })),
      };
    }
    return taskDetail(ctx, found.task);
  },
};

export function taskDetail(ctx: CommandContext, task: Task): Reply {
  const plan = ctx.snapshot.plans.find((p) => p.key === task.planKey);
  const lines = [
    plan
      ? `Kế hoạch: ${plan.number !== '' ? `số ${plan.number}` : plan.key} — ${plan.title}`
      : `Kế hoạch: ${task.planKey}`,
    `Nội dung: ${task.content}`,
    `Chủ trì: ${task.lead.join('; ') || '—'}`,
    ...(task.coordinating.length > 0 ? [`Phối hợp: ${task.coordinating.join('; ')}`] : []),
    ...supportPartLines(ctx, task),
    `Thời hạn: ${task.deadlineText || '—'}${task.deadline ? ` (hạn xử lý ${formatDate(task.deadline)}${task.status !== 'done' && task.deadline < ctx.today ? ', đã quá hạn' : ''})` : ''}`,
    ...(task.recurrence !== '' ? [`Định kỳ: ${task.recurrence}`] : []),
    ...extensionLines(task),
    `Trạng thái: ${STATUS_LABELS[task.status]}${task.progress !== null ? ` — tiến độ ${task.progress}%` : ''}`,
    ...(task.lastUpdate !== ''
      ? [
          `Cập nhật gần nhất: ${task.lastUpdate}${task.updatedAt ? ` (${task.updatedAt}${task.updatedBy ? `, ${task.updatedBy}` : ''})` : ''}`,
        ]
      : []),
    ...(task.completedAt ? [`Ngày hoàn thành: ${formatDate(task.completedAt)}`] : []),
    ...(task.confirmation !== '' ? [`Xác nhận: ${task.confirmation}`] : []),
    ...(task.note !== '' ? [`Ghi chú: ${task.note}`] : []),
    ...((evidence) => (evidence.length > 0 ? ['Minh chứng:', ...evidence] : []))(describeEvidence(task.evidence ?? '')),
  ];
  return {
    blocks: [heading(`${KIND[task.kind]} ${task.id}`), text(lines.join('\n'))],
    choices: [{ label: 'Cập nhật tiến độ', value: `/capnhat ${task.id}` }, ...nudgeChoices(ctx, task)],
  };
}

/** The tasks whose content holds the words: one is shown at once, several are offered. */
function searchReply(ctx: CommandContext, query: string): Reply {
  const role = ctx.message.sender.role;
  const own =
    role.kind === 'focal'
      ? new Set(tasksConcerning(ctx.snapshot, ctx.agencies, role.agency, ctx.today))
      : new Set<Task>();
  const found = searchTasks(ctx.snapshot, query, own);
  const [only] = found;
  if (!only)
    return reply(
      text(
        `Không tìm thấy nhiệm vụ nào có nội dung «${query}». Bạn thử ít chữ hơn, hoặc gõ mã nhiệm vụ (ví dụ TN60-05).`,
      ),
    );
  if (found.length === 1) return taskDetail(ctx, only);
  return {
    blocks: [
      text(`Các nhiệm vụ gần với «${query}» nhất:`),
      {
        type: 'tasks',
        title: `Kết quả (${found.length})`,
        tasks: found.map((task) => taskLine(task, ctx.today)),
        empty: '',
      },
    ],
    choices: found.map((task) => ({ label: `Xem ${task.id}`, value: `/xem ${task.id}`, short: true })),
  };
}
