import { describe, expect, it } from 'vitest';
import { openGoogleSheet } from '#src/store/google/google-sheet.js';
import { FAST_RETRY, googleSheet, initSheet, template, useSheetsFake } from '../support/sheets-fake/harness.js';
import type { SheetsFake } from '../support/sheets-fake/index.js';

const startFake = useSheetsFake();
const TASKS = 'Nhiệm vụ';
const update = (key: string, status: string, expected?: string) => ({
  tab: TASKS,
  keyHeader: 'Mã',
  key,
  cells: { 'Trạng thái': status },
  ...(expected === undefined ? {} : { expected: { 'Trạng thái': expected } }),
});

async function withTasks(ids: string[]) {
  const fake = await startFake();
  await initSheet(fake);
  const backend = googleSheet(fake);
  await backend.appendRows(
    TASKS,
    ids.map((id) => ({ Mã: id, 'Trạng thái': 'Chưa thực hiện' })),
  );
  fake.resetCalls();
  return { fake, backend };
}

const keys = (fake: SheetsFake) =>
  fake.coordinator
    .rows(TASKS)
    .slice(1)
    .map((row) => row[0]);

describe('the fake Sheets API', () => {
  it('answers like Google: quoted ranges, trailing blanks left out, error JSON, API key checked', async () => {
    const fake = await startFake();
    const tab = fake.sheet.addTab('Nhiệm vụ');
    fake.sheet.setCell(tab, 0, 0, 'Mã');
    fake.sheet.setCell(tab, 0, 3, '');
    fake.sheet.setCell(tab, 1, 1, 'x');
    fake.sheet.setCell(tab, 4, 0, '');
    const get = async (range: string, key = fake.apiKey) => {
      const response = await fetch(
        `${fake.url}/v4/spreadsheets/${fake.spreadsheetId}/values/${encodeURIComponent(range)}?key=${key}`,
      );
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect(await get("'Nhiệm vụ'!A1:ZZ")).toEqual({
      status: 200,
      body: { range: "'Nhiệm vụ'!A1:Z1000", majorDimension: 'ROWS', values: [['Mã'], ['', 'x']] },
    });
    const missing = await get("'Không có'!A1:ZZ");
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({
      code: 400,
      message: "Unable to parse range: 'Không có'!A1:ZZ",
      status: 'INVALID_ARGUMENT',
    });
    expect((await get("'Nhiệm vụ'!A1", 'wrong')).status).toBe(400);
  });
});

describe('Google Sheet backend', () => {
  it('reads all tabs in one batchGet and reports a missing tab as empty', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const backend = googleSheet(fake);
    await backend.version();
    fake.resetCalls();
    const tabs = await backend.readTabs(['Nhiệm vụ', 'Cơ quan', 'Kế hoạch', 'Chưa có']);
    expect(tabs.map((t) => [t.name, t.headers.length])).toEqual([
      ['Nhiệm vụ', template.tab('tasks').columns.length],
      ['Cơ quan', 8],
      ['Kế hoạch', 6],
      ['Chưa có', 0],
    ]);
    expect(fake.calls.map((c) => c.api)).toEqual(['spreadsheets.get', 'values.batchGet']);

    // A tab a coordinator adds later is seen once the version changed.
    const added = fake.sheet.addTab('Chưa có');
    fake.sheet.setCell(added, 0, 0, 'Cột');
    fake.sheet.touch();
    await backend.version();
    expect((await backend.readTabs(['Chưa có']))[0]?.headers).toEqual(['Cột']);
    // And a tab deleted since the list was read does not break the read.
    fake.sheet.tabs.splice(fake.sheet.tabs.indexOf(added), 1);
    expect((await backend.readTabs(['Nhiệm vụ', 'Chưa có']))[1]).toEqual({ name: 'Chưa có', headers: [], rows: [] });
  });

  it('coalesces the updates of one call into one read and one batchUpdate, applied in order', async () => {
    const { fake, backend } = await withTasks(['A', 'B', 'C']);
    const results = await backend.updateRows([
      update('A', 'Đang thực hiện', 'Chưa thực hiện'),
      update('A', 'Hoàn thành', 'Đang thực hiện'),
      update('C', 'Vướng mắc', 'Sai'),
      update('Z', 'x'),
    ]);
    expect(results).toEqual([
      { status: 'applied', previous: { 'Trạng thái': 'Chưa thực hiện' } },
      { status: 'applied', previous: { 'Trạng thái': 'Đang thực hiện' } },
      { status: 'conflict', actual: { 'Trạng thái': 'Chưa thực hiện' } },
      { status: 'missing' },
    ]);
    expect(fake.calls.map((c) => c.api)).toEqual(['values.batchGet', 'values.batchUpdate']);
    expect(fake.coordinator.cell(TASKS, 'Mã', 'A', 'Trạng thái')).toBe('Hoàn thành');
  });

  it('appends by header name, and not twice after a lost answer', async () => {
    const { fake, backend } = await withTasks(['A']);
    fake.coordinator.moveColumn(TASKS, 'Mã', 3);
    fake.failNext(2, 500, { applied: true, api: 'values.append' });
    await backend.appendRows(TASKS, [{ Mã: 'B', 'Trạng thái': 'Hoàn thành' }, { Mã: 'C' }]);
    expect(keys(fake)).toEqual(['', '', '']); // Mã is now the fourth column
    const rows = fake.coordinator.rows(TASKS);
    expect(rows.slice(1).map((r) => [r[3], r[10]])).toEqual([
      ['A', 'Chưa thực hiện'],
      ['B', 'Hoàn thành'],
      ['C', ''],
    ]);
    fake.failNext(3, 429, { api: 'values.append' });
    await backend.appendRows(TASKS, [{ Mã: 'D' }]);
    expect(fake.coordinator.rows(TASKS).filter((r) => r[3] === 'D')).toHaveLength(1);
  });

  it('retries a call that timed out', async () => {
    const fake = await startFake();
    const backend = openGoogleSheet({
      spreadsheetId: fake.spreadsheetId,
      apiRoot: fake.url,
      apiKey: fake.apiKey,
      timeoutMs: 200,
      retry: FAST_RETRY,
    });
    fake.delayNext(1, 1_000);
    expect(await backend.version()).toBe('1');
    expect(fake.count()).toBe(2);
  });

  it('does not retry what a retry cannot fix (a wrong key, a missing sheet)', async () => {
    const fake = await startFake();
    const wrongKey = openGoogleSheet({
      spreadsheetId: fake.spreadsheetId,
      apiRoot: fake.url,
      apiKey: 'wrong',
      retry: FAST_RETRY,
    });
    await expect(wrongKey.version()).rejects.toThrow('API key not valid');
    const wrongId = openGoogleSheet({
      spreadsheetId: 'no-such-spreadsheet-000000',
      apiRoot: fake.url,
      apiKey: fake.apiKey,
      retry: FAST_RETRY,
    });
    await expect(wrongId.readTabs(['Nhiệm vụ'])).rejects.toThrow('Requested entity was not found.');
    expect(fake.count()).toBe(2);
  });
});
