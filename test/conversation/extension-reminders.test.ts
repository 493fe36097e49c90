import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '#src/domain/clock.js';
import { conversationFor } from '../support/conversation.js';
import { makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';
import { agency, days, isWeekend, reminderWorld, taskIdsIn } from '../reminders/helpers.js';

/**
 * Reminders and escalation read Hạn xử lý, so an approved extension moves them: the clock is
 * moved day by day through June and July, with reminders run every working morning. TN60-06,
 * due the same day and never extended, shows what TN60-05 would have got.
 */
const tempDir = useTempDirs();
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const lan = {
  role: { kind: 'focal', agency: 'Sở Tư pháp' },
  channel: 'telegram',
  userId: '101',
  name: 'Chị Lan',
} as const;
const ha = { role: { kind: 'coordinator' }, channel: 'telegram', userId: '900', name: 'Chị Hà' } as const;

describe('the weekly digest', () => {
  it('reminds the coordinators of a request still waiting', async () => {
    const dir = tempDir();
    const world = await reminderWorld(dir, {
      tasks: [makeTask({ id: 'TN60-05', planKey: 'RM99', lead: ['Sở Tư pháp'], deadline: '2024-07-01' })],
      agencies: [agency('Sở Tư pháp', { telegram: ['101'] })],
      env: { COORDINATORS: 'telegram:900' },
    });
    const chat = conversationFor(world.store, dir, { clock: fixedClock('2024-06-12T09:00:00') });
    close = async () => {
      chat.state.close();
      await world.close();
    };
    await chat.ask('/giahan TN60-05 31/7/2024 chờ Bộ Tư pháp hướng dẫn', lan);
    await world.run('2024-06-17T08:00');
    expect(world.textsTo('900').join('\n')).toContain('Đề nghị gia hạn chờ duyệt (1): TN60-05');
  });
});

describe('reminders after an approved extension', () => {
  it('follow the new deadline: nothing about TN60-05 before its new milestones, no escalation on the old date', async () => {
    const dir = tempDir();
    const world = await reminderWorld(dir, {
      tasks: [
        makeTask({ id: 'TN60-05', planKey: 'RM99', lead: ['Sở Tư pháp'], deadline: '2024-07-01' }),
        makeTask({ id: 'TN60-06', planKey: 'RM99', lead: ['Sở Tư pháp'], deadline: '2024-07-01' }),
      ],
      agencies: [agency('Sở Tư pháp', { telegram: ['101'], groupChat: 'telegram:-100777' })],
    });
    const chat = conversationFor(world.store, dir, { clock: fixedClock('2024-06-12T09:00:00') });
    close = async () => {
      chat.state.close();
      await world.close();
    };
    await chat.ask('/giahan TN60-05 31/7/2024 chờ Bộ Tư pháp hướng dẫn', lan);
    expect((await chat.ask('/duyet TN60-05', ha)).text).toContain('ĐÃ GIA HẠN TN60-05 ĐẾN 31/07/2024');

    const remindedOn = new Map<string, string[]>();
    for (const day of days('2024-06-13', '2024-08-09').filter((d) => !isWeekend(d))) {
      const before = world.notifier.sent.length;
      await world.run(`${day}T08:00`);
      for (const sent of world.notifier.sent.slice(before)) {
        for (const id of taskIdsIn(sent))
          remindedOn.set(`${sent.chatId}:${id}`, [...(remindedOn.get(`${sent.chatId}:${id}`) ?? []), day]);
      }
    }
    const lanAbout = (id: string) => remindedOn.get(`101:${id}`) ?? [];
    const groupAbout = (id: string) => remindedOn.get(`-100777:${id}`) ?? [];
    // The task kept on its plan's date is reminded before 1 July, then as overdue, then escalated.
    expect(lanAbout('TN60-06').some((d) => d < '2024-07-01')).toBe(true);
    expect(groupAbout('TN60-06').length).toBeGreaterThan(0);
    // The extended one only from seven working days before 31 July, and overdue after it.
    expect(lanAbout('TN60-05').length).toBeGreaterThan(0);
    expect(lanAbout('TN60-05').every((d) => d >= '2024-07-22')).toBe(true);
    expect(lanAbout('TN60-05')).toContain('2024-07-31');
    expect(lanAbout('TN60-05').some((d) => d > '2024-07-31')).toBe(true);
    expect(groupAbout('TN60-05').every((d) => d > '2024-07-31')).toBe(true);
  });
});
