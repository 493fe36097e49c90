import type { DateTime } from 'luxon';
import type { Agency } from '#src/domain/agency.js';
import type { Plan } from '#src/domain/plan.js';
import { BOT_OWNED_FIELDS, type BotOwnedField, type Task } from '#src/domain/task.js';
import { dateTimeToCell } from './cells.js';
import type { SheetBackend } from './port.js';
import { agencyToRecord, planToRecord, taskToRecord, toHeaders } from './rows.js';
import { buildSnapshot, taskKey, type Snapshot } from './snapshot.js';
import type { SheetTemplate } from './template.js';

/** Who changed a task, from where, and with which words: kept in the Nhật ký tab. */
export interface ChangeOrigin {
  by: string;
  channel: string;
  message: string;
  at: DateTime;
}

export interface TaskChange {
  id: string;
  fields: Partial<Pick<Task, BotOwnedField>>;
  origin: ChangeOrigin;
}

export type TaskChangeResult =
  | { status: 'applied'; before: Task; after: Task }
  | { status: 'missing' }
  | { status: 'conflict'; actual: Record<string, string> };

export interface ImportBatch {
  plan: Plan;
  /** Only the tasks to add; the caller has already left out those present. */
  tasks: Task[];
  /** Agencies to add to the Cơ quan tab. */
  agencies: Agency[];
}

/**
 * The task store: the sheet seen through the template. Reads come from an in-memory
 * snapshot; writes touch only bot-owned cells (or whole new rows) and are logged.
 */
export interface TaskStore {
  readonly backend: SheetBackend;
  readonly template: SheetTemplate;
  snapshot(): Snapshot;
  /** Re-reads the sheet when its version changed; true when it did. */
  refresh(): Promise<boolean>;
  addPlan(batch: ImportBatch): Promise<void>;
  updateTask(change: TaskChange): Promise<TaskChangeResult>;
  close(): Promise<void>;
}

export async function openTaskStore(backend: SheetBackend, template: SheetTemplate): Promise<TaskStore> {
  await backend.ensureTabs(template);
  const tabNames = (['tasks', 'agencies', 'plans'] as const).map((key) => template.tab(key).name);
  const load = async (): Promise<Snapshot> => {
    const version = await backend.version();
    return buildSnapshot(template, version, await backend.readTabs(tabNames));
  };
  let current = await load();
  const tasksTab = template.tab('tasks');
  const logTab = template.tab('log');
  const header = (key: string) => tasksTab.columns.find((c) => c.key === key)?.header ?? key;

  return {
    backend,
    template,
    snapshot: () => current,
    async refresh() {
      if ((await backend.version()) === current.version) return false;
      current = await load();
      return true;
    },
    async addPlan({ plan, tasks, agencies }) {
      if (!current.plans.some((p) => p.key === plan.key)) {
        await backend.appendRows(template.tab('plans').name, [toHeaders(template.tab('plans'), planToRecord(plan))]);
      }
      if (agencies.length > 0) {
        const tab = template.tab('agencies');
        await backend.appendRows(tab.name, agencies.map((a) => toHeaders(tab, agencyToRecord(a))));
      }
      await backend.appendRows(tasksTab.name, tasks.map((t) => toHeaders(tasksTab, taskToRecord(t))));
      current = await load();
    },
    async updateTask({ id, fields, origin }) {
      const before = current.byId.get(taskKey(id));
      if (!before) return { status: 'missing' };
      const after: Task = { ...before, ...fields };
      const newRecord = taskToRecord(after);
      const oldRecord = taskToRecord(before);
      const changed = BOT_OWNED_FIELDS.filter((key) => key in fields && newRecord[key] !== oldRecord[key]);
      const cells = Object.fromEntries(changed.map((key) => [header(key), newRecord[key] ?? '']));
      // The cells the writer saw: if a coordinator changed them since, ask instead of overwriting.
      const expected = Object.fromEntries(changed.map((key) => [header(key), oldRecord[key] ?? '']));
      const [result] = await backend.updateRows([{ tab: tasksTab.name, keyHeader: header('id'), key: before.id, cells, expected }]);
      if (!result || result.status === 'missing') return { status: 'missing' };
      if (result.status === 'conflict') return { status: 'conflict', actual: result.actual };
      const time = dateTimeToCell(origin.at);
      await backend.appendRows(
        logTab.name,
        changed.map((key) =>
          toHeaders(logTab, {
            time,
            taskId: before.id,
            field: header(key),
            oldValue: oldRecord[key] ?? '',
            newValue: newRecord[key] ?? '',
            by: origin.by,
            channel: origin.channel,
            message: origin.message,
          }),
        ),
      );
      current = await load();
      return { status: 'applied', before, after: current.byId.get(taskKey(id)) ?? after };
    },
    close: () => backend.close(),
  };
}
