import type { ChatCommand } from '#src/conversation/command.js';
import { heading, reply, text } from '#src/conversation/reply.js';

export const trogiup: ChatCommand = {
  name: 'trogiup',
  aliases: ['help', 'huongdan', 'start'],
  intent: 'help',
  description: 'Hướng dẫn sử dụng: bot làm được gì',
  usage: '/trogiup',
  examples: ['bot làm được gì', 'hướng dẫn'],
  handle(ctx) {
    const lines = ctx.commands
      .filter((command) => command.name !== 'trogiup')
      .map((command) => `• ${command.usage} — ${command.description}. Ví dụ: «${command.examples[0] ?? command.usage}»`);
    return reply(
      heading('Đôn Đốc giúp theo dõi và đôn đốc nhiệm vụ của các kế hoạch'),
      text('Bạn có thể gõ câu hỏi bình thường, có dấu hoặc không dấu, hoặc dùng lệnh:'),
      text(lines.join('\n')),
      text('• /trogiup — xem lại hướng dẫn này.'),
    );
  },
};
