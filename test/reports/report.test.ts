import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '#src/domain/task.js';
import { digestData } from '#src/reminders/digest.js';
import { recipientIndex } from '#src/reminders/recipients.js';
import { buildReport } from '#src/reports/build.js';
import { parseIssuer } from '#src/reports/issuer.js';
import { reportModel } from '#src/reports/model.js';
import { monthPeriodOf, parsePeriod, type ReportPeriod } from '#src/reports/period.js';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { openTaskStore, type TaskStore } from '#src/store/task-store.js';
import { loadTemplate } from '#src/store/template.js';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import { makeTask } from '../support/tasks.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

/**
 * The official report opened as its readers open it: the .docx through mammoth, the .xlsx
 * through exceljs. Every number is checked against a count made here from the expected
 * bucket written beside each task, not through the project's counting.
 */
type Expected = 'done_on_time' | 'done_late' | 'open_on_time' | 'open_overdue';
const TODAY = '2026-12-06';
const PERIOD = parsePeriod('2026-11') as ReportPeriod; // 15/10/2026 – 14/11/2026, cut-off 14/11

const PLAN_A = {
  number: '12/KH-UBND',
  key: 'TN12',
  date: '2026-01-10',
  title: 'Cải cách hành chính năm 2026',
  issuer: 'UBND tỉnh Thái Nguyên',
  sourceFile: 'kh12.docx',
};
const PLAN_B = {
  number: '',
  key: 'TN26',
  date: '2026-03-01',
  title: 'Chuyển đổi số năm 2026',
  issuer: 'UBND tỉnh Thái Nguyên',
  sourceFile: 'kh26.docx',
};
const PLAN_LATE = {
  number: '99/KH-UBND',
  key: 'TN99',
  date: '2026-11-20',
  title: 'Kế hoạch ban hành sau ngày chốt',
  issuer: 'UBND tỉnh Thái Nguyên',
  sourceFile: 'kh99.docx',
};

// [task, bucket at the cut-off 14/11/2026, days late at the cut-off when overdue]
const CASES: Array<[Task, Expected, number?]> = [
  [
    makeTask({
      id: 'TN12-01',
      planKey: 'TN12',
      lead: ['Sở Tư pháp'],
      deadline: '2026-06-30',
      status: 'done',
      completedAt: '2026-06-20',
    }),
    'done_on_time',
  ],
  [
    makeTask({
      id: 'TN12-02',
      planKey: 'TN12',
      lead: ['Sở Tư pháp'],
      deadline: '2026-06-30',
      status: 'done',
      completedAt: '2026-07-05',
    }),
    'done_late',
  ],
  [
    makeTask({ id: 'TN12-03', planKey: 'TN12', lead: ['Sở Tư pháp'], deadline: '2026-10-31', status: 'in_progress' }),
    'open_overdue',
    14,
  ],
  [
    makeTask({ id: 'TN12-04', planKey: 'TN12', lead: ['Sở Nội vụ'], deadline: '2026-12-31', status: 'in_progress' }),
    'open_on_time',
  ],
  // Finished after the cut-off, late: still open and overdue on 14/11.
  [
    makeTask({
      id: 'TN12-05',
      planKey: 'TN12',
      lead: ['Sở Nội vụ'],
      deadline: '2026-09-30',
      status: 'done',
      completedAt: '2026-11-30',
    }),
    'open_overdue',
    45,
  ],
  [
    makeTask({ id: 'TN12-06', planKey: 'TN12', lead: ['Sở Nội vụ'], deadline: null, status: 'not_started' }),
    'open_on_time',
  ],
  [
    makeTask({
      id: 'TN26-01',
      planKey: 'TN26',
      lead: ['Sở Tài chính'],
      deadline: '2026-11-01',
      status: 'done',
      completedAt: '2026-10-20',
    }),
    'done_on_time',
  ],
  [
    makeTask({ id: 'TN26-02', planKey: 'TN26', lead: ['Sở Tài chính'], deadline: '2026-03-31', status: 'blocked' }),
    'open_overdue',
    228,
  ],
  [
    makeTask({
      id: 'TN26-03',
      planKey: 'TN26',
      lead: ['Sở Tài chính'],
      deadline: '2026-11-10',
      status: 'done',
      completedAt: '2026-11-12',
    }),
    'done_late',
  ],
  [
    makeTask({ id: 'TN26-04', planKey: 'TN26', lead: [], deadline: '2026-11-14', status: 'not_started' }),
    'open_on_time',
  ],
];
// A plan issued after the cut-off is left out of the report.
const LATE_TASK = makeTask({
  id: 'TN99-01',
  planKey: 'TN99',
  lead: ['Sở Tư pháp'],
  deadline: '2026-01-01',
  status: 'not_started',
});

const count = (cases: typeof CASES) => {
  const c = { total: cases.length, done_on_time: 0, done_late: 0, open_on_time: 0, open_overdue: 0 };
  for (const [, bucket] of cases) c[bucket] += 1;
  return { ...c, rate: (c.done_late + c.open_overdue) / c.total };
};
const pct = (rate: number) => `${(Math.round(rate * 1000) / 10).toString().replace('.', ',')}%`;
const vn = (n: number) => n.toLocaleString('vi-VN');

let dir = '';
let store: TaskStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dondoc-report-'));
  store = await openTaskStore(openLocalSheet(join(dir, 'sheet.sqlite')), loadTemplate(), { refreshIntervalMs: 0 });
  await store.addPlan({
    plan: PLAN_A,
    tasks: CASES.filter(([t]) => t.planKey === 'TN12').map(([t]) => t),
    agencies: [],
  });
  await store.addPlan({
    plan: PLAN_B,
    tasks: CASES.filter(([t]) => t.planKey === 'TN26').map(([t]) => t),
    agencies: [],
  });
  await store.addPlan({ plan: PLAN_LATE, tasks: [LATE_TASK], agencies: [] });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const request = (format: 'docx' | 'xlsx') => ({
  snapshot: store.snapshot(),
  agencies: createAgencyLookup(store.snapshot().agencies),
  period: PERIOD,
  today: TODAY,
  format,
  issuer: parseIssuer('UBND TỈNH THÁI NGUYÊN|SỞ NỘI VỤ'),
});

describe('reporting windows of Nghị định 09/2019', () => {
  it('closes every period on the 14th, starting the 15th before', () => {
    const window = (key: string) => {
      const p = parsePeriod(key);
      return p ? [p.key, p.from, p.to, p.label] : null;
    };
    expect(window('2026-11')).toEqual(['2026-11', '2026-10-15', '2026-11-14', 'tháng 11 năm 2026']);
    expect(window('2026-1')).toEqual(['2026-01', '2025-12-15', '2026-01-14', 'tháng 1 năm 2026']);
    expect(window('2026-Q1')).toEqual(['2026-Q1', '2025-12-15', '2026-03-14', 'quý I năm 2026']);
    expect(window('2026-q4')).toEqual(['2026-Q4', '2026-09-15', '2026-12-14', 'quý IV năm 2026']);
    expect(window('2026-H1')).toEqual(['2026-H1', '2025-12-15', '2026-06-14', '6 tháng đầu năm 2026']);
    expect(window('2026-9M')).toEqual(['2026-9M', '2025-12-15', '2026-09-14', '9 tháng năm 2026']);
    expect(window('2026')).toEqual(['2026', '2025-12-15', '2026-12-14', 'năm 2026']);
    for (const bad of ['2026-13', '2026-0', '2026-Q5', '2026-H3', 'tháng 11', '26-11', ''])
      expect(window(bad)).toBeNull();
  });

  it('takes the month whose window holds today', () => {
    expect(monthPeriodOf('2026-12-06').key).toBe('2026-12');
    expect(monthPeriodOf('2026-12-14').key).toBe('2026-12');
    expect(monthPeriodOf('2026-12-15').key).toBe('2027-01');
  });
});

describe('the report model', () => {
  it('agrees with the digest and /baocao when cut at today', () => {
    const snapshot = store.snapshot();
    const agencies = createAgencyLookup(snapshot.agencies);
    const now = reportModel({ snapshot, agencies, period: monthPeriodOf('2026-11-20'), today: '2026-11-20' });
    const digest = digestData({
      snapshot,
      agencies,
      today: '2026-11-20',
      recipients: recipientIndex(snapshot, agencies),
    });
    // The late plan (20/11) is issued by then, so both count all eleven tasks.
    expect(now.overall).toEqual(digest.overall);
    expect(now.perAgency).toEqual(digest.perAgency);
    expect(now.overall.total).toBe(CASES.length + 1);
  });
});

describe('the Word file', () => {
  let raw = '';
  let html = '';
  beforeAll(async () => {
    const file = await buildReport(request('docx'));
    expect(file.name).toBe('bao-cao-2026-11.docx');
    const buffer = Buffer.from(file.bytes);
    raw = (await mammoth.extractRawText({ buffer })).value;
    html = (await mammoth.convertToHtml({ buffer })).value;
  });

  /** Rows of the n-th table as cell texts. */
  const table = (n: number): string[][] => {
    const found = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)][n]?.[1] ?? '';
    return [...found.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) =>
        (cell[1] ?? '').replace(/<[^>]+>/g, '').trim(),
      ),
    );
  };

  it('has the heading of Nghị định 30/2020, the number, place and date, and the title', () => {
    for (const line of [
      'UBND TỈNH THÁI NGUYÊN',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '/BC-SNV',
      'Thái Nguyên, ngày 06 tháng 12 năm 2026',
      'BÁO CÁO',
    ]) {
      expect(raw).toContain(line);
    }
    expect(raw).toContain('Kết quả thực hiện nhiệm vụ theo các kế hoạch tháng 11 năm 2026');
    expect(raw).toContain('từ ngày 15/10/2026 đến ngày 14/11/2026');
    expect(raw).toContain('Số liệu chốt đến hết ngày 14/11/2026');
    expect(raw).toContain('Nơi nhận:');
    expect(html).toContain('<img');
  });

  it('states the overall buckets and the overdue rate as counted here', () => {
    const c = count(CASES);
    expect(raw).toContain(`Tổng số nhiệm vụ: ${c.total}, trong đó:`);
    expect(raw).toContain(`Hoàn thành đúng hạn: ${c.done_on_time} nhiệm vụ`);
    expect(raw).toContain(`Hoàn thành quá hạn: ${c.done_late} nhiệm vụ`);
    expect(raw).toContain(`Đang thực hiện trong hạn: ${c.open_on_time} nhiệm vụ`);
    expect(raw).toContain(`Quá hạn chưa hoàn thành: ${c.open_overdue} nhiệm vụ`);
    expect(raw).toContain(`trên tổng số): ${pct(c.rate)}.`);
    expect(table(1)[1]).toEqual([
      'Tất cả nhiệm vụ',
      vn(c.total),
      ...[c.done_on_time, c.done_late, c.open_on_time, c.open_overdue].map(vn),
      pct(c.rate),
    ]);
  });

  it('has one row per plan and per lead agency, with their own counts', () => {
    const plans = table(2);
    expect(plans[0]).toEqual([
      'STT',
      'Kế hoạch',
      'Tổng số',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Đang thực hiện trong hạn',
      'Quá hạn chưa hoàn thành',
      'Tỷ lệ quá hạn',
    ]);
    const expectRow = (cells: string[] | undefined, cases: typeof CASES) => {
      const c = count(cases);
      expect(cells?.slice(2)).toEqual(
        [c.total, c.done_on_time, c.done_late, c.open_on_time, c.open_overdue].map(vn).concat(pct(c.rate)),
      );
    };
    expect(plans[1]?.[1]).toBe('Kế hoạch số 12/KH-UBND ngày 10/01/2026 — Cải cách hành chính năm 2026');
    expectRow(
      plans[1],
      CASES.filter(([t]) => t.planKey === 'TN12'),
    );
    expect(plans[2]?.[1]).toBe('Kế hoạch TN26 ngày 01/03/2026 — Chuyển đổi số năm 2026');
    expectRow(
      plans[2],
      CASES.filter(([t]) => t.planKey === 'TN26'),
    );
    expect(plans[3]?.[1]).toBe('Tổng cộng');
    expect(plans).toHaveLength(4);

    const agencies = table(3);
    const byName = new Map(agencies.slice(1).map((row) => [row[1], row]));
    for (const name of ['Sở Tư pháp', 'Sở Nội vụ', 'Sở Tài chính'])
      expectRow(
        byName.get(name),
        CASES.filter(([t]) => t.lead[0] === name),
      );
    expectRow(
      byName.get('(Chưa rõ cơ quan chủ trì)'),
      CASES.filter(([t]) => t.lead.length === 0),
    );
    expect(agencies).toHaveLength(5);
  });

  it('lists the overdue tasks with their days late, most late first, and says no task was extended', () => {
    const overdue = table(4)
      .slice(1)
      .map((row) => [row[1], row[4], row[5]]);
    const expected = CASES.filter(([, b]) => b === 'open_overdue')
      .sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0))
      .map(([t, , days]) => [t.id, t.deadline?.split('-').reverse().join('/'), String(days)]);
    expect(overdue).toEqual(expected);
    expect(raw).toContain('Không có nhiệm vụ nào được gia hạn.');
    expect(raw).toContain('Số nhiệm vụ được gia hạn: 0.');
  });
});

describe('the Excel file', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const file = await buildReport(request('xlsx'));
    expect(file.name).toBe('bao-cao-2026-11.xlsx');
    book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  });

  it('carries the same tables with real numbers, dates and rates, frozen headers, filters and widths', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Theo kế hoạch',
      'Theo cơ quan chủ trì',
      'Quá hạn',
      'Gia hạn',
    ]);
    const sheet = book.getWorksheet('Theo kế hoạch');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A2').text).toContain('từ ngày 15/10/2026 đến ngày 14/11/2026');
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Kế hoạch',
      'Tổng số',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Đang thực hiện trong hạn',
      'Quá hạn chưa hoàn thành',
      'Tỷ lệ quá hạn',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(2).width).toBeGreaterThan(30);
    const a = count(CASES.filter(([t]) => t.planKey === 'TN12'));
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      1,
      'Kế hoạch số 12/KH-UBND ngày 10/01/2026 — Cải cách hành chính năm 2026',
      a.total,
      a.done_on_time,
      a.done_late,
      a.open_on_time,
      a.open_overdue,
      a.rate,
    ]);
    expect(sheet.getCell('H5').numFmt).toBe('0.0%');

    const overdue = book.getWorksheet('Quá hạn');
    const first = overdue?.getRow(5);
    expect(first?.getCell(2).value).toBe('TN26-02');
    expect(first?.getCell(5).value).toEqual(new Date(Date.UTC(2026, 2, 31)));
    expect(first?.getCell(6).value).toBe(228);
    expect(overdue?.rowCount).toBe(4 + count(CASES).open_overdue);
  });
});
