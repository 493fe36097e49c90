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
  'extension_request',
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
  /** The deadline asked for by an extension request (YYYY-MM-DD), when one is said. */
  newDate: z.string().nullable().optional(),
  /**
   * The supporting agency whose part of the task an update reports («TN60-12 phần Sở Y tế đã
   * xong»), when the message names one (rule «support-part»).
   */
  part: z.string().nullable().optional(),
});
export type Understanding = z.infer<typeof Understanding>;

/** What decided the intent: the trained model (with its score) or a named rule or veto. */
export const Why = z.object({
  by: z.enum(['model', 'rule']),
  /** The rule or veto that decided or overruled, by its id ("slash-command", "update-needs-task-and-status"). */
  rule: z.string().nullable(),
  /** The model's probability for the intent it chose, when the model ran. */
  score: z.number().nullable(),
  /** What the model read and what the rules read, when they differ. */
  modelIntent: Intent.nullable(),
  ruleIntent: Intent.nullable(),
});
export type Why = z.infer<typeof Why>;

/** `dondoc explain --json`: the understanding, whether the bot would ask before writing, and why. */
export const Explained = Understanding.extend({ confirm: z.boolean(), why: Why });
export type Explained = z.infer<typeof Explained>;

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
  /** An update the bot would ask about before writing it (not sure enough to write at once). */
  confirm: boolean;
  why: Why;
  /** An extension request's reason, as written ("vì chờ vốn"). */
  reason: string;
  newDate: string | null;
  /** Set when the message was a slash command. */
  command: string | null;
  /** The slash command's arguments as typed (page suffix removed). */
  args: string;
}
