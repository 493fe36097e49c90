import { describe, expect, it } from 'vitest';
import { fixedClock } from '#src/domain/clock.js';
import type { SheetTemplate, TemplateTab } from '#src/store/template.js';
import { conversationFor } from '../support/conversation.js';
import {
  googleSheet,
  initSheet,
  logRowsOf,
  openGoogleStore,
  template,
  useSheetsFake,
} from '../support/sheets-fake/harness.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

/**
 * The supporting agencies' parts in the Google Sheet (the Sheets fake, through the outbox): a
 * sheet made before the «Tiến độ phối hợp» column gets it from `sheet init` without anything
 * else moving, and the parts then land in it once each, as text, with their Nhật ký rows.
 */
const startFake = useSheetsFake();
const tempDir = useTempDirs();
const HEADER = 'Tiến độ phối hợp';
const minh = { role: { kind: 'focal', agency: 'Sở Y tế' }, channel: 'telegram', userId: '202', name: 'Minh' } as const;
const tuan = { role: { kind: 'focal', agency: 'Sở Tài chính' }, channel: 'zalo', userId: 'z3', name: 'Tuấn' } as const;

/** The layout as it was before issue #17 gave the tasks tab its «Tiến độ phối hợp» column. */
function layoutBefore(): SheetTemplate {
  const tabs: TemplateTab[] = template.tabs.map((tab) =>
    tab.key === 'tasks' ? { ...tab, columns: tab.columns.filter((c) => c.header !== HEADER) } : tab,
  );
  return { tabs, tab: (key) => tabs.find((tab) => tab.key === key) ?? template.tab(key) };
}

describe('the Tiến độ phối hợp column of the Google Sheet', () => {
  it('is added by sheet init to an older sheet; until then the bot says why it cannot keep a part', async () => {
    const fake = await startFake();
    const old = googleSheet(fake);
    await old.ensureTabs(layoutBefore());
    await old.close();
    const dir = tempDir();
    const store = await openGoogleStore(fake, dir);
    await store.addPlan({
      plan: DEMO_PLAN,
      tasks: [
        makeTask({
          id: 'TN60-12',
          lead: ['Sở Nội vụ'],
          coordinating: ['Sở Y tế', 'Sở Tài chính'],
          status: 'in_progress',
        }),
      ],
      agencies: [],
    });
    const chat = conversationFor(store, dir, { clock: fixedClock('2026-12-03T09:00:00') });
    const before = fake.coordinator.rows('Nhiệm vụ');

    const refused = await chat.ask('TN60-12 phần Sở Y tế đã xong, đã gửi số liệu', minh);
    expect(refused.text).toContain('Bảng tính chưa có cột «Tiến độ phối hợp»');
    expect(refused.text).toContain('npx dondoc sheet init');
    await store.flush();
    expect(logRowsOf(fake, 'TN60-12')).toHaveLength(0);

    const report = await initSheet(fake);
    expect(report.addedColumns).toEqual({ 'Nhiệm vụ': [HEADER] });
    const after = fake.coordinator.rows('Nhiệm vụ');
    expect(after[0]).toEqual([...(before[0] ?? []), HEADER]);
    expect(after[1]?.slice(0, before[1]?.length)).toEqual(before[1]);

    await store.refresh();
    await chat.ask('TN60-12 phần Sở Y tế đã xong, =IMPORTXML("http://x.y","//a")', minh);
    await chat.ask('TN60-12 đang làm 50%', tuan);
    await store.flush();
    const cell = fake.coordinator.cell('Nhiệm vụ', 'Mã', 'TN60-12', HEADER);
    expect(cell.split('\n')).toEqual([
      'Sở Y tế: Hoàn thành (03/12/2026) — =IMPORTXML("http://x.y","//a")',
      'Sở Tài chính: Đang thực hiện 50% (03/12/2026)',
    ]);
    expect(fake.coordinator.cell('Nhiệm vụ', 'Mã', 'TN60-12', 'Trạng thái')).toBe('Đang thực hiện');
    expect(fake.sheet.tabs.every((tab) => tab.formulas.size === 0)).toBe(true);
    const logged = logRowsOf(fake, 'TN60-12');
    expect(logged).toHaveLength(2);
    expect(logged.every((row) => row.includes(HEADER))).toBe(true);
    chat.state.close();
    await store.close();
  });
});
