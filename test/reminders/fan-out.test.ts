import { describe, expect, it } from 'vitest';
import type { Notifier } from '#src/chat/port.js';
import { makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';
import { agency, reminderWorld } from './helpers.js';

/** What happens between the plan and the chats: failures, channels that are not running. */
const tempDir = useTempDirs();
const TASKS = [makeTask({ id: 'RM99-01', planKey: 'RM99', deadline: '2024-06-14', lead: ['Sở Tư pháp'] })];
const AGENCIES = [agency('Sở Tư pháp', { telegram: ['1002'], zalo: ['z-stp'] })];

describe('sending planned reminders', () => {
  it('logs nothing for a failed send and sends it at the next run', async () => {
    const world = await reminderWorld(tempDir(), { tasks: TASKS, agencies: AGENCIES });
    const recording = world.deps.notifier;
    let failures = 1;
    const flaky: Notifier = {
      channels: () => ['telegram', 'zalo'],
      send: async (channel, chatId, reply) => {
        if (chatId === '1002' && failures-- > 0) throw new Error('network down');
        await recording.send(channel, chatId, reply);
      },
      sendImage: async () => false,
    };
    world.deps.notifier = flaky;
    const first = await world.run('2024-06-13T08:00', { digest: false });
    expect(first.messages.map((m) => `${m.recipient} ${m.status}`)).toEqual([
      'telegram:1002 failed',
      'zalo:z-stp sent',
    ]);
    expect(world.log.all().map((e) => e.recipient)).toEqual(['zalo:z-stp']);
    const second = await world.run('2024-06-13T09:00', { digest: false });
    expect(second.messages.map((m) => `${m.recipient} ${m.status}`)).toEqual(['telegram:1002 sent']);
    expect(world.notifier.sent.map((s) => s.chatId)).toEqual(['z-stp', '1002']);
    await world.close();
  });

  it('skips, without logging, recipients on a channel that is not running', async () => {
    const world = await reminderWorld(tempDir(), { tasks: TASKS, agencies: AGENCIES });
    const recording = world.deps.notifier;
    world.deps.notifier = { ...recording, channels: () => ['telegram'] };
    const report = await world.run('2024-06-13T08:00', { digest: false });
    expect(report.messages.map((m) => `${m.recipient} ${m.status}`)).toEqual([
      'telegram:1002 sent',
      'zalo:z-stp skipped',
    ]);
    expect(report.messages[1]?.reason).toBe('kênh zalo chưa chạy');
    expect(world.log.all().map((e) => e.recipient)).toEqual(['telegram:1002']);
    await world.close();
  });
});
