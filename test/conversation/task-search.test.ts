import { describe, expect, it } from 'vitest';
import { COMMANDS } from '#commands/index.js';
import { slashIntents } from '#src/conversation/engine.js';
import { fixedClock } from '#src/domain/clock.js';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import { understandMessage } from '#src/understanding/understand.js';
import { useDemoConversation } from '../support/conversation.js';

// Looking a task up by what it is about, over the real demo plans.
const demo = useDemoConversation('2024-06-12T09:00:00');
const contentOf = (id: string) => demo().store.snapshot().byId.get(id)?.content ?? '';

describe('finding a task by the words of its content', () => {
  it.each(['/xem dân vận khéo', '/xem dan van kheo', 'tìm việc về mô hình dân vận khéo', 'tim nhiem vu dan van keo'])(
    '"%s" offers the tasks about «Dân vận khéo», each to open with one tap',
    async (question) => {
      const { reply, text } = await demo().ask(question);
      expect(text).toContain('Các nhiệm vụ gần với');
      const offered = reply.choices?.map((choice) => choice.value) ?? [];
      expect(offered.length).toBeGreaterThan(1);
      for (const value of offered) {
        const id = value.replace('/xem ', '');
        expect(contentOf(id)).toMatch(/[Dd]ân vận khéo/);
      }
    },
  );

  it('opens the task at once when only one fits', async () => {
    const sole = demo()
      .store.snapshot()
      .tasks.find((task) => /quy phạm pháp luật/.test(task.content));
    expect(sole).toBeDefined();
    const { text } = await demo().ask('/xem van ban quy pham phap luat');
    expect(text).toContain(`NHIỆM VỤ ${sole?.id ?? ''}`);
    expect(text).toContain('Chủ trì: Sở Tư pháp');
  });

  it('says so when nothing fits, and how to look again', async () => {
    const { text, reply } = await demo().ask('/xem máy bay trực thăng');
    expect(text).toContain('Không tìm thấy nhiệm vụ nào có nội dung «máy bay trực thăng»');
    expect(reply.choices).toBeUndefined();
  });

  it('is asked only by "tìm việc …" or /xem, never by a report', () => {
    const clock = fixedClock('2024-06-12T09:00:00');
    const deps = { agencies: createAgencyLookup([]), now: () => clock.now(), slash: slashIntents(COMMANDS) };
    expect(understandMessage('tìm việc về chuyển đổi số', deps)).toMatchObject({
      intent: 'task_detail',
      query: 'chuyển đổi số',
      taskRef: null,
    });
    expect(understandMessage('TN60-05 tìm được nguồn kinh phí rồi, đang làm', deps)).toMatchObject({
      intent: 'status_update',
      query: '',
    });
    expect(understandMessage('/xem TN60-05', deps)).toMatchObject({ taskRef: 'TN60-05', query: '' });
  });
});

describe('the tasks of one plan', () => {
  it('lists a plan named by its number, and says which plans there are when none fits', async () => {
    const { text } = await demo().ask('kế hoạch 60 có những việc gì');
    expect(text).toContain('NHIỆM VỤ CỦA KẾ HOẠCH SỐ 60');
    expect(text).toContain('60/KH-UBND');
    expect(text).toContain('TN60-01');
    expect(text).not.toMatch(/GL24-\d\d/);
    const missing = (await demo().ask('kế hoạch 999 có những việc gì')).text;
    expect(missing).toContain('Không tìm thấy kế hoạch số 999');
    expect(missing).toContain('60/KH-UBND');
  });
});
