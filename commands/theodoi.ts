import type { ChatCommand } from '#src/conversation/command.js';
import { reply, text } from '#src/chat/reply.js';

export const theodoi: ChatCommand = {
  name: 'theodoi',
  aliases: ['bantin'],
  intent: 'subscribe',
  description: 'Cho nhóm chat nhận bản tin tổng hợp hằng tuần',
  usage: '/theodoi (gõ trong nhóm)',
  examples: ['/theodoi', 'cho nhóm này nhận bản tin tuần'],
  handle(ctx, request) {
    const { chat, sender } = ctx.message;
    if (chat.kind !== 'group') {
      return reply(
        text(
          'Lệnh /theodoi dùng trong nhóm chat: thêm bot vào nhóm rồi gõ /theodoi để nhóm nhận bản tin tổng hợp hằng tuần.',
        ),
      );
    }
    const added = ctx.state.subscriptions.add({
      channel: sender.channel,
      chatId: chat.id,
      title: chat.title ?? chat.id,
      since: ctx.clock.now().toISO() ?? '',
    });
    // "cho nhóm nhận bản tin của Tỉnh đoàn": the weekly digest covers every agency; one agency's figures are asked on demand.
    const ofAgency = request.agency
      ? [
          text(
            `Bản tin tuần tổng hợp tất cả cơ quan, trong đó có ${request.agency}. Xem riêng số liệu của ${request.agency}: gõ /baocao ${request.agency}.`,
          ),
        ]
      : [];
    return reply(
      text(
        added
          ? 'Đã đăng ký: nhóm này sẽ nhận bản tin tổng hợp tiến độ vào 8 giờ sáng thứ Hai hằng tuần. Gõ /baocao để xem ngay.'
          : 'Nhóm này đã đăng ký nhận bản tin tổng hợp hằng tuần rồi.',
      ),
      ...ofAgency,
    );
  },
};
