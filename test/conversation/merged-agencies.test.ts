import { afterEach, describe, expect, it } from 'vitest';
import type { TaskStore } from '#src/store/task-store.js';
import { conversationOver } from '../support/conversation.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

/**
 * The 2025 mergers, both ways: a sheet holding a 2024 plan (written to the old departments and
 * communes) and a 2025 one (written to the new). Whoever is asked about, old or new, the answer
 * is the work of the agency doing it today, and says so.
 */
const tempDir = useTempDirs();
let store: TaskStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function withBothPlans() {
  const setup = await conversationOver(tempDir());
  store = setup.store;
  await setup.store.addPlan({
    plan: DEMO_PLAN,
    tasks: [
      makeTask({ id: 'TN60-01', lead: ['Sở Giao thông vận tải'], deadline: '2024-12-31' }),
      makeTask({ id: 'TN60-02', lead: ['Sở KH&ĐT'], deadline: '2024-12-31' }),
      makeTask({ id: 'TN60-03', lead: ['UBND xã Phúc Xuân'], deadline: '2024-12-31' }),
      makeTask({ id: 'TN60-04', lead: ['Sở Y tế'], deadline: '2024-12-31' }),
      makeTask({ id: 'TN60-05', lead: ['Sở GTVT'], deadline: '2024-05-31' }),
    ],
    agencies: [],
  });
  await setup.store.addPlan({
    plan: { ...DEMO_PLAN, number: '12/KH-UBND', key: 'TN12', date: '2025-08-01', sourceFile: 'kh12.txt' },
    tasks: [
      makeTask({ id: 'TN12-01', planKey: 'TN12', lead: ['Sở Xây dựng'], deadline: '2025-12-31' }),
      makeTask({ id: 'TN12-02', planKey: 'TN12', lead: ['Sở Tài chính'], deadline: '2025-12-31' }),
      makeTask({ id: 'TN12-03', planKey: 'TN12', lead: ['UBND xã Đại Phúc'], deadline: '2025-12-31' }),
    ],
    agencies: [],
  });
  return setup;
}

describe('an old department asked about', () => {
  it('by its old field answers with the department doing its work now, and says it merged', async () => {
    const { ask } = await withBothPlans();
    const { text } = await ask('nhiệm vụ của ngành giao thông');
    expect(text).toMatch(/NHIỆM VỤ CỦA SỞ XÂY DỰNG/);
    expect(text).toContain('công việc của Sở Giao thông vận tải do Sở Xây dựng đảm nhận');
    expect(text).toContain('TN60-01');
    expect(text).toContain('TN12-01');
    expect(text).not.toContain('TN60-04');
  });

  it("by its old name shows the successor's tasks, those given to the old one included", async () => {
    const { ask } = await withBothPlans();
    const { text } = await ask('Sở Kế hoạch và Đầu tư còn việc gì');
    expect(text).toMatch(/NHIỆM VỤ CHƯA HOÀN THÀNH CỦA SỞ TÀI CHÍNH/);
    expect(text).toContain('công việc của Sở Kế hoạch và Đầu tư do Sở Tài chính đảm nhận');
    expect(text).toContain('TN60-02');
    expect(text).toContain('TN12-02');
  });
  it('is answered the same way for what is late or falls due', async () => {
    const { ask } = await withBothPlans();
    const late = (await ask('Sở Giao thông vận tải có việc gì quá hạn')).text;
    expect(late).toMatch(/NHIỆM VỤ QUÁ HẠN CỦA SỞ XÂY DỰNG/);
    expect(late).toContain('công việc của Sở Giao thông vận tải do Sở Xây dựng đảm nhận');
    expect(late).toContain('TN60-05');
    const due = (await ask('/sapden 365 Sở GTVT')).text;
    expect(due).toMatch(/CỦA SỞ XÂY DỰNG/);
    expect(due).toContain('TN60-01');
    expect(due).toContain('do Sở Xây dựng đảm nhận');
  });
});

describe('a 2025 department asked about', () => {
  it('counts the tasks still written to the departments merged into it, and says whose they were', async () => {
    const { ask } = await withBothPlans();
    const { text } = await ask('nhiệm vụ của Sở Tài chính');
    expect(text).toMatch(/NHIỆM VỤ CỦA SỞ TÀI CHÍNH/);
    expect(text).toContain('Gồm cả các việc đã giao cho Sở Kế hoạch và Đầu tư, nay do Sở Tài chính đảm nhận.');
    expect(text).toContain('TN60-02');
    expect(text).toContain('TN12-02');
    expect(text).not.toContain('TN60-01');
  });

  it('says nothing of mergers for a department that had none', async () => {
    const { ask } = await withBothPlans();
    const { text } = await ask('nhiệm vụ của Sở Y tế');
    expect(text).toContain('TN60-04');
    expect(text).not.toContain('đảm nhận');
  });
});

describe('communes merged on 1 July 2025', () => {
  it('an old commune named alone is answered by the commune that took it in', async () => {
    const { ask } = await withBothPlans();
    const { text } = await ask('xã Phúc Xuân có việc gì');
    expect(text).toMatch(/NHIỆM VỤ CỦA UBND XÃ ĐẠI PHÚC/);
    expect(text).toContain('công việc của UBND xã Phúc Xuân do UBND xã Đại Phúc đảm nhận');
    expect(text).toContain('TN60-03');
    expect(text).toContain('TN12-03');
  });

  it('the new commune counts the tasks of the communes it took in', async () => {
    const { ask } = await withBothPlans();
    const { text } = await ask('nhiệm vụ của UBND xã Đại Phúc');
    expect(text).toContain('Gồm cả các việc đã giao cho UBND xã Phúc Xuân, nay do UBND xã Đại Phúc đảm nhận.');
    expect(text).toContain('TN60-03');
    expect(text).toContain('TN12-03');
  });
});
