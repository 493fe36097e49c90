import { DateTime } from 'luxon';
import { taskLine } from '#src/conversation/agency-tasks.js';
import { heading, text, type Reply, type ReplyBlock } from '#src/chat/reply.js';
import { dueWithin, tasksConcerning } from '#src/conversation/task-queries.js';
import { BUCKET_LABELS, type Bucket, type BucketStats } from '#src/domain/buckets.js';
import { formatDate, VN_ZONE } from '#src/domain/clock.js';
import type { Task } from '#src/domain/task.js';
import type { Snapshot } from '#src/store/snapshot.js';
import type { TemplateTab } from '#src/store/template.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { bucketAt, countBuckets, type AgencyRow } from '#src/reports/model.js';
import type { RecipientIndex } from './recipients.js';

/**
 * The weekly digest (and /baocao): the four buckets and the overdue rate, per lead agency,
 * the five most overdue tasks, what falls due this week, and for coordinators the agencies
 * without a focal point and the tasks escalated after unanswered reminders.
 */
export type { AgencyRow } from '#src/reports/model.js';

export interface DigestData {
  today: string;
  weekEnd: string;
  /** The agency asked about (/baocao <cơ quan>), or null for everything. */
  scope: string | null;
  overall: BucketStats;
  /** Tasks extended at least once; null when the sheet does not track extensions. */
  extended: number | null;
  /** Per lead agency, most open overdue first. */
  perAgency: AgencyRow[];
  mostOverdue: Task[];
  dueThisWeek: Task[];
  noFocal: Array<{ agency: string; open: number }>;
  escalated: Array<{ task: Task; agency: string }>;
  /** Tasks with a deadline extension waiting for a coordinator (told to coordinators only). */
  extensionsWaiting: string[];
}

export interface DigestInput {
  snapshot: Snapshot;
  agencies: AgencyLookup;
  today: string;
  recipients: RecipientIndex;
  escalated?: ReadonlyArray<{ task: Task; agency: string }>;
  extensionsWaiting?: readonly string[];
  agency?: string | null;
}

export { NO_LEAD } from '#src/reports/model.js';
const TOTAL_ROW = 'Tổng cộng (mọi nhiệm vụ)';

export const percent = (value: number): string => `${Math.round(value * 1000) / 10}%`.replace('.', ',');

export function digestData(input: DigestInput): DigestData {
  const { snapshot, agencies, today } = input;
  const scope = input.agency ?? null;
  const tasks = scope ? tasksConcerning(snapshot, agencies, scope, today) : snapshot.tasks;
  // The same counting as the official report (src/reports/model.ts), cut at today.
  const { overall, perAgency, extendedCount } = countBuckets(tasks, today, agencies);
  const noFocal = new Map<string, number>();
  for (const task of tasks) {
    if (task.status === 'done' || task.kind === 'request') continue;
    for (const lead of task.lead) {
      if (input.recipients.forLead(lead).recipients.length > 0) continue;
      const name = agencies.canonical(lead);
      noFocal.set(name, (noFocal.get(name) ?? 0) + 1);
    }
  }
  const mostOverdue = tasks
    .filter((t) => bucketAt(t, today) === 'open_overdue')
    .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '') || a.id.localeCompare(b.id))
    .slice(0, 5);
  const weekEnd = DateTime.fromISO(today, { zone: VN_ZONE }).endOf('week').toISODate() ?? today;
  const seen = new Set<Task>();
  const escalated = (input.escalated ?? []).filter(
    ({ task }) => !seen.has(task) && seen.add(task) && tasks.includes(task),
  );
  return {
    today,
    weekEnd,
    scope,
    overall,
    extended: extendedCount,
    perAgency,
    mostOverdue,
    dueThisWeek: dueWithin(tasks, { from: today, to: weekEnd }, snapshot.planEnds),
    noFocal: [...noFocal]
      .map(([agency, open]) => ({ agency, open }))
      .sort((a, b) => b.open - a.open || a.agency.localeCompare(b.agency, 'vi')),
    escalated,
    extensionsWaiting: [...(input.extensionsWaiting ?? [])],
  };
}

export function summaryText(stats: BucketStats): string {
  return [
    `Tổng số: ${stats.total} nhiệm vụ`,
    ...(Object.keys(BUCKET_LABELS) as Bucket[]).map((bucket) => `• ${BUCKET_LABELS[bucket]}: ${stats.counts[bucket]}`),
    `Tỷ lệ quá hạn: ${percent(stats.overdueRate)}`,
  ].join('\n');
}

const AGENCIES_IN_CHAT = 10;
const LISTED = 10;

export function digestReply(data: DigestData, audience: 'coordinators' | 'everyone', title?: string): Reply {
  const today = data.today;
  const blocks: ReplyBlock[] = [
    heading(title ?? `Tình hình thực hiện${data.scope ? ` của ${data.scope}` : ''} đến ngày ${formatDate(today)}`),
    text(summaryText(data.overall)),
  ];
  if (data.extended !== null)
    blocks.push(
      text(`Được gia hạn: ${data.extended} nhiệm vụ. Các nhóm trên tính theo hạn xử lý đã được duyệt gia hạn.`),
    );
  if (!data.scope && data.perAgency.length > 0) {
    const rows = data.perAgency
      .slice(0, AGENCIES_IN_CHAT)
      .map(
        ({ agency, counts, total, overdueRate }) =>
          `• ${agency}: ${total} việc — ${counts.done_on_time} đúng hạn, ${counts.done_late} trễ hạn, ${counts.open_on_time} trong hạn, ${counts.open_overdue} quá hạn (${percent(overdueRate)})`,
      );
    const more = data.perAgency.length - rows.length;
    blocks.push(
      text(
        `Theo cơ quan chủ trì (nhiều việc quá hạn nhất trước):\n${rows.join('\n')}${more > 0 ? `\n… và ${more} cơ quan khác (xem trang Tổng hợp).` : ''}`,
      ),
    );
  }
  blocks.push({
    type: 'tasks',
    title: `${data.mostOverdue.length} nhiệm vụ quá hạn lâu nhất`,
    tasks: data.mostOverdue.map((t) => taskLine(t, today)),
    empty: 'Không có nhiệm vụ nào quá hạn.',
  });
  const due = data.dueThisWeek;
  blocks.push({
    type: 'tasks',
    title: `Đến hạn trong tuần (${formatDate(today)} – ${formatDate(data.weekEnd)}): ${due.length}`,
    tasks: due.slice(0, LISTED).map((t) => taskLine(t, today)),
    empty: 'Không có nhiệm vụ nào chưa hoàn thành đến hạn trong tuần.',
  });
  if (due.length > LISTED)
    blocks.push(text(`… và ${due.length - LISTED} nhiệm vụ khác; gõ «/sapden tuần này» để xem đủ.`));
  if (audience === 'coordinators' && !data.scope) {
    const waiting = data.extensionsWaiting;
    if (waiting.length > 0)
      blocks.push(
        text(
          `Đề nghị gia hạn chờ duyệt (${waiting.length}): ${waiting.slice(0, 10).join(', ')}${waiting.length > 10 ? ', …' : ''}. Gõ /duyet để xem và quyết định.`,
        ),
      );
    if (data.noFocal.length > 0) {
      const names = data.noFocal.slice(0, 15).map(({ agency, open }) => `${agency} (${open} việc đang mở)`);
      const more = data.noFocal.length - names.length;
      blocks.push(
        text(
          `Cơ quan chưa có đầu mối nhận nhắc việc (${data.noFocal.length}): ${names.join('; ')}${more > 0 ? `; … và ${more} cơ quan khác` : ''}. ` +
            'Đầu mối đăng ký bằng «/dangky <tên cơ quan>», hoặc điều phối viên ghi vào trang Cơ quan.',
        ),
      );
    }
    if (data.escalated.length > 0) {
      blocks.push({
        type: 'tasks',
        title: `Đã nhắc nhiều lần chưa có cập nhật (${data.escalated.length})`,
        tasks: data.escalated.slice(0, LISTED).map(({ task, agency }) => {
          const line = taskLine(task, today);
          return { ...line, content: `${line.content} (${agency})` };
        }),
        empty: '',
      });
    }
  }
  return { blocks };
}

/** The Tổng hợp tab: a total row, then one row per lead agency, cells by header. */
export function summaryRows(data: DigestData, tab: TemplateTab, updatedAt: string): Array<Record<string, string>> {
  const header = (key: string) => tab.columns.find((c) => c.key === key)?.header ?? key;
  const row = (agency: string, stats: BucketStats, extended: number | null) => ({
    [header('agency')]: agency,
    [header('total')]: String(stats.total),
    [header('doneOnTime')]: String(stats.counts.done_on_time),
    [header('doneLate')]: String(stats.counts.done_late),
    [header('openOnTime')]: String(stats.counts.open_on_time),
    [header('openOverdue')]: String(stats.counts.open_overdue),
    [header('overdueRate')]: percent(stats.overdueRate),
    [header('updatedAt')]: updatedAt,
    [header('extended')]: extended === null ? '' : String(extended),
  });
  const tracked = data.extended !== null;
  return [
    row(TOTAL_ROW, data.overall, data.extended),
    ...data.perAgency.map((a) => row(a.agency, a, tracked ? a.extended : null)),
  ];
}
