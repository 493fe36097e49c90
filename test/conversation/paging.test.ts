import { afterEach, describe, expect, it } from 'vitest';
import { createPlainSession } from '#src/channels/plain-session.js';
import { renderPlain } from '#src/chat/plain-text.js';
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

const longText =
  'Tổ chức triển khai, kiểm tra, đôn đốc việc thực hiện nhiệm vụ cải cách hành chính gắn với chuyển đổi số '.repeat(4);

async function manyTasks(count: number) {
  const setup = await conversationOver(tempDir());
  store = setup.store;
  const tasks = Array.from({ length: count }, (_, i) =>
    makeTask({
      id: `TN60-${String(i + 1).padStart(2, '0')}`,
      lead: [i % 3 === 0 ? 'Sở Tư pháp' : 'Các sở, ban, ngành'],
      content: longText,
      deadlineText: 'Hằng quý, trước ngày 19 của tháng cuối quý, số liệu chốt 03 tháng trong quý',
    }),
  );
  await setup.store.addPlan({ plan: DEMO_PLAN, tasks, agencies: [] });
  return setup;
}

describe('paged answers', () => {
  it('pages a long list and walks through every task exactly once', async () => {
    const { ask } = await manyTasks(50);
    const seen: string[] = [];
    let message = 'nhiệm vụ của Sở Tư pháp';
    for (let guard = 0; guard < 10; guard++) {
      const { reply } = await ask(message);
      for (const block of reply.blocks) if (block.type === 'tasks') seen.push(...block.tasks.map((t) => t.id));
      if (!reply.page?.next) break;
      message = reply.page.next;
    }
    expect(seen).toHaveLength(50);
    expect(new Set(seen).size).toBe(50);
  });

  it('keeps every Zalo page under 2,000 characters and every Telegram page under 4,096', async () => {
    const { conversation } = await manyTasks(60);
    for (const [channel, limit] of [
      ['zalo', 2000],
      ['telegram', 4096],
    ] as const) {
      let message: string | undefined = 'nhiệm vụ của Sở Tư pháp';
      let pages = 0;
      while (message) {
        const reply = await conversation.handle({
          text: message,
          sender: { channel, id: 'u', name: 'u', role: { kind: 'coordinator' } },
          chat: { id: 'u', kind: 'private' },
        });
        expect(renderPlain(reply).length).toBeLessThan(limit);
        pages += 1;
        message = reply.page?.next;
      }
      expect(pages).toBeGreaterThan(channel === 'zalo' ? 6 : 3);
    }
  });

  it('clamps a page number past the end to the last page', async () => {
    const { reply } = await (await manyTasks(30)).ask('/nhiemvu Sở Tư pháp trang 99');
    expect(reply.page?.index).toBe(reply.page?.total);
    expect(reply.page?.next).toBeUndefined();
  });
});

describe('a plain-text chat session', () => {
  it('turns numbers into the offered choices and «tiếp»/«trước» into pages', () => {
    const session = createPlainSession();
    expect(session.interpret('2')).toBe('2');
    session.remember({
      blocks: [],
      choices: [
        { label: 'A', value: '/nhiemvu A' },
        { label: 'B', value: '/nhiemvu B' },
      ],
      page: { index: 2, total: 3, next: '/nhiemvu X trang 3', previous: '/nhiemvu X trang 1' },
    });
    expect(session.interpret('2')).toBe('/nhiemvu B');
    expect(session.interpret('3')).toBe('3');
    expect(session.interpret('Tiếp')).toBe('/nhiemvu X trang 3');
    expect(session.interpret('truoc')).toBe('/nhiemvu X trang 1');
    session.remember({ blocks: [] });
    expect(session.interpret('tiếp')).toBe('tiếp');
  });
});
