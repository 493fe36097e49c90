import { describe, expect, it } from 'vitest';
import { renderPlain } from '#src/chat/plain-text.js';
import { renderReply } from '#src/channels/telegram/render.js';
import { splitText } from '#src/channels/zalo/split.js';
import type { Reply } from '#src/chat/reply.js';
import { graphemePrefix, shorten } from '#src/domain/text.js';
import { conversationOver } from '../support/conversation.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();
/** Half of a surrogate pair on its own: Telegram refuses such a message. */
const wellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

// 13 units of words, then emoji: every emoji's first half sits at an odd offset, so a cut
// at any even length (120, 90, 40, 200…) by code units would leave half an emoji.
const CONTENT = `Tuyên truyền ${'🎉'.repeat(80)} 👨‍👩‍👧 ${'🇻🇳'.repeat(40)}`;

/** Every text a person would receive for this reply, on each channel. */
function renderings(reply: Reply): string[] {
  const telegram = renderReply(reply).flatMap((m) => [m.html, ...m.buttons.flat().map((b) => b.label)]);
  return [renderPlain(reply), ...splitText(renderPlain(reply)), ...telegram];
}

describe('replies quoting a task with emoji', () => {
  it('never contain a lone surrogate, on any channel', async () => {
    const dir = tempDir();
    const { store, ask, notifier, state } = await conversationOver(dir, '2024-06-15T09:00:00', ['telegram:999']);
    await store.addPlan({
      plan: DEMO_PLAN,
      tasks: [
        makeTask({ id: 'TN60-01', lead: ['Sở Tư pháp'], content: CONTENT }),
        makeTask({ id: 'TN60-02', lead: ['Sở Tư pháp'], content: CONTENT }),
        makeTask({ id: 'TN60-03', lead: ['Sở Tư pháp'], content: `${CONTENT} lần ba` }),
      ],
      agencies: [],
    });
    const stp = {
      role: { kind: 'focal', agency: 'Sở Tư pháp' },
      channel: 'telegram',
      userId: '101',
      name: 'Chị Lan',
    } as const;
    const replies = [
      (await ask('/capnhat TN60-01 xong', stp)).reply, // the update's confirmation (120) and the coordinators' notice (200)
      (await ask('/capnhat TN60-02', stp)).reply, // "which status?" (90)
      (await ask('/xem tuyên truyền', stp)).reply, // choices by content (40)
      (await ask('/capnhat 0', stp)).reply, // several tasks numbered like this (40)
      (await ask('/nhiemvu Sở Tư pháp', stp)).reply, // the task list (110)
      ...notifier.sent.flatMap((m) => (m.reply ? [m.reply] : [])),
    ];
    expect(notifier.sent.length).toBeGreaterThan(0);
    const texts = replies.flatMap(renderings);
    expect(texts.filter((t) => t.includes('🎉')).length).toBeGreaterThan(5);
    for (const t of texts) expect(wellFormed(t), t).toBe(true);
    state.close();
    await store.close();
  });

  it('are shortened on grapheme boundaries, within the length asked', () => {
    for (let max = 2; max <= 200; max++) {
      const short = shorten(CONTENT, max);
      expect(wellFormed(short)).toBe(true);
      expect(short.length).toBeLessThanOrEqual(max);
    }
    expect(graphemePrefix('ab👨‍👩‍👧', 5)).toBe('ab');
    expect(graphemePrefix('ab🇻🇳x', 5)).toBe('ab');
    expect(graphemePrefix('ab🇻🇳x', 6)).toBe('ab🇻🇳');
    expect(graphemePrefix('Việt', 3)).toBe('Việ');
  });
});
