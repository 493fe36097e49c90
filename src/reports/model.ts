import { bucketOf, type Bucket, type BucketStats } from '#src/domain/buckets.js';
import type { Plan } from '#src/domain/plan.js';
import type { Task } from '#src/domain/task.js';
import type { Snapshot } from '#src/store/snapshot.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { tasksConcerning } from '#src/conversation/task-queries.js';
import type { ReportPeriod } from './period.js';

/**
 * The one report model: the four buckets and the overdue rate at a cut-off date, overall,
 * per plan and per lead agency, the overdue tasks with their days late and the extended
 * tasks. The weekly digest, /baocao and the official Word and Excel reports all count
 * through `countBuckets`, so they never disagree: /baocao today is the report cut at today.
 *
 * Figures are cumulative at the cut-off (the end of the window, or today while the window
 * runs): every task of the plans issued by then, a task finished after the cut-off counted
 * as still open on that day. The window itself adds what happened inside it.
 */
export const NO_LEAD = '(Chưa rõ cơ quan chủ trì)';

export interface AgencyRow extends BucketStats {
  agency: string;
  /** Its tasks extended at least once (the buckets are judged against the approved deadline). */
  extended: number;
}

export interface PlanRow extends BucketStats {
  planKey: string;
  /** «60/KH-UBND ngày 02/04/2024», or the key when the Kế hoạch tab does not know the plan. */
  plan: Plan | null;
}

export interface OverdueTask {
  task: Task;
  daysLate: number;
}

export interface ExtendedTask {
  task: Task;
  count: number;
  originalDeadline: string | null;
}

export interface BucketCounts {
  overall: BucketStats;
  /** Tasks extended at least once; null when the sheet has no «Số lần gia hạn» column. */
  extendedCount: number | null;
  perAgency: AgencyRow[];
  perPlan: PlanRow[];
}

export interface ReportModel extends BucketCounts {
  period: ReportPeriod;
  /** The day the figures stand at: the window's end, or today while the window runs. */
  cutoff: string;
  /** False while the window has not ended (the figures are provisional). */
  complete: boolean;
  /** The agency the report is about (its tasks as lead, coordinating or via a group), or null. */
  scope: string | null;
  overdue: OverdueTask[];
  extended: ExtendedTask[];
  /** Whether the sheet keeps a count of extensions (column «Số lần gia hạn»). */
  extensionsTracked: boolean;
  /** Inside the window: tasks finished (on time / late) and tasks whose deadline fell in it. */
  inWindow: { doneOnTime: number; doneLate: number; due: number };
}

export interface ReportInput {
  snapshot: Snapshot;
  agencies: AgencyLookup;
  period: ReportPeriod;
  today: string;
  agency?: string | null;
}

const emptyCounts = (): Record<Bucket, number> => ({ done_on_time: 0, done_late: 0, open_on_time: 0, open_overdue: 0 });

export function withRate(counts: Record<Bucket, number>): BucketStats {
  const total = counts.done_on_time + counts.done_late + counts.open_on_time + counts.open_overdue;
  return { counts, total, overdueRate: total === 0 ? 0 : (counts.done_late + counts.open_overdue) / total };
}

/** The bucket of a task on `cutoff`: a task finished after that day was still open then. */
export function bucketAt(task: Pick<Task, 'status' | 'deadline' | 'completedAt'>, cutoff: string): Bucket {
  if (task.status === 'done' && task.completedAt !== null && task.completedAt > cutoff) {
    return task.deadline !== null && task.deadline < cutoff ? 'open_overdue' : 'open_on_time';
  }
  return bucketOf(task, cutoff);
}

/** The four buckets at `cutoff`, overall, per lead agency (most overdue first) and per plan. */
export function countBuckets(tasks: readonly Task[], cutoff: string, agencies: AgencyLookup): BucketCounts {
  const overall = emptyCounts();
  const byAgency = new Map<string, Record<Bucket, number>>();
  const byPlan = new Map<string, Record<Bucket, number>>();
  const extendedBy = new Map<string, number>();
  const add = (map: Map<string, Record<Bucket, number>>, key: string, bucket: Bucket) => {
    const counts = map.get(key) ?? emptyCounts();
    counts[bucket] += 1;
    map.set(key, counts);
  };
  for (const task of tasks) {
    const bucket = bucketAt(task, cutoff);
    overall[bucket] += 1;
    add(byPlan, task.planKey, bucket);
    const leads = new Set(task.lead.length > 0 ? task.lead.map((lead) => agencies.canonical(lead)) : [NO_LEAD]);
    for (const lead of leads) add(byAgency, lead, bucket);
    if ((task.extensionCount ?? 0) > 0) for (const lead of leads) extendedBy.set(lead, (extendedBy.get(lead) ?? 0) + 1);
  }
  const perAgency = [...byAgency]
    .map(([agency, counts]) => ({ agency, ...withRate(counts), extended: extendedBy.get(agency) ?? 0 }))
    .sort(
      (a, b) =>
        b.counts.open_overdue - a.counts.open_overdue || b.total - a.total || a.agency.localeCompare(b.agency, 'vi'),
    );
  const perPlan = [...byPlan]
    .map(([planKey, counts]) => ({ planKey, plan: null, ...withRate(counts) }))
    .sort((a, b) => a.planKey.localeCompare(b.planKey, 'vi'));
  const tracked = tasks.some((task) => task.extensionCount !== undefined);
  return { overall: withRate(overall), extendedCount: tracked ? extendedCount(tasks) : null, perAgency, perPlan };
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The extension columns (Số lần gia hạn, Hạn ban đầu: issue #17), read when the sheet has them;
 * otherwise the report says the sheet does not track extensions. Hạn xử lý holds the approved
 * deadline, so the buckets are judged against it.
 */
function extensionOf(task: Task): { count: number; originalDeadline: string | null } | null {
  if (task.extensionCount === undefined) return null;
  return { count: task.extensionCount, originalDeadline: task.originalDeadline ?? null };
}

/** Tasks extended at least once (an approved extension), among `tasks`. */
export function extendedCount(tasks: readonly Task[]): number {
  return tasks.filter((task) => (task.extensionCount ?? 0) > 0).length;
}

export function reportModel(input: ReportInput): ReportModel {
  const { snapshot, agencies, period, today } = input;
  const cutoff = today < period.to ? today : period.to;
  const scope = input.agency ?? null;
  // Plans issued after the cut-off did not exist on that day.
  const later = new Set(snapshot.plans.filter((p) => p.date !== null && p.date > cutoff).map((p) => p.key));
  const inScope = scope ? tasksConcerning(snapshot, agencies, scope, today) : snapshot.tasks;
  const tasks = later.size === 0 ? [...inScope] : inScope.filter((t) => !later.has(t.planKey));
  const counts = countBuckets(tasks, cutoff, agencies);
  const plans = new Map(snapshot.plans.map((plan) => [plan.key, plan]));
  const perPlan = counts.perPlan.map((row) => ({ ...row, plan: plans.get(row.planKey) ?? null }));

  const overdue: OverdueTask[] = [];
  const extended: ExtendedTask[] = [];
  const inWindow = { doneOnTime: 0, doneLate: 0, due: 0 };
  let extensionsTracked = false;
  for (const task of tasks) {
    const bucket = bucketAt(task, cutoff);
    if (bucket === 'open_overdue' && task.deadline)
      overdue.push({ task, daysLate: daysBetween(task.deadline, cutoff) });
    if (task.status === 'done' && task.completedAt && task.completedAt >= period.from && task.completedAt <= cutoff) {
      if (bucket === 'done_on_time') inWindow.doneOnTime += 1;
      else inWindow.doneLate += 1;
    }
    if (task.deadline && task.deadline >= period.from && task.deadline <= period.to) inWindow.due += 1;
    const extension = extensionOf(task);
    if (extension) {
      extensionsTracked = true;
      if (extension.count > 0)
        extended.push({ task, count: extension.count, originalDeadline: extension.originalDeadline });
    }
  }
  overdue.sort((a, b) => b.daysLate - a.daysLate || a.task.id.localeCompare(b.task.id));
  extended.sort((a, b) => b.count - a.count || a.task.id.localeCompare(b.task.id));
  return {
    period,
    cutoff,
    complete: today > period.to,
    scope,
    overall: counts.overall,
    extendedCount: counts.extendedCount,
    perAgency: counts.perAgency,
    perPlan,
    overdue,
    extended,
    extensionsTracked,
    inWindow,
  };
}
