import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '#src/domain/clock.js';
import type { TaskStore } from '#src/store/task-store.js';
import { conversationFor, conversationOver } from '../support/conversation.js';
import { collectedLogs } from '../support/logs.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

/**
 * A week of deadline extensions in chat, over a real SQLite sheet: chị Lan (Sở Tư pháp's focal
 * point) asks, chị Hà (the coordinator, telegram:900) approves or refuses; anh Minh's Sở Y tế
 * only supports TN60-12.
 */
const tempDir = useTempDirs();
let store: TaskStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const lan = {
  role: { kind: 'focal', agency: 'Sở Tư pháp' },
  channel: 'telegram',
  userId: '101',
  name: 'Chị Lan',
} as const;
const minh = {
  role: { kind: 'focal', agency: 'Sở Y tế' },
  channel: 'telegram',
  userId: '202',
  name: 'Anh Minh',
} as const;
const ha = { role: { kind: 'coordinator' }, channel: 'telegram', userId: '900', name: 'Chị Hà' } as const;
const stranger = { role: { kind: 'guest' }, channel: 'telegram', userId: '303', name: 'Người lạ' } as const;

async function week(at = '2024-06-12T09:00:00') {
  const dir = tempDir();
  const logs = collectedLogs();
  const setup = await conversationOver(dir, at, ['telegram:900']);
  store = setup.store;
  await setup.store.addPlan({
    plan: DEMO_PLAN,
    tasks: [
      makeTask({ id: 'TN60-05', lead: ['Sở Tư pháp'], deadline: '2024-06-30', deadlineText: 'Tháng 6/2024' }),
      makeTask({ id: 'TN60-12', lead: ['Sở Tư pháp'], coordinating: ['Sở Y tế'], deadline: '2024-12-31' }),
      makeTask({ id: 'TN60-20', lead: ['Sở Y tế'], deadline: '2024-05-31' }),
    ],
    agencies: [],
  });
  // The same store and bot state, with a logger whose lines the tests read.
  const logged = conversationFor(setup.store, dir, {
    clock: fixedClock(at),
    coordinators: ['telegram:900'],
    logger: logs.logger,
  });
  const later = (when: string) =>
    conversationFor(setup.store, dir, { clock: fixedClock(when), coordinators: ['telegram:900'] });
  return { ...logged, store: setup.store, logs, later };
}

type Week = Awaited<ReturnType<typeof week>>;
const task = (s: Week, id: string) => s.store.snapshot().byId.get(id);
const toLan = (s: Week) => s.notifier.sent.filter((m) => m.chatId === '101').map((m) => JSON.stringify(m.reply));
const logRows = async (s: Week, id: string) => {
  const [log] = await s.store.backend.readTabs(['Nhật ký']);
  return (log?.rows ?? []).filter((row) => row[1] === id);
};

describe('Monday: chị Lan asks for more time, chị Hà approves in chat', () => {
  it('records the request in the sheet, asks the coordinator with Duyệt / Từ chối, and changes nothing else', async () => {
    const s = await week();
    const { text } = await s.ask('/giahan TN60-05 30/7/2024 chờ kinh phí của tỉnh', lan);
    expect(text).toContain('Đã gửi đề nghị gia hạn TN60-05'.toUpperCase());
    expect(text).toContain('Hạn hiện tại: 30/06/2024 → đề nghị: 30/07/2024');
    expect(task(s, 'TN60-05')).toMatchObject({ deadline: '2024-06-30', extensionCount: 0, originalDeadline: null });
    expect(task(s, 'TN60-05')?.extensionRequest).toMatch(
      /^Chờ duyệt: xin gia hạn đến 30\/07\/2024\. Lý do: chờ kinh phí của tỉnh\. Người đề nghị: Chị Lan \(Sở Tư pháp\), 12\/06\/2024 09:00$/,
    );
    const notice = s.notifier.sent.find((m) => m.chatId === '900');
    expect(notice?.reply?.choices?.map((c) => [c.label, c.value])).toEqual([
      ['Duyệt', '/duyet TN60-05'],
      ['Từ chối', '/tuchoi TN60-05'],
    ]);
    expect(JSON.stringify(notice?.reply)).toContain('Lý do: chờ kinh phí của tỉnh');
    expect((await s.ask('/xem TN60-05', ha)).text).toContain('Đề nghị gia hạn: Chờ duyệt: xin gia hạn đến 30/07/2024');
    expect((await s.ask('/baocao', ha)).text).toContain(
      'Đề nghị gia hạn chờ duyệt (1): TN60-05. Gõ /duyet để xem và quyết định.',
    );
    expect((await s.ask('/baocao', lan)).text).not.toContain('Đề nghị gia hạn chờ duyệt');
  });

  it('on «Duyệt» moves Hạn xử lý, keeps Hạn ban đầu, counts, logs, and tells Lan; a second press changes nothing', async () => {
    const s = await week();
    await s.ask('xin gia hạn TN60-05 đến 30/7 vì chờ ý kiến của Bộ Tư pháp', lan);
    // Said in words, the coordinator is shown the request with its choices, nothing written yet.
    const said = await s.ask('duyệt gia hạn TN60-05', ha);
    expect(said.text).toContain('Chị Lan (Sở Tư pháp) xin gia hạn TN60-05 đến 30/07/2024');
    expect(said.reply.choices?.map((c) => c.value)).toEqual(['/duyet TN60-05', '/tuchoi TN60-05']);
    expect(task(s, 'TN60-05')?.deadline).toBe('2024-06-30');
    const { text } = await s.ask(said.reply.choices?.[0]?.value ?? '', ha);
    expect(text).toContain('ĐÃ GIA HẠN TN60-05 ĐẾN 30/07/2024');
    expect(task(s, 'TN60-05')).toMatchObject({
      deadline: '2024-07-30',
      originalDeadline: '2024-06-30',
      extensionCount: 1,
    });
    expect(task(s, 'TN60-05')?.extensionRequest).toContain('Đã duyệt gia hạn đến 30/07/2024 (lần 1)');
    const fields = (await logRows(s, 'TN60-05')).map((row) => [row[2], row[3], row[4]]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['Hạn xử lý', '30/06/2024', '30/07/2024'],
        ['Hạn ban đầu', '', '30/06/2024'],
        ['Số lần gia hạn', '', '1'],
      ]),
    );
    expect(toLan(s).some((m) => m.includes('đã được duyệt') && m.includes('Hạn xử lý mới: 30/07/2024'))).toBe(true);
    expect((await s.ask('/duyet TN60-05', ha)).text).toContain(
      'Không có đề nghị gia hạn nào của TN60-05 đang chờ duyệt',
    );
    expect(task(s, 'TN60-05')?.extensionCount).toBe(1);
    expect((await s.ask('/xem TN60-05', lan)).text).toContain('Đã gia hạn: 1 lần (hạn ban đầu 30/06/2024)');
  });

  it('in July, /baocao counts TN60-05 against its new deadline and says how many tasks were extended', async () => {
    const s = await week();
    const before = await s.later('2024-07-05T09:00:00').ask('/baocao', ha);
    expect(before.text).toContain('Quá hạn chưa hoàn thành: 2');
    expect(before.text).toContain('Được gia hạn: 0 nhiệm vụ');
    await s.ask('/giahan TN60-05 30/7/2024 chờ kinh phí', lan);
    await s.ask('/duyet TN60-05', ha);
    const after = await s.later('2024-07-05T09:00:00').ask('/baocao', ha);
    expect(after.text).toContain('Quá hạn chưa hoàn thành: 1');
    expect(after.text).toContain('Đang thực hiện trong hạn: 2');
    expect(after.text).toContain('Được gia hạn: 1 nhiệm vụ. Các nhóm trên tính theo hạn xử lý đã được duyệt gia hạn.');
  });
});

describe('on the console, where no notice arrives', () => {
  it('«/duyet» alone lists the requests waiting, with numbered choices', async () => {
    const s = await week();
    expect((await s.ask('/duyet', ha)).text).toContain('Hiện không có đề nghị gia hạn nào đang chờ duyệt');
    await s.ask('/giahan TN60-05 30/7/2024 chờ kinh phí', lan);
    const { text, reply } = await s.ask('/duyet');
    expect(text).toContain('ĐỀ NGHỊ GIA HẠN ĐANG CHỜ DUYỆT (1)');
    expect(text).toContain('• TN60-05: Chị Lan (Sở Tư pháp) xin gia hạn đến 30/07/2024. Lý do: chờ kinh phí');
    expect(reply.choices?.map((c) => c.value)).toEqual(['/duyet TN60-05', '/tuchoi TN60-05']);
    expect(text).toMatch(/1\. Duyệt TN60-05/);
  });
  it('keeps the reason without its «lý do:» («/giahan TN60-05 30/7/2024 lý do: chờ kinh phí»)', async () => {
    const s = await week();
    await s.ask('/giahan TN60-05 30/7/2024 lý do: chờ kinh phí', lan);
    expect((await s.ask('/duyet')).text).toContain('Lý do: chờ kinh phí');
  });
});

describe('a refusal, with its reason', () => {
  it('asks the coordinator for the reason, then tells Lan and leaves the deadline', async () => {
    const s = await week();
    await s.ask('/giahan TN60-05 15/7/2024 chờ kinh phí', lan);
    expect((await s.ask('/tuchoi TN60-05', ha)).text).toContain('cho biết lý do không duyệt');
    const { text } = await s.ask('/tuchoi TN60-05 cần hoàn thành đúng hạn theo chỉ đạo của UBND tỉnh', ha);
    expect(text).toContain('Đã từ chối đề nghị gia hạn TN60-05 của Chị Lan (Sở Tư pháp)');
    expect(task(s, 'TN60-05')).toMatchObject({ deadline: '2024-06-30', extensionCount: 0 });
    expect(task(s, 'TN60-05')?.extensionRequest).toContain(
      'Không duyệt gia hạn đến 15/07/2024. Lý do: cần hoàn thành đúng hạn theo chỉ đạo của UBND tỉnh',
    );
    expect(toLan(s).some((m) => m.includes('chưa được chấp thuận') && m.includes('theo chỉ đạo của UBND tỉnh'))).toBe(
      true,
    );
  });
});

describe('who may ask, and for what', () => {
  it('refuses politely, and logs, a supporting agency, a stranger, a focal point pressing Duyệt', async () => {
    const s = await week();
    expect((await s.ask('/giahan TN60-12 31/1/2025 chờ số liệu', minh)).text).toContain('Cơ quan anh/chị phối hợp');
    expect((await s.ask('/giahan TN60-05 30/7/2024 bận', stranger)).text).toContain('/dangky');
    await s.ask('/giahan TN60-05 30/7/2024 chờ kinh phí', lan);
    expect((await s.ask('/duyet TN60-05', lan)).text).toContain('Chỉ điều phối viên');
    expect(task(s, 'TN60-05')?.deadline).toBe('2024-06-30');
    const refusals = s.logs.lines.filter((line) => line.command === 'giahan' || line.command === 'duyet');
    expect(refusals.map((line) => [line.who, line.why])).toEqual([
      ['202', 'not_lead'],
      ['303', 'not_lead'],
      ['101', 'coordinator_only'],
    ]);
  });

  it('asks for a later date and a reason, and not for a finished task', async () => {
    const s = await week();
    expect((await s.ask('/giahan TN60-05 20/6/2024 chờ kinh phí', lan)).text).toContain('phải sau hạn hiện tại');
    expect((await s.ask('/giahan TN60-05 30/7/2024', lan)).text).toContain('cho biết lý do xin gia hạn');
    await s.ask('TN60-05 xong', lan);
    expect((await s.ask('/giahan TN60-05 30/7/2024 chờ kinh phí', lan)).text).toContain(
      'đã hoàn thành, không cần gia hạn',
    );
    expect(task(s, 'TN60-05')?.extensionRequest).toBe('');
  });

  it('takes the task number alone, and drops a request whose task was finished meanwhile', async () => {
    const s = await week();
    expect((await s.ask('/giahan 05 30/7/2024 chờ kinh phí', lan)).text).toContain('ĐÃ GỬI ĐỀ NGHỊ GIA HẠN TN60-05');
    await s.ask('TN60-05 xong', lan);
    expect((await s.ask('/duyet TN60-05', ha)).text).toContain('đã hoàn thành nên đề nghị gia hạn không còn cần xét');
    expect(task(s, 'TN60-05')).toMatchObject({ deadline: '2024-06-30', extensionCount: 0 });
    expect((await s.ask('/duyet TN60-05', ha)).text).toContain('Không có đề nghị gia hạn nào');
  });

  it('keeps a reason that looks like a formula as text', async () => {
    const s = await week();
    await s.ask('/giahan TN60-05 30/7/2024 =HYPERLINK("http://x","y")', lan);
    expect(task(s, 'TN60-05')?.extensionRequest).toContain('Lý do: =HYPERLINK("http://x","y").');
    const [sheet] = await s.store.backend.readTabs(['Nhiệm vụ']);
    expect(sheet?.rows.flat().some((cell) => cell.startsWith('Chờ duyệt') && cell.includes('=HYPERLINK'))).toBe(true);
  });
});

describe('the cap: two approved extensions, then only a coordinator', () => {
  it('tells Lan politely at the third request, and lets chị Hà extend at once', async () => {
    const s = await week();
    await s.ask('/giahan TN60-05 15/7/2024 chờ kinh phí', lan);
    await s.ask('/duyet TN60-05', ha);
    await s.ask('/giahan TN60-05 31/7/2024 chờ thẩm định', lan);
    await s.ask('/duyet TN60-05', ha);
    expect(task(s, 'TN60-05')).toMatchObject({ extensionCount: 2, originalDeadline: '2024-06-30' });
    const third = await s.ask('/giahan TN60-05 31/8/2024 chờ Bộ', lan);
    expect(third.text).toContain('đã được gia hạn 2 lần, là số lần tối đa');
    expect(third.text).toContain('liên hệ trực tiếp điều phối viên');
    expect(s.logs.lines.some((line) => line.why === 'extension_limit' && line.who === '101')).toBe(true);
    expect(s.notifier.sent.filter((m) => m.chatId === '900')).toHaveLength(2);
    // In words, the coordinator confirms first; the slash command applies at once.
    const said = await s.ask('gia hạn TN60-05 đến 31/8/2024 theo kết luận giao ban tháng 7', ha);
    expect(said.text).toContain('Gia hạn TN60-05 đến 31/08/2024 ngay bây giờ?');
    expect(task(s, 'TN60-05')?.extensionCount).toBe(2);
    expect(said.reply.choices?.[0]?.value).toBe('/giahan TN60-05 31/08/2024 theo kết luận giao ban tháng 7');
    const direct = await s.ask(said.reply.choices?.[0]?.value ?? '', ha);
    expect(direct.text).toContain('ĐÃ GIA HẠN TN60-05 ĐẾN 31/08/2024');
    expect(task(s, 'TN60-05')).toMatchObject({
      deadline: '2024-08-31',
      originalDeadline: '2024-06-30',
      extensionCount: 3,
    });
  });
});
