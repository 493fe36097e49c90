import { afterEach, describe, expect, it } from 'vitest';
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

const lan = {
  role: { kind: 'focal', agency: 'Sở Tư pháp' },
  channel: 'telegram',
  userId: '101',
  name: 'Chị Lan',
} as const;

async function chat() {
  const setup = await conversationOver(tempDir(), '2024-06-12T09:00:00');
  store = setup.store;
  await setup.store.addPlan({
    plan: DEMO_PLAN,
    tasks: [makeTask({ id: 'TN60-05', lead: ['Sở Tư pháp'], deadline: '2024-06-30' })],
    agencies: [],
  });
  return setup;
}

describe('the chat asks before writing what it is not sure of', () => {
  it('an update the bot is unsure of gets «Ghi / Không ghi», and «Ghi» writes it', async () => {
    const s = await chat();
    const { text, reply } = await s.ask('TN60-05 chắc là xong rồi', lan);
    expect(text).toContain('Anh/chị muốn ghi «Hoàn thành» cho TN60-05 vào bảng?');
    expect(reply.choices?.map((c) => c.label)).toEqual(['Ghi', 'Không ghi']);
    expect(s.store.snapshot().byId.get('TN60-05')?.status).toBe('not_started');
    await s.ask(reply.choices?.[0]?.value ?? '', lan);
    expect(s.store.snapshot().byId.get('TN60-05')?.status).toBe('done');
  });

  it('a promise to report later is not written', async () => {
    const s = await chat();
    await s.ask('tí em update TN60-05 xong nha, đang lái xe', lan);
    expect(s.store.snapshot().byId.get('TN60-05')?.status).toBe('not_started');
  });

  it('a clear report is written at once', async () => {
    const s = await chat();
    await s.ask('TN60-05 đã hoàn thành', lan);
    expect(s.store.snapshot().byId.get('TN60-05')?.status).toBe('done');
  });

  it('an extension request goes to the coordinators and writes no status', async () => {
    const s = await chat();
    const { text } = await s.ask('xin gia hạn TN60-05 đến 30/7 vì chưa có kinh phí', lan);
    expect(text).toContain('Hạn hiện tại: 30/06/2024 → đề nghị: 30/07/2024');
    expect(text).toContain('Lý do: chưa có kinh phí');
    expect(s.store.snapshot().byId.get('TN60-05')).toMatchObject({
      status: 'not_started',
      updatedBy: '',
      deadline: '2024-06-30',
    });
  });
});
