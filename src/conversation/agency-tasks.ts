import { formatDate } from '#src/domain/clock.js';
import type { Task } from '#src/domain/task.js';
import { STATUS_LABELS } from '#src/domain/status.js';
import { shorten } from '#src/domain/text.js';
import type { Snapshot } from '#src/store/snapshot.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { text, type ReplyBlock, type TaskLine } from '#src/chat/reply.js';

/**
 * Which tasks concern an agency, in the three parts people expect: tasks it leads, tasks
 * it supports, and tasks given to a group it belongs to ("Các sở, ban, ngành").
 */
export interface AgencyTasks {
  /** The agency answered for: the one asked about, or the one doing its work since the 2025 mergers. */
  agency: string;
  /** Agencies merged into it whose tasks are counted as its own (Sở Kế hoạch và Đầu tư for Sở Tài chính). */
  merged: string[];
  lead: Task[];
  coordinating: Task[];
  viaGroups: Array<{ group: string; tasks: Task[] }>;
}

interface AgencyIndex {
  lead: Map<string, Task[]>;
  coordinating: Map<string, Task[]>;
  /** Answers already sorted, by agency and day: paging through them costs nothing. */
  answers: Map<string, AgencyTasks>;
}

// One index per snapshot: built on the first question after a sheet change, then reused,
// so a question costs a few map lookups however large the sheet.
const indexes = new WeakMap<Snapshot, WeakMap<AgencyLookup, AgencyIndex>>();

function indexOf(snapshot: Snapshot, agencies: AgencyLookup): AgencyIndex {
  let perLookup = indexes.get(snapshot);
  if (!perLookup) indexes.set(snapshot, (perLookup = new WeakMap()));
  const cached = perLookup.get(agencies);
  if (cached) return cached;
  const index: AgencyIndex = { lead: new Map(), coordinating: new Map(), answers: new Map() };
  const canonical = new Map<string, string>();
  const add = (map: Map<string, Task[]>, name: string, task: Task) => {
    let key = canonical.get(name);
    if (key === undefined) canonical.set(name, (key = agencies.canonical(name)));
    const list = map.get(key);
    if (list) {
      if (list[list.length - 1] !== task) list.push(task);
    } else map.set(key, [task]);
  };
  for (const task of snapshot.tasks) {
    for (const name of task.lead) add(index.lead, name, task);
    for (const name of task.coordinating) add(index.coordinating, name, task);
  }
  perLookup.set(agencies, index);
  return index;
}

/**
 * Merged agencies are answered both ways: an old one ("Sở Kế hoạch và Đầu tư", "ngành giao
 * thông") by the agency doing its work today, and that agency with the tasks still written
 * under the names merged into it.
 */
export function tasksOfAgency(snapshot: Snapshot, agencies: AgencyLookup, asked: string, today: string): AgencyTasks {
  const index = indexOf(snapshot, agencies);
  const key = `${asked}|${today}`;
  const cached = index.answers.get(key);
  if (cached) return cached;
  const agency = agencies.currentOf(asked)?.name ?? asked;
  const names = [agency, ...agencies.predecessorsOf(agency).map((a) => a.name)];
  const merged = names.slice(1).filter((name) => index.lead.has(name) || index.coordinating.has(name));
  const gather = (map: Map<string, Task[]>): Task[] => [...new Set(names.flatMap((name) => map.get(name) ?? []))];
  const lead = sortByUrgency(gather(index.lead), today);
  const seen = new Set(lead);
  const coordinating = sortByUrgency(
    gather(index.coordinating).filter((t) => !seen.has(t)),
    today,
  );
  for (const task of coordinating) seen.add(task);
  const viaGroups: AgencyTasks['viaGroups'] = [];
  for (const group of agencies.groupsContaining(agency)) {
    const tasks = [...(index.lead.get(group.name) ?? []), ...(index.coordinating.get(group.name) ?? [])].filter(
      (task) => !seen.has(task),
    );
    for (const task of tasks) seen.add(task);
    if (tasks.length > 0) viaGroups.push({ group: group.name, tasks: sortByUrgency(tasks, today) });
  }
  const answer = { agency, merged, lead, coordinating, viaGroups };
  index.answers.set(key, answer);
  return answer;
}

/** What the 2025 mergers change in an answer about `asked`: who does its work now, and whose tasks are counted in. */
export function mergerNote(asked: string, found: Pick<AgencyTasks, 'agency' | 'merged'>): ReplyBlock[] {
  const { agency, merged } = found;
  const including = merged.length > 0 ? `, gồm cả các việc đã giao cho ${merged.join(', ')}` : '';
  if (asked !== agency) {
    return [
      text(
        `Lưu ý: từ năm 2025, công việc của ${asked} do ${agency} đảm nhận. ` +
          `Dưới đây là nhiệm vụ của ${agency}${including}.`,
      ),
    ];
  }
  return merged.length > 0
    ? [text(`Gồm cả các việc đã giao cho ${merged.join(', ')}, nay do ${agency} đảm nhận.`)]
    : [];
}

// One collator for all sorts: creating one per comparison is what makes localeCompare slow.
const ID_ORDER = new Intl.Collator('vi', { numeric: true });

/** Open overdue first (oldest first), then open by deadline, open with no date, then done. */
export function sortByUrgency(tasks: readonly Task[], today: string): Task[] {
  const rank = (task: Task): number => {
    if (task.status === 'done') return 3;
    if (task.deadline === null) return 2;
    return task.deadline < today ? 0 : 1;
  };
  const keyed = tasks.map((task) => ({ task, rank: rank(task), deadline: task.deadline ?? '9999' }));
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) ||
      ID_ORDER.compare(a.task.id, b.task.id),
  );
  return keyed.map((k) => k.task);
}

export function taskLine(task: Task, today: string): TaskLine {
  return {
    id: task.id,
    content: shorten(task.content, 110),
    deadline: task.deadline ? formatDate(task.deadline) : shorten(task.deadlineText, 40),
    status: STATUS_LABELS[task.status],
    overdue: task.status !== 'done' && task.deadline !== null && task.deadline < today,
  };
}
