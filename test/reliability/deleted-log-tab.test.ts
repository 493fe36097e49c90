import { describe, expect, it } from 'vitest';
import { checkSheetOnce } from '#src/conversation/sheet-watch.js';
import { createLogger } from '#src/logger.js';
import { conversationFor } from '../support/conversation.js';
import { initSheet, logRowsOf, openGoogleStore, useSheetsFake } from '../support/sheets-fake/harness.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const startFake = useSheetsFake();
const tempDir = useTempDirs();
const silent = createLogger('silent', { pretty: false });

describe('the Nhật ký tab deleted by hand', () => {
  it('is created again before any cell is written, listed in /kiemtra, told to coordinators once; no write is repeated', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const dir = tempDir();
    const seed = await openGoogleStore(fake, dir);
    await seed.addPlan({
      plan: DEMO_PLAN,
      tasks: ['TN60-01', 'TN60-02'].map((id) => makeTask({ id, lead: ['Sở Tư pháp'] })),
      agencies: [],
    });
    await seed.close();
    const store = await openGoogleStore(fake, dir);
    const { ask, notifier, state } = conversationFor(store, dir, { coordinators: ['telegram:999'] });

    const at = fake.sheet.tabs.findIndex((tab) => tab.properties.title === 'Nhật ký');
    fake.sheet.tabs.splice(at, 1);
    fake.sheet.touch();
    fake.resetCalls();

    const lan = {
      role: { kind: 'focal', agency: 'Sở Tư pháp' },
      channel: 'telegram',
      userId: '101',
      name: 'Chị Lan',
    } as const;
    expect((await ask('TN60-01 xong', lan)).text.toLowerCase()).toContain('đã cập nhật tn60-01');
    expect((await ask('TN60-02 đang làm 30%', lan)).text.toLowerCase()).toContain('đã cập nhật tn60-02');
    // Each update's cells written once, each log appended once: nothing retried.
    expect(fake.count((c) => c.api === 'values.batchUpdate')).toBe(2);
    expect(fake.count((c) => c.api === 'values.append')).toBe(2);
    // The only refused call is the read that finds the tab gone (the list of tabs is then read again).
    expect(fake.count((c) => c.status >= 400 && c.api !== 'values.batchGet')).toBe(0);
    expect(fake.coordinator.rows('Nhật ký')[0]).toEqual(
      expect.arrayContaining(['Thời gian', 'Mã', 'Trường', 'Giá trị cũ', 'Giá trị mới']),
    );
    expect(logRowsOf(fake, 'TN60-01').filter((row) => row.includes('Trạng thái'))).toHaveLength(1);
    expect(logRowsOf(fake, 'TN60-02').filter((row) => row.includes('Trạng thái'))).toHaveLength(1);
    expect(store.writeQueue().pending).toBe(0);

    expect((await ask('/kiemtra')).text).toContain('Trang «Nhật ký» đã bị xóa; bot đã tạo lại');
    const before = notifier.sent.filter((m) => m.chatId === '999').length;
    expect(await checkSheetOnce({ store, state, notifier, logger: silent, coordinators: ['telegram:999'] })).toBe(1);
    expect(await checkSheetOnce({ store, state, notifier, logger: silent, coordinators: ['telegram:999'] })).toBe(0);
    const told = notifier.sent.filter((m) => m.chatId === '999').slice(before);
    expect(told.map((m) => m.reply?.blocks.map((b) => ('text' in b ? b.text : '')).join(' ')).join(' ')).toContain(
      'Bot đã tạo lại trang «Nhật ký»',
    );
    state.close();
    await store.close();
  });

  it('the Tổng hợp tab deleted by hand is created again when the digest rewrites it', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const store = await openGoogleStore(fake, tempDir());
    fake.sheet.tabs.splice(
      fake.sheet.tabs.findIndex((tab) => tab.properties.title === 'Tổng hợp'),
      1,
    );
    fake.sheet.touch();
    await store.backend.replaceRows('Tổng hợp', [{ 'Cơ quan': 'Sở Tư pháp', 'Tổng số': '3' }]);
    expect(fake.coordinator.rows('Tổng hợp')).toEqual([
      ['Cơ quan', 'Tổng số'],
      ['Sở Tư pháp', '3'],
    ]);
    expect(store.sheetHealth().recreatedTabs.map((r) => r.tab)).toEqual(['Tổng hợp']);
    await store.close();
  });

  it('a write that cannot find its tab stays queued with a Vietnamese reason, never settled as lost', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const dir = tempDir();
    const seed = await openGoogleStore(fake, dir);
    await seed.addPlan({ plan: DEMO_PLAN, tasks: [makeTask({ id: 'TN60-01', lead: ['Sở Tư pháp'] })], agencies: [] });
    await seed.close();
    const store = await openGoogleStore(fake, dir, {
      ackTimeoutMs: 200,
      drain: { minIntervalMs: 0, retryBaseMs: 60_000, retryMaxMs: 60_000 },
    });
    const { ask, state } = conversationFor(store, dir);
    // The tasks tab is renamed between the bot's last read and its write.
    fake.beforeNext('values.batchGet', () => {
      const tab = fake.sheet.tab('Nhiệm vụ');
      if (tab) tab.properties.title = 'Nhiệm vụ (cũ)';
    });
    const lan = {
      role: { kind: 'focal', agency: 'Sở Tư pháp' },
      channel: 'telegram',
      userId: '101',
      name: 'Chị Lan',
    } as const;
    expect((await ask('TN60-01 xong', lan)).text).toContain('Đã ghi nhận');
    await expect.poll(() => store.writeQueue().lastError).toContain('Bảng tính không còn trang «Nhiệm vụ»');
    expect(store.writeQueue()).toMatchObject({ pending: 1, unresolved: [] });
    state.close();
    await store.close();
  });
});
