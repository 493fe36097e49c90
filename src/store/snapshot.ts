import type { Agency } from '#src/domain/agency.js';
import { planEndDate, type Plan } from '#src/domain/plan.js';
import type { Task } from '#src/domain/task.js';
import type { TabValues } from './port.js';
import { agencyFromRecord, planFromRecord, recordsOf, taskFromRecord } from './rows.js';
import type { SheetTemplate } from './template.js';

/**
 * An immutable picture of the sheet. Every question is answered from it, so answering
 * never waits for the network; it is rebuilt only when the sheet changed.
 */
export interface Snapshot {
  readonly version: string;
  readonly tasks: readonly Task[];
  /** Task by upper-cased ID. */
  readonly byId: ReadonlyMap<string, Task>;
  readonly plans: readonly Plan[];
  /** The Cơ quan tab's rows (the coordinators' additions to the built-in directory). */
  readonly agencies: readonly Agency[];
  /** What is wrong in the sheet, in Vietnamese, for the coordinators. */
  readonly problems: readonly string[];
  /** Plan key → last day its recurring duties run (see planEndDate), when the plan says. */
  readonly planEnds: ReadonlyMap<string, string>;
}

export function taskKey(id: string): string {
  return id.trim().toUpperCase();
}

export function buildSnapshot(template: SheetTemplate, version: string, tabs: readonly TabValues[]): Snapshot {
  const problems: string[] = [];
  const valuesOf = (key: 'tasks' | 'agencies' | 'plans') => {
    const tab = template.tab(key);
    const values = tabs.find((t) => t.name === tab.name) ?? { name: tab.name, headers: [], rows: [] };
    const result = recordsOf(tab, values);
    if (values.headers.length === 0) problems.push(`Bảng tính chưa có trang «${tab.name}».`);
    else if (result.missingColumns.length > 0) {
      problems.push(`Trang «${tab.name}» thiếu cột: ${result.missingColumns.join(', ')}.`);
    }
    return { tab, ...result };
  };

  const tasks: Task[] = [];
  const byId = new Map<string, Task>();
  const taskValues = valuesOf('tasks');
  for (const { rowNumber, record } of taskValues.records) {
    const where = `Trang «${taskValues.tab.name}», dòng ${rowNumber}`;
    const { task, problems: rowProblems } = taskFromRecord(record, where);
    problems.push(...rowProblems);
    if (!task) continue;
    const key = taskKey(task.id);
    if (byId.has(key)) {
      problems.push(`${where}: Mã ${task.id} bị trùng, bot chỉ dùng dòng đầu tiên có mã này.`);
      continue;
    }
    byId.set(key, task);
    tasks.push(task);
  }

  const agencies = valuesOf('agencies').records.flatMap(({ record }) => agencyFromRecord(record) ?? []);
  const plans = valuesOf('plans').records.flatMap(({ record }) => planFromRecord(record) ?? []);
  const planEnds = new Map(
    plans.flatMap((plan) => {
      const end = planEndDate(plan);
      return end ? [[plan.key, end] as const] : [];
    }),
  );
  return { version, tasks, byId, plans, agencies, problems, planEnds };
}
