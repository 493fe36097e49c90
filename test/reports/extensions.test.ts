import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '#src/domain/task.js';
import ExcelJS from 'exceljs';
import { reportDocx } from '#src/reports/docx.js';
import { reportXlsx } from '#src/reports/xlsx.js';
import { parseIssuer } from '#src/reports/issuer.js';
import { reportModel } from '#src/reports/model.js';
import { parsePeriod, type ReportPeriod } from '#src/reports/period.js';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { openTaskStore, type TaskStore } from '#src/store/task-store.js';
import { loadTemplate } from '#src/store/template.js';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import { DateTime } from 'luxon';
import { digestData, summaryRows } from '#src/reminders/digest.js';
import { recipientIndex } from '#src/reminders/recipients.js';
import { makeTask } from '../support/tasks.js';

/**
 * Extended tasks: once the sheet tracks them (Số lần gia hạn, Hạn ban đầu), the report lists
 * each with its original and current deadline; the issuer's parts read from REPORT_ISSUER.
 */
const PERIOD = parsePeriod('2026-Q4') as ReportPeriod;
let dir = '';
let store: TaskStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dondoc-report-ext-'));
  store = await openTaskStore(openLocalSheet(join(dir, 'sheet.sqlite')), loadTemplate(), { refreshIntervalMs: 0 });
  await store.addPlan({
    plan: {
      number: '7/KH-UBND',
      key: 'CB7',
      date: '2026-02-01',
      title: 'Kế hoạch thử',
      issuer: 'UBND tỉnh Cao Bằng',
      sourceFile: '',
    },
    tasks: [makeTask({ id: 'CB7-01', planKey: 'CB7', lead: ['Sở Tư pháp'], deadline: '2026-12-31' })],
    agencies: [],
  });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('extended tasks in the report', () => {
  it('lists tasks with a count of extensions, most extended first, when the sheet has one', async () => {
    const snapshot = store.snapshot();
    const extended = (task: Task, extensionCount: number, originalDeadline: string | null) => ({
      ...task,
      extensionCount,
      originalDeadline,
    });
    const base = snapshot.tasks[0] as Task;
    const tasks = [
      extended({ ...base, id: 'CB7-01' }, 1, '2026-09-30'),
      extended({ ...base, id: 'CB7-02', content: 'Rà soát thủ tục hành chính' }, 2, '2026-06-30'),
      extended({ ...base, id: 'CB7-03' }, 0, null),
    ];
    const model = reportModel({
      snapshot: { ...snapshot, tasks },
      agencies: createAgencyLookup([]),
      period: PERIOD,
      today: '2026-12-20',
    });
    expect(model.extensionsTracked).toBe(true);
    expect(model.extended.map((e) => [e.task.id, e.count, e.originalDeadline])).toEqual([
      ['CB7-02', 2, '2026-06-30'],
      ['CB7-01', 1, '2026-09-30'],
    ]);
    const bytes = await reportDocx(model, {
      issuer: parseIssuer('UBND TỈNH CAO BẰNG|SỞ TƯ PHÁP'),
      today: '2026-12-20',
    });
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => (c[1] ?? '').replace(/<[^>]+>/g, '')),
    );
    expect(rows).toContainEqual([
      '1',
      'CB7-02',
      'Rà soát thủ tục hành chính',
      'Sở Tư pháp',
      '30/06/2026',
      '31/12/2026',
      '2',
    ]);
    expect(html).toContain('Cao Bằng, ngày 20 tháng 12 năm 2026');
    expect(html).toContain('/BC-STP');
  });

  it('reads the issuer with or without the body above it', () => {
    expect(parseIssuer('UBND TỈNH THÁI NGUYÊN|SỞ NỘI VỤ')).toEqual({
      parent: 'UBND TỈNH THÁI NGUYÊN',
      body: 'SỞ NỘI VỤ',
      place: 'Thái Nguyên',
      initials: 'SNV',
    });
    expect(parseIssuer('UBND THÀNH PHỐ HẢI PHÒNG')).toMatchObject({
      parent: '',
      body: 'UBND THÀNH PHỐ HẢI PHÒNG',
      place: 'Hải Phòng',
    });
    expect(parseIssuer(undefined)).toMatchObject({ parent: '', body: '…………', place: '…………' });
  });
});

describe('extensions read from the sheet’s own columns', () => {
  it('judges the buckets against the approved deadline and counts the extended tasks everywhere', async () => {
    await store.addPlan({
      plan: {
        number: '8/KH-UBND',
        key: 'CB8',
        date: '2026-03-01',
        title: 'Kế hoạch gia hạn',
        issuer: '',
        sourceFile: '',
      },
      tasks: [
        makeTask({
          id: 'CB8-01',
          planKey: 'CB8',
          lead: ['Sở Tư pháp'],
          deadline: '2026-10-31',
          content: 'Số hóa hồ sơ',
        }),
        makeTask({ id: 'CB8-02', planKey: 'CB8', lead: ['Sở Tư pháp'], deadline: '2026-10-31' }),
      ],
      agencies: [],
    });
    // What an approved extension writes (src/conversation/extensions.ts), through the store.
    const at = DateTime.fromISO('2026-10-20T09:00:00', { zone: 'Asia/Ho_Chi_Minh' });
    const written = await store.updateTask({
      id: 'CB8-01',
      fields: { deadline: '2027-01-31', originalDeadline: '2026-10-31', extensionCount: 1 },
      origin: { by: 'Chị Hà', channel: 'telegram', message: '/duyet CB8-01', at },
    });
    expect(written.status).toBe('applied');
    const agencies = createAgencyLookup([]);
    const snapshot = store.snapshot();
    const model = reportModel({ snapshot, agencies, period: PERIOD, today: '2026-12-20' });
    expect(model.extensionsTracked).toBe(true);
    expect(model.extendedCount).toBe(1);
    expect(model.extended.map((e) => [e.task.id, e.count, e.originalDeadline])).toEqual([['CB8-01', 1, '2026-10-31']]);
    expect(model.overdue.map((o) => o.task.id)).toEqual(['CB8-02']);

    const bytes = await reportDocx(model, {
      issuer: parseIssuer('UBND TỈNH CAO BẰNG|SỞ TƯ PHÁP'),
      today: '2026-12-20',
    });
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    expect(html).toContain(
      'Số nhiệm vụ được gia hạn: 1. Nhiệm vụ được gia hạn được tính đúng hạn hay quá hạn theo hạn xử lý đã được duyệt gia hạn',
    );
    expect(html).toContain('<td><p>31/10/2026</p></td><td><p>31/01/2027</p></td><td><p>1</p></td>');

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      Buffer.from(
        await reportXlsx(model, { issuer: parseIssuer(undefined), today: '2026-12-20' }),
      ) as unknown as ArrayBuffer,
    );
    expect(book.getWorksheet('Tổng hợp')?.getCell('A3').text).toContain('Số nhiệm vụ được gia hạn: 1.');
    expect(book.getWorksheet('Gia hạn')?.getRow(5).values).toEqual([
      undefined,
      1,
      'CB8-01',
      'Số hóa hồ sơ',
      'Sở Tư pháp',
      expect.anything(),
      expect.anything(),
      1,
    ]);

    // A sheet without the columns (never given them by `sheet init`) says so instead.
    const untracked = snapshot.tasks.map((task) => {
      const copy: Task = { ...task };
      delete copy.extensionCount;
      delete copy.originalDeadline;
      delete copy.extensionRequest;
      return copy;
    });
    const old = reportModel({
      snapshot: { ...snapshot, tasks: untracked },
      agencies,
      period: PERIOD,
      today: '2026-12-20',
    });
    expect([old.extensionsTracked, old.extendedCount]).toEqual([false, null]);
    const oldHtml = (
      await mammoth.convertToHtml({
        buffer: Buffer.from(await reportDocx(old, { issuer: parseIssuer(undefined), today: '2026-12-20' })),
      })
    ).value;
    expect(oldHtml).toContain('chưa có cột «Số lần gia hạn»');
    expect(oldHtml).not.toContain('Số nhiệm vụ được gia hạn');

    const data = digestData({
      snapshot,
      agencies,
      today: '2026-12-20',
      recipients: recipientIndex(snapshot, agencies),
    });
    expect(data.extended).toBe(1);
    const rows = summaryRows(data, loadTemplate().tab('summary'), '20/12/2026 08:00');
    expect(rows.map((row) => [row['Cơ quan'], row['Quá hạn chưa hoàn thành'], row['Được gia hạn']])).toEqual([
      ['Tổng cộng (mọi nhiệm vụ)', '1', '1'],
      ['Sở Tư pháp', '1', '1'],
    ]);
  });
});
