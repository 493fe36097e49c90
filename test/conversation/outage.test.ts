import { describe, expect, it } from 'vitest';
import { checkSheetOnce } from '#src/conversation/sheet-watch.js';
import { createLogger } from '#src/logger.js';
import { conversationFor } from '../support/conversation.js';
import { initSheet, logRowsOf, openGoogleStore, useSheetsFake } from '../support/sheets-fake/harness.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const startFake = useSheetsFake();
const tempDir = useTempDirs();

describe('10. Google is unreachable when Lan reports', () => {
  it('answers "Đã ghi nhận…", then the write lands once, with her original message, when Google is back', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const dir = tempDir();
    const setup = await openGoogleStore(fake, dir);
    await setup.addPlan({ plan: DEMO_PLAN, tasks: [makeTask({ id: 'TN60-12', lead: ['Sở Tư pháp'] })], agencies: [] });
    await setup.close();

    // The bot acknowledges quickly: it waits a moment for the sheet, then answers from the outbox.
    const store = await openGoogleStore(fake, dir, { ackTimeoutMs: 50 });
    const { ask, state, notifier } = conversationFor(store, dir);
    fake.down = true;
    // The bot's periodic check of the sheet finds Google down.
    await expect(store.refresh()).rejects.toThrow();
    const lan = {
      role: { kind: 'focal', agency: 'Sở Tư pháp' },
      channel: 'telegram',
      userId: '101',
      name: 'Chị Lan',
    } as const;
    const { text } = await ask('TN60-12 xong rồi, đã ban hành KH số 45/KH-STP', lan);
    expect(text).toContain('Đã ghi nhận, sẽ cập nhật vào bảng tính khi kết nối lại');
    // Questions already see the reported state.
    expect((await ask('/xem TN60-12', lan)).text).toContain('Trạng thái: Hoàn thành');
    expect(logRowsOf(fake, 'TN60-12')).toEqual([]);

    fake.down = false;
    await store.flush();
    const statusRows = logRowsOf(fake, 'TN60-12').filter((row) => row.includes('Trạng thái'));
    expect(statusRows).toHaveLength(1);
    expect(statusRows[0]).toContain('TN60-12 xong rồi, đã ban hành KH số 45/KH-STP');
    // Lan is told that her update, acknowledged during the outage, has reached the sheet.
    expect(await checkSheetOnce({ store, state, notifier, logger: createLogger('silent', { pretty: false }) })).toBe(1);
    const told = notifier.sent
      .filter((m) => m.chatId === '101')
      .map((m) => m.reply?.blocks.map((b) => ('text' in b ? b.text : '')).join(' '));
    expect(told).toEqual(['Cập nhật TN60-12 bạn gửi lúc mất kết nối đã vào bảng tính.']);
    expect(await checkSheetOnce({ store, state, notifier, logger: createLogger('silent', { pretty: false }) })).toBe(0);
    state.close();
    await store.close();
  });
});
