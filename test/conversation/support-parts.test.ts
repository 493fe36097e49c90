import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agency } from '#src/domain/agency.js';
import { manualClock } from '#src/domain/clock.js';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { loadTemplate } from '#src/store/template.js';
import { openTaskStore, type TaskStore } from '#src/store/task-store.js';
import { conversationFor } from '../support/conversation.js';
import { collectedLogs } from '../support/logs.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

/**
 * A week of TN60-12, led by Sở Nội vụ with Sở Y tế, Sở Tài chính and Sở Xây dựng supporting:
 * the supporting agencies report their parts, the lead reads them in /xem and nudges the ones
 * still owing, once a day; nobody else may do either. Real local sheet, real bot state.
 */
const tempDir = useTempDirs();
let store: TaskStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const agency = (name: string, telegram: string[], zalo: string[] = []): Agency => ({
  name,
  aliases: [],
  kind: 'department',
  memberKinds: [],
  successor: '',
  telegram,
  zalo,
  groupChat: '',
});

const LEAD = { role: { kind: 'focal', agency: 'Sở Nội vụ' }, channel: 'telegram', userId: '101', name: 'Lan' } as const;
const HEALTH = { role: { kind: 'focal', agency: 'Sở Y tế' }, channel: 'telegram', userId: '201', name: 'Hoa' } as const;
const FINANCE = {
  role: { kind: 'focal', agency: 'Sở Tài chính' },
  channel: 'zalo',
  userId: 'z301',
  name: 'Tuấn',
} as const;
const JUSTICE = {
  role: { kind: 'focal', agency: 'Sở Tư pháp' },
  channel: 'telegram',
  userId: '401',
  name: 'Minh',
} as const;
const GUEST = { role: { kind: 'guest' }, channel: 'telegram', userId: '999', name: 'Khách' } as const;
const COORDINATOR = { role: { kind: 'coordinator' }, channel: 'telegram', userId: '900', name: 'Hùng' } as const;

async function week(dir = tempDir()) {
  const clock = manualClock('2026-11-30T09:00:00');
  store = await openTaskStore(openLocalSheet(join(dir, 'sheet.sqlite')), loadTemplate());
  await store.addPlan({
    plan: DEMO_PLAN,
    tasks: [
      makeTask({
        id: 'TN60-12',
        content: 'Tổng hợp số liệu cán bộ, công chức, viên chức năm 2026',
        lead: ['Sở Nội vụ'],
        coordinating: ['Sở Y tế', 'Sở Tài chính', 'Sở Xây dựng'],
        deadlineText: '15/12/2026',
        deadline: '2026-12-15',
        status: 'in_progress',
        progress: 40,
      }),
      makeTask({ id: 'TN60-13', lead: ['Sở Nội vụ'], deadline: '2026-12-20' }),
      makeTask({
        id: 'TN60-14',
        content: 'Rà soát vị trí việc làm',
        lead: ['Sở Nội vụ'],
        coordinating: ['Các sở, ban, ngành'],
        deadline: '2026-12-31',
      }),
    ],
    agencies: [
      agency('Sở Nội vụ', ['101']),
      agency('Sở Y tế', ['201']),
      agency('Sở Tài chính', [], ['z301']),
      agency('Sở Xây dựng', []),
      agency('Sở Tư pháp', ['401']),
    ],
  });
  const logs = collectedLogs();
  const s = conversationFor(store, dir, { clock, coordinators: ['telegram:900'], logger: logs.logger });
  const task = () => store?.snapshot().byId.get('TN60-12');
  const sentTo = (chatId: string) => s.notifier.sent.filter((m) => m.chatId === chatId);
  const plain = (m: { reply?: { blocks: Array<{ type: string; text?: string }> } }) =>
    (m.reply?.blocks ?? []).map((b) => b.text ?? '').join('\n');
  const refusals = () => logs.lines.filter((line) => typeof line.why === 'string');
  const journal = async () => {
    const [log] = await (store as TaskStore).backend.readTabs(['Nhật ký']);
    return log?.rows ?? [];
  };
  return { ...s, store, clock, task, sentTo, plain, refusals, journal, dir };
}

describe('the coordinating agencies’ part of a task', () => {
  it('records a supporting agency’s part without touching the status, and tells the lead', async () => {
    const w = await week();
    const answer = await w.ask('TN60-12 phần Sở Y tế đã xong, đã gửi số liệu', HEALTH);
    expect(answer.text).toContain('ĐÃ GHI PHẦN PHỐI HỢP CỦA SỞ Y TẾ — TN60-12');
    expect(answer.text).toContain('Tiến độ phối hợp: Sở Y tế: Hoàn thành (30/11/2026) — đã gửi số liệu');
    expect(answer.text).toContain('Trạng thái của nhiệm vụ không đổi: Đang thực hiện (40%)');
    expect(answer.text).toContain('Đã báo cho đầu mối của Sở Nội vụ.');
    expect(answer.reply.choices?.map((c) => c.label)).toEqual(['Hoàn tác']);
    expect(w.task()).toMatchObject({
      status: 'in_progress',
      progress: 40,
      lastUpdate: '',
      supportProgress: 'Sở Y tế: Hoàn thành (30/11/2026) — đã gửi số liệu',
    });
    // Nhật ký keeps the change with the original message.
    const rows = await w.journal();
    expect(rows.some((row) => row.includes('Tiến độ phối hợp') && row.includes('TN60-12'))).toBe(true);
    expect(rows.flat()).toContain('TN60-12 phần Sở Y tế đã xong, đã gửi số liệu');
    // The lead's focal point is told; the coordinators are not asked to confirm anything.
    const told = w.sentTo('101');
    expect(told).toHaveLength(1);
    expect(w.plain(told[0] ?? {})).toContain('Sở Y tế báo phần phối hợp nhiệm vụ TN60-12');
    expect(w.plain(told[0] ?? {})).toContain('Người báo: Hoa (Sở Y tế)');
    expect(w.sentTo('900')).toHaveLength(0);

    // «TN60-12 xong» from another supporting agency is its part, not the task; a later report replaces its line.
    w.clock.set('2026-12-02T15:00:00');
    await w.ask('TN60-12 xong', FINANCE);
    await w.ask('TN60-12 phần Sở Y tế đang làm 80%, bổ sung số liệu quý IV', HEALTH);
    expect(w.task()?.status).toBe('in_progress');
    expect(w.task()?.supportProgress?.split('\n')).toEqual([
      'Sở Y tế: Đang thực hiện 80% (02/12/2026) — bổ sung số liệu quý IV',
      'Sở Tài chính: Hoàn thành (02/12/2026)',
    ]);
  });

  it('shows each supporting agency’s part in /xem, or that it has not reported', async () => {
    const w = await week();
    await w.ask('TN60-12 phần việc của Sở Y tế đã hoàn thành', HEALTH);
    const detail = await w.ask('/xem TN60-12', LEAD);
    expect(detail.text).toContain(
      [
        'Tiến độ phối hợp:',
        '• Sở Y tế: Hoàn thành (30/11/2026)',
        '• Sở Tài chính: chưa báo cáo',
        '• Sở Xây dựng: chưa báo cáo',
      ].join('\n'),
    );
    expect(detail.reply.choices?.map((c) => c.label)).toEqual(['Cập nhật tiến độ', 'Nhắc phối hợp']);
    // A supporting agency sees the parts too, but has no nudge to press.
    const seen = await w.ask('/xem TN60-12', HEALTH);
    expect(seen.text).toContain('• Sở Tài chính: chưa báo cáo');
    expect(seen.reply.choices?.map((c) => c.label)).toEqual(['Cập nhật tiến độ']);
    // A task with no supporting agency says nothing about them.
    expect((await w.ask('/xem TN60-13', LEAD)).text).not.toContain('Tiến độ phối hợp');
  });

  it('nudges the supporting agencies once a day, and says why a second press is refused', async () => {
    const w = await week();
    await w.ask('TN60-12 phần Sở Y tế đã xong', HEALTH);
    w.clock.set('2026-12-01T10:05:00');
    const detail = await w.ask('/xem TN60-12', LEAD);
    const nudge = detail.reply.choices?.find((c) => c.label === 'Nhắc phối hợp');
    expect(nudge?.value).toBe('/nhacphoihop TN60-12');
    const sent = await w.ask(nudge?.value ?? '', LEAD);
    expect(sent.text).toContain('Đã gửi lời đề nghị phối hợp tới đầu mối của: Sở Tài chính.');
    expect(sent.text).toContain('Đã báo xong phần việc, không nhắc: Sở Y tế.');
    expect(sent.text).toContain('Chưa có đầu mối nhận tin qua bot: Sở Xây dựng.');
    const request = w.sentTo('z301');
    expect(request).toHaveLength(1);
    expect(request[0]?.channel).toBe('zalo');
    const words = w.plain(request[0] ?? {});
    expect(words).toContain('Đề nghị phối hợp nhiệm vụ TN60-12');
    expect(words).toContain('Kính gửi đầu mối Sở Tài chính: Sở Nội vụ (cơ quan chủ trì) đề nghị');
    expect(words).toContain('Tổng hợp số liệu cán bộ, công chức, viên chức năm 2026');
    expect(words).toContain('Hạn xử lý: 15/12/2026.');
    expect(words).toContain('Người đề nghị: Lan (Sở Nội vụ).');
    expect(request[0]?.reply?.choices?.[0]?.value).toBe('/capnhat TN60-12 phần Sở Tài chính hoàn thành');
    expect(w.sentTo('201')).toHaveLength(0);

    // The same day, by anyone, and after a restart: refused with when and by whom.
    w.clock.set('2026-12-01T16:30:00');
    const again = await w.ask('/nhacphoihop TN60-12', COORDINATOR);
    expect(again.text).toBe(
      'Các cơ quan phối hợp của nhiệm vụ TN60-12 đã được nhắc hôm nay lúc 10:05 (Lan (Sở Nội vụ) gửi). Để các cơ quan không bị làm phiền, mỗi nhiệm vụ chỉ nhắc một lần mỗi ngày; anh/chị có thể nhắc lại từ ngày mai.',
    );
    w.state.close();
    const restarted = conversationFor(store as TaskStore, w.dir, { clock: w.clock, coordinators: ['telegram:900'] });
    expect((await restarted.ask('/nhacphoihop TN60-12', LEAD)).text).toContain('đã được nhắc hôm nay lúc 10:05');
    expect(restarted.notifier.sent).toHaveLength(0);
    expect(w.sentTo('z301')).toHaveLength(1);

    // The next day it goes again, here from a coordinator, who is named as the one asking; the
    // supporting agency answers with the button it got.
    w.clock.set('2026-12-02T08:30:00');
    expect((await restarted.ask('/nhacphoihop TN60-12', COORDINATOR)).text).toContain(
      'Đã gửi lời đề nghị phối hợp tới đầu mối của: Sở Tài chính.',
    );
    const byCoordinator = restarted.notifier.sent.filter((m) => m.chatId === 'z301');
    expect(byCoordinator).toHaveLength(1);
    expect(w.plain(byCoordinator[0] ?? {})).toContain(
      'Kính gửi đầu mối Sở Tài chính: điều phối viên theo dõi kế hoạch đề nghị quý cơ quan quan tâm thực hiện phần việc phối hợp của nhiệm vụ TN60-12 (do Sở Nội vụ chủ trì):',
    );
    expect(w.plain(byCoordinator[0] ?? {})).toContain('Người đề nghị: Hùng.');
    const done = await restarted.ask('/capnhat TN60-12 phần Sở Tài chính hoàn thành', FINANCE);
    expect(done.text).toContain('Sở Tài chính: Hoàn thành (02/12/2026)');
    restarted.state.close();
  });

  it('refuses a stranger politely, and logs it, for a part and for a nudge', async () => {
    const w = await week();
    const part = await w.ask('TN60-12 phần Sở Y tế đã xong', JUSTICE);
    expect(part.text).toBe('Xin lỗi, chỉ đầu mối của Sở Nội vụ và điều phối viên mới cập nhật được nhiệm vụ TN60-12.');
    const nudge = await w.ask('/nhacphoihop TN60-12', JUSTICE);
    expect(nudge.text).toBe(
      'Xin lỗi, chỉ đầu mối của Sở Nội vụ (cơ quan chủ trì) và điều phối viên mới nhắc được các cơ quan phối hợp của nhiệm vụ TN60-12.',
    );
    // A supporting agency may report its part but not nudge the others.
    expect((await w.ask('/nhacphoihop TN60-12', HEALTH)).text).toContain('Xin lỗi, chỉ đầu mối của Sở Nội vụ');
    expect((await w.ask('TN60-12 xong', GUEST)).text).toContain('hãy đăng ký bằng lệnh /dangky');
    expect(w.refusals().map((line) => [line.command, line.why, line.who])).toEqual([
      ['capnhat', 'not_lead', '401'],
      ['nhacphoihop', 'not_lead', '401'],
      ['nhacphoihop', 'not_lead', '201'],
      ['capnhat', 'not_lead', '999'],
    ]);
    expect(w.task()).toMatchObject({ status: 'in_progress', supportProgress: '' });
    expect(w.notifier.sent).toHaveLength(0);
    expect(w.state.supportNudges.get('TN60-12', '2026-11-30')).toBeNull();
  });

  it('asks when the lead reports a supporting agency’s part, or a supporter names another agency’s', async () => {
    const w = await week();
    const asked = await w.ask('TN60-12 phần Sở Tài chính đã xong rồi', LEAD);
    expect(asked.text).toContain(
      'Anh/chị báo phần việc của Sở Tài chính (cơ quan phối hợp), hay báo cả nhiệm vụ TN60-12?',
    );
    expect(asked.reply.choices?.map((c) => [c.label, c.value])).toEqual([
      ['Ghi phần của Sở Tài chính', '/capnhat TN60-12 phần Sở Tài chính hoàn thành'],
      ['Cập nhật cả nhiệm vụ', '/capnhat TN60-12 hoàn thành'],
      ['Không ghi', '/xem TN60-12'],
    ]);
    expect(w.task()?.supportProgress).toBe('');
    await w.ask(asked.reply.choices?.[0]?.value ?? '', LEAD);
    expect(w.task()).toMatchObject({ status: 'in_progress', supportProgress: 'Sở Tài chính: Hoàn thành (30/11/2026)' });

    const other = await w.ask('TN60-12 phần Sở Xây dựng đã xong', HEALTH);
    expect(other.text).toContain('Anh/chị là đầu mối của Sở Y tế nên báo được phần việc của Sở Y tế trong TN60-12');
    expect(other.reply.choices?.[0]).toEqual({
      label: 'Ghi phần của Sở Y tế',
      value: '/capnhat TN60-12 phần Sở Y tế hoàn thành',
    });
    // A part of an agency the task does not list is not recorded, even by a coordinator.
    const unlisted = await w.ask('TN60-12 phần Sở Tư pháp đã xong', COORDINATOR);
    expect(unlisted.text).toContain('Sở Tư pháp không có tên trong Cơ quan phối hợp của TN60-12');
    expect(w.task()?.supportProgress).toBe('Sở Tài chính: Hoàn thành (30/11/2026)');
  });

  it('takes a member of a group named in Cơ quan phối hợp as a supporter, and nudges the members', async () => {
    const w = await week();
    const answer = await w.ask('TN60-14 đang làm 50%', HEALTH);
    expect(answer.text).toContain('Tiến độ phối hợp: Sở Y tế: Đang thực hiện 50% (30/11/2026)');
    expect(w.store?.snapshot().byId.get('TN60-14')?.status).toBe('not_started');
    const detail = await w.ask('/xem TN60-14', LEAD);
    expect(detail.text).toContain('Tiến độ phối hợp:\n• Sở Y tế: Đang thực hiện 50% (30/11/2026)');
    expect(detail.text).not.toContain('Các sở, ban, ngành: chưa báo cáo');
    const nudged = await w.ask('/nhacphoihop TN60-14', LEAD);
    expect(nudged.text).toContain('Đã gửi lời đề nghị phối hợp tới đầu mối của:');
    // Members with a focal point, the lead itself left out.
    expect(new Set(w.notifier.sent.filter((m) => m.chatId !== '101').map((m) => m.chatId))).toEqual(
      new Set(['201', 'z301', '401']),
    );
    expect(w.sentTo('101').filter((m) => w.plain(m).includes('Đề nghị phối hợp'))).toHaveLength(0);
  });

  it('lists /nhacphoihop in the help', async () => {
    const w = await week();
    expect((await w.ask('/trogiup', LEAD)).text).toContain(
      '• /nhacphoihop <mã nhiệm vụ> — Nhắc các cơ quan phối hợp của một nhiệm vụ (cơ quan chủ trì, mỗi ngày một lần).',
    );
  });

  it('asks, showing both, when a coordinator changed the cell meanwhile, and tells the lead nothing yet', async () => {
    const w = await week();
    // A coordinator types in the cell; the bot's picture of the sheet is older.
    await w.store.backend.updateRows([
      { tab: 'Nhiệm vụ', keyHeader: 'Mã', key: 'TN60-12', cells: { 'Tiến độ phối hợp': 'Sở Y tế: đã gửi qua email' } },
    ]);
    const answer = await w.ask('TN60-12 xong', FINANCE);
    expect(answer.text).toContain('• Tiến độ phối hợp: trong bảng tính là «Sở Y tế: đã gửi qua email»');
    expect(answer.text).toContain('Bạn báo: «Sở Tài chính: Hoàn thành (30/11/2026)». Giữ giá trị nào?');
    expect(answer.reply.choices?.map((c) => c.label)).toEqual(['Ghi giá trị của tôi', 'Giữ giá trị trong bảng']);
    expect(w.sentTo('101')).toHaveLength(0);
  });

  it('keeps what a supporter writes as text, never a formula', async () => {
    const w = await week();
    const { reply } = await w.ask('TN60-12 xong =HYPERLINK("http://x.y","bấm")', HEALTH);
    const cell = w.task()?.supportProgress ?? '';
    expect(cell.startsWith('Sở Y tế: Hoàn thành (30/11/2026) — =HYPERLINK')).toBe(true);
    expect(cell.split('\n')).toHaveLength(1);
    // «Hoàn tác» puts the cell back, as for any update.
    expect((await w.ask(reply.choices?.[0]?.value ?? '', HEALTH)).text).toContain('ĐÃ HOÀN TÁC');
    expect(w.task()).toMatchObject({ supportProgress: '', status: 'in_progress' });
  });
});
