import { describe, expect, it } from 'vitest';
import { fixedClock } from '#src/domain/clock.js';
import type { Task } from '#src/domain/task.js';
import { conversationFor } from '../support/conversation.js';
import { makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';
import { agency, days, reminderWorld, taskIdsIn } from './helpers.js';

const tempDir = useTempDirs();
const AGENCIES = [
  agency('Sở Tư pháp', { telegram: ['1002'] }),
  agency('Sở Nội vụ', { telegram: ['1001'], groupChat: 'telegram:-100500' }),
];
const task = (id: string, deadline: string, lead = 'Sở Tư pháp'): Task =>
  makeTask({ id, planKey: 'RM99', deadline, deadlineText: deadline, lead: [lead] });

/** Runs every day at 08:00 and returns, per task, the days it was reminded to `chat`. */
async function walk(world: Awaited<ReturnType<typeof reminderWorld>>, from: string, to: string, chat: string) {
  const seen = new Map<string, string[]>();
  const messages: Array<{ day: string; ids: string[]; text: string }> = [];
  for (const day of days(from, to)) {
    const report = await world.run(`${day}T08:00`, { digest: false });
    for (const m of report.messages.filter((m) => m.recipient === `telegram:${chat}`)) {
      messages.push({ day, ids: m.taskIds, text: m.text });
      for (const id of m.taskIds) seen.set(id, [...(seen.get(id) ?? []), day]);
    }
  }
  return { seen, messages };
}

describe('holidays and weekends move reminders to the working day before', () => {
  it('reminds of a deadline right after 2 September 2025 on Friday 29/8, not during the holiday', async () => {
    const world = await reminderWorld(tempDir(), { tasks: [task('RM99-01', '2025-09-03')], agencies: AGENCIES });
    const { seen, messages } = await walk(world, '2025-08-15', '2025-09-03', '1002');
    // 1/9 and 2/9 are off: one working day before Wednesday 3/9 is Friday 29/8.
    expect(seen.get('RM99-01')).toEqual(['2025-08-21', '2025-08-27', '2025-08-29', '2025-09-03']);
    expect(messages.find((m) => m.day === '2025-08-29')?.text).toContain('Còn 1 ngày làm việc');
    expect(messages.find((m) => m.day === '2025-09-03')?.text).toContain('Đến hạn hôm nay');
    await world.close();
  });

  it('reminds of a deadline right after Tết 2026 before the break, and sends nothing during it', async () => {
    const world = await reminderWorld(tempDir(), { tasks: [task('RM99-02', '2026-02-23')], agencies: AGENCIES });
    const { seen } = await walk(world, '2026-02-01', '2026-02-23', '1002');
    // Tết 2026: 14–22/2 off. Monday 23/2 minus 1 working day is Friday 13/2.
    expect(seen.get('RM99-02')).toEqual(['2026-02-05', '2026-02-11', '2026-02-13', '2026-02-23']);
    await world.close();
  });

  it('sends "on the day" the working day before a deadline that falls on a holiday or a Sunday', async () => {
    const world = await reminderWorld(tempDir(), {
      tasks: [task('RM99-03', '2024-09-02'), task('RM99-04', '2024-06-16')],
      agencies: AGENCIES,
    });
    const june = await walk(world, '2024-06-01', '2024-06-17', '1002');
    // Sunday 16/6: "on the day" on Friday 14/6, overdue from Monday 17/6.
    expect(june.seen.get('RM99-04')).toEqual(['2024-06-05', '2024-06-11', '2024-06-13', '2024-06-14', '2024-06-17']);
    const sept = await walk(world, '2024-08-15', '2024-09-05', '1002');
    expect(sept.seen.get('RM99-03')).toEqual(['2024-08-21', '2024-08-27', '2024-08-29', '2024-08-30', '2024-09-04']);
    expect(sept.messages.find((m) => m.day === '2024-08-30')?.text).toContain('Hạn rơi vào ngày nghỉ');
    expect(sept.messages.find((m) => m.day === '2024-09-04')?.text).toContain('Quá hạn');
    await world.close();
  });
});

describe('catching up after downtime', () => {
  it('sends the missed reminders once, combined in one message, only the latest milestone of each task', async () => {
    const tasks = [task('RM99-10', '2024-07-15'), task('RM99-11', '2024-07-16'), task('RM99-12', '2024-07-01')];
    const world = await reminderWorld(tempDir(), { tasks, agencies: AGENCIES });
    await world.run('2024-06-21T08:00');
    expect(world.notifier.sent.filter((s) => s.chatId === '1002')).toHaveLength(1); // RM99-12, 7 working days ahead
    // The bot is down from 24/6 to 11/7 and comes back on Friday 12/7.
    await world.run('2024-07-12T08:00');
    const back = world.notifier.sent.filter((s) => s.chatId === '1002').slice(1);
    expect(back).toHaveLength(1);
    expect(taskIdsIn(back[0] ?? { channel: 'telegram', chatId: '' }).sort()).toEqual(['RM99-10', 'RM99-11', 'RM99-12']);
    const logged = world.log.all().filter((e) => e.sentAt.startsWith('2024-07-12'));
    expect(logged.map((e) => `${e.taskId} ${e.milestone}`).sort()).toEqual([
      'RM99-10 due:2024-07-15:1',
      'RM99-11 due:2024-07-16:3',
      'RM99-12 overdue:2024-07-01:2024-07-12',
    ]);
    const { seen } = await walk(world, '2024-07-12', '2024-07-17', '1002');
    expect(seen.get('RM99-10')).toEqual(['2024-07-15', '2024-07-16']); // on the day, then overdue
    expect(seen.get('RM99-11')).toEqual(['2024-07-15', '2024-07-16', '2024-07-17']);
    expect(seen.get('RM99-12')).toEqual(['2024-07-17']); // three working days after the catch-up
    // The missed 7-day milestones of RM99-10 and RM99-11 never go out.
    expect(world.log.all().filter((e) => e.taskId !== 'RM99-12' && e.milestone.endsWith(':7'))).toEqual([]);
    await world.close();
  });
});

describe('escalation', () => {
  it('tells the group chat after 3 unanswered overdue reminders, and starts counting again after an update', async () => {
    const dir = tempDir();
    const world = await reminderWorld(dir, {
      tasks: [task('RM99-20', '2024-06-03', 'Sở Nội vụ')],
      agencies: AGENCIES,
      env: { COORDINATORS: 'telegram:9999' },
    });
    const first = await walk(world, '2024-06-03', '2024-06-17', '1001');
    // On the day (Monday 3/6), then overdue every 3 working days; the fourth overdue one escalates.
    expect(first.seen.get('RM99-20')).toEqual(['2024-06-03', '2024-06-04', '2024-06-07', '2024-06-12', '2024-06-17']);
    const group = () => world.notifier.sent.filter((s) => s.chatId === '-100500');
    expect(group()).toHaveLength(1);
    expect(taskIdsIn(group()[0] ?? { channel: 'telegram', chatId: '' })).toEqual(['RM99-20']);
    expect(world.textsTo('-100500')[0]).toContain('đã nhắc 3 lần chưa có cập nhật');
    // The coordinators' digest of that Monday names the task.
    const monday = await world.run('2024-06-17T09:00', { reminders: false });
    expect(monday.messages.find((m) => m.recipient === 'telegram:9999')?.text).toContain(
      'Đã nhắc nhiều lần chưa có cập nhật (1)',
    );

    // The focal point answers on 18/6 with one tap.
    const chat = conversationFor(world.store, dir, { clock: fixedClock('2024-06-18T10:00') });
    const answer = await chat.ask('/capnhat RM99-20 đang thực hiện', {
      role: { kind: 'focal', agency: 'Sở Nội vụ' },
      channel: 'telegram',
      userId: '1001',
    });
    expect(answer.text).toContain('Trạng thái: Chưa thực hiện → Đang thực hiện');
    chat.state.close();

    const second = await walk(world, '2024-06-18', '2024-06-24', '1001');
    // The update ended the streak: the next Monday's digest no longer lists the task.
    const digest = await world.run('2024-06-24T09:00', { reminders: false });
    expect(digest.messages.find((m) => m.recipient === 'telegram:9999')?.text).not.toContain('Đã nhắc nhiều lần');
    const third = await walk(world, '2024-06-25', '2024-07-05', '1001');
    expect([...(second.seen.get('RM99-20') ?? []), ...(third.seen.get('RM99-20') ?? [])]).toEqual([
      '2024-06-20',
      '2024-06-25',
      '2024-06-28',
      '2024-07-03',
    ]);
    expect(group()).toHaveLength(2); // again with the fourth reminder after the update, not before
    expect(
      world.log
        .all()
        .filter((e) => e.recipient === 'telegram:-100500')
        .map((e) => e.sentAt.slice(0, 10)),
    ).toEqual(['2024-06-17', '2024-07-03']);
    await world.close();
  });
});
