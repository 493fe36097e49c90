import { z } from 'zod';
import type { Task } from './task.js';

/**
 * The four customary buckets of Vietnamese task tracking. A task with no date
 * ("Thường xuyên") is never late, so it counts as in progress on time until done.
 */
export const Bucket = z.enum(['done_on_time', 'done_late', 'open_on_time', 'open_overdue']);
export type Bucket = z.infer<typeof Bucket>;

export const BUCKET_LABELS: Record<Bucket, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  open_on_time: 'Đang thực hiện trong hạn',
  open_overdue: 'Quá hạn chưa hoàn thành',
};

/** Which bucket a task falls in on `today` (ISO date, Asia/Ho_Chi_Minh). */
export function bucketOf(task: Pick<Task, 'status' | 'deadline' | 'completedAt'>, today: string): Bucket {
  if (task.status === 'done') {
    // A task marked done without a completion date is taken as done on time: the
    // coordinator saw it finished and nothing says it was late.
    if (!task.deadline || !task.completedAt) return 'done_on_time';
    return task.completedAt <= task.deadline ? 'done_on_time' : 'done_late';
  }
  if (task.deadline && task.deadline < today) return 'open_overdue';
  return 'open_on_time';
}

export interface BucketStats {
  counts: Record<Bucket, number>;
  total: number;
  /** Share of tasks that are or were late: (done late + overdue) / total, 0..1. */
  overdueRate: number;
}

export function bucketStats(tasks: readonly Task[], today: string): BucketStats {
  const counts: Record<Bucket, number> = { done_on_time: 0, done_late: 0, open_on_time: 0, open_overdue: 0 };
  for (const task of tasks) counts[bucketOf(task, today)] += 1;
  const total = tasks.length;
  const late = counts.done_late + counts.open_overdue;
  return { counts, total, overdueRate: total === 0 ? 0 : late / total };
}
