import type { ChatCommand } from '#src/conversation/command.js';
import { heading, reply, text } from '#src/chat/reply.js';
import { healthBlocks } from '#src/conversation/sheet-note.js';

const SHOWN = 30;

export const kiemtra: ChatCommand = {
  name: 'kiemtra',
  aliases: ['loibang'],
  description: 'Điều phối viên xem những chỗ bot chưa đọc được trong bảng tính',
  usage: '/kiemtra',
  examples: ['/kiemtra'],
  access: 'coordinator',
  handle(ctx) {
    const { problems, tasks } = ctx.snapshot;
    const queue = ctx.store.writeQueue();
    const waiting =
      queue.pending > 0
        ? [
            text(
              `Có ${queue.pending} cập nhật đang chờ ghi vào bảng tính${queue.lastError ? ` (lỗi gần nhất: ${queue.lastError})` : ''}.`,
            ),
          ]
        : [];
    const health = healthBlocks(ctx.store.sheetHealth(), ctx.clock.now());
    const refused =
      queue.unresolved.length > 0
        ? [text(`${queue.unresolved.length} cập nhật không ghi được vì ô đã bị sửa hoặc dòng đã bị xóa.`)]
        : [];
    if (problems.length === 0) {
      if (health.length > 0) return reply(heading('Kiểm tra bảng tính'), ...health, ...waiting, ...refused);
      return reply(
        heading('Kiểm tra bảng tính'),
        text(`Bảng tính đọc tốt: ${tasks.length} nhiệm vụ, không có lỗi.`),
        ...waiting,
        ...refused,
      );
    }
    const more = problems.length > SHOWN ? [text(`… và ${problems.length - SHOWN} lỗi khác.`)] : [];
    return reply(
      heading(`Kiểm tra bảng tính: ${problems.length} chỗ cần sửa`),
      ...health,
      text(
        problems
          .slice(0, SHOWN)
          .map((p) => `• ${p}`)
          .join('\n'),
      ),
      ...more,
      text('Bot vẫn trả lời bình thường với các dòng đọc được.'),
      ...waiting,
      ...refused,
    );
  },
};
