import { fold } from '../domain/text.js';
import { assignIds } from './ids.js';
import type { ExtractedPlan, ExtractedTask } from './types.js';

/**
 * Re-importing a plan (the same file, or an edited copy) against the tasks already
 * stored. Pure: it only says what differs. Tasks are matched by ID — the same plan gives
 * the same IDs, and `alignIds` first hands back stored IDs to recognised tasks so that an
 * inserted row does not shift the others' IDs. Changed rows are reported, never overwritten;
 * a task already stored is never added again.
 */

export interface ExistingTask {
  id: string;
  content: string;
  lead: string[];
  coordinating: string[];
  deadlineText: string;
  order?: string;
}

/** The fields compared, with the Vietnamese names the preview shows. */
export const COMPARED_FIELDS = {
  content: 'nội dung',
  lead: 'cơ quan chủ trì',
  coordinating: 'cơ quan phối hợp',
  deadlineText: 'thời hạn',
} as const;
export type ComparedField = keyof typeof COMPARED_FIELDS;

export interface ImportDiff {
  /** Every extracted task, in document order, with the IDs to use (aligned with the stored ones). */
  tasks: ExtractedTask[];
  added: ExtractedTask[];
  unchanged: ExtractedTask[];
  changed: Array<{ task: ExtractedTask; fields: ComparedField[] }>;
  /** IDs stored but no longer in the document (kept in the sheet; the user decides). */
  missing: string[];
}

const same = (a: string, b: string): boolean => fold(a) === fold(b);
const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => same(x, b[i] ?? ''));

/**
 * What a re-import would change. The extracted tasks are first aligned with the stored
 * ones (`alignIds`), so the tasks returned carry the IDs to write: `added` ones get new
 * numbers that no stored task uses.
 */
export function diffImport(extracted: ExtractedPlan, existing: { tasks: readonly ExistingTask[] }): ImportDiff {
  const byId = new Map(existing.tasks.map((t) => [t.id, t]));
  const aligned = existing.tasks.length > 0 ? alignIds(extracted, existing).tasks : extracted.tasks;
  const diff: ImportDiff = { tasks: aligned, added: [], unchanged: [], changed: [], missing: [] };
  const seen = new Set<string>();
  for (const task of aligned) {
    seen.add(task.id);
    const old = byId.get(task.id);
    if (!old) {
      diff.added.push(task);
      continue;
    }
    const fields: ComparedField[] = [];
    if (!same(task.content, old.content)) fields.push('content');
    if (!sameList(task.lead, old.lead)) fields.push('lead');
    if (!sameList(task.coordinating, old.coordinating)) fields.push('coordinating');
    if (!same(task.deadlineText, old.deadlineText)) fields.push('deadlineText');
    if (fields.length === 0) diff.unchanged.push(task);
    else diff.changed.push({ task, fields });
  }
  diff.missing = existing.tasks.filter((t) => !seen.has(t.id)).map((t) => t.id);
  return diff;
}

/** Gives stored IDs back to the tasks of a re-imported plan that it recognises (see ids.ts). */
export function alignIds(extracted: ExtractedPlan, existing: { tasks: readonly ExistingTask[] }): ExtractedPlan {
  const tasks = assignIds(
    extracted.plan.key,
    extracted.tasks.map(({ id: _id, ...task }) => task),
    existing.tasks,
  );
  return { ...extracted, tasks };
}
