import type { AgencyKind } from '#src/domain/agency.js';
import { Agency, AGENCY_KIND_LABELS } from '#src/domain/agency.js';
import { Plan } from '#src/domain/plan.js';
import { STATUS_LABELS, type TaskStatus } from '#src/domain/status.js';
import { Task, type TaskKind } from '#src/domain/task.js';
import { fold } from '#src/domain/text.js';
import { cellToDate, cellToList, cellToProgress, dateToCell, listToCell, progressToCell } from './cells.js';
import type { TabValues } from './port.js';
import { mapHeaders, type TemplateTab } from './template.js';

/**
 * Conversion between sheet rows (text cells under headers) and domain records. A row a
 * coordinator mangled never stops the bot: it is skipped or read leniently, and a
 * problem line in Vietnamese says where and what.
 */
export type RowRecord = Record<string, string>;

export interface RecordsOf {
  records: Array<{ rowNumber: number; record: RowRecord }>;
  missingColumns: string[];
}

/** Turns a tab's values into records keyed by template column key. Row numbers are 1-based as in the sheet. */
export function recordsOf(tab: TemplateTab, values: TabValues): RecordsOf {
  const index = mapHeaders(tab, values.headers);
  const missingColumns = tab.columns.filter((c) => !index.has(c.key)).map((c) => c.header);
  const records: RecordsOf['records'] = [];
  values.rows.forEach((cells, i) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const record: RowRecord = {};
    for (const [key, column] of index) record[key] = (cells[column] ?? '').trim();
    records.push({ rowNumber: i + 2 + (values.headerIndex ?? 0), record });
  });
  return { records, missingColumns };
}

/** template key → header, for writing a record back by header name. */
export function toHeaders(tab: TemplateTab, record: RowRecord): RowRecord {
  const out: RowRecord = {};
  for (const column of tab.columns) {
    const value = record[column.key];
    if (value !== undefined) out[column.header] = value;
  }
  return out;
}

const KIND_LABELS: Record<TaskKind, string> = { task: 'Nhiệm vụ', report: 'Báo cáo', request: 'Đề nghị' };
const statusByLabel = new Map<string, TaskStatus>(
  (Object.entries(STATUS_LABELS) as Array<[TaskStatus, string]>).map(([status, label]) => [fold(label), status]),
);
const kindByLabel = new Map<string, TaskKind>(
  (Object.entries(KIND_LABELS) as Array<[TaskKind, string]>).map(([kind, label]) => [fold(label), kind]),
);

export function statusLabel(status: TaskStatus): string {
  return STATUS_LABELS[status];
}

export function taskToRecord(task: Task): RowRecord {
  return {
    id: task.id,
    planKey: task.planKey,
    order: task.order,
    kind: KIND_LABELS[task.kind],
    content: task.content,
    lead: listToCell(task.lead),
    coordinating: listToCell(task.coordinating),
    deadlineText: task.deadlineText,
    deadline: dateToCell(task.deadline),
    recurrence: task.recurrence,
    product: task.product ?? '',
    originalDeadline: dateToCell(task.originalDeadline ?? null),
    extensionCount: task.extensionCount ? String(task.extensionCount) : '',
    extensionRequest: task.extensionRequest ?? '',
    evidence: task.evidence ?? '',
    status: STATUS_LABELS[task.status],
    progress: progressToCell(task.progress),
    lastUpdate: task.lastUpdate,
    updatedAt: task.updatedAt,
    updatedBy: task.updatedBy,
    completedAt: dateToCell(task.completedAt),
    confirmation: task.confirmation,
    note: task.note,
    supportProgress: task.supportProgress ?? '',
  };
}

export function taskFromRecord(record: RowRecord, where: string): { task: Task | null; problems: string[] } {
  const problems: string[] = [];
  const cell = (key: string) => record[key] ?? '';
  const id = cell('id');
  if (id === '') return { task: null, problems: [`${where}: thiếu Mã nhiệm vụ, bỏ qua dòng này.`] };

  const statusText = cell('status');
  let status: TaskStatus = statusByLabel.get(fold(statusText)) ?? 'not_started';
  if (statusText !== '' && !statusByLabel.has(fold(statusText))) {
    problems.push(`${where} (${id}): Trạng thái «${statusText}» không thuộc danh sách, tạm coi là «Chưa thực hiện».`);
  }
  const date = (key: string, label: string): string | null => {
    const parsed = cellToDate(cell(key));
    if (parsed === undefined) {
      problems.push(`${where} (${id}): ${label} «${cell(key)}» không phải ngày (dd/mm/yyyy).`);
      return null;
    }
    return parsed;
  };
  const deadline = date('deadline', 'Hạn xử lý');
  const completedAt = date('completedAt', 'Ngày hoàn thành');
  const extensions = extensionFields(
    record,
    (key, label) => date(key, label),
    (text) => problems.push(`${where} (${id}): Số lần gia hạn «${text}» phải là số nguyên không âm.`),
  );
  if (completedAt && status !== 'done' && statusText === '') status = 'done';
  let progress = cellToProgress(cell('progress'));
  if (progress === undefined) {
    problems.push(`${where} (${id}): Tiến độ «${cell('progress')}» phải là số từ 0 đến 100.`);
    progress = null;
  }
  const parsed = Task.safeParse({
    id,
    planKey: cell('planKey'),
    order: cell('order'),
    kind: kindByLabel.get(fold(cell('kind'))) ?? 'task',
    content: cell('content'),
    lead: cellToList(cell('lead')),
    coordinating: cellToList(cell('coordinating')),
    deadlineText: cell('deadlineText'),
    deadline,
    recurrence: cell('recurrence'),
    ...(cell('product') === '' ? {} : { product: cell('product') }),
    ...(cell('evidence') === '' ? {} : { evidence: cell('evidence') }),
    ...extensions,
    status,
    progress,
    lastUpdate: cell('lastUpdate'),
    updatedAt: cell('updatedAt'),
    updatedBy: cell('updatedBy'),
    completedAt,
    confirmation: cell('confirmation'),
    note: cell('note'),
    // Only when the sheet has the column: without it a part could not be kept, and the bot says so.
    ...(record.supportProgress === undefined ? {} : { supportProgress: record.supportProgress }),
  });
  if (!parsed.success) return { task: null, problems: [...problems, `${where} (${id}): dòng không đọc được.`] };
  return { task: parsed.data, problems };
}

/**
 * The extension columns (issue #17), each only when the sheet has it: a sheet that was never
 * given them by `sheet init` reads as one that does not track extensions.
 */
function extensionFields(
  record: RowRecord,
  date: (key: string, label: string) => string | null,
  badCount: (text: string) => void,
): Pick<Task, 'originalDeadline' | 'extensionCount' | 'extensionRequest'> {
  const fields: Pick<Task, 'originalDeadline' | 'extensionCount' | 'extensionRequest'> = {};
  if (record.originalDeadline !== undefined) fields.originalDeadline = date('originalDeadline', 'Hạn ban đầu');
  if (record.extensionRequest !== undefined) fields.extensionRequest = record.extensionRequest;
  const count = record.extensionCount;
  if (count !== undefined) {
    const value = count === '' ? 0 : Number(count);
    if (Number.isInteger(value) && value >= 0) fields.extensionCount = value;
    else {
      badCount(count);
      fields.extensionCount = 0;
    }
  }
  return fields;
}

const kindByAgencyLabel = new Map<string, AgencyKind>(
  (Object.entries(AGENCY_KIND_LABELS) as Array<[AgencyKind, string]>).map(([kind, label]) => [fold(label), kind]),
);

export function agencyToRecord(agency: Agency): RowRecord {
  return {
    name: agency.name,
    aliases: listToCell(agency.aliases),
    kind: AGENCY_KIND_LABELS[agency.kind],
    memberKinds: listToCell(agency.memberKinds.map((k) => AGENCY_KIND_LABELS[k])),
    successor: agency.successor,
    telegram: listToCell(agency.telegram),
    zalo: listToCell(agency.zalo),
    groupChat: agency.groupChat,
  };
}

export function agencyFromRecord(record: RowRecord): Agency | null {
  const cell = (key: string) => record[key] ?? '';
  const kindOf = (label: string) => kindByAgencyLabel.get(fold(label));
  const parsed = Agency.safeParse({
    name: cell('name'),
    aliases: cellToList(cell('aliases')),
    kind: kindOf(cell('kind')) ?? 'other',
    memberKinds: cellToList(cell('memberKinds')).flatMap((label) => kindOf(label) ?? []),
    successor: cell('successor'),
    telegram: cellToList(cell('telegram')),
    zalo: cellToList(cell('zalo')),
    groupChat: cell('groupChat'),
  });
  return parsed.success ? parsed.data : null;
}

export function planToRecord(plan: Plan): RowRecord {
  return { ...plan, date: dateToCell(plan.date) };
}

export function planFromRecord(record: RowRecord): Plan | null {
  const parsed = Plan.safeParse({
    key: record.key ?? '',
    number: record.number ?? '',
    date: cellToDate(record.date ?? '') ?? null,
    title: record.title ?? '',
    issuer: record.issuer ?? '',
    sourceFile: record.sourceFile ?? '',
  });
  return parsed.success ? parsed.data : null;
}
