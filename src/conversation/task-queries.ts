import { normalizeDeadline, nextOccurrence } from '#src/domain/deadline.js';
import type { Task } from '#src/domain/task.js';
import type { Snapshot } from '#src/store/snapshot.js';
import { taskKey } from '#src/store/snapshot.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import type { Period } from '#src/understanding/types.js';
import { sortByUrgency, tasksOfAgency } from './agency-tasks.js';

/** Questions asked of the snapshot: which tasks concern whom, which are late, which fall due. */

/** Every task of an agency (leads, supports, shares through a group), or every task. */
export function tasksConcerning(
  snapshot: Snapshot,
  agencies: AgencyLookup,
  agency: string | null,
  today: string,
): Task[] {
  if (agency === null) return [...snapshot.tasks];
  const found = tasksOfAgency(snapshot, agencies, agency, today);
  return [...found.lead, ...found.coordinating, ...found.viaGroups.flatMap((g) => g.tasks)];
}

export function overdueTasks(tasks: readonly Task[], today: string): Task[] {
  return sortByUrgency(
    tasks.filter((task) => task.status !== 'done' && task.deadline !== null && task.deadline < today),
    today,
  );
}

/**
 * Open tasks due within the period. A recurring report with no single date ("trước ngày 14
 * hằng tháng") counts when its next occurrence falls in the period, and is shown with it.
 */
export function dueWithin(
  tasks: readonly Task[],
  period: Period,
  planEnds: ReadonlyMap<string, string> = new Map(),
): Task[] {
  const due: Task[] = [];
  for (const task of tasks) {
    if (task.status === 'done') continue;
    if (task.deadline !== null) {
      if (task.deadline >= period.from && task.deadline <= period.to) due.push(task);
      continue;
    }
    const rule = task.recurrence === '' ? null : normalizeDeadline(task.recurrence, { year: null }).rule;
    const next = rule ? nextOccurrence(rule, period.from) : null;
    const end = planEnds.get(task.planKey);
    if (next !== null && next <= period.to && (end === undefined || next <= end)) due.push({ ...task, deadline: next });
  }
  return due.sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '') || a.id.localeCompare(b.id));
}

export type TaskLookup = { kind: 'found'; task: Task } | { kind: 'ambiguous'; tasks: Task[] } | { kind: 'missing' };

/**
 * A task reference as typed: a full ID, or a number ("5", "05") that is matched against
 * the tasks in scope (the focal point's own first). Several matches make the bot ask.
 */
export function findTask(snapshot: Snapshot, ref: string, scope: readonly Task[]): TaskLookup {
  const exact = snapshot.byId.get(taskKey(ref));
  if (exact) return { kind: 'found', task: exact };
  if (!/^\d{1,3}$/.test(ref)) return { kind: 'missing' };
  const number = Number(ref);
  const matching = (tasks: readonly Task[]) =>
    tasks.filter((task) => Number(/-(\d+)$/.exec(task.id)?.[1] ?? NaN) === number);
  const inScope = matching(scope);
  const candidates = inScope.length > 0 ? inScope : matching(snapshot.tasks);
  if (candidates.length === 1 && candidates[0]) return { kind: 'found', task: candidates[0] };
  if (candidates.length > 1) return { kind: 'ambiguous', tasks: candidates };
  return { kind: 'missing' };
}
