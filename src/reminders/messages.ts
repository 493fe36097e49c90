import { taskLine } from '#src/conversation/agency-tasks.js';
import { heading, text, type Choice, type Reply, type ReplyBlock } from '#src/chat/reply.js';
import { formatDate } from '#src/domain/clock.js';
import type { Task } from '#src/domain/task.js';
import type { Due } from './milestones.js';

/** The Vietnamese wording of reminders and escalations; one message per recipient. */
export interface ReminderItem {
  task: Task;
  due: Due;
  /** The recipient speaks for a lead agency and may update the task (capnhat's rule). */
  canUpdate: boolean;
  /** Why this recipient hears of it when not as the lead: "giao chung cho Các sở, ban, ngành". */
  note: string | null;
}

/** Tasks listed in one message; the rest are counted, so a message never gets too long. */
export const MAX_LISTED = 15;
/** Tasks offered one-tap update buttons (two each). */
export const MAX_WITH_BUTTONS = 5;

const urgency = (item: ReminderItem): number =>
  item.due.kind === 'overdue'
    ? -1_000_000 - item.due.daysLate
    : item.due.workingDaysLeft * 10 + (item.due.daysBefore === 0 ? 0 : 1);

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Overdue first (longest first), then by working days left; keys computed once (long lists). */
export function sortItems(items: readonly ReminderItem[]): ReminderItem[] {
  const keyed = items.map((item) => ({ item, u: urgency(item), deadline: item.due.deadline, id: item.task.id }));
  keyed.sort((a, b) => a.u - b.u || order(a.deadline, b.deadline) || order(a.id, b.id));
  return keyed.map((k) => k.item);
}

function groupTitle(item: ReminderItem, today: string): string {
  const due = item.due;
  if (due.kind === 'overdue') return 'Quá hạn, chưa hoàn thành';
  if (due.workingDaysLeft === 0) {
    return due.deadline === today
      ? 'Đến hạn hôm nay'
      : 'Hạn rơi vào ngày nghỉ — hôm nay là ngày làm việc cuối cùng trước hạn';
  }
  return `Còn ${due.workingDaysLeft} ngày làm việc`;
}

function line(item: ReminderItem, today: string) {
  const base = taskLine({ ...item.task, deadline: item.due.deadline }, today);
  const notes = [
    ...(item.due.kind === 'overdue' ? [`quá hạn ${item.due.daysLate} ngày`] : []),
    ...(item.due.kind === 'before' && item.due.recurring ? ['báo cáo định kỳ'] : []),
    ...(item.note ? [item.note] : []),
  ];
  return { ...base, content: notes.length > 0 ? `${base.content} (${notes.join('; ')})` : base.content };
}

export function reminderReply(today: string, agencies: readonly string[], items: readonly ReminderItem[]): Reply {
  const sorted = sortItems(items);
  const listed = sorted.slice(0, MAX_LISTED);
  const blocks: ReplyBlock[] = [
    heading(`Nhắc việc ngày ${formatDate(today)}`),
    text(`Kính gửi đầu mối ${agencies.join(', ')}: ${sorted.length} nhiệm vụ cần chú ý.`),
  ];
  const groups = new Map<string, ReturnType<typeof line>[]>();
  for (const item of listed) {
    const title = groupTitle(item, today);
    groups.set(title, [...(groups.get(title) ?? []), line(item, today)]);
  }
  for (const [title, tasks] of groups)
    blocks.push({ type: 'tasks', title: `${title} (${tasks.length})`, tasks, empty: '' });
  if (sorted.length > listed.length) {
    blocks.push(text(`… và ${sorted.length - listed.length} nhiệm vụ khác. Gõ /quahan hoặc /sapden để xem đủ.`));
  }
  const updatable = listed.filter((item) => item.canUpdate).slice(0, MAX_WITH_BUTTONS);
  const choices: Choice[] = updatable.flatMap(({ task }) => [
    { label: `${task.id}: Hoàn thành`, value: `/capnhat ${task.id} hoàn thành` },
    { label: `${task.id}: Đang thực hiện`, value: `/capnhat ${task.id} đang thực hiện` },
  ]);
  blocks.push(
    text(
      choices.length > 0
        ? 'Chọn bên dưới để cập nhật nhanh, hoặc nhắn ví dụ «/capnhat <mã> đang thực hiện 60% <ghi chú>».'
        : 'Nhiệm vụ giao chung do cơ quan tổng hợp cập nhật; nếu có vướng mắc, xin báo điều phối viên.',
    ),
  );
  return choices.length > 0 ? { blocks, choices } : { blocks };
}

export interface EscalationItem {
  task: Task;
  agency: string;
  deadline: string;
  daysLate: number;
  unanswered: number;
}

export function escalationReply(today: string, items: readonly EscalationItem[]): Reply {
  const agencies = [...new Set(items.map((i) => i.agency))];
  const tasks = items.map((item) => {
    const base = taskLine({ ...item.task, deadline: item.deadline }, today);
    return {
      ...base,
      content: `${base.content} (${item.agency}; quá hạn ${item.daysLate} ngày, đã nhắc ${item.unanswered} lần chưa có cập nhật)`,
    };
  });
  return {
    blocks: [
      heading(`Nhiệm vụ quá hạn cần lãnh đạo quan tâm — ${formatDate(today)}`),
      text(`${agencies.join(', ')}: các nhiệm vụ dưới đây đã quá hạn và chưa được cập nhật sau nhiều lần nhắc.`),
      { type: 'tasks', title: `Quá hạn, chưa phản hồi (${tasks.length})`, tasks, empty: '' },
      text('Đầu mối cập nhật bằng «/capnhat <mã> <trạng thái>»; điều phối viên đã được báo trong bản tin tổng hợp.'),
    ],
  };
}
