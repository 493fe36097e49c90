import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { buildSnapshot } from '#src/store/snapshot.js';
import { loadTemplate } from '#src/store/template.js';
import { openTaskStore } from '#src/store/task-store.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const template = loadTemplate();
const tempDir = useTempDirs();
const at = DateTime.fromISO('2024-05-10T09:30:00', { zone: 'Asia/Ho_Chi_Minh' });

async function openStore(path: string) {
  return openTaskStore(openLocalSheet(path), template);
}

describe('local sheet in SQLite', () => {
  it('creates the tabs of the template in a fresh file', async () => {
    const path = join(tempDir(), 'sheet.sqlite');
    const store = await openStore(path);
    const tabs = await store.backend.readTabs(template.tabs.map((t) => t.name));
    expect(tabs.map((t) => t.name)).toEqual(['Nhiệm vụ', 'Cơ quan', 'Kế hoạch', 'Nhật ký', 'Tổng hợp']);
    expect(tabs[0]?.headers.slice(0, 4)).toEqual(['Mã', 'Kế hoạch', 'STT', 'Loại']);
    expect(store.snapshot().tasks).toEqual([]);
    expect(store.snapshot().problems).toEqual([]);
    await store.close();
  });

  it('keeps imported tasks, plans and agencies across a restart', async () => {
    const path = join(tempDir(), 'sheet.sqlite');
    const first = await openStore(path);
    await first.addPlan({
      plan: DEMO_PLAN,
      tasks: [
        makeTask({
          id: 'TN60-01',
          lead: ['Sở Nội vụ'],
          coordinating: ['Các cơ quan, đơn vị, địa phương'],
          deadline: '2024-03-31',
          deadlineText: 'Tháng 3/2024',
        }),
        makeTask({
          id: 'TN60-02',
          lead: ['Sở Tư pháp', 'Thanh tra tỉnh'],
          kind: 'report',
          recurrence: 'Hằng tháng, trước ngày 14',
        }),
      ],
      agencies: [
        {
          name: 'Báo Thái Nguyên',
          aliases: [],
          kind: 'other',
          memberKinds: [],
          successor: '',
          telegram: [],
          zalo: [],
          groupChat: '',
        },
      ],
    });
    await first.close();

    const second = await openStore(path);
    const snapshot = second.snapshot();
    expect(snapshot.tasks.map((t) => t.id)).toEqual(['TN60-01', 'TN60-02']);
    expect(snapshot.byId.get('TN60-02')?.lead).toEqual(['Sở Tư pháp', 'Thanh tra tỉnh']);
    expect(snapshot.byId.get('TN60-02')?.kind).toBe('report');
    expect(snapshot.byId.get('TN60-01')?.deadline).toBe('2024-03-31');
    expect(snapshot.plans).toEqual([DEMO_PLAN]);
    expect(snapshot.agencies.map((a) => a.name)).toEqual(['Báo Thái Nguyên']);
    await second.close();
  });

  it('writes only bot-owned cells, logs each change, and keeps user text as text', async () => {
    const path = join(tempDir(), 'sheet.sqlite');
    const store = await openStore(path);
    await store.addPlan({
      plan: DEMO_PLAN,
      tasks: [makeTask({ id: 'TN60-12', lead: ['Sở Tư pháp'], note: 'ghi chú của điều phối' })],
      agencies: [],
    });
    const result = await store.updateTask({
      id: 'tn60-12',
      fields: { status: 'done', completedAt: '2024-05-10', lastUpdate: '=IMPORTXML("http://x")', updatedBy: 'Chị Lan' },
      origin: { by: 'Chị Lan (Sở Tư pháp)', channel: 'console', message: 'TN60-12 xong rồi', at },
    });
    expect(result.status).toBe('applied');
    const task = store.snapshot().byId.get('TN60-12');
    expect(task?.status).toBe('done');
    expect(task?.completedAt).toBe('2024-05-10');
    expect(task?.lastUpdate).toBe('=IMPORTXML("http://x")');
    expect(task?.note).toBe('ghi chú của điều phối');

    const [log] = await store.backend.readTabs(['Nhật ký']);
    expect(log?.rows.map((row) => row.slice(0, 5))).toEqual([
      ['10/05/2024 09:30', 'TN60-12', 'Trạng thái', 'Chưa thực hiện', 'Hoàn thành'],
      ['10/05/2024 09:30', 'TN60-12', 'Cập nhật gần nhất', '', '=IMPORTXML("http://x")'],
      ['10/05/2024 09:30', 'TN60-12', 'Người cập nhật', '', 'Chị Lan'],
      ['10/05/2024 09:30', 'TN60-12', 'Ngày hoàn thành', '', '10/05/2024'],
    ]);
    expect(log?.rows[0]?.[7]).toBe('TN60-12 xong rồi');
    await store.close();
  });

  it('writes a status and its log rows together or not at all (a kill between the two loses neither)', async () => {
    const path = join(tempDir(), 'sheet.sqlite');
    const store = await openStore(path);
    await store.addPlan({ plan: DEMO_PLAN, tasks: [makeTask({ id: 'TN60-07' })], agencies: [] });
    // The log tab goes missing behind the bot's back: its rows cannot be written.
    const db = new Database(path);
    db.prepare("DELETE FROM tabs WHERE name = 'Nhật ký'").run();
    db.close();
    await expect(
      store.updateTask({
        id: 'TN60-07',
        fields: { status: 'done' },
        origin: { by: 'x', channel: 'console', message: 'TN60-07 xong', at },
      }),
    ).rejects.toThrow(/Nhật ký/);
    // The status was not written without its log row: the update can be sent again and logged.
    const [tasks] = await store.backend.readTabs(['Nhiệm vụ']);
    const status = tasks!.headers.indexOf('Trạng thái');
    expect(tasks!.rows.find((row) => row[0] === 'TN60-07')?.[status]).toBe('Chưa thực hiện');
    await store.close();
  });

  it('refuses to overwrite a cell a coordinator changed since the bot read it', async () => {
    const path = join(tempDir(), 'sheet.sqlite');
    const store = await openStore(path);
    await store.addPlan({ plan: DEMO_PLAN, tasks: [makeTask({ id: 'TN60-03' })], agencies: [] });
    // A coordinator edits the status cell behind the bot's back.
    await store.backend.updateRows([
      { tab: 'Nhiệm vụ', keyHeader: 'Mã', key: 'TN60-03', cells: { 'Trạng thái': 'Vướng mắc' } },
    ]);
    const result = await store.updateTask({
      id: 'TN60-03',
      fields: { status: 'in_progress' },
      origin: { by: 'x', channel: 'console', message: 'đang làm', at },
    });
    expect(result).toEqual({ status: 'conflict', actual: { 'Trạng thái': 'Vướng mắc' } });
    expect(await store.refresh()).toBe(true);
    expect(store.snapshot().byId.get('TN60-03')?.status).toBe('blocked');
    expect(await store.refresh()).toBe(false);
    await store.close();
  });

  it('repairs a sheet whose header lost a column without touching the data', async () => {
    const path = join(tempDir(), 'sheet.sqlite');
    const store = await openStore(path);
    await store.addPlan({ plan: DEMO_PLAN, tasks: [makeTask({ id: 'TN60-04', content: 'Giữ nguyên' })], agencies: [] });
    await store.close();
    const db = new Database(path);
    const headers = JSON.parse(
      (db.prepare("SELECT headers FROM tabs WHERE name = 'Nhiệm vụ'").get() as { headers: string }).headers,
    ) as string[];
    db.prepare("UPDATE tabs SET headers = ? WHERE name = 'Nhiệm vụ'").run(
      JSON.stringify(headers.map((h) => (h === 'Ghi chú' ? 'Ý kiến riêng' : h))),
    );
    db.close();

    const reopened = await openStore(path);
    const [tab] = await reopened.backend.readTabs(['Nhiệm vụ']);
    expect(tab?.headers.at(-1)).toBe('Ghi chú');
    expect(tab?.headers).toContain('Ý kiến riêng');
    expect(reopened.snapshot().byId.get('TN60-04')?.content).toBe('Giữ nguyên');
    await reopened.close();
  });
});

describe('reading a sheet a coordinator edited', () => {
  it('finds columns by header whatever their order, case and spacing, and reports bad rows', () => {
    const snapshot = buildSnapshot(template, '7', [
      {
        name: 'Nhiệm vụ',
        headers: ['Ghi chú riêng', '  trạng   THÁI ', 'Nội dung', 'Mã', 'Hạn xử lý', 'Cơ quan chủ trì'],
        rows: [
          ['x', 'Đang thực hiện', 'Việc một', 'A-01', '31/12/2024', 'Sở Y tế'],
          ['', '', '', '', '', ''],
          ['y', 'Xong rồi', 'Việc hai', 'A-02', 'tuần sau', 'Sở Tư pháp; Sở Nội vụ'],
          ['z', '', 'Trùng mã', 'A-01'],
          ['', 'Hoàn thành', 'Không có mã'],
        ],
      },
    ]);
    expect(snapshot.tasks.map((t) => [t.id, t.status, t.deadline])).toEqual([
      ['A-01', 'in_progress', '2024-12-31'],
      ['A-02', 'not_started', null],
    ]);
    expect(snapshot.byId.get('A-02')?.lead).toEqual(['Sở Tư pháp', 'Sở Nội vụ']);
    const problems = snapshot.problems.join('\n');
    expect(problems).toContain('«Xong rồi»');
    expect(problems).toContain('«tuần sau»');
    expect(problems).toContain('Mã A-01 bị trùng');
    expect(problems).toContain('dòng 6: thiếu Mã');
    expect(problems).toContain('thiếu cột');
    expect(problems).toContain('chưa có trang «Cơ quan»');
  });
});
