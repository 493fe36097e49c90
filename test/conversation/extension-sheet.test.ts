import { describe, expect, it } from 'vitest';
import { sheetDecision } from '#src/conversation/extension-sheet.js';
import { checkSheetOnce } from '#src/conversation/sheet-watch.js';
import type { ExtensionRequest } from '#src/state/extension-requests.js';
import { fixedClock } from '#src/domain/clock.js';
import { createLogger } from '#src/logger.js';
import { conversationFor } from '../support/conversation.js';
import { initSheet, logRowsOf, openGoogleStore, template, useSheetsFake } from '../support/sheets-fake/harness.js';
import type { SheetsFake } from '../support/sheets-fake/index.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

/**
 * Extensions decided in the Google Sheet (the Sheets fake, through the outbox), as a coordinator
 * confirms a «done» there today: chị Lan asks in chat, chị Hà types in the sheet.
 */
const startFake = useSheetsFake();
const tempDir = useTempDirs();
const silent = createLogger('silent', { pretty: false });
const lan = {
  role: { kind: 'focal', agency: 'Sở Tư pháp' },
  channel: 'telegram',
  userId: '101',
  name: 'Chị Lan',
} as const;

async function sheetWeek() {
  const fake = await startFake();
  await initSheet(fake);
  const dir = tempDir();
  const store = await openGoogleStore(fake, dir);
  await store.addPlan({
    plan: DEMO_PLAN,
    tasks: [makeTask({ id: 'TN60-05', lead: ['Sở Tư pháp'], deadline: '2024-06-30' })],
    agencies: [],
  });
  const clock = fixedClock('2024-06-12T09:00:00');
  const chat = conversationFor(store, dir, { clock, coordinators: ['telegram:900'] });
  const watch = () => checkSheetOnce({ store, state: chat.state, notifier: chat.notifier, logger: silent, clock });
  /** A coordinator's edit by hand, then the bot's next look at the sheet. */
  const type = async (header: string, value: string) => {
    fake.coordinator.editCell('Nhiệm vụ', 'Mã', 'TN60-05', header, value);
    await store.refresh();
  };
  const close = async () => {
    chat.state.close();
    await store.close();
  };
  return { fake, store, ...chat, watch, type, close };
}

const cell = (fake: SheetsFake, header: string) => fake.coordinator.cell('Nhiệm vụ', 'Mã', 'TN60-05', header);
const told = (s: Awaited<ReturnType<typeof sheetWeek>>) =>
  s.notifier.sent.filter((m) => m.chatId === '101').map((m) => JSON.stringify(m.reply));

describe('approving an extension by typing in the sheet', () => {
  it('«Duyệt» in the Đề nghị gia hạn cell: the bot writes the rest once and tells Lan', async () => {
    const s = await sheetWeek();
    await s.ask('/giahan TN60-05 30/7/2024 chờ kinh phí', lan);
    expect(cell(s.fake, 'Đề nghị gia hạn')).toMatch(/^Chờ duyệt: xin gia hạn đến 30\/07\/2024/);
    expect(await s.watch()).toBe(0);

    await s.type('Đề nghị gia hạn', 'Duyệt');
    expect(await s.watch()).toBe(1);
    await s.store.flush();
    expect(cell(s.fake, 'Hạn xử lý')).toBe('30/07/2024');
    expect(cell(s.fake, 'Hạn ban đầu')).toBe('30/06/2024');
    expect(cell(s.fake, 'Số lần gia hạn')).toBe('1');
    expect(cell(s.fake, 'Đề nghị gia hạn')).toContain('Đã duyệt gia hạn đến 30/07/2024 (lần 1)');
    const deadlineRows = logRowsOf(s.fake, 'TN60-05').filter((row) => row.includes('Hạn xử lý'));
    expect(deadlineRows).toHaveLength(1);
    expect(deadlineRows[0]).toEqual(
      expect.arrayContaining(['30/06/2024', '30/07/2024', 'Điều phối viên (trên bảng tính)']),
    );
    expect(told(s).filter((m) => m.includes('đã được duyệt'))).toHaveLength(1);

    // The next looks find nothing new: written once, told once.
    await s.store.refresh();
    expect(await s.watch()).toBe(0);
    expect(logRowsOf(s.fake, 'TN60-05').filter((row) => row.includes('Hạn xử lý'))).toHaveLength(1);
    await s.close();
  });

  it('the new date typed in Hạn xử lý counts as approval: Hạn ban đầu keeps the plan’s date', async () => {
    const s = await sheetWeek();
    await s.ask('/giahan TN60-05 30/7/2024 chờ kinh phí', lan);
    await s.type('Hạn xử lý', '30/07/2024');
    expect(await s.watch()).toBe(1);
    await s.store.flush();
    expect([cell(s.fake, 'Hạn ban đầu'), cell(s.fake, 'Số lần gia hạn')]).toEqual(['30/06/2024', '1']);
    await s.close();
  });

  it('«Từ chối: …» tells Lan the reason and leaves the deadline', async () => {
    const s = await sheetWeek();
    await s.ask('/giahan TN60-05 30/7/2024 chờ kinh phí', lan);
    await s.type('Đề nghị gia hạn', 'Từ chối: chưa đủ căn cứ, đề nghị hoàn thành đúng hạn');
    expect(await s.watch()).toBe(1);
    await s.store.flush();
    expect(cell(s.fake, 'Hạn xử lý')).toBe('30/06/2024');
    expect(cell(s.fake, 'Số lần gia hạn')).toBe('');
    expect(cell(s.fake, 'Đề nghị gia hạn')).toContain('Không duyệt gia hạn đến 30/07/2024. Lý do: chưa đủ căn cứ');
    expect(told(s).some((m) => m.includes('Lý do: chưa đủ căn cứ, đề nghị hoàn thành đúng hạn'))).toBe(true);
    await s.close();
  });
});

describe('the words a coordinator types in the Đề nghị gia hạn cell', () => {
  const request: ExtensionRequest = {
    id: 1,
    taskId: 'TN60-05',
    channel: 'telegram',
    chatId: '101',
    requester: 'Chị Lan (Sở Tư pháp)',
    newDate: '2024-07-30',
    reason: 'chờ kinh phí',
    previousDeadline: '2024-06-30',
    cell: 'Chờ duyệt: xin gia hạn đến 30/07/2024. Lý do: chờ kinh phí. Người đề nghị: Chị Lan (Sở Tư pháp), 12/06/2024 09:00',
    requestedAt: '2024-06-12T09:00:00.000+07:00',
    status: 'pending',
  };
  it.each([
    ['Duyệt', { kind: 'approve', newDate: '2024-07-30' }],
    ['đồng ý', { kind: 'approve', newDate: '2024-07-30' }],
    ['Đã duyệt: xin gia hạn đến 30/07/2024', { kind: 'approve', newDate: '2024-07-30' }],
    ['Duyệt đến 15/07/2024', { kind: 'approve', newDate: '2024-07-15' }],
    ['Từ chối: cần xong đúng hạn', { kind: 'refuse', why: 'cần xong đúng hạn' }],
    ['không duyệt, đề nghị hoàn thành trong tháng 6', { kind: 'refuse', why: 'đề nghị hoàn thành trong tháng 6' }],
    ['không đồng ý', { kind: 'refuse', why: 'điều phối viên không duyệt' }],
    ['chưa duyệt, chờ họp', null],
    ['Chờ duyệt: xin gia hạn đến 30/07/2024 (đã xem)', null],
    ['', null],
  ])('«%s»', (typed, decision) => {
    expect(sheetDecision(request, typed, '2024-06-30')).toEqual(decision);
  });
  it('reads the bot’s own words as no decision, unless the date asked for was typed in Hạn xử lý', () => {
    expect(sheetDecision(request, request.cell, '2024-06-30')).toBeNull();
    expect(sheetDecision(request, request.cell, '2024-07-30')).toEqual({ kind: 'approve', newDate: '2024-07-30' });
  });
});

describe('while Google is down', () => {
  it('acknowledges the request and the approval, and after a restart each lands once', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const dir = tempDir();
    const seed = await openGoogleStore(fake, dir);
    await seed.addPlan({
      plan: DEMO_PLAN,
      tasks: [makeTask({ id: 'TN60-05', lead: ['Sở Tư pháp'], deadline: '2024-06-30' })],
      agencies: [],
    });
    await seed.close();

    const store = await openGoogleStore(fake, dir, { ackTimeoutMs: 50 });
    const clock = fixedClock('2024-06-12T09:00:00');
    const chat = conversationFor(store, dir, { clock, coordinators: ['telegram:900'] });
    fake.down = true;
    await expect(store.refresh()).rejects.toThrow();
    const asked = await chat.ask('/giahan TN60-05 30/7/2024 chờ kinh phí', lan);
    expect(asked.text).toContain('Đề nghị sẽ vào bảng tính khi kết nối lại');
    const ha = { role: { kind: 'coordinator' }, channel: 'telegram', userId: '900', name: 'Chị Hà' } as const;
    const approved = await chat.ask('/duyet TN60-05', ha);
    expect(approved.text).toContain('ĐÃ GIA HẠN TN60-05 ĐẾN 30/07/2024');
    expect(approved.text).toContain('sẽ cập nhật vào bảng tính khi kết nối lại');
    expect(logRowsOf(fake, 'TN60-05')).toEqual([]);
    // The process stops before Google is back; the outbox keeps what was acknowledged.
    await store.close();

    fake.down = false;
    const again = await openGoogleStore(fake, dir);
    await again.flush();
    expect(cell(fake, 'Hạn xử lý')).toBe('30/07/2024');
    expect([cell(fake, 'Hạn ban đầu'), cell(fake, 'Số lần gia hạn')]).toEqual(['30/06/2024', '1']);
    const fields = logRowsOf(fake, 'TN60-05').map((row) => row[2]);
    expect(fields.filter((f) => f === 'Hạn xử lý')).toHaveLength(1);
    expect(fields.filter((f) => f === 'Đề nghị gia hạn')).toHaveLength(2);
    // Lan is told that her request, acknowledged during the outage, reached the sheet.
    expect(
      await checkSheetOnce({ store: again, state: chat.state, notifier: chat.notifier, logger: silent, clock }),
    ).toBe(1);
    expect(
      chat.notifier.sent.some((m) => m.chatId === '101' && JSON.stringify(m.reply).includes('đã vào bảng tính')),
    ).toBe(true);
    chat.state.close();
    await again.close();
  });
});

describe('what the sheet holds', () => {
  it('keeps a reason written like a formula as text, in the cell and in Nhật ký', async () => {
    const s = await sheetWeek();
    const reason = '=IMPORTXML("http://example.com", "//a")';
    await s.ask(`/giahan TN60-05 30/7/2024 ${reason}`, lan);
    expect(cell(s.fake, 'Đề nghị gia hạn')).toContain(`Lý do: ${reason}.`);
    expect(logRowsOf(s.fake, 'TN60-05').some((row) => row.some((c) => c.includes(reason)))).toBe(true);
    expect(s.fake.sheet.tabs.every((tab) => tab.formulas.size === 0)).toBe(true);
    await s.close();
  });

  it('sheet init adds the three columns to a sheet made before them, leaving its rows alone', async () => {
    const fake = await startFake();
    const tab = fake.sheet.addTab('Nhiệm vụ');
    const old = template
      .tab('tasks')
      .columns.map((c) => c.header)
      .filter((h) => !['Đề nghị gia hạn', 'Hạn ban đầu', 'Số lần gia hạn'].includes(h));
    old.forEach((header, i) => fake.sheet.setCell(tab, 0, i, header));
    ['TN60-05', 'TN60'].forEach((value, i) => fake.sheet.setCell(tab, 1, i, value));
    const report = await initSheet(fake);
    expect(report.addedColumns['Nhiệm vụ']).toEqual(['Đề nghị gia hạn', 'Hạn ban đầu', 'Số lần gia hạn']);
    expect(fake.coordinator.rows('Nhiệm vụ')[0]).toEqual([...old, 'Đề nghị gia hạn', 'Hạn ban đầu', 'Số lần gia hạn']);
    expect(fake.coordinator.rows('Nhiệm vụ')[1]?.slice(0, 2)).toEqual(['TN60-05', 'TN60']);
    expect(fake.coordinator.rows('Tổng hợp')[0]).toContain('Được gia hạn');
  });
});
