import { DateTime } from 'luxon';
import type { Reply } from '#src/chat/reply.js';
import type { Task } from '#src/domain/task.js';
import type { WorkingCalendar } from '#src/domain/working-days.js';
import type { SentKind, SentLogView } from '#src/state/reminder-log.js';
import { taskKey, type Snapshot } from '#src/store/snapshot.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { dueOn, lastOverdueDays, newMilestoneCache, reminderDeadline, type Due } from './milestones.js';
import { escalationReply, reminderReply, sortItems, type EscalationItem, type ReminderItem } from './messages.js';
import type { ReminderPolicy } from './policy.js';
import { formatAddress, type Address } from '#src/chat/address.js';
import { isGroupAddress, recipientIndex, type Recipient, type RecipientIndex } from './recipients.js';

/**
 * The pure part of reminders: snapshot + instant + policy + sent log → the messages to
 * send now. Nothing here reads a clock, a database or the network.
 */
export interface PlannerInput {
  snapshot: Snapshot;
  agencies: AgencyLookup;
  /** The run's instant, in the policy's zone. */
  now: DateTime;
  policy: ReminderPolicy;
  calendar: WorkingCalendar;
  sent: SentLogView;
  /** Reused when the caller also builds the digest. */
  recipients?: RecipientIndex;
}

/** A log row to write once the message carrying it went out (sentAt added then). */
export interface LogKey {
  taskId: string;
  recipient: string;
  milestone: string;
  kind: SentKind;
}

export interface PlannedMessage {
  kind: 'reminder' | 'escalation' | 'digest';
  to: Address;
  /** Group chats have a tighter send limit (Telegram: 20 a minute). */
  group: boolean;
  agencies: string[];
  taskIds: string[];
  reply: Reply;
  log: LogKey[];
  /** Digest only: the chart goes out after the text where the channel shows pictures. */
  chart?: boolean;
}

export interface Unreachable {
  /** The lead agency with no focal point on any channel. */
  agency: string;
  taskIds: string[];
}

export interface Escalation extends EscalationItem {
  /** The log key of this unanswered streak: it ends when the task's Ngày cập nhật changes. */
  milestone: string;
}

export interface ReminderPlan {
  today: string;
  /** Reminders go out on working days only; null on a working day. */
  dayOff: string | null;
  messages: PlannedMessage[];
  unreachable: Unreachable[];
  escalations: Escalation[];
  /** Rows written whatever is sent: escalations noted for the coordinators' digest. */
  records: LogKey[];
}

export const COORDINATORS_KEY = 'coordinators';

/** "15/06/2024 09:30" (Ngày cập nhật) → epoch ms in the zone; -Infinity when empty or unreadable. */
export function updatedAtMillis(cell: string, zone: string): number {
  const text = cell.trim();
  if (text === '') return Number.NEGATIVE_INFINITY;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  const parsed = m
    ? DateTime.fromObject(
        {
          day: Number(m[1]),
          month: Number(m[2]),
          year: Number(m[3]),
          hour: Number(m[4] ?? 0),
          minute: Number(m[5] ?? 0),
          second: Number(m[6] ?? 0),
        },
        { zone },
      )
    : DateTime.fromISO(text, { zone });
  return parsed.isValid ? parsed.toMillis() : Number.NEGATIVE_INFINITY;
}

export const escalationKey = (task: Task, deadline: string): string =>
  `escalate:${deadline}:${task.updatedAt.trim() || '-'}`;

/** Distinct overdue steps reminded since the task's last update, the current step left out. */
export function unansweredSteps(task: Task, due: Due, sent: SentLogView, zone: string): number {
  const since = updatedAtMillis(task.updatedAt, zone);
  const prefix = `overdue:${due.deadline}:`;
  const steps = new Set<string>();
  for (const entry of sent.forTask(taskKey(task.id))) {
    if (entry.kind !== 'overdue' || !entry.milestone.startsWith(prefix) || entry.milestone === due.milestone) continue;
    if (Date.parse(entry.sentAt) > since) steps.add(entry.milestone);
  }
  return steps.size;
}

export function planReminders(input: PlannerInput): ReminderPlan {
  const { snapshot, policy, calendar, sent } = input;
  const today = input.now.setZone(policy.zone).toISODate() ?? '';
  const dayOff = calendar.dayOffReason(today);
  const plan: ReminderPlan = { today, dayOff, messages: [], unreachable: [], escalations: [], records: [] };
  if (dayOff !== null) return plan;

  const index = input.recipients ?? recipientIndex(snapshot, input.agencies);
  const cache = newMilestoneCache();
  const perRecipient = new Map<string, { to: Address; agencies: Set<string>; items: Map<string, ReminderItem> }>();
  const unreachable = new Map<string, string[]>();
  const perChat = new Map<string, { to: Address; items: Escalation[] }>();

  for (const task of snapshot.tasks) {
    if (task.status === 'done' || task.kind === 'request') continue;
    const target = reminderDeadline(task, today, cache, snapshot.planEnds.get(task.planKey) ?? null);
    const due = target && dueOn(target, today, calendar, policy, cache);
    if (!due) continue;
    const id = taskKey(task.id);
    const lastOverdue = due.kind === 'overdue' ? lastOverdueDays(sent.forTask(id), due.deadline) : null;
    let remindedNow = false;
    for (const lead of task.lead.length > 0 ? task.lead : ['']) {
      const found = index.forLead(lead);
      // One item per way of hearing of the task, shared by all recipients that way.
      const items: Record<Recipient['via'], ReminderItem> = {
        lead: { task, due, canUpdate: true, note: null },
        member: { task, due, canUpdate: false, note: `giao chung cho ${found.agency}` },
        successor: { task, due, canUpdate: false, note: `giao cho ${found.agency}, nay do cơ quan bạn đảm nhận` },
      };
      if (found.recipients.length === 0) {
        const label = found.agency || '(chưa rõ cơ quan chủ trì)';
        const list = unreachable.get(label);
        if (list) list.push(task.id);
        else unreachable.set(label, [task.id]);
        continue;
      }
      for (const recipient of found.recipients) {
        const key = recipient.key;
        if (sent.sent(id, key, due.milestone)) continue;
        // Overdue: every N working days after the last one this person got (a catch-up is followed by a pause).
        const last = lastOverdue?.get(key);
        if (last !== undefined && calendar.countBetween(last, today) < policy.overdueEvery) continue;
        remindedNow = true;
        let box = perRecipient.get(key);
        if (!box) perRecipient.set(key, (box = { to: recipient.address, agencies: new Set(), items: new Map() }));
        box.agencies.add(recipient.agency);
        const before = box.items.get(id);
        if (!before || (!before.canUpdate && recipient.via === 'lead')) box.items.set(id, items[recipient.via]);
      }
    }
    // Escalate with the reminder that follows the unanswered ones, not the day after them.
    if (due.kind !== 'overdue' || policy.escalateAfter <= 0 || !remindedNow) continue;
    const milestone = escalationKey(task, due.deadline);
    const noted = sent.sent(id, COORDINATORS_KEY, milestone);
    const unanswered = unansweredSteps(task, due, sent, policy.zone);
    if (unanswered < policy.escalateAfter) continue;
    for (const lead of task.lead) {
      const found = index.forLead(lead);
      const escalation: Escalation = {
        task,
        agency: found.agency,
        deadline: due.deadline,
        daysLate: due.daysLate,
        unanswered,
        milestone,
      };
      if (!noted) plan.escalations.push(escalation);
      // A group chat the escalation did not reach yet (a failed send is tried again).
      if (!found.groupChat) continue;
      const key = formatAddress(found.groupChat);
      if (sent.sent(id, key, milestone)) continue;
      const box = perChat.get(key) ?? { to: found.groupChat, items: [] };
      if (!box.items.some((e) => e.task === task)) box.items.push(escalation);
      perChat.set(key, box);
    }
    if (!noted) plan.records.push({ taskId: id, recipient: COORDINATORS_KEY, milestone, kind: 'escalation' });
  }

  for (const [key, box] of [...perRecipient].sort(([a], [b]) => a.localeCompare(b))) {
    const items = sortItems([...box.items.values()]);
    plan.messages.push({
      kind: 'reminder',
      to: box.to,
      group: isGroupAddress(box.to),
      agencies: [...box.agencies],
      taskIds: items.map((item) => item.task.id),
      reply: reminderReply(today, [...box.agencies], items),
      log: items.map((item) => ({
        taskId: taskKey(item.task.id),
        recipient: key,
        milestone: item.due.milestone,
        kind: item.due.kind,
      })),
    });
  }
  for (const [key, box] of [...perChat].sort(([a], [b]) => a.localeCompare(b))) {
    plan.messages.push({
      kind: 'escalation',
      to: box.to,
      group: true,
      agencies: [...new Set(box.items.map((e) => e.agency))],
      taskIds: box.items.map((e) => e.task.id),
      reply: escalationReply(today, box.items),
      log: box.items.map((e) => ({
        taskId: taskKey(e.task.id),
        recipient: key,
        milestone: e.milestone,
        kind: 'escalation',
      })),
    });
  }
  plan.unreachable = [...unreachable]
    .map(([agency, taskIds]) => ({ agency, taskIds }))
    .sort((a, b) => a.agency.localeCompare(b.agency, 'vi'));
  return plan;
}
