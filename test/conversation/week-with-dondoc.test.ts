import { describe, expect, it } from 'vitest';
import { useDemoConversation } from '../support/conversation.js';

// The scenarios of a week with Đôn Đốc, over the real demo plans, on Wednesday 12 June 2024.
const demo = useDemoConversation('2024-06-12T09:00:00');

const lan = { kind: 'focal', agency: 'Sở Tư pháp' } as const;
const minh = { kind: 'focal', agency: 'Sở Y tế' } as const;

function section(text: string, title: RegExp): string {
  const start = text.search(title);
  if (start < 0) return '';
  const rest = text.slice(start + 1);
  const end = rest.search(/\n\n(?:Chủ trì|Phối hợp|Giao chung|Trang)/);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('1. first run: "nhiệm vụ của Sở Tư pháp" over the demo plans', () => {
  it.each(['nhiệm vụ của Sở Tư pháp', 'so tu phap co viec gi', 'STP', '/nhiemvu stp'])(
    '"%s" lists Sở Tư pháp\'s two duties of the Thái Nguyên plan as its own, and group tasks as shared',
    async (question) => {
      const { text } = await demo().ask(question);
      expect(text).toMatch(/NHIỆM VỤ CỦA SỞ TƯ PHÁP/);
      const own = section(text, /Chủ trì \(2\)/);
      expect(own).toMatch(/TN24-\d\d: .*phổ biến, giáo dục pháp luật/);
      expect(own).toMatch(/TN24-\d\d: .*văn bản quy phạm pháp luật/);
      expect(text).toMatch(/Giao chung cho «Các sở, ban, ngành» \(\d+\)/);
      expect(text).toMatch(/Trang 1\/\d+/);
    },
  );

  it("shows the shared tasks of other provinces' plans on the next pages", async () => {
    let message: string | undefined = 'nhiệm vụ của Sở Tư pháp';
    let all = '';
    while (message) {
      const { reply, text } = await demo().ask(message);
      all += text;
      message = reply.page?.next;
    }
    for (const plan of ['TN60-', 'GL24-', 'CB23-', 'KH24-']) expect(all).toContain(plan);
  });
});

describe('4. asking on a phone', () => {
  it('answers "so tu phap con viec gi chua xong a" with the open tasks, most urgent first, each she leads with «Cập nhật»', async () => {
    const { reply, text } = await demo().ask('so tu phap con viec gi chua xong a', lan);
    expect(text).toContain('NHIỆM VỤ CHƯA HOÀN THÀNH CỦA SỞ TƯ PHÁP');
    const blocks = reply.blocks.flatMap((b) => (b.type === 'tasks' && b.tasks.length > 0 ? [b] : []));
    const lines = blocks.flatMap((b) => b.tasks);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.status !== 'Hoàn thành')).toBe(true);
    // Within each part, overdue tasks come before the others.
    for (const block of blocks) {
      const overdue = block.tasks.map((line) => line.overdue);
      expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
    }
    const own = blocks.find((b) => b.title.startsWith('Chủ trì'))?.tasks.map((line) => line.id) ?? [];
    expect(own).toHaveLength(2);
    expect(reply.choices?.map((choice) => [choice.label, choice.value])).toEqual(
      own.map((id) => [`Cập nhật ${id}`, `/capnhat ${id}`]),
    );
  });
});

describe('5 and 6. reporting progress, and someone trying what they may not', () => {
  it("writes Lan's one-line report into the sheet and logs her words", async () => {
    const own = section((await demo().ask('/nhiemvu', lan)).text, /Chủ trì/);
    const id = /(TN24-\d\d)/.exec(own)?.[1] ?? '';
    expect(id).not.toBe('');
    const { text } = await demo().ask(`${id} xong rồi, đã ban hành KH số 45/KH-STP`, lan);
    expect(text).toContain(`ĐÃ CẬP NHẬT ${id}`);
    expect(text).toContain('Chưa thực hiện → Hoàn thành');
    const task = demo().store.snapshot().byId.get(id);
    expect(task).toMatchObject({
      status: 'done',
      completedAt: '2024-06-12',
      lastUpdate: 'xong rồi, đã ban hành KH số 45/KH-STP',
    });
    const [log] = await demo().store.backend.readTabs(['Nhật ký']);
    expect(log?.rows.some((row) => row[1] === id && row[7] === `${id} xong rồi, đã ban hành KH số 45/KH-STP`)).toBe(
      true,
    );
    // What is left no longer lists it; everything she was given still does.
    expect((await demo().ask('so tu phap con viec gi chua xong a', lan)).text).not.toContain(id);
    expect((await demo().ask('nhiệm vụ của Sở Tư pháp', lan)).text).toContain(id);
  });

  it('refuses Minh of Sở Y tế politely and changes nothing', async () => {
    const own = section((await demo().ask('/nhiemvu', lan)).text, /Chủ trì/);
    const id = /(TN24-\d\d)/g.exec(own)?.[1] ?? '';
    const before = demo().store.snapshot().byId.get(id);
    const { text } = await demo().ask(`${id} chưa xong`, minh);
    expect(text).toContain('chỉ đầu mối của Sở Tư pháp');
    expect(demo().store.snapshot().byId.get(id)).toEqual(before);
  });
});

describe('11. old names', () => {
  it('answers for Sở Kế hoạch và Đầu tư and says Sở Tài chính holds its work now', async () => {
    const { text } = await demo().ask('nhiệm vụ của Sở Kế hoạch và Đầu tư');
    expect(text).toContain('TN60-14');
    expect(text).toContain('do Sở Tài chính đảm nhận');
  });
});

describe('other questions over the demo plans', () => {
  it('lists what falls due this week, reports included', async () => {
    const { text } = await demo().ask('tuần này có việc gì đến hạn');
    expect(text).toContain('TỪ 12/06/2024 ĐẾN 16/06/2024');
    expect(text).toContain('TN60-04'); // Báo cáo 6 tháng, trước 14/6
  });

  it('lists overdue tasks and gives the statistics', async () => {
    expect((await demo().ask('/quahan')).text).toContain('TN60-01'); // Tháng 3/2024, still open
    const stats = (await demo().ask('/baocao')).text;
    expect(stats).toContain('Quá hạn chưa hoàn thành');
    expect(stats).toMatch(/Tỷ lệ quá hạn: \d/);
  });

  it('shows one task in detail with a button to update it', async () => {
    const { text, reply } = await demo().ask('TN60-05 là việc gì');
    expect(text).toContain('Kế hoạch: số 60/KH-UBND');
    expect(text).toContain('Báo cáo năm');
    // The coordinator may also nudge its supporting agencies (issue #17).
    expect(reply.choices).toEqual([
      { label: 'Cập nhật tiến độ', value: '/capnhat TN60-05' },
      { label: 'Nhắc phối hợp', value: '/nhacphoihop TN60-05' },
    ]);
  });
});

describe('recurring duties of a plan for one year', () => {
  const later = useDemoConversation('2026-11-22T09:00:00');
  it("stop with the plan's year: nothing of the 2024 plans is due in November 2026", async () => {
    const { text } = await later().ask('/sapden 30');
    expect(text).not.toContain('TN60-02'); // monthly report of the "… năm 2024" plan
    expect(text).toContain('TN24-03'); // yearly report of a plan that names no single year
  });
});
