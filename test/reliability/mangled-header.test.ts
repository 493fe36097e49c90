import { describe, expect, it } from 'vitest';
import { checkSheetOnce } from '#src/conversation/sheet-watch.js';
import { createLogger } from '#src/logger.js';
import { conversationFor } from '../support/conversation.js';
import { initSheet, logRowsOf, openGoogleStore, useSheetsFake } from '../support/sheets-fake/harness.js';
import type { SheetsFake } from '../support/sheets-fake/server.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const startFake = useSheetsFake();
const tempDir = useTempDirs();
const silent = createLogger('silent', { pretty: false });
const TASKS = 'Nhiệm vụ';

function insertTitleRow(fake: SheetsFake): void {
  fake.coordinator.insertRowsAbove(TASKS, 1);
  const tab = fake.sheet.tab(TASKS);
  if (!tab) throw new Error('no tab');
  fake.sheet.setCell(tab, 0, 0, 'DANH MỤC NHIỆM VỤ NĂM 2024 (cập nhật hằng tuần)');
  fake.sheet.touch();
}

/** The cell under `header` in the row of task `id`, wherever the header row stands. */
function cellOf(fake: SheetsFake, id: string, header: string): string {
  const rows = fake.coordinator.rows(TASKS);
  const at = rows.findIndex((row) => row.includes('Trạng thái'));
  const headers = rows[at] ?? [];
  const row = rows.find((r, i) => i > at && r.includes(id)) ?? [];
  return row[headers.indexOf(header)] ?? '';
}

async function setUp() {
  const fake = await startFake();
  await initSheet(fake);
  const dir = tempDir();
  const seed = await openGoogleStore(fake, dir);
  const tasks = ['TN60-01', 'TN60-02', 'TN60-03'].map((id) => makeTask({ id, lead: ['Sở Tư pháp'] }));
  await seed.addPlan({ plan: DEMO_PLAN, tasks, agencies: [] });
  await seed.close();
  const store = await openGoogleStore(fake, dir, { copyPath: `${dir}/sheet-copy.json` });
  const talk = conversationFor(store, dir, { coordinators: ['telegram:999'] });
  const check = () =>
    checkSheetOnce({
      store,
      state: talk.state,
      notifier: talk.notifier,
      logger: silent,
      coordinators: ['telegram:999'],
    });
  return { fake, dir, store, check, ...talk };
}

const lan = {
  role: { kind: 'focal', agency: 'Sở Tư pháp' },
  channel: 'telegram',
  userId: '101',
  name: 'Chị Lan',
} as const;
const toCoordinator = (sent: ReturnType<typeof conversationFor>['notifier']['sent']) =>
  sent.filter((m) => m.chatId === '999');

describe('a mangled header row never makes the bot say the sheet is empty', () => {
  for (const [name, mangle] of [
    ['the Mã header renamed', (fake: SheetsFake) => fake.coordinator.renameHeader(TASKS, 'Mã', 'Số hiệu')],
    ['the Mã header deleted', (fake: SheetsFake) => fake.coordinator.renameHeader(TASKS, 'Mã', '')],
  ] as const) {
    it(`${name}: answers from the last good copy and says so, refuses writes with the reason, tells coordinators once`, async () => {
      const { fake, store, ask, check, notifier, state } = await setUp();
      expect((await ask('/nhiemvu Sở Tư pháp', lan)).text).toContain('TN60-02');
      mangle(fake);
      await store.refresh();

      const answer = (await ask('/nhiemvu Sở Tư pháp', lan)).text;
      expect(answer).toContain('TN60-02');
      expect(answer).not.toContain('chưa có nhiệm vụ');
      expect(answer).toContain('bảng tính hiện không đọc được');

      fake.resetCalls();
      const update = (await ask('TN60-01 xong', lan)).text;
      expect(update).toContain('Chưa ghi được cập nhật TN60-01');
      expect(update).toContain('«Mã»');
      expect(fake.count((c) => c.api === 'values.batchUpdate' || c.api === 'values.append')).toBe(0);
      expect(store.writeQueue().pending).toBe(0);

      expect(await check()).toBe(1);
      expect(
        toCoordinator(notifier.sent)[0]
          ?.reply?.blocks.map((b) => ('text' in b ? b.text : ''))
          .join(' '),
      ).toContain('Bảng tính không đọc được');
      expect(await check()).toBe(0); // once
      expect((await ask('/kiemtra')).text).toContain('không có cột «Mã»');

      // Repaired: answers and writes as usual, and the coordinators hear it is over.
      fake.coordinator.renameHeader(TASKS, name.includes('renamed') ? 'Số hiệu' : '', 'Mã');
      await store.refresh();
      expect((await ask('TN60-01 xong', lan)).text.toLowerCase()).toContain('đã cập nhật tn60-01');
      expect(cellOf(fake, 'TN60-01', 'Trạng thái')).toBe('Hoàn thành');
      expect(await check()).toBe(1);
      state.close();
      await store.close();
    });
  }

  it('a title row inserted above the header: finds the header below it, answers, writes to the right row, tells coordinators once', async () => {
    const { fake, store, ask, check, state, notifier } = await setUp();
    insertTitleRow(fake);
    await store.refresh();
    const answer = (await ask('/nhiemvu Sở Tư pháp', lan)).text;
    expect(answer).toContain('TN60-02');
    expect(answer).not.toContain('không đọc được');

    expect((await ask('TN60-02 đang làm 40%', lan)).text.toLowerCase()).toContain('đã cập nhật tn60-02');
    expect(cellOf(fake, 'TN60-02', 'Trạng thái')).toBe('Đang thực hiện');
    expect(cellOf(fake, 'TN60-01', 'Trạng thái')).toBe('Chưa thực hiện');
    expect(fake.coordinator.rows(TASKS)[0]?.[0]).toBe('DANH MỤC NHIỆM VỤ NĂM 2024 (cập nhật hằng tuần)');
    expect(logRowsOf(fake, 'TN60-02').filter((row) => row.includes('Trạng thái'))).toHaveLength(1);
    expect(await check()).toBe(1);
    const told = toCoordinator(notifier.sent).map((m) =>
      m.reply?.blocks.map((b) => ('text' in b ? b.text : '')).join(' '),
    );
    expect(told).toEqual([expect.stringContaining('«Nhiệm vụ» ở hàng 2')]);
    expect(await check()).toBe(0); // once
    state.close();
    await store.close();
  });

  it('starts from the local copy while Google answers 5xx, and catches up when it is back', async () => {
    const { fake, dir, store, state } = await setUp();
    await store.close();
    state.close();
    fake.down = true;
    const restarted = await openGoogleStore(fake, dir, { copyPath: `${dir}/sheet-copy.json` });
    const talk = conversationFor(restarted, dir);
    const answer = (await talk.ask('/nhiemvu Sở Tư pháp', lan)).text;
    expect(answer).toContain('TN60-02');
    expect(answer).toContain('chưa kết nối được Google Sheets');
    fake.down = false;
    await restarted.refresh();
    expect((await talk.ask('/nhiemvu Sở Tư pháp', lan)).text).not.toContain('chưa kết nối được');
    talk.state.close();
    await restarted.close();
  });
});
