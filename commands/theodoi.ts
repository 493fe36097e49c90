import type { ChatCommand } from '#src/conversation/command.js';
import { reply, text } from '#src/chat/reply.js';

export const theodoi: ChatCommand = {
  name: 'theodoi',
  aliases: ['bantin'],
  intent: 'subscribe',
  description: 'Cho nhóm chat nhận bản tin tổng hợp hằng tuần',
  usage: '/theodoi (gõ trong nhóm)',
  examples: ['/theodoi', 'cho nhóm này nhận bản tin tuần'],
  handle(ctx) {
    const { chat, sender } = ctx.message;
    if (chat.kind !== 'group') {
      return reply(text('Lệnh /theodoi dùng trong nhóm chat: thêm bot vào nhóm rồi gõ /theodoi để nhóm nhận bản tin tổng hợp hằng tuần.'));
    }
    const added = ctx.state.subscriptions.add({
      channel: sender.channel,
      chatId: chat.id,
      title: chat.title ?? chat.id,
      since: ctx.clock.now().toISO() ?? '',
    });
    return reply(
      text(
        added
          ? 'Đã đăng ký: nhóm này sẽ nhận bản tin tổng hợp tiến độ vào 8 giờ sáng thứ Hai hằng tuần. Gõ /baocao để xem ngay.'
          : 'Nhóm này đã đăng ký nhận bản tin tổng hợp hằng tuần rồi.',
      ),
    );
  },
};
