import type { ChatCommand } from '#src/conversation/command.js';
import { reply, text } from '#src/conversation/reply.js';

export const dangky: ChatCommand = {
  name: 'dangky',
  aliases: ['dangki'],
  intent: 'register',
  description: 'Đăng ký làm đầu mối của một cơ quan để nhận nhắc việc',
  usage: '/dangky <tên cơ quan>',
  examples: ['/dangky Sở Tư pháp', 'tôi là đầu mối của Sở Tư pháp'],
  handle(ctx, request) {
    const role = ctx.message.sender.role;
    if (role.kind === 'coordinator') {
      return reply(text('Bạn đang dùng với vai trò điều phối viên, có mọi quyền. Đầu mối các cơ quan được ghi ở trang «Cơ quan» (cột Đầu mối Telegram, Đầu mối Zalo).'));
    }
    if (role.kind === 'focal' && (request.agency === null || request.agency === role.agency)) {
      return reply(text(`Bạn đã là đầu mối của ${role.agency}.`));
    }
    // Requests reach coordinators only through a chat channel; until one is connected the
    // coordinator writes the focal point into the Cơ quan tab.
    return reply(
      text(
        `Để làm đầu mối${request.agency ? ` của ${request.agency}` : ''}, nhờ điều phối viên ghi tài khoản của bạn vào trang «Cơ quan» của bảng tính (cột Đầu mối Telegram hoặc Đầu mối Zalo).`,
      ),
    );
  },
};
