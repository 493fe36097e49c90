import type { ChatCommand } from '#src/conversation/command.js';
import { formatAddress, parseAddress } from '#src/chat/address.js';
import { changeFocalPoint } from '#src/conversation/focal-points.js';
import { heading, reply, text } from '#src/chat/reply.js';
import { fold } from '#src/domain/text.js';

const USAGE =
  'Dùng: «/daumoi» để xem; «/daumoi them <cơ quan> telegram:<mã>» để thêm; «/daumoi xoa <cơ quan> telegram:<mã>» để xóa.';

export const daumoi: ChatCommand = {
  name: 'daumoi',
  aliases: ['dsdaumoi'],
  description: 'Điều phối viên xem, thêm, xóa đầu mối và duyệt yêu cầu đăng ký',
  usage: '/daumoi [them|xoa <cơ quan> <telegram:mã|zalo:mã>]',
  examples: ['/daumoi', '/daumoi them Sở Tư pháp telegram:123456789'],
  access: 'coordinator',
  async handle(ctx, request) {
    const words = request.args.trim().split(/\s+/).filter(Boolean);
    const action = fold(words[0] ?? '');
    if (action === '') {
      const listed = ctx.snapshot.agencies
        .filter((a) => a.telegram.length + a.zalo.length > 0)
        .map(
          (a) =>
            `• ${a.name}: ${[...a.telegram.map((chatId) => formatAddress({ channel: 'telegram', chatId })), ...a.zalo.map((chatId) => formatAddress({ channel: 'zalo', chatId }))].join(', ')}`,
        );
      const pending = ctx.state.registrations.pending();
      return {
        blocks: [
          heading('Đầu mối các cơ quan'),
          text(listed.length > 0 ? listed.join('\n') : 'Chưa có đầu mối nào.'),
          ...(pending.length > 0
            ? [
                text(
                  `Yêu cầu đang chờ duyệt:\n${pending.map((r) => `• Số ${r.id}: ${r.name} (${formatAddress({ channel: r.channel, chatId: r.userId })}) xin làm đầu mối của ${r.agency}`).join('\n')}`,
                ),
              ]
            : []),
          text(USAGE),
        ],
        choices: pending.slice(0, 5).flatMap((r) => [
          { label: `Duyệt số ${r.id}`, value: `/duyet ${r.id}` },
          { label: `Từ chối số ${r.id}`, value: `/tuchoi ${r.id}` },
        ]),
      };
    }
    if (action !== 'them' && action !== 'xoa') return reply(text(USAGE));
    const contact = parseAddress(words[words.length - 1] ?? '');
    const agencyText = words.slice(1, -1).join(' ');
    if (!contact || agencyText === '') return reply(text(USAGE));
    const found = ctx.agencies.resolve(agencyText);
    if (found.kind !== 'match')
      return reply(text(`Chưa xác định được cơ quan «${agencyText}». Bạn gõ tên đầy đủ, ví dụ «Sở Tư pháp».`));
    const changed = await changeFocalPoint(ctx, found.agency.name, contact.channel, contact.chatId, action === 'them');
    const who = formatAddress(contact);
    if (action === 'xoa' && !changed)
      return reply(text(`${who} không có trong danh sách đầu mối của ${found.agency.name}.`));
    return reply(
      text(
        action === 'them'
          ? `Đã thêm ${who} làm đầu mối của ${found.agency.name}.`
          : `Đã xóa ${who} khỏi đầu mối của ${found.agency.name}.`,
      ),
    );
  },
};
