import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel } from '#src/chat/message.js';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { loadTemplate } from '#src/store/template.js';
import { openTaskStore, type TaskStore } from '#src/store/task-store.js';
import { conversationFor } from '../support/conversation.js';
import { collectedLogs } from '../support/logs.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

/**
 * Every refusal is one structured log line (who, channel, command, why), whatever the channel:
 * the coordinator-only commands are refused in one place, the engine, before their handler runs.
 */
const tempDir = useTempDirs();
let store: TaskStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function setup() {
  const dir = tempDir();
  store = await openTaskStore(openLocalSheet(join(dir, 'sheet.sqlite')), loadTemplate());
  await store.addPlan({
    plan: DEMO_PLAN,
    tasks: [
      makeTask({ id: 'TN60-12', lead: ['Sở Tư pháp'], deadline: '2024-12-31' }),
      makeTask({ id: 'TN60-20', lead: ['Sở Y tế'] }),
    ],
    agencies: [],
  });
  const logs = collectedLogs();
  const s = conversationFor(store, dir, { coordinators: ['telegram:900'], logger: logs.logger });
  const refusals = () => logs.lines.filter((line) => typeof line.why === 'string');
  return { ...s, store, refusals };
}

const focal = (channel: Channel, userId: string) =>
  ({ role: { kind: 'focal', agency: 'Sở Tư pháp' }, channel, userId, name: 'Chị Lan' }) as const;

describe('refusals', () => {
  it.each(['telegram', 'zalo'] as const)(
    'refuses every coordinator-only command to a focal point on %s, with one log line each',
    async (channel) => {
      const s = await setup();
      const lan = focal(channel, 'lan-1');
      const commands = [
        '/xacnhan TN60-12',
        '/tralai TN60-12 chưa đủ hồ sơ',
        '/duyet 1',
        '/tuchoi 1',
        '/daumoi them Sở Tư pháp telegram:555',
        '/daumoi',
        '/kiemtra',
      ];
      for (const message of commands)
        expect((await s.ask(message, lan)).text).toMatch(/^Chỉ điều phối viên mới dùng được lệnh \/\w+\.$/);
      expect(s.refusals().map((line) => [line.command, line.why, line.who, line.channel])).toEqual(
        ['xacnhan', 'tralai', 'duyet', 'tuchoi', 'daumoi', 'daumoi', 'kiemtra'].map((command) => [
          command,
          'coordinator_only',
          'lan-1',
          channel,
        ]),
      );
      expect(s.store.snapshot().byId.get('TN60-12')?.confirmation).toBe('');
    },
  );

  it('lets the coordinator through without a refusal', async () => {
    const s = await setup();
    const answer = await s.ask('/kiemtra', {
      role: { kind: 'coordinator' },
      channel: 'telegram',
      userId: '900',
      name: 'Chị Hà',
    });
    expect(answer.text).toContain('Kiểm tra bảng tính'.toUpperCase());
    expect(s.refusals()).toEqual([]);
  });

  it("logs someone else's «Hoàn tác» and a task update by someone who does not lead it", async () => {
    const s = await setup();
    const { reply } = await s.ask('TN60-12 xong', focal('telegram', 'lan-1'));
    const undo = reply.choices?.find((choice) => choice.label === 'Hoàn tác')?.value ?? '';
    expect(undo).toMatch(/^\/hoantac \w+$/);
    const minh = {
      role: { kind: 'focal', agency: 'Sở Y tế' },
      channel: 'zalo',
      userId: 'minh-2',
      name: 'Anh Minh',
    } as const;
    expect((await s.ask(undo, minh)).text).toContain('dành cho người đã gửi');
    expect((await s.ask('TN60-12 đang làm 50%', minh)).text).toContain('chỉ đầu mối của Sở Tư pháp');
    expect((await s.ask('/hoantac zzzzzzzz', minh)).text).toContain('không còn hiệu lực');
    expect(s.refusals().map((line) => [line.command, line.why, line.who, line.channel])).toEqual([
      ['hoantac', 'not_yours', 'minh-2', 'zalo'],
      ['capnhat', 'not_lead', 'minh-2', 'zalo'],
      ['hoantac', 'unknown_action', 'minh-2', 'zalo'],
    ]);
    expect(s.store.snapshot().byId.get('TN60-12')?.status).toBe('done');
  });

  it('answers how to import a plan, instead of running a question, when the sheet has no task', async () => {
    const dir = tempDir();
    store = await openTaskStore(openLocalSheet(join(dir, 'sheet.sqlite')), loadTemplate());
    const s = conversationFor(store, dir);
    for (const message of ['/nhiemvu Sở Tư pháp', '/quahan', '/sapden', '/xem TN60-01', 'TN60-01 xong', '/baocao']) {
      expect((await s.ask(message)).text).toContain('Bảng tính chưa có nhiệm vụ nào');
    }
    expect((await s.ask('/trogiup')).text).not.toContain('Bảng tính chưa có nhiệm vụ nào');
  });
});
