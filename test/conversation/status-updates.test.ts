import { afterEach, describe, expect, it } from 'vitest';
import { checkSheetOnce } from '#src/conversation/sheet-watch.js';
import { createLogger } from '#src/logger.js';
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

// Chị Lan is Sở Tư pháp's focal point on Telegram; anh Minh is Sở Y tế's; the coordinator is 900.
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
const coordinator = {
  role: { kind: 'coordinator' },
  channel: 'telegram',
  userId: '900',
  name: 'Chị Hà (Sở Nội vụ)',
} as const;
const stranger = { role: { kind: 'guest' }, channel: 'telegram', userId: '303', name: 'Người lạ' } as const;

async function week() {
  const setup = await conversationOver(tempDir(), '2024-06-12T09:00:00', ['telegram:900']);
  store = setup.store;
  await setup.store.addPlan({
    plan: DEMO_PLAN,
    tasks: [
      makeTask({ id: 'TN60-12', lead: ['Sở Tư pháp'], coordinating: ['Sở Y tế'], deadline: '2024-12-31' }),
      makeTask({ id: 'TN60-05', lead: ['Sở Tư pháp'], deadline: '2024-06-30' }),
      makeTask({ id: 'GL24-05', planKey: 'GL24', lead: ['Sở Tư pháp'], deadline: '2024-09-30' }),
      makeTask({ id: 'TN60-20', lead: ['Sở Y tế'], deadline: '2024-09-30' }),
    ],
    agencies: [],
  });
  return setup;
}

const task = (s: Awaited<ReturnType<typeof week>>, id: string) => s.store.snapshot().byId.get(id);

describe('5. reporting progress in one message', () => {
  it("writes Lan's report, shows before and after, offers undo and asks the coordinator to confirm", async () => {
    const s = await week();
    const { text, reply } = await s.ask('TN60-12 xong rồi, đã ban hành KH số 45/KH-STP', lan);
    expect(text).toContain('Chưa thực hiện → Hoàn thành (100%)');
    expect(text).toContain('chờ điều phối viên xác nhận');
    expect(reply.choices?.[0]?.label).toBe('Hoàn tác');
    expect(task(s, 'TN60-12')).toMatchObject({
      status: 'done',
      progress: 100,
      completedAt: '2024-06-12',
      updatedBy: 'Chị Lan (Sở Tư pháp)',
    });
    const notice = s.notifier.sent.find((m) => m.chatId === '900');
    expect(notice?.reply?.choices?.map((c) => c.value)).toEqual(['/xacnhan TN60-12', '/tralai TN60-12']);
  });

  it('keeps a formula typed in the note as text in the sheet', async () => {
    const s = await week();
    await s.ask('TN60-05 đang làm 60% =HYPERLINK("http://x","y")', lan);
    expect(task(s, 'TN60-05')?.lastUpdate).toBe('đang làm 60% =HYPERLINK("http://x","y")');
    const [sheet] = await s.store.backend.readTabs(['Nhiệm vụ']);
    expect(sheet?.rows.some((row) => row.includes('đang làm 60% =HYPERLINK("http://x","y")'))).toBe(true);
  });

  it('undoes the update within 10 minutes, once, and only for the sender', async () => {
    const s = await week();
    const { reply } = await s.ask('TN60-05 xong', lan);
    const undo = reply.choices?.[0]?.value ?? '';
    expect((await s.ask(undo, minh)).text).toContain('dành cho người đã gửi');
    expect((await s.ask(undo, lan)).text).toContain('ĐÃ HOÀN TÁC');
    expect(task(s, 'TN60-05')).toMatchObject({ status: 'not_started', completedAt: null, progress: null });
    expect((await s.ask(undo, lan)).text).toContain('không còn hiệu lực');
  });
});

describe('6. someone trying what they may not', () => {
  it('refuses another agency, and records a coordinating agency’s part without the status', async () => {
    const s = await week();
    expect((await s.ask('TN60-20 chưa xong', lan)).text).toContain('chỉ đầu mối của Sở Y tế');
    // Issue #17: a supporting agency reports its part; not sure «đã gửi» means done, the bot asks first.
    const asked = await s.ask('TN60-12 đã gửi ý kiến góp ý về dự thảo', minh);
    expect(asked.text).toContain('Anh/chị muốn ghi phần việc của Sở Y tế là «Hoàn thành» vào bảng?');
    expect(task(s, 'TN60-12')).toMatchObject({ status: 'not_started', supportProgress: '' });
    const written = await s.ask(asked.reply.choices?.[0]?.value ?? '', minh);
    expect(written.text).toContain('ĐÃ GHI PHẦN PHỐI HỢP CỦA SỞ Y TẾ');
    expect(task(s, 'TN60-12')).toMatchObject({
      status: 'not_started',
      lastUpdate: '',
      supportProgress: 'Sở Y tế: Hoàn thành (12/06/2024) — đã gửi ý kiến góp ý về dự thảo',
    });
  });

  it('refuses an unregistered user and says how to register', async () => {
    const s = await week();
    const { text } = await s.ask('TN60-12 xong', stranger);
    expect(text).toContain('/dangky');
    expect(task(s, 'TN60-12')?.status).toBe('not_started');
  });

  it('refuses a forged or stale action token', async () => {
    const s = await week();
    expect((await s.ask('/hoantac zzzzzzzz', lan)).text).toContain('không còn hiệu lực');
    expect((await s.ask('/ghide ../../etc', lan)).text).toContain('không còn hiệu lực');
  });
});

describe('asking before writing', () => {
  it('asks which task when a number fits several, then writes the one chosen', async () => {
    const s = await week();
    const { reply } = await s.ask('nv5 vướng vì chưa có kinh phí', lan);
    expect(reply.choices?.map((c) => c.value)).toEqual([
      '/capnhat TN60-05 vướng mắc vướng vì chưa có kinh phí',
      '/capnhat GL24-05 vướng mắc vướng vì chưa có kinh phí',
    ]);
    expect(task(s, 'TN60-05')?.status).toBe('not_started');
    await s.ask(reply.choices?.[1]?.value ?? '', lan);
    expect(task(s, 'GL24-05')?.status).toBe('blocked');
  });

  it('asks when the status word is shorthand that may not mean done', async () => {
    const s = await week();
    const { reply } = await s.ask('TN60-05 ok', lan);
    expect(reply.choices?.map((c) => c.label)).toEqual(['Đúng, đã hoàn thành', 'Đang thực hiện']);
    expect(task(s, 'TN60-05')?.status).toBe('not_started');
    await s.ask(reply.choices?.[0]?.value ?? '', lan);
    expect(task(s, 'TN60-05')?.status).toBe('done');
  });

  it('asks for the status when only the task is named', async () => {
    const s = await week();
    const { reply } = await s.ask('/capnhat TN60-05', lan);
    expect(reply.choices?.map((c) => c.value)).toEqual([
      '/capnhat TN60-05 đang thực hiện',
      '/capnhat TN60-05 hoàn thành',
      '/capnhat TN60-05 vướng mắc',
    ]);
  });
});

describe('the coordinator confirms or sends back', () => {
  it('confirms a task reported done and tells Lan', async () => {
    const s = await week();
    await s.ask('TN60-12 xong', lan);
    const { text } = await s.ask('/xacnhan TN60-12', coordinator);
    expect(text).toContain('ĐÃ XÁC NHẬN HOÀN THÀNH TN60-12');
    expect(task(s, 'TN60-12')?.confirmation).toBe('Đã xác nhận 12/06/2024');
    expect(
      s.notifier.sent.some(
        (m) =>
          m.chatId === '101' &&
          m.reply?.blocks.some((b) => b.type === 'heading' && b.text.includes('đã được xác nhận')),
      ),
    ).toBe(true);
  });

  it('sends a task back with a reason, reopening it, and tells Lan why', async () => {
    const s = await week();
    await s.ask('TN60-12 xong', lan);
    expect((await s.ask('/tralai TN60-12', coordinator)).text).toContain('lý do');
    await s.ask('/tralai TN60-12 chưa có văn bản ban hành', coordinator);
    expect(task(s, 'TN60-12')).toMatchObject({
      status: 'in_progress',
      completedAt: null,
      confirmation: 'Trả lại: chưa có văn bản ban hành',
    });
    const told = s.notifier.sent.find((m) => m.chatId === '101');
    expect(told?.reply?.blocks.some((b) => b.type === 'text' && b.text.includes('chưa có văn bản ban hành'))).toBe(
      true,
    );
  });

  it('tells Lan when a coordinator confirms by typing in the Xác nhận cell', async () => {
    const s = await week();
    await s.ask('TN60-12 xong', lan);
    await s.store.backend.updateRows([
      { tab: 'Nhiệm vụ', keyHeader: 'Mã', key: 'TN60-12', cells: { 'Xác nhận': 'Đã xác nhận' } },
    ]);
    await s.store.refresh();
    const deps = {
      store: s.store,
      state: s.state,
      notifier: s.notifier,
      logger: createLogger('silent', { pretty: false }),
    };
    expect(await checkSheetOnce(deps)).toBe(1);
    expect(
      s.notifier.sent.some(
        (m) =>
          m.chatId === '101' &&
          m.reply?.blocks.some((b) => b.type === 'heading' && b.text.includes('đã được xác nhận')),
      ),
    ).toBe(true);
    expect(await checkSheetOnce(deps)).toBe(0);
  });

  it('lets only coordinators confirm', async () => {
    const s = await week();
    await s.ask('TN60-12 xong', lan);
    expect((await s.ask('/xacnhan TN60-12', lan)).text).toContain('Chỉ điều phối viên');
  });
});

describe('a conflict with the sheet', () => {
  it('shows both values when a coordinator changed the cell meanwhile, and writes the chosen one', async () => {
    const s = await week();
    // The coordinator edits the status cell in the sheet; the bot has not re-read it yet.
    await s.store.backend.updateRows([
      { tab: 'Nhiệm vụ', keyHeader: 'Mã', key: 'TN60-05', cells: { 'Trạng thái': 'Vướng mắc' } },
    ]);
    const { text, reply } = await s.ask('TN60-05 đang làm 50%', lan);
    expect(text).toContain('trong bảng tính là «Vướng mắc»');
    expect(reply.choices?.map((c) => c.label)).toEqual(['Ghi giá trị của tôi', 'Giữ giá trị trong bảng']);
    await s.store.refresh();
    expect(task(s, 'TN60-05')?.status).toBe('blocked');
    await s.ask(reply.choices?.[0]?.value ?? '', lan);
    expect(task(s, 'TN60-05')).toMatchObject({ status: 'in_progress', progress: 50 });
  });
});

describe('3. a focal point signs up', () => {
  it('sends the request to the coordinator, who approves it; Lan becomes a focal point', async () => {
    const s = await week();
    const newcomer = { role: { kind: 'guest' }, channel: 'telegram', userId: '555', name: 'Chị Lan' } as const;
    expect((await s.ask('/dangky Sở Tư pháp', newcomer)).text).toContain('Đã gửi yêu cầu');
    const request = s.notifier.sent.find((m) => m.chatId === '900');
    const approve = request?.reply?.choices?.find((c) => c.label === 'Duyệt')?.value ?? '';
    expect(approve).toMatch(/^\/duyet \d+$/);
    expect((await s.ask(approve, lan)).text).toContain('Chỉ điều phối viên');
    expect((await s.ask(approve, coordinator)).text).toContain('Đã duyệt');
    expect(s.store.snapshot().agencies.find((a) => a.name === 'Sở Tư pháp')?.telegram).toEqual(['555']);
    expect(s.notifier.sent.some((m) => m.chatId === '555')).toBe(true);
    expect((await s.ask(approve, coordinator)).text).toContain('đã được duyệt rồi');
  });

  it('lets a coordinator list, add and remove focal points from the console', async () => {
    const s = await week();
    expect((await s.ask('/daumoi them Sở Y tế zalo:abc123')).text).toContain('Đã thêm zalo:abc123');
    expect((await s.ask('/daumoi')).text).toContain('Sở Y tế: zalo:abc123');
    expect((await s.ask('/daumoi xoa Sở Y tế zalo:abc123')).text).toContain('Đã xóa');
    expect(s.store.snapshot().agencies.find((a) => a.name === 'Sở Y tế')?.zalo).toEqual([]);
  });
});

describe('a sheet mangled by hand', () => {
  it('keeps answering and tells the coordinator what is wrong on /kiemtra', async () => {
    const s = await week();
    await s.store.backend.appendRows('Nhiệm vụ', [
      { Mã: 'TN60-12', 'Nội dung': 'Dòng trùng mã', 'Cơ quan chủ trì': 'Sở Tư pháp' },
      { Mã: 'X-01', 'Nội dung': 'Hạn viết sai', 'Hạn xử lý': 'cuối tháng', 'Trạng thái': 'Gần xong' },
      { 'Nội dung': 'Dòng không có mã' },
    ]);
    await s.store.refresh();
    expect((await s.ask('nhiệm vụ của Sở Tư pháp', lan)).text).toContain('TN60-12');
    const { text } = await s.ask('/kiemtra', coordinator);
    expect(text).toContain('Mã TN60-12 bị trùng');
    expect(text).toContain('«cuối tháng»');
    expect(text).toContain('«Gần xong»');
    expect(text).toContain('thiếu Mã');
    expect((await s.ask('/kiemtra', lan)).text).toContain('Chỉ điều phối viên');
  });
});
