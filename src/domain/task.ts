import { z } from 'zod';
import { TaskStatus } from './status.js';

export const TaskKind = z.enum(['task', 'report', 'request']);
/** "request": a plan section beginning "Đề nghị ..." to a body the committee cannot order. */
export type TaskKind = z.infer<typeof TaskKind>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** One row of the Nhiệm vụ tab, as the core sees it. */
export const Task = z.object({
  id: z.string().min(1),
  planKey: z.string(),
  order: z.string(),
  kind: TaskKind,
  content: z.string(),
  lead: z.array(z.string()),
  coordinating: z.array(z.string()),
  deadlineText: z.string(),
  deadline: isoDate.nullable(),
  recurrence: z.string(),
  /** Expected output (Sản phẩm) when the plan names one; absent in sheets without the column. */
  product: z.string().optional(),
  /**
   * Deadline extensions (issue #17), absent in sheets without their columns: the plan's own
   * deadline kept at the first extension (Hạn ban đầu), how many were approved (Số lần gia
   * hạn) and the request waiting or last decided (Đề nghị gia hạn).
   */
  originalDeadline: isoDate.nullable().optional(),
  extensionCount: z.number().int().min(0).optional(),
  extensionRequest: z.string().optional(),
  /** Minh chứng: files and document numbers, one per line (src/domain/evidence.ts); absent without the column. */
  evidence: z.string().optional(),
  status: TaskStatus,
  progress: z.number().min(0).max(100).nullable(),
  lastUpdate: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  completedAt: isoDate.nullable(),
  confirmation: z.string(),
  note: z.string(),
  /**
   * The supporting agencies' parts (Tiến độ phối hợp, issue #17): one line per agency, see
   * support-parts.ts; absent in sheets without the column.
   */
  supportProgress: z.string().optional(),
});
export type Task = z.infer<typeof Task>;

/** The cells the bot may write on an existing task row (DESIGN.md: bot-owned cells). */
export const BOT_OWNED_FIELDS = [
  'status',
  'progress',
  'lastUpdate',
  'updatedAt',
  'updatedBy',
  'completedAt',
  // Written when a coordinator confirms or sends back a task through the bot.
  'confirmation',
  // Written on an extension request and its approval (src/conversation/extensions.ts); the
  // deadline only when a coordinator approved or made an extension.
  'extensionRequest',
  'deadline',
  'originalDeadline',
  'extensionCount',
  // Files and document numbers sent as evidence (src/conversation/evidence.ts).
  'evidence',
  // A supporting agency's report of its part (src/conversation/support-parts.ts); never the status.
  'supportProgress',
] as const;
export type BotOwnedField = (typeof BOT_OWNED_FIELDS)[number];

/** What a plan says about a task; the rest of a row starts empty and is filled by updates. */
export type PlannedTask = Pick<
  Task,
  | 'id'
  | 'planKey'
  | 'order'
  | 'kind'
  | 'content'
  | 'lead'
  | 'coordinating'
  | 'deadlineText'
  | 'deadline'
  | 'recurrence'
  | 'product'
>;

export function newTask(planned: PlannedTask): Task {
  return {
    ...planned,
    status: 'not_started',
    progress: null,
    lastUpdate: '',
    updatedAt: '',
    updatedBy: '',
    completedAt: null,
    confirmation: '',
    note: '',
  };
}
