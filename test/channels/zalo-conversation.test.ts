import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/temp.js';
import { COORDINATOR, GUEST, LAN, zaloHarness, type ZaloHarness } from '../support/zalo-emulator/harness.js';

/**
 * The conversations of the console and Telegram tests, run over Zalo: the real app, its
 * Zalo channel long polling an emulator of the Zalo Bot API over HTTP.
 */
const tempDir = useTempDirs();
const harnesses: ZaloHarness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) {
    // Whatever the test did, Zalo never got (nor refused) a text it would not take.
    expect(h.emu.texts().every((text) => text.length >= 1 && text.length <= 2000)).toBe(true);
    expect(h.emu.of('sendMessage').filter((call) => call.status === 400)).toEqual([]);
    await h.close();
  }
});

async function running() {
  const h = await zaloHarness(tempDir());
  harnesses.push(h);
  await h.channel.start();
  return h;
}

const task = (h: ZaloHarness, id: string) => h.app.store.snapshot().byId.get(id);

describe('asking over Zalo', () => {
  it('answers "nhiệm vụ của Sở Tư pháp" page by page, «tiếp» and «trước» turning the pages', async () => {
    const h = await running();
    const [first, ...more] = await h.say('nhiệm vụ của Sở Tư pháp', GUEST);
    expect(more).toEqual([]);
    expect(first).toContain('NHIỆM VỤ CỦA SỞ TƯ PHÁP');
    expect(first).toContain('TN60-01');
    expect(first).toContain('TN60-07');
    expect(first).not.toContain('TN60-08');
    expect(first).toContain('Trang 1/3 — gõ «tiếp» để xem trang sau');

    const [second] = await h.say('tiếp', GUEST);
    expect(second).toContain('TN60-08');
    expect(second).toContain('TN60-14');
    expect(second).not.toContain('TN60-07');
    expect(second).toContain('Trang 2/3');

    const [back] = await h.say('Trước', GUEST);
    expect(back).toContain('TN60-01');
    expect(back).toContain('Trang 1/3');
    // Typing was shown before each answer.
    expect(h.emu.of('sendChatAction').filter((c) => c.ok && c.body.chat_id === GUEST.id)).toHaveLength(3);
  });

  it('numbers a «Cập nhật» choice for each open task the focal point leads; replying its number asks for the status', async () => {
    const h = await running();
    const [list] = await h.say('so tu phap con viec gi chua xong a', LAN);
    expect(list).toContain('Trang 1/');
    expect(list).toMatch(/^1\. Cập nhật TN60-\d\d$/m);
    expect(list).toMatch(/^7\. Cập nhật TN60-\d\d$/m);
    expect(list).not.toMatch(/^8\. /m); // a Zalo page holds 7 tasks
    const first = /^1\. Cập nhật (TN60-\d\d)$/m.exec(list ?? '')?.[1] ?? '';
    const [asked] = await h.say('1', LAN);
    expect(asked).toContain(first);
    expect(asked).toContain('Nhiệm vụ này đang ở trạng thái nào?');
    // A guest's list has no such choices.
    const [guests] = await h.say('so tu phap con viec gi chua xong a', GUEST);
    expect(guests).not.toContain('Cập nhật TN60');
  });

  it('remembers the numbers and pages it offered across a restart', async () => {
    const h = await running();
    const [list] = await h.say('so tu phap con viec gi chua xong a', LAN);
    const first = /^1\. Cập nhật (TN60-\d\d)$/m.exec(list ?? '')?.[1] ?? '';
    expect(first).not.toBe('');
    await h.say('nhiệm vụ của Sở Tư pháp', GUEST);

    await h.channel.stop();
    const again = h.restart();
    h.app.adapters.push(again);
    await again.start();

    const [asked] = await h.say('1', LAN);
    expect(asked).toContain(first);
    expect(asked).toContain('Nhiệm vụ này đang ở trạng thái nào?');
    const [second] = await h.say('tiếp', GUEST);
    expect(second).toContain('Trang 2/3');
  });

  it('splits a reply longer than 2,000 characters without losing a word, the choices last', async () => {
    const h = await running();
    const sent = await h.say('/xem TN60-30', GUEST);
    expect(sent.length).toBeGreaterThan(1);
    for (const text of sent) expect(text.length).toBeLessThanOrEqual(2000);
    const whole = sent.join('\n');
    expect(whole).toContain('Bước 1: rà soát');
    expect(whole).toContain('Bước 40: rà soát');
    expect(sent.at(-1)).toContain('1. Cập nhật tiến độ');
    // Nothing was lost at the cuts: every step is there, in order.
    const steps = [...whole.matchAll(/Bước (\d+):/g)].map((m) => Number(m[1]));
    expect(steps).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});

describe('reporting progress over Zalo', () => {
  it('writes the report of a focal point listed in the zalo column, and undoes it when she replies the number of «Hoàn tác»', async () => {
    const h = await running();
    const [answer] = await h.say('TN60-05 xong', LAN);
    expect(answer).toContain('Chưa thực hiện → Hoàn thành (100%)');
    expect(answer).toMatch(/^1\. Hoàn tác$/m);
    expect(task(h, 'TN60-05')).toMatchObject({ status: 'done', progress: 100, updatedBy: 'Chị Lan (Sở Tư pháp)' });

    const [undone] = await h.say('1', LAN);
    expect(undone).toContain('ĐÃ HOÀN TÁC');
    expect(task(h, 'TN60-05')).toMatchObject({ status: 'not_started', progress: null, completedAt: null });
  });

  it('asks the coordinator on Zalo to confirm, who confirms by replying the number of «Xác nhận»', async () => {
    const h = await running();
    await h.say('TN60-05 xong, đã ban hành kế hoạch', LAN);
    const [notice] = h.emu.texts(COORDINATOR.id);
    expect(notice).toContain('Chị Lan (Sở Tư pháp) báo hoàn thành TN60-05'.toLocaleUpperCase('vi'));
    expect(notice).toMatch(/^1\. Xác nhận$/m);

    const [confirmed] = await h.say('1', COORDINATOR);
    expect(confirmed).toContain('ĐÃ XÁC NHẬN HOÀN THÀNH TN60-05');
    expect(task(h, 'TN60-05')?.confirmation).toBe('Đã xác nhận 15/06/2024');
    expect(h.emu.texts(LAN.id).some((text) => text.includes('ĐÃ ĐƯỢC XÁC NHẬN'))).toBe(true);
  });

  it('refuses a guest and says how to register', async () => {
    const h = await running();
    const [answer] = await h.say('TN60-05 xong', GUEST);
    expect(answer).toContain('/dangky');
    expect(task(h, 'TN60-05')?.status).toBe('not_started');
  });
});

describe('a focal point signs up over Zalo', () => {
  it('sends /dangky to the coordinator, who approves by replying 1; the requester is told and can report', async () => {
    const h = await running();
    const newcomer = { id: 'n3wc0mer', name: 'Chị Mai' };
    const [answer] = await h.say('/dangky Sở Tư pháp', newcomer);
    expect(answer).toContain('Đã gửi yêu cầu làm đầu mối của Sở Tư pháp');

    const [request] = h.emu.texts(COORDINATOR.id);
    expect(request).toContain('YÊU CẦU ĐĂNG KÝ ĐẦU MỐI');
    expect(request).toContain('Chị Mai (zalo: n3wc0mer) xin làm đầu mối của Sở Tư pháp');
    expect(request).toMatch(/^1\. Duyệt\n2\. Từ chối$/m);

    // Someone else replying "1" has no such choice in their chat: it is just a number.
    const [stray] = await h.say('1', LAN);
    expect(stray).not.toContain('Đã duyệt');

    const [approved] = await h.say('1', COORDINATOR);
    expect(approved).toContain('Đã duyệt: Chị Mai là đầu mối của Sở Tư pháp (zalo: n3wc0mer)');
    expect(h.app.store.snapshot().agencies.find((a) => a.name === 'Sở Tư pháp')?.zalo).toEqual([LAN.id, 'n3wc0mer']);
    expect(h.emu.texts('n3wc0mer').at(-1)).toContain('ĐĂNG KÝ ĐẦU MỐI ĐÃ ĐƯỢC DUYỆT');

    const [report] = await h.say('TN60-06 đang làm 50%', newcomer);
    expect(report).toContain('Chưa thực hiện → Đang thực hiện (50%)');
    expect(task(h, 'TN60-06')).toMatchObject({
      status: 'in_progress',
      progress: 50,
      updatedBy: 'Chị Mai (Sở Tư pháp)',
    });
  });
});
