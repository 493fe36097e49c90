import type { ChatCommand } from '#src/conversation/command.js';
import { reply, text } from '#src/conversation/reply.js';

export const theodoi: ChatCommand = {
  name: 'theodoi',
  aliases: ['bantin'],
  intent: 'subscribe',
  description: 'Cho nhóm chat nhận bản tin tổng hợp hằng tuần',
  usage: '/theodoi (gõ trong nhóm)',
  examples: ['/theodoi', 'cho nhóm này nhận bản tin tuần'],
  handle(ctx) {
    if (ctx.message.chat.kind !== 'group') {
      return reply(text('Lệnh /theodoi dùng trong nhóm chat: thêm bot vào nhóm rồi gõ /theodoi để nhóm nhận bản tin tổng hợp hằng tuần.'));
    }
    return reply(text('Nhóm chat trên kênh này chưa nhận được bản tin. Điều phối viên có thể ghi mã nhóm vào cột «Nhóm chat» của trang «Cơ quan».'));
  },
};
