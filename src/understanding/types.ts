import { z } from 'zod';
import { TaskStatus } from '#src/domain/status.js';

export const Intent = z.enum([
  'tasks_of_agency',
  'overdue',
  'due_soon',
  'task_detail',
  'status_update',
  'stats',
  'register',
  'subscribe',
  'help',
  'unknown',
]);
export type Intent = z.infer<typeof Intent>;

export const Period = z.object({ from: z.string(), to: z.string() });
export type Period = z.infer<typeof Period>;

/**
 * How the bot understood one message: the contract of `dondoc explain --json`. Nothing is
 * acted on here; the conversation decides what to do with it.
 */
export const Understanding = z.object({
  intent: Intent,
  /** Canonical directory name of the agency the message is about. */
  agency: z.string().nullable(),
  /** A full task ID ("TN60-05") or the number of a partial reference ("5", "05"). */
  taskRef: z.string().nullable(),
  status: TaskStatus.nullable(),
  progress: z.number().int().min(0).max(100).nullable(),
  period: Period.nullable(),
});
export type Understanding = z.infer<typeof Understanding>;

/** What the conversation needs beyond the contract: the words it should quote back. */
export interface Parsed extends Understanding {
  /** The agency as the user wrote it, when it was not found in the directory. */
  agencyText: string | null;
  /** An agency name that fits several agencies, or none: the conversation asks. */
  agencyProblem: 'ambiguous' | 'unknown' | null;
  /** The free text of an update after the task reference (the note to keep). */
  note: string;
  /** The status came from shorthand that may mean something else: confirm before writing. */
  uncertain: boolean;
  /** "trang N" asked for in a paged answer. */
  page: number;
  /** Only the unfinished tasks were asked for ("còn việc gì chưa xong"). */
  openOnly: boolean;
  /** Words to look for in task contents, when a task is asked for without its ID ("/xem dân vận khéo"). */
  query: string;
  /** A plan named by its number or code ("kế hoạch 60", "KH 24", "TN60"), for a list of its tasks. */
  plan: string | null;
  /** Set when the message was a slash command. */
  command: string | null;
  /** The slash command's arguments as typed (page suffix removed). */
  args: string;
}
