import type { DateTime } from 'luxon';
import { bucketOf } from '#src/domain/buckets.js';
import type { Task } from '#src/domain/task.js';
import type { SentLogView } from '#src/state/reminder-log.js';
import type { Subscription } from '#src/state/subscriptions.js';
import { taskKey, type Snapshot } from '#src/store/snapshot.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { digestData, digestReply, type DigestData } from './digest.js';
import { COORDINATORS_KEY, escalationKey, type Escalation, type PlannedMessage } from './planner.js';
import type { ReminderPolicy } from './policy.js';
import { formatAddress, type Address } from '#src/chat/address.js';
import { coordinatorAddresses, isGroupAddress, type RecipientIndex } from './recipients.js';

/**
 * Who gets the weekly digest, once per ISO week each: the coordinators (with the agencies
 * lacking a focal point and the escalated tasks) and the groups subscribed with /theodoi.
 */
export interface DigestPlanInput {
  snapshot: Snapshot;
  agencies: AgencyLookup;
  now: DateTime;
  policy: ReminderPolicy;
  sent: SentLogView;
  subscriptions: readonly Subscription[];
  recipients: RecipientIndex;
  /** Escalations decided in this run, not yet in the log. */
  escalations?: readonly Escalation[];
  /** Tasks with a deadline extension waiting for a coordinator. */
  extensionsWaiting?: readonly string[];
}

export interface DigestPlan {
  week: string;
  data: DigestData;
  messages: PlannedMessage[];
}

export const digestKey = (now: DateTime): string => `digest:${now.toFormat("kkkk-'W'WW")}`;

/** Open overdue tasks escalated during their current unanswered streak (from the log). */
export function escalatedTasks(
  snapshot: Snapshot,
  agencies: AgencyLookup,
  today: string,
  sent: SentLogView,
): Array<{ task: Task; agency: string }> {
  const found: Array<{ task: Task; agency: string }> = [];
  for (const task of snapshot.tasks) {
    if (!task.deadline || bucketOf(task, today) !== 'open_overdue') continue;
    if (!sent.sent(taskKey(task.id), COORDINATORS_KEY, escalationKey(task, task.deadline))) continue;
    found.push({ task, agency: agencies.canonical(task.lead[0] ?? '') });
  }
  return found;
}

export function planDigest(input: DigestPlanInput): DigestPlan {
  const now = input.now.setZone(input.policy.zone);
  const today = now.toISODate() ?? '';
  const week = digestKey(now);
  const escalated = [
    ...escalatedTasks(input.snapshot, input.agencies, today, input.sent),
    ...(input.escalations ?? []).map(({ task, agency }) => ({ task, agency })),
  ];
  const data = digestData({
    snapshot: input.snapshot,
    agencies: input.agencies,
    today,
    recipients: input.recipients,
    escalated,
    ...(input.extensionsWaiting ? { extensionsWaiting: input.extensionsWaiting } : {}),
  });
  const title = `Bản tin tiến độ tuần — đến ngày ${today.split('-').reverse().join('/')}`;
  const messages: PlannedMessage[] = [];
  const seen = new Set<string>();
  const add = (to: Address, audience: 'coordinators' | 'everyone', group: boolean) => {
    const key = formatAddress(to);
    if (seen.has(key)) return;
    seen.add(key);
    if (input.sent.sent('', key, week)) return;
    messages.push({
      kind: 'digest',
      to,
      group,
      agencies: [],
      taskIds: [...data.mostOverdue, ...data.dueThisWeek].map((t) => t.id),
      reply: digestReply(data, audience, title),
      log: [{ taskId: '', recipient: key, milestone: week, kind: 'digest' }],
      chart: true,
    });
  };
  for (const address of coordinatorAddresses(input.policy.coordinators))
    add(address, 'coordinators', isGroupAddress(address));
  for (const s of input.subscriptions) {
    if (s.channel === 'telegram' || s.channel === 'zalo')
      add({ channel: s.channel, chatId: s.chatId }, 'everyone', true);
  }
  return { week, data, messages };
}
