import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConfig } from '#src/config.js';
import { createLogger } from '#src/logger.js';
import { runSheetInit } from '#src/store/sheet-init-command.js';
import { initSheet, template, useSheetsFake } from '../support/sheets-fake/harness.js';
import { isWrite, type SheetsFake } from '../support/sheets-fake/index.js';
import { useTempDirs } from '../support/temp.js';

const startFake = useSheetsFake();
const tempDir = useTempDirs();
const TABS = ['Nhiệm vụ', 'Cơ quan', 'Kế hoạch', 'Nhật ký', 'Tổng hợp'];

function presentation(fake: SheetsFake) {
  return fake.sheet.tabs.map((t) => ({
    title: t.properties.title,
    frozen: t.properties.gridProperties.frozenRowCount,
    validations: t.validations.length,
    rules: t.conditionalFormats.length,
    protections: t.protectedRanges.length,
  }));
}

describe('sheet init on a Google Sheet', () => {
  it('sets up an empty spreadsheet with tabs, headers and the template presentation', async () => {
    const fake = await startFake();
    const report = await initSheet(fake);
    expect(report.createdTabs).toEqual(TABS);
    expect(fake.sheet.tabs.map((t) => t.properties.title)).toEqual(TABS);

    const tasks = fake.sheet.tab('Nhiệm vụ');
    const headers = fake.coordinator.rows('Nhiệm vụ')[0];
    expect(headers).toEqual(template.tab('tasks').columns.map((c) => c.header));
    expect(tasks?.properties.gridProperties.frozenRowCount).toBe(1);
    expect(tasks?.columnWidths.get(4)).toBe(420); // Nội dung
    expect(tasks?.columnWidths.get(10)).toBe(130); // Trạng thái

    const status = tasks?.validations.find((v) => JSON.stringify(v.range).includes('"startColumnIndex":10'));
    expect(status?.rule).toMatchObject({
      condition: {
        type: 'ONE_OF_LIST',
        values: ['Chưa thực hiện', 'Đang thực hiện', 'Vướng mắc', 'Hoàn thành'].map((v) => ({ userEnteredValue: v })),
      },
      showCustomUi: true,
    });
    const formulas = tasks?.conditionalFormats.map((f) => JSON.stringify(f)) ?? [];
    expect(formulas).toHaveLength(2);
    expect(formulas[0]).toContain('=$K2=\\"Hoàn thành\\"');
    expect(formulas[1]).toContain('TODAY()');
    expect(formulas[1]).toContain('$I2'); // Hạn xử lý
    expect(tasks?.protectedRanges).toEqual([
      expect.objectContaining({
        warningOnly: true,
        range: { sheetId: tasks?.properties.sheetId, startRowIndex: 0, endRowIndex: 1 },
      }),
    ]);
    expect(fake.sheet.tab('Nhật ký')?.protectedRanges).toHaveLength(1);
  });

  it('changes nothing and duplicates no rule or protection when run again', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const before = presentation(fake);
    const cells = JSON.stringify(fake.sheet.tabs.map((t) => t.cells));
    const writesBefore = fake.count((c) => isWrite(c) && c.api !== 'spreadsheets.batchUpdate');

    const again = await initSheet(fake);
    expect(again).toEqual({ createdTabs: [], addedColumns: {}, presentation: [] });
    expect(presentation(fake)).toEqual(before);
    expect(JSON.stringify(fake.sheet.tabs.map((t) => t.cells))).toBe(cells);
    expect(fake.count((c) => isWrite(c) && c.api !== 'spreadsheets.batchUpdate')).toBe(writesBefore); // no value writes
  });

  it("keeps a coordinator's own column and column order, and appends only what is missing", async () => {
    const fake = await startFake();
    await initSheet(fake);
    fake.coordinator.moveColumn('Nhiệm vụ', 'Trạng thái', 0);
    fake.coordinator.addColumn('Nhiệm vụ', 'Ý kiến lãnh đạo');
    fake.coordinator.renameHeader('Nhiệm vụ', 'Ghi chú', 'Ghi chú riêng');
    const edited = fake.coordinator.rows('Nhiệm vụ')[0] ?? [];

    const report = await initSheet(fake);
    expect(report.createdTabs).toEqual([]);
    expect(report.addedColumns).toEqual({ 'Nhiệm vụ': ['Ghi chú'] });
    const headers = fake.coordinator.rows('Nhiệm vụ')[0];
    expect(headers).toEqual([...edited, 'Ghi chú']);
    expect(headers?.[0]).toBe('Trạng thái');
    // The colour rules follow the moved status column instead of the template's position.
    expect(JSON.stringify(fake.sheet.tab('Nhiệm vụ')?.conditionalFormats)).toContain('=$A2=\\"Hoàn thành\\"');
  });

  it('grows the grid when new headers do not fit', async () => {
    const fake = await startFake();
    const tab = fake.sheet.addTab('Nhiệm vụ', { columnCount: 3 });
    fake.sheet.setCell(tab, 0, 0, 'Mã');
    await initSheet(fake);
    expect(tab.properties.gridProperties.columnCount).toBe(template.tab('tasks').columns.length);
    expect(fake.coordinator.rows('Nhiệm vụ')[0]).toEqual(template.tab('tasks').columns.map((c) => c.header));
  });
});

describe('npx dondoc sheet init', () => {
  const output = () => {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
    return { out, err };
  };
  afterEach(() => vi.restoreAllMocks());
  const configFor = (fake: SheetsFake, id = fake.spreadsheetId) =>
    createConfig({
      GOOGLE_SPREADSHEET_ID: id,
      GOOGLE_API_ROOT: fake.url,
      GOOGLE_API_KEY: fake.apiKey,
      DATA_DIR: tempDir(),
    });
  const logger = createLogger('silent', { pretty: false });

  it('says in Vietnamese what it created, then that nothing was missing', async () => {
    const fake = await startFake();
    const { out } = output();
    expect(await runSheetInit(configFor(fake), logger)).toBe(0);
    expect(out.join('')).toContain('Đã tạo trang «Nhiệm vụ» với dòng tiêu đề.');
    out.length = 0;
    expect(await runSheetInit(configFor(fake), logger)).toBe(0);
    expect(out.join('')).toContain('không phải thêm gì');
  });

  it('gives one clear line when the sheet is not shared or the id is wrong', async () => {
    const fake = await startFake();
    const { err } = output();
    fake.denyAccess = true;
    expect(await runSheetInit(configFor(fake), logger)).toBe(1);
    expect(err.join('')).toMatch(/^Bot không có quyền mở bảng tính .*chia sẻ.*Editor\)\.\n$/);
    fake.denyAccess = false;
    err.length = 0;
    expect(await runSheetInit(configFor(fake, 'another-spreadsheet-id-123456'), logger)).toBe(1);
    expect(err.join('')).toMatch(
      /^Không tìm thấy bảng tính another-spreadsheet-id-123456: kiểm tra GOOGLE_SPREADSHEET_ID.*\n$/,
    );
  });

  it('creates the local tabs when no Google Sheet is configured', async () => {
    const { out } = output();
    expect(await runSheetInit(createConfig({ DATA_DIR: tempDir() }), logger)).toBe(0);
    expect(out.join('')).toContain('Đã tạo trang «Nhật ký»');
  });
});
