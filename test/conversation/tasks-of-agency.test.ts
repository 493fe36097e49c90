import { afterEach, describe, expect, it } from 'vitest';
import type { TaskStore } from '#src/store/task-store.js';
import { conversationOver } from '../support/conversation.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();
let store: TaskStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function withTasks() {
  const setup = await conversationOver(tempDir());
  store = setup.store;
  await setup.store.addPlan({
    plan: DEMO_PLAN,
    tasks: [
      makeTask({
        id: 'TN60-01',
        lead: ['Sở Nội vụ'],
        coordinating: ['Các cơ quan, đơn vị, địa phương'],
        deadline: '2024-03-31',
        deadlineText: 'Tháng 3/2024',
      }),
      makeTask({
        id: 'TN60-03',
        lead: ['Các sở, ban, ngành', 'UBND các huyện, thành phố'],
        coordinating: ['Sở Nội vụ'],
        deadline: '2024-12-31',
        deadlineText: 'Năm 2024',
      }),
      makeTask({
        id: 'TN60-07',
        lead: ['Sở Tư pháp'],
        deadline: '2024-12-31',
        content: 'Phổ biến pháp luật về tiếp công dân',
      }),
      makeTask({
        id: 'TN60-08',
        lead: ['Sở Tư pháp'],
        deadline: '2024-05-31',
        content: 'Rà soát văn bản quy phạm pháp luật',
      }),
      makeTask({
        id: 'TN60-09',
        lead: ['Sở Tư pháp'],
        deadline: '2024-04-30',
        status: 'done',
        completedAt: '2024-04-20',
      }),
      makeTask({ id: 'TN60-10', lead: ['Thanh Tra tỉnh'], coordinating: ['Sở Tư pháp'], deadlineText: 'Thường xuyên' }),
      makeTask({ id: 'TN60-11', lead: ['Sở Kế hoạch và Đầu tư'], deadline: '2024-12-31' }),
      makeTask({ id: 'TN60-12', lead: ['Sở Y tế'], deadline: '2024-12-31' }),
    ],
    agencies: [],
  });
  return setup;
}

describe('"nhiệm vụ của <cơ quan>"', () => {
  it('answers in three labelled parts: leads, supports, and shares through a group', async () => {
    const { ask } = await withTasks();
    const { text } = await ask('nhiệm vụ của Sở Tư pháp');
    const lead = text.indexOf('Chủ trì (3)');
    const coordinating = text.indexOf('Phối hợp (1)');
    const group = text.indexOf('Giao chung cho «Các sở, ban, ngành» (1)');
    expect(lead).toBeGreaterThan(-1);
    expect(coordinating).toBeGreaterThan(lead);
    expect(group).toBeGreaterThan(coordinating);
    expect(text.slice(coordinating, group)).toContain('TN60-10');
    expect(text.slice(group)).toContain('TN60-03');
    // "Các cơ quan, đơn vị, địa phương" includes every department, so TN60-01 is shared too.
    expect(text.slice(text.indexOf('Giao chung cho «Các cơ quan, đơn vị, địa phương» (1)'))).toContain('TN60-01');
    expect(text).not.toContain('TN60-12');
    expect(text).not.toContain('TN60-11');
  });

  it('lists the most urgent first: overdue, then by deadline, done last', async () => {
    const { ask } = await withTasks();
    const { reply } = await ask('nhiem vu cua so tu phap');
    const lead = reply.blocks.find((b) => b.type === 'tasks' && b.title.startsWith('Chủ trì'));
    expect(lead?.type === 'tasks' && lead.tasks.map((t) => [t.id, t.overdue])).toEqual([
      ['TN60-08', true],
      ['TN60-07', false],
      ['TN60-09', false],
    ]);
  });

  it('understands abbreviations and the slash command', async () => {
    const { ask } = await withTasks();
    expect((await ask('/nhiemvu STP')).text).toMatch(/NHIỆM VỤ CỦA SỞ TƯ PHÁP/);
    expect((await ask('nv của thanh tra tỉnh')).text).toContain('TN60-10');
  });

  it('answers for a merged agency and says who holds its work now', async () => {
    const { ask } = await withTasks();
    const { text } = await ask('nhiệm vụ của Sở Kế hoạch và Đầu tư');
    expect(text).toContain('TN60-11');
    expect(text).toContain('Sở Tài chính');
  });

  it('reads through a typo', async () => {
    const { ask } = await withTasks();
    expect((await ask('nhiệm vụ của Sở Tư phsp')).text).toMatch(/NHIỆM VỤ CỦA SỞ TƯ PHÁP/);
  });

  it('offers the closest names for an unknown agency, as numbered choices', async () => {
    const { ask } = await withTasks();
    const { reply, text } = await ask('nhiệm vụ của Phòng Tư pháp');
    expect(text).toContain('Chưa tìm thấy cơ quan «Phòng Tư pháp»');
    expect(reply.choices).toEqual([{ label: 'Sở Tư pháp', value: '/nhiemvu Sở Tư pháp' }]);
    expect(text).toContain('1. Sở Tư pháp');
    expect(text).toContain('Trả lời 1 để chọn');
  });

  it('asks which one when the name fits several agencies', async () => {
    const { ask } = await withTasks();
    const { reply } = await ask('/nhiemvu Sở');
    expect(reply.choices?.length).toBe(5);
    expect(reply.choices?.every((c) => c.value.startsWith('/nhiemvu Sở '))).toBe(true);
  });

  it('uses the focal point own agency when none is named', async () => {
    const { ask } = await withTasks();
    const { text } = await ask('/nhiemvu', { kind: 'focal', agency: 'Sở Y tế' });
    expect(text).toContain('TN60-12');
  });
});

describe('other first answers', () => {
  it('says how to import a plan when the sheet is empty', async () => {
    const setup = await conversationOver(tempDir());
    store = setup.store;
    const { text } = await setup.ask('nhiệm vụ của Sở Tư pháp');
    expect(text).toContain('Bảng tính chưa có nhiệm vụ nào');
    expect(text).toContain('npx dondoc import');
  });

  it('answers small talk kindly and changes nothing', async () => {
    const setup = await withTasks();
    const before = setup.store.snapshot().version;
    const { text, reply } = await setup.ask('cảm ơn sở tư pháp nhé');
    expect(text).toContain('chưa hiểu');
    expect(reply.choices?.map((c) => c.value)).toContain('/trogiup');
    expect(setup.store.snapshot().version).toBe(before);
  });

  it('refuses a message too long to be a chat message, politely', async () => {
    const { ask } = await withTasks();
    expect((await ask('a'.repeat(5000))).text).toContain('quá dài');
  });

  it('lists every command in the help', async () => {
    const { ask } = await withTasks();
    const { text } = await ask('/trogiup');
    expect(text).toContain('/nhiemvu <tên cơ quan>');
    expect(text).toContain('/trogiup');
    expect((await ask('/khongco')).text).toContain('Không có lệnh /khongco');
  });
});
