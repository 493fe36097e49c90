import type { BucketStats } from '#src/domain/buckets.js';
import { formatDate } from '#src/domain/clock.js';
import { shorten } from '#src/domain/text.js';
import type { ReportModel } from './model.js';

/**
 * The report's tables as data, shared by the Word and the Excel file so both show the same
 * rows. Cells keep their type: numbers stay numbers, rates are fractions (0..1) and dates ISO.
 */
export type CellKind = 'text' | 'count' | 'rate' | 'date';
export type Cell = string | number | null;

export interface ReportColumn {
  header: string;
  kind: CellKind;
  /** Relative width (characters in Excel; Word shares the page width by it). */
  width: number;
}

export interface ReportTable {
  /** Sheet name in Excel (at most 31 characters). */
  sheet: string;
  title: string;
  columns: ReportColumn[];
  rows: Cell[][];
  /** A last row in bold (the totals), when the table has one. */
  total?: Cell[];
}

const BUCKET_COLUMNS: ReportColumn[] = [
  { header: 'Tổng số', kind: 'count', width: 10 },
  { header: 'Hoàn thành đúng hạn', kind: 'count', width: 12 },
  { header: 'Hoàn thành quá hạn', kind: 'count', width: 12 },
  { header: 'Đang thực hiện trong hạn', kind: 'count', width: 12 },
  { header: 'Quá hạn chưa hoàn thành', kind: 'count', width: 12 },
  { header: 'Tỷ lệ quá hạn', kind: 'rate', width: 10 },
];

const bucketCells = (s: BucketStats): Cell[] => [
  s.total,
  s.counts.done_on_time,
  s.counts.done_late,
  s.counts.open_on_time,
  s.counts.open_overdue,
  s.overdueRate,
];

/** «12,5%» for Word; Excel keeps the fraction with a percent format. */
export const rateText = (rate: number): string => `${(Math.round(rate * 1000) / 10).toString().replace('.', ',')}%`;

export function cellText(cell: Cell, kind: CellKind): string {
  if (cell === null) return '';
  if (kind === 'rate' && typeof cell === 'number') return rateText(cell);
  if (kind === 'date' && typeof cell === 'string') return formatDate(cell);
  if (typeof cell === 'number') return cell.toLocaleString('vi-VN');
  return cell;
}

export function planLabel(row: ReportModel['perPlan'][number]): string {
  if (!row.plan) return row.planKey;
  const number = row.plan.number ? `Kế hoạch số ${row.plan.number}` : `Kế hoạch ${row.planKey}`;
  const date = row.plan.date ? ` ngày ${formatDate(row.plan.date)}` : '';
  const title = row.plan.title ? ` — ${shorten(row.plan.title, 110)}` : '';
  return `${number}${date}${title}`;
}

export function reportTables(model: ReportModel): ReportTable[] {
  const leads = (lead: string[]) => (lead.length > 0 ? lead.join('; ') : '(chưa rõ)');
  const tables: ReportTable[] = [
    {
      sheet: 'Tổng hợp',
      title: 'Kết quả chung',
      columns: [{ header: 'Phạm vi', kind: 'text', width: 36 }, ...BUCKET_COLUMNS],
      rows: [
        [model.scope ? `Nhiệm vụ liên quan đến ${model.scope}` : 'Tất cả nhiệm vụ', ...bucketCells(model.overall)],
      ],
    },
    {
      sheet: 'Theo kế hoạch',
      title: 'Kết quả theo từng kế hoạch',
      columns: [
        { header: 'STT', kind: 'count', width: 9 },
        { header: 'Kế hoạch', kind: 'text', width: 46 },
        ...BUCKET_COLUMNS,
      ],
      rows: model.perPlan.map((row, i) => [i + 1, planLabel(row), ...bucketCells(row)]),
      total: [null, 'Tổng cộng', ...bucketCells(model.overall)],
    },
    {
      sheet: 'Theo cơ quan chủ trì',
      title: 'Kết quả theo cơ quan chủ trì',
      columns: [
        { header: 'STT', kind: 'count', width: 9 },
        { header: 'Cơ quan chủ trì', kind: 'text', width: 36 },
        ...BUCKET_COLUMNS,
      ],
      rows: model.perAgency.map((row, i) => [i + 1, row.agency, ...bucketCells(row)]),
    },
    {
      sheet: 'Quá hạn',
      title: 'Nhiệm vụ quá hạn chưa hoàn thành',
      columns: [
        { header: 'STT', kind: 'count', width: 9 },
        { header: 'Mã', kind: 'text', width: 15 },
        { header: 'Nội dung', kind: 'text', width: 54 },
        { header: 'Cơ quan chủ trì', kind: 'text', width: 28 },
        { header: 'Hạn xử lý', kind: 'date', width: 12 },
        { header: 'Số ngày quá hạn', kind: 'count', width: 10 },
      ],
      rows: model.overdue.map(({ task, daysLate }, i) => [
        i + 1,
        task.id,
        task.content,
        leads(task.lead),
        task.deadline,
        daysLate,
      ]),
    },
    {
      sheet: 'Gia hạn',
      title: 'Nhiệm vụ được gia hạn',
      columns: [
        { header: 'STT', kind: 'count', width: 9 },
        { header: 'Mã', kind: 'text', width: 15 },
        { header: 'Nội dung', kind: 'text', width: 50 },
        { header: 'Cơ quan chủ trì', kind: 'text', width: 28 },
        { header: 'Hạn ban đầu', kind: 'date', width: 12 },
        { header: 'Hạn hiện tại', kind: 'date', width: 12 },
        { header: 'Số lần gia hạn', kind: 'count', width: 9 },
      ],
      rows: model.extended.map(({ task, count, originalDeadline }, i) => [
        i + 1,
        task.id,
        task.content,
        leads(task.lead),
        originalDeadline,
        task.deadline,
        count,
      ]),
    },
  ];
  return tables;
}
