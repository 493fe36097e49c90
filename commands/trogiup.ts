import type { ChatCommand } from '#src/conversation/command.js';
import { heading, reply, text } from '#src/chat/reply.js';

/** Commands reached by their slash name only that help still lists among the everyday ones. */
const EVERYDAY_SLASH = new Set(['nhacphoihop']);

export const trogiup: ChatCommand = {
  name: 'trogiup',
  aliases: ['help', 'huongdan', 'start'],
  intent: 'help',
  description: 'Hướng dẫn sử dụng: bot làm được gì',
  usage: '/trogiup',
  examples: ['bot làm được gì', 'hướng dẫn'],
  handle(ctx) {
    const line = (command: (typeof ctx.commands)[number]) =>
      `• ${command.usage} — ${command.description}. Ví dụ: «${command.examples[0] ?? command.usage}»`;
    // Everyday commands for everyone; the coordinators' own only to coordinators.
    const everyday = ctx.commands
      .filter((command) => (command.intent || EVERYDAY_SLASH.has(command.name)) && command.name !== 'trogiup')
      .map(line);
    const coordinator = ['daumoi', 'xacnhan', 'tralai', 'kiemtra', 'nhap', 'taibaocao']
      .flatMap((name) => ctx.commands.filter((c) => c.name === name))
      .map(line);
    return reply(
      heading('Đôn Đốc giúp theo dõi và đôn đốc nhiệm vụ của các kế hoạch'),
      text('Bạn có thể gõ câu hỏi bình thường, có dấu hoặc không dấu, hoặc dùng lệnh:'),
      text(everyday.join('\n')),
      // Files reach the bot on Telegram and Zalo, not on the console.
      ...(ctx.message.sender.channel !== 'console'
        ? [
            text(
              '• Gửi minh chứng: gửi tệp (PDF, Word, Excel) hoặc ảnh cho bot, chú thích có mã nhiệm vụ — ví dụ «TN60-12 xong» — hoặc bấm «Cập nhật» ở nhiệm vụ rồi gửi tệp.',
            ),
          ]
        : []),
      ...(ctx.message.sender.role.kind === 'coordinator'
        ? [text(`Dành cho điều phối viên:\n${coordinator.join('\n')}`)]
        : []),
      text('• /trogiup — xem lại hướng dẫn này.'),
    );
  },
};
