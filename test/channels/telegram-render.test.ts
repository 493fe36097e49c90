import { describe, expect, it } from 'vitest';
import { escapeHtml, splitEscaped } from '#src/channels/telegram/html.js';
import { addressed, TgTextMessage } from '#src/channels/telegram/incoming.js';
import { CallbackData } from '#src/channels/telegram/keyboard.js';
import { MESSAGE_LIMIT, renderReply } from '#src/channels/telegram/render.js';
import { heading, text, type Reply } from '#src/chat/reply.js';

/** Tags open and close in order: the message parses as Telegram HTML. */
function balanced(html: string): boolean {
  const stack: string[] = [];
  for (const [, closing, name] of html.matchAll(/<(\/?)([a-z]+)>/g)) {
    if (closing === '') stack.push(name ?? '');
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0 && !/<(?!\/?[bi]>)/.test(html) && !/&(?!amp;|lt;|gt;)/.test(html);
}

describe('rendering replies for Telegram', () => {
  it('splits a reply too long for one message between blocks and lines, never inside a tag', () => {
    const tasks = Array.from({ length: 120 }, (_, i) => ({
      id: `TN60-${i}`,
      content: `Nội dung <dài> & chi tiết của nhiệm vụ số ${i} `.repeat(3),
      deadline: '31/12/2024',
      status: 'Đang thực hiện',
      overdue: i % 2 === 0,
    }));
    const reply: Reply = {
      blocks: [
        heading('Danh sách rất dài'),
        { type: 'tasks', title: 'Chủ trì', tasks, empty: '' },
        text('Dòng cuối & hết.'),
      ],
      choices: [{ label: 'Xem tiếp', value: '/nhiemvu X trang 2' }],
    };
    const messages = renderReply(reply);
    expect(messages.length).toBeGreaterThan(3);
    for (const message of messages) {
      expect(message.html.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(balanced(message.html)).toBe(true);
    }
    // Every task line is shown once, whole; the keyboard goes with the last message only.
    const all = messages.map((m) => m.html).join('\n');
    for (const task of tasks) expect(all.split(`<b>${task.id}</b> `)).toHaveLength(2);
    expect(messages.slice(0, -1).every((m) => m.buttons.length === 0)).toBe(true);
    expect(messages.at(-1)?.buttons).toEqual([[{ label: 'Xem tiếp', kind: 'choice', message: '/nhiemvu X trang 2' }]]);
  });

  it('cuts a single enormous line of sheet text into escaped pieces that fit', () => {
    const raw = '&<>'.repeat(3000);
    const messages = renderReply({ blocks: [text(raw)] });
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.html.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(balanced(message.html)).toBe(true);
    }
    expect(messages.map((m) => m.html).join('')).toBe(escapeHtml(raw));
    expect(splitEscaped('một hai ba bốn', 8)).toEqual(['một hai ', 'ba bốn']);
  });

  it('shows pages as ◀ Trang 2/5 ▶', () => {
    const [message] = renderReply({
      blocks: [text('x')],
      page: { index: 2, total: 5, next: 'q trang 3', previous: 'q trang 1' },
    });
    expect(message?.buttons).toEqual([
      [
        { label: '◀', kind: 'page', message: 'q trang 1' },
        { label: 'Trang 2/5', kind: 'noop' },
        { label: '▶', kind: 'page', message: 'q trang 3' },
      ],
    ]);
  });
});

describe('what a Telegram message means for the bot', () => {
  const bot = { id: 777, username: 'DonDocBot' };
  const message = (text: string, type: 'private' | 'supergroup' = 'supergroup', extra: object = {}) =>
    TgTextMessage.parse({
      message_id: 1,
      from: { id: 5, first_name: 'A' },
      chat: { id: type === 'private' ? 5 : -1, type },
      text,
      ...extra,
    });

  it('takes the mention and the @bot of a command out of the text', () => {
    expect(addressed(message('@dondocbot  nhiệm vụ của STP'), bot)).toEqual({
      text: 'nhiệm vụ của STP',
      command: null,
    });
    expect(addressed(message('/nhiemvu@DonDocBot Sở Tư pháp'), bot)).toEqual({
      text: '/nhiemvu Sở Tư pháp',
      command: 'nhiemvu',
    });
    expect(addressed(message('@DonDocBot'), bot)).toEqual({ text: '/trogiup', command: 'trogiup' });
    expect(addressed(message('/start', 'private'), bot)).toEqual({ text: '/start', command: 'start' });
  });

  it('ignores group talk, other bots and look-alike names', () => {
    expect(addressed(message('nhiệm vụ của STP'), bot)).toBeNull();
    expect(addressed(message('/start@OtherBot'), bot)).toBeNull();
    expect(addressed(message('email lan@DonDocBot.vn'), bot)).toBeNull();
    expect(addressed(message('hỏi @DonDocBot_2'), bot)).toBeNull();
    expect(addressed(message('nhiệm vụ của STP', 'private'), bot)).toEqual({ text: 'nhiệm vụ của STP', command: null });
  });

  it('accepts only the callback data it issues', () => {
    expect(CallbackData.safeParse('n').data).toEqual({ kind: 'noop' });
    expect(CallbackData.safeParse('b:AbCdEfGhIjKl-_12').data).toEqual({ kind: 'button', token: 'AbCdEfGhIjKl-_12' });
    expect(CallbackData.safeParse('b:AbCdEfGhIjKl-_123').success).toBe(false);
    expect(CallbackData.safeParse('b:AbCdEfGhIjKl-_1').success).toBe(false);
    for (const forged of ['b:../../etc', 'b:', '/capnhat TN60-05 hoàn thành', 'x'.repeat(64)])
      expect(CallbackData.safeParse(forged).success).toBe(false);
  });
});
