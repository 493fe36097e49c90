import { z } from 'zod';

/** Task status as the core knows it; the sheet shows the Vietnamese labels below. */
export const TaskStatus = z.enum(['not_started', 'in_progress', 'blocked', 'done']);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  blocked: 'Vướng mắc',
  done: 'Hoàn thành',
};

export const STATUS_VALUES: readonly TaskStatus[] = TaskStatus.options;
