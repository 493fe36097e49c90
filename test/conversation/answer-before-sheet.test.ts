import { describe, expect, it, vi } from 'vitest';
import { conversationFor } from '../support/conversation.js';
import type { Sent } from '../support/notifier.js';
import { initSheet, logRowsOf, openGoogleStore, useSheetsFake } from '../support/sheets-fake/harness.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const startFake = useSheetsFake();
const tempDir = useTempDirs();
const lan = {
  role: { kind: 'focal', agency: 'Sở Tư pháp' },
  channel: 'telegram',
  userId: '101',
  name: 'Chị Lan',
} as const;
const textsTo = (sent: Sent[], chatId: string) =>
  sent
    .filter((m) => m.chatId === chatId)
    .map((m) => m.reply?.blocks.map((b) => ('text' in b ? b.text : '')).join(' ') ?? '');

describe('a status update is answered once it is durable in the outbox', () => {
  it('answers before any call to Google, then the write lands with its log row', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const dir = tempDir();
    const seed = await openGoogleStore(fake, dir);
    await seed.addPlan({ plan: DEMO_PLAN, tasks: [makeTask({ id: 'TN60-05', lead: ['Sở Tư pháp'] })], agencies: [] });
    await seed.close();
    const store = await openGoogleStore(fake, dir, { ackTimeoutMs: 0 });
    const { ask, state } = conversationFor(store, dir);
    fake.latencyMs = 300; // a slow Google: the reply must not wait for it
    fake.resetCalls();

    const { text } = await ask('TN60-05 đang làm 40%', lan);
    expect(text.toLowerCase()).toContain('đã cập nhật tn60-05');
    expect(text).not.toContain('khi kết nối lại');
    expect(fake.count((c) => c.api === 'values.batchUpdate')).toBe(0);
    expect(store.writeQueue().pending).toBe(1);

    await store.flush();
    expect(fake.coordinator.cell('Nhiệm vụ', 'Mã', 'TN60-05', 'Trạng thái')).toBe('Đang thực hiện');
    expect(logRowsOf(fake, 'TN60-05').filter((row) => row.includes('Trạng thái'))).toHaveLength(1);
    state.close();
    await store.close();
  });

  it('tells the person afterwards when the sheet refuses the change (a coordinator edited the cell meanwhile)', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const dir = tempDir();
    const seed = await openGoogleStore(fake, dir);
    await seed.addPlan({ plan: DEMO_PLAN, tasks: [makeTask({ id: 'TN60-06', lead: ['Sở Tư pháp'] })], agencies: [] });
    await seed.close();
    const store = await openGoogleStore(fake, dir, { ackTimeoutMs: 0 });
    const { ask, notifier, state } = conversationFor(store, dir);
    fake.beforeNext('values.batchGet', () =>
      fake.coordinator.editCell('Nhiệm vụ', 'Mã', 'TN60-06', 'Trạng thái', 'Vướng mắc'),
    );

    expect((await ask('TN60-06 xong', lan)).text.toLowerCase()).toContain('đã cập nhật tn60-06');
    await store.flush();
    await vi.waitFor(() =>
      expect(textsTo(notifier.sent, '101').join(' ')).toContain('bảng tính vừa được sửa ở nhiệm vụ TN60-06'),
    );
    expect(fake.coordinator.cell('Nhiệm vụ', 'Mã', 'TN60-06', 'Trạng thái')).toBe('Vướng mắc');
    state.close();
    await store.close();
  });
});
