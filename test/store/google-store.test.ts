import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import type { TaskStatus } from '#src/domain/status.js';
import { createConfig } from '#src/config.js';
import { createLogger } from '#src/logger.js';
import { openStoreFromConfig } from '#src/store/open-store.js';
import { openOutbox } from '#src/store/outbox.js';
import type { TaskStore } from '#src/store/task-store.js';
import { FAST_DRAIN, initSheet, logRowsOf, openGoogleStore, useSheetsFake } from '../support/sheets-fake/harness.js';
import { isSheets, isWrite, type SheetsFake } from '../support/sheets-fake/index.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const startFake = useSheetsFake();
const tempDir = useTempDirs();
const at = DateTime.fromISO('2024-05-10T09:30:00', { zone: 'Asia/Ho_Chi_Minh' });
const origin = (message: string) => ({ by: 'Chị Lan (Sở Tư pháp)', channel: 'console', message, at });
const setStatus = (store: TaskStore, id: string, status: TaskStatus) =>
  store.updateTask({ id, fields: { status }, origin: origin(`${id} ${status}`) });

async function seeded(ids: string[]) {
  const fake = await startFake();
  await initSheet(fake);
  const dir = tempDir();
  const store = await openGoogleStore(fake, dir);
  await store.addPlan({
    plan: DEMO_PLAN,
    tasks: ids.map((id, i) => makeTask({ id, order: String(i + 1) })),
    agencies: [],
  });
  return { fake, dir, store };
}

const statusOf = (fake: SheetsFake, id: string) => fake.coordinator.cell('Nhiệm vụ', 'Mã', id, 'Trạng thái');

describe('task store on a Google Sheet', () => {
  it('imports a plan and reads the same tasks back after a restart', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const dir = tempDir();
    const tasks = [
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
        progress: 40,
      }),
    ];
    const agencies = [
      {
        name: 'Báo Thái Nguyên',
        aliases: [],
        kind: 'other' as const,
        memberKinds: [],
        successor: '',
        telegram: [],
        zalo: [],
        groupChat: '',
      },
    ];
    const first = await openGoogleStore(fake, dir);
    await first.addPlan({ plan: DEMO_PLAN, tasks, agencies });
    await first.close();

    const second = await openGoogleStore(fake, dir);
    // The same tasks, with the bot-kept columns a new sheet has read as empty (extensions: never).
    expect(second.snapshot().tasks).toMatchObject(tasks);
    expect(second.snapshot().tasks).toHaveLength(tasks.length);
    expect(second.snapshot().tasks[0]).toMatchObject({
      extensionCount: 0,
      extensionRequest: '',
      originalDeadline: null,
    });
    expect(second.snapshot().plans).toEqual([DEMO_PLAN]);
    expect(second.snapshot().agencies).toEqual(agencies);
    expect(second.snapshot().problems).toEqual([]);
    await second.close();
  });

  it('writes the right task after a coordinator inserted rows above and sorted the tab', async () => {
    const { fake, store } = await seeded(['A-01', 'A-02', 'A-03']);
    fake.coordinator.insertRowsAbove('Nhiệm vụ', 2, 3);
    fake.coordinator.sortRows('Nhiệm vụ', 'Mã', 'desc');
    fake.coordinator.moveColumn('Nhiệm vụ', 'Trạng thái', 1);
    // The snapshot is stale: it still has the old row and column positions.
    expect(await setStatus(store, 'A-02', 'in_progress')).toMatchObject({ status: 'applied' });
    expect(['A-01', 'A-02', 'A-03'].map((id) => statusOf(fake, id))).toEqual([
      'Chưa thực hiện',
      'Đang thực hiện',
      'Chưa thực hiện',
    ]);

    // And again when the sorting happens between the bot's read of the snapshot and its write.
    fake.beforeNext('values.batchGet', () => fake.coordinator.sortRows('Nhiệm vụ', 'Mã', 'asc'));
    expect(await setStatus(store, 'A-03', 'blocked')).toMatchObject({ status: 'applied' });
    expect(['A-01', 'A-02', 'A-03'].map((id) => statusOf(fake, id))).toEqual([
      'Chưa thực hiện',
      'Đang thực hiện',
      'Vướng mắc',
    ]);
    await store.close();
  });

  it('reports a conflict instead of overwriting a status a coordinator just changed', async () => {
    const { fake, store } = await seeded(['B-01']);
    fake.coordinator.editCell('Nhiệm vụ', 'Mã', 'B-01', 'Trạng thái', 'Vướng mắc');
    const result = await setStatus(store, 'B-01', 'done');
    expect(result).toEqual({ status: 'conflict', actual: { 'Trạng thái': 'Vướng mắc' } });
    expect(statusOf(fake, 'B-01')).toBe('Vướng mắc');
    expect(logRowsOf(fake, 'B-01')).toEqual([]);
    const { pending, unresolved } = store.writeQueue();
    expect(pending).toBe(0);
    expect(unresolved).toEqual([
      expect.objectContaining({ status: 'conflict', actual: { 'Trạng thái': 'Vướng mắc' } }),
    ]);
    await store.refresh();
    expect(store.snapshot().byId.get('B-01')?.status).toBe('blocked');
    await store.close();
  });

  it('answers missing when a coordinator deleted the row', async () => {
    const { fake, store } = await seeded(['C-01', 'C-02']);
    fake.coordinator.deleteRow('Nhiệm vụ', 'Mã', 'C-01');
    expect(await setStatus(store, 'C-01', 'done')).toEqual({ status: 'missing' });
    expect(statusOf(fake, 'C-02')).toBe('Chưa thực hiện');
    await store.close();
  });

  it('keeps "=IMPORTXML(...)" as text in the cell and in the log', async () => {
    const { fake, store } = await seeded(['D-01']);
    const text = '=IMPORTXML("http://example.com", "//a")';
    const result = await store.updateTask({ id: 'D-01', fields: { lastUpdate: text }, origin: origin(text) });
    expect(result.status).toBe('applied');
    expect(fake.coordinator.cell('Nhiệm vụ', 'Mã', 'D-01', 'Cập nhật gần nhất')).toBe(text);
    expect(fake.sheet.tabs.every((t) => t.formulas.size === 0)).toBe(true);
    expect(logRowsOf(fake, 'D-01')[0]).toContain(text);
    await store.refresh();
    expect(store.snapshot().byId.get('D-01')?.lastUpdate).toBe(text);
    await store.close();
  });

  it('loses and duplicates nothing through a storm of 429s and 500s', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `S-${String(i + 1).padStart(2, '0')}`);
    const { fake, store } = await seeded(ids);
    fake.resetCalls();
    fake.failNext(4, 429);
    fake.failNext(2, 500, { applied: true, api: 'values.batchUpdate' });
    fake.failNext(3, 500, { applied: true, api: 'values.append' });
    fake.failNext(3, 500);
    fake.failNext(2, 429, { api: 'values.append' });
    // One by one (a drain each), then a burst (coalesced drains).
    const results = [];
    for (const id of ids.slice(0, 6)) results.push(await setStatus(store, id, 'done'));
    results.push(...(await Promise.all(ids.slice(6).map((id) => setStatus(store, id, 'done')))));
    await store.flush();
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 'applied'));
    expect(fake.faultsLeft()).toBe(0);
    expect(fake.count((c) => c.status !== 200)).toBe(14);
    for (const id of ids) {
      expect(statusOf(fake, id)).toBe('Hoàn thành');
      expect(logRowsOf(fake, id)).toHaveLength(1);
    }
    expect(store.writeQueue()).toEqual({ pending: 0, pendingIds: [], unresolved: [], lastError: null });
    await store.close();
  });

  it('acknowledges as queued while the API is down, shows the change, and sends it once when back', async () => {
    const { fake, dir, store } = await seeded(['E-01', 'E-02', 'E-03']);
    await store.close();
    // A long backoff: nothing is retried until flush(), so all three go out together.
    const offline = await openGoogleStore(fake, dir, {
      ackTimeoutMs: 50,
      drain: { ...FAST_DRAIN, retryBaseMs: 60_000, retryMaxMs: 60_000 },
    });
    fake.down = true;
    const first = await setStatus(offline, 'E-01', 'in_progress');
    expect(first).toMatchObject({ status: 'queued', after: { status: 'in_progress' } });
    // A second change on the same task builds on the queued one.
    expect(await setStatus(offline, 'E-01', 'done')).toMatchObject({
      status: 'queued',
      before: { status: 'in_progress' },
    });
    expect(await setStatus(offline, 'E-02', 'blocked')).toMatchObject({ status: 'queued' });
    expect(offline.snapshot().byId.get('E-01')?.status).toBe('done');
    expect(offline.writeQueue().pending).toBe(3);
    await vi.waitFor(() => expect(offline.writeQueue().lastError).toContain('Google Sheets đang gặp sự cố')); // the failed drain is over

    fake.down = false;
    fake.resetCalls();
    await offline.flush();
    expect(statusOf(fake, 'E-01')).toBe('Hoàn thành');
    expect(statusOf(fake, 'E-02')).toBe('Vướng mắc');
    expect(logRowsOf(fake, 'E-01').map((r) => r.slice(2, 5))).toEqual([
      ['Trạng thái', 'Chưa thực hiện', 'Đang thực hiện'],
      ['Trạng thái', 'Đang thực hiện', 'Hoàn thành'],
    ]);
    // Everything pending went out coalesced: one cell write and one append.
    expect(fake.count((c) => c.api === 'values.batchUpdate')).toBe(1);
    expect(fake.count((c) => c.api === 'values.append')).toBe(1);
    expect(offline.snapshot().byId.get('E-01')?.status).toBe('done');
    await offline.close();
  });

  it('answers questions from the snapshot without any API call, and idles on one Drive call per check', async () => {
    const { fake, store } = await seeded(['F-01', 'F-02']);
    fake.resetCalls();
    for (let i = 0; i < 50; i++) expect(store.snapshot().byId.get('F-02')?.id).toBe('F-02');
    expect(fake.calls).toEqual([]);
    for (let i = 0; i < 3; i++) expect(await store.refresh()).toBe(false);
    expect(fake.calls.map((c) => c.api)).toEqual(['drive.files.get', 'drive.files.get', 'drive.files.get']);
    fake.coordinator.editCell('Nhiệm vụ', 'Mã', 'F-01', 'Ghi chú', 'mới');
    fake.resetCalls();
    expect(await store.refresh()).toBe(true);
    expect(fake.calls.map((c) => c.api)).toEqual(['drive.files.get', 'values.batchGet']);
    expect(store.snapshot().byId.get('F-01')?.note).toBe('mới');
    await store.close();
  });

  it('keeps the outbox in SQLite under the data folder, one queue per spreadsheet', async () => {
    const { fake, dir, store } = await seeded(['G-01']);
    await store.close();
    fake.down = true;
    const offline = await openGoogleStore(fake, dir, { ackTimeoutMs: 20 }).catch((e: unknown) => e);
    expect(offline).toBeInstanceOf(Error); // opening needs one read of the sheet
    fake.down = false;
    const again = await openGoogleStore(fake, dir, { ackTimeoutMs: 20 });
    fake.down = true;
    expect((await setStatus(again, 'G-01', 'done')).status).toBe('queued');
    await again.close();
    const other = openOutbox(join(dir, 'outbox.sqlite'), 'another-spreadsheet');
    expect(other.pending()).toEqual([]);
    other.close();
    const same = openOutbox(join(dir, 'outbox.sqlite'), fake.spreadsheetId);
    expect(same.pending().map((e) => e.change.update.key)).toEqual(['G-01']);
    same.close();
    expect(fake.count(isWrite)).toBeGreaterThan(0);
    expect(fake.count(isSheets)).toBeGreaterThan(0);
  });

  it('is chosen by open-store when GOOGLE_SPREADSHEET_ID is set, with its outbox in DATA_DIR', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const dataDir = tempDir();
    const config = createConfig({
      GOOGLE_SPREADSHEET_ID: fake.spreadsheetId,
      GOOGLE_API_ROOT: fake.url,
      GOOGLE_API_KEY: fake.apiKey,
      DATA_DIR: dataDir,
    });
    const logger = createLogger('silent', { pretty: false });
    const store = await openStoreFromConfig(config, logger, { refreshIntervalMs: 0 });
    expect(store.backend.kind).toBe('google');
    expect(existsSync(join(dataDir, 'outbox.sqlite'))).toBe(true);
    expect(fake.count((c) => c.api === 'values.batchGet')).toBe(1);
    await store.close();
    fake.denyAccess = true;
    await expect(openStoreFromConfig(config, logger)).rejects.toThrow(
      /^Bot không có quyền mở bảng tính .*\(Editor\)\.$/,
    );
  });
});
