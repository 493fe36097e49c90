import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agency, days, reminderWorld, taskIdsIn } from './helpers.js';

/**
 * The demo plans of data/plans through 2024, one run at 08:00 every day. Sở Nội vụ
 * (telegram 1001, group chat -100500) and Sở Tư pháp (telegram 1002) have focal points;
 * both are departments, so they also hear of the tasks given to "Các sở, ban, ngành".
 */
// Vietnam's 2024 days off on weekdays, as announced (written out here, not computed).
const HOLIDAYS_2024 = new Set([
  '2024-01-01',
  '2024-02-08',
  '2024-02-09',
  '2024-02-12',
  '2024-02-13',
  '2024-02-14',
  '2024-04-18',
  '2024-04-29',
  '2024-04-30',
  '2024-05-01',
  '2024-09-02',
  '2024-09-03',
]);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const working = (iso: string) => weekday(iso) !== 0 && weekday(iso) !== 6 && !HOLIDAYS_2024.has(iso);
const workingDaysBetween = (from: string, to: string) => days(from, to).slice(1).filter(working).length;

type Day = Map<string, string[][]>; // chat → task IDs of each message that day
let dir: string;
let world: Awaited<ReturnType<typeof reminderWorld>>;
const byDay = new Map<string, Day>();
const tasksTo = (chat: string) =>
  [...byDay].flatMap(([day, chats]) => (chats.get(chat) ?? []).map((ids) => ({ day, ids })));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dondoc-year-'));
  world = await reminderWorld(dir, {
    demo: true,
    agencies: [
      agency('Sở Nội vụ', { telegram: ['1001'], groupChat: 'telegram:-100500' }),
      agency('Sở Tư pháp', { telegram: ['1002'] }),
    ],
  });
  for (const day of days('2024-01-01', '2024-12-31')) {
    const before = world.notifier.sent.length;
    await world.run(`${day}T08:00`, { digest: false });
    const chats: Day = new Map();
    for (const sent of world.notifier.sent.slice(before))
      chats.set(sent.chatId, [...(chats.get(sent.chatId) ?? []), taskIdsIn(sent)]);
    if (chats.size > 0) byDay.set(day, chats);
  }
}, 120_000);

afterAll(async () => {
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a year of reminders over the demo plans', () => {
  it('tells Sở Tư pháp of the shared June reports on the right days: 7, 3, 1 and 0 working days before', () => {
    const june = tasksTo('1002')
      .filter(({ day }) => day.startsWith('2024-06'))
      .map(({ day, ids }) => [day, [...ids].sort()]);
    // TN60-02 monthly and TN60-04 yearly before 14/6 (Fri); TN60-03 quarterly before 19/6; KH24-02 before 20/6.
    expect(june).toEqual([
      ['2024-06-05', ['TN60-02', 'TN60-04']],
      ['2024-06-10', ['TN60-03']],
      ['2024-06-11', ['KH24-02', 'TN60-02', 'TN60-04']],
      ['2024-06-13', ['TN60-02', 'TN60-04']],
      ['2024-06-14', ['TN60-02', 'TN60-03', 'TN60-04']],
      ['2024-06-17', ['KH24-02']],
      ['2024-06-18', ['TN60-03']],
      ['2024-06-19', ['KH24-02', 'TN60-03']],
      ['2024-06-20', ['KH24-02']],
    ]);
  });

  it('sends nothing on Saturdays, Sundays or holidays, and at most one message per chat a day', () => {
    expect(byDay.size).toBeGreaterThan(50);
    for (const [day, chats] of byDay) {
      expect(working(day), day).toBe(true);
      for (const [chat, messages] of chats) expect(messages.length, `${day} ${chat}`).toBe(1);
    }
  });

  it('reminds Sở Nội vụ of TN60-01 before its deadline (Sunday 31/3), then every 3 working days while overdue', () => {
    const reminded = tasksTo('1001')
      .filter(({ ids }) => ids.includes('TN60-01'))
      .map(({ day }) => day);
    // 31/3 is a Sunday: "on the day" goes out on Friday 29/3.
    expect(reminded.slice(0, 4)).toEqual(['2024-03-20', '2024-03-26', '2024-03-28', '2024-03-29']);
    const overdue = reminded.slice(4);
    expect(overdue[0]).toBe('2024-04-01');
    expect(overdue.length).toBeGreaterThan(60);
    for (let i = 1; i < overdue.length; i++)
      expect(workingDaysBetween(overdue[i - 1] ?? '', overdue[i] ?? ''), overdue[i]).toBe(3);
    expect(reminded.at(-1)?.startsWith('2024-12')).toBe(true);
  });

  it('escalates to the group chat once per overdue task, with the fourth unanswered reminder', () => {
    const escalations = tasksTo('-100500');
    const overdueDays = (id: string, deadline: string) =>
      tasksTo('1001')
        .filter(({ day, ids }) => ids.includes(id) && day > deadline)
        .map(({ day }) => day);
    const tn60_01 = overdueDays('TN60-01', '2024-03-31');
    const tn60_19 = overdueDays('TN60-19', '2024-09-30'); // Quý II và Quý III/2024
    expect(tn60_19.length).toBeGreaterThan(4);
    expect(escalations).toEqual([
      { day: tn60_01[3], ids: ['TN60-01'] },
      { day: tn60_19[3], ids: ['TN60-19'] },
    ]);
  });

  it('logs each (task, recipient, milestone) once, exactly what went out', () => {
    const mentions = [...byDay.values()].flatMap((chats) => [...chats.values()].flat(2)).length;
    const logged = world.log.all().filter((e) => e.recipient !== 'coordinators');
    expect(logged.length).toBe(mentions);
    expect(new Set(logged.map((e) => `${e.taskId}|${e.recipient}|${e.milestone}`)).size).toBe(logged.length);
  });

  it('sends nothing more when the same instant runs again', async () => {
    const before = world.notifier.sent.length;
    const again = await world.run('2024-06-14T08:00', { digest: false });
    expect(again.messages).toEqual([]);
    expect(world.notifier.sent.length).toBe(before);
  });
});
