import { reply, text } from '#src/chat/reply.js';
import type { ChatCommand } from '#src/conversation/command.js';

/**
 * Importing a plan by chat. On Telegram a coordinator just sends the file; on the console
 * «/nhap <đường dẫn>» reads a file of the machine running the bot (never from another channel:
 * a chat user must not make the bot read the server's files). The buttons of the preview send
 * «/nhap xacnhan <mã>» and «/nhap huy <mã>».
 */
const NOT_COORDINATOR = 'Xin lỗi, chỉ điều phối viên mới nhập được kế hoạch vào bảng tính.';

export const nhap: ChatCommand = {
  name: 'nhap',
  aliases: ['nhapkehoach'],
  description: 'Điều phối viên nhập kế hoạch (.docx, .pdf, .html, .md, .txt) vào bảng tính',
  usage: '/nhap <đường dẫn tệp> (trên dòng lệnh); trên Telegram chỉ cần gửi tệp cho bot',
  examples: ['/nhap data/plans/KH-60.docx'],
  access: 'coordinator',
  async handle(ctx, request) {
    const { message } = ctx;
    if (message.sender.role.kind !== 'coordinator') return reply(text(NOT_COORDINATOR));
    const inbox = ctx.documents?.inbox;
    const [action = '', token = ''] = request.args.trim().split(/\s+/);
    if (inbox && (action === 'xacnhan' || action === 'huy') && /^[0-9a-f]{10}$/.test(token)) {
      return action === 'xacnhan' ? inbox.confirm(token, message) : inbox.cancel(token, message);
    }
    const path = request.args.trim();
    switch (message.sender.channel) {
      case 'telegram':
        return reply(
          text(
            'Bạn gửi tệp kế hoạch (.docx, .pdf, .md, .txt, tối đa 20 MB) vào cuộc trò chuyện riêng với bot: bot sẽ cho xem trước rồi mới ghi vào bảng tính.',
          ),
        );
      case 'zalo':
        return reply(
          text(
            'Zalo chưa cho bot nhận tệp. Bạn gửi tệp kế hoạch cho bot trên Telegram, hoặc trên máy chạy bot dùng lệnh: npx dondoc import <tệp kế hoạch> --yes',
          ),
        );
      case 'console':
        if (!inbox)
          return reply(text('Chưa nhập được kế hoạch ở đây. Dùng lệnh: npx dondoc import <tệp kế hoạch> --yes'));
        if (path === '') return reply(text('Bạn gõ đường dẫn tệp kế hoạch, ví dụ: /nhap data/plans/KH-60.docx'));
        return inbox.receivePath(path, message);
    }
  },
};
