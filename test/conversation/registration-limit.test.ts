import { describe, expect, it } from 'vitest';
import { conversationOver } from '../support/conversation.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();

describe('registration requests (/dangky) from one person', () => {
  it('are limited: two waiting at once, three a day; the coordinators get one notice per accepted request', async () => {
    const { store, ask, notifier, state } = await conversationOver(tempDir(), '2024-06-15T09:00:00', ['telegram:999']);
    await store.addPlan({ plan: DEMO_PLAN, tasks: [makeTask({ id: 'TN60-01', lead: ['Sở Tư pháp'] })], agencies: [] });
    const guest = { role: { kind: 'guest' }, channel: 'telegram', userId: '555', name: 'Anh Minh' } as const;
    const agencies = ['Sở Tư pháp', 'Sở Y tế', 'Sở Tài chính', 'Sở Nội vụ', 'Sở Xây dựng', 'Sở Công Thương'];
    const answers: string[] = [];
    for (const agency of agencies) answers.push((await ask(`/dangky ${agency}`, guest)).text);
    expect(answers.filter((a) => a.includes('Đã gửi yêu cầu'))).toHaveLength(2);
    expect(answers.slice(2).every((a) => a.includes('đang có 2 yêu cầu đăng ký chờ'))).toBe(true);
    // Asking again for a request already waiting is still answered kindly.
    expect((await ask('/dangky Sở Tư pháp', guest)).text).toContain('đang chờ điều phối viên duyệt');
    expect(notifier.sent.filter((m) => m.chatId === '999')).toHaveLength(2);

    // One is refused: a third request may go, then the day's limit holds.
    const [first] = state.registrations.pending();
    state.registrations.decide(first?.id ?? 0, 'refused');
    expect((await ask('/dangky Sở Tài chính', guest)).text).toContain('Đã gửi yêu cầu');
    state.registrations.decide(state.registrations.pending()[0]?.id ?? 0, 'refused');
    expect((await ask('/dangky Sở Nội vụ', guest)).text).toContain('3 yêu cầu đăng ký trong 24 giờ qua');
    expect(notifier.sent.filter((m) => m.chatId === '999')).toHaveLength(3);
    state.close();
    await store.close();
  });
});
