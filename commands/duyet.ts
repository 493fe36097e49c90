import type { ChatCommand, CommandContext } from '#src/conversation/command.js';
import { decideExtension, waitingExtensions } from '#src/conversation/extension-chat.js';
import { changeFocalPoint } from '#src/conversation/focal-points.js';
import { heading, reply, text, type Reply } from '#src/chat/reply.js';
import type { Registration } from '#src/state/registrations.js';

export const duyet: ChatCommand = {
  name: 'duyet',
  aliases: [],
  description: 'Điều phối viên duyệt yêu cầu đăng ký đầu mối hoặc đề nghị gia hạn',
  usage: '/duyet <số yêu cầu> hoặc /duyet <mã nhiệm vụ>; /duyet để xem đề nghị gia hạn đang chờ',
  examples: ['/duyet 3', '/duyet TN60-05'],
  access: 'coordinator',
  async handle(ctx, request) {
    if (namesTask(request.args)) return decideExtension(ctx, request.args, true);
    if (request.args.trim() === '') {
      return (
        waitingExtensions(ctx) ??
        reply(
          text(
            'Hiện không có đề nghị gia hạn nào đang chờ duyệt. Để duyệt một yêu cầu đăng ký đầu mối, gõ số của yêu cầu (xem /daumoi), ví dụ «/duyet 3».',
          ),
        )
      );
    }
    const pending = pendingRegistration(ctx, request.args);
    if (!pending.ok) return pending.reply;
    const r = pending.registration;
    await changeFocalPoint(ctx, r.agency, r.channel, r.userId, true);
    ctx.state.registrations.decide(r.id, 'approved');
    await tellRequester(
      ctx,
      r,
      reply(
        heading('Đăng ký đầu mối đã được duyệt'),
        text(`Từ nay bạn là đầu mối của ${r.agency}: bạn nhận nhắc hạn và cập nhật được các nhiệm vụ cơ quan chủ trì.`),
      ),
    );
    return reply(text(`Đã duyệt: ${r.name} là đầu mối của ${r.agency} (${r.channel}: ${r.userId}).`));
  },
};

export const tuchoi: ChatCommand = {
  name: 'tuchoi',
  aliases: [],
  description: 'Điều phối viên từ chối yêu cầu đăng ký đầu mối hoặc đề nghị gia hạn',
  usage: '/tuchoi <số yêu cầu> [lý do] hoặc /tuchoi <mã nhiệm vụ> <lý do>',
  examples: ['/tuchoi 3 không thuộc cơ quan', '/tuchoi TN60-05 cần hoàn thành đúng hạn'],
  access: 'coordinator',
  async handle(ctx, request) {
    if (namesTask(request.args)) return decideExtension(ctx, request.args, false);
    const pending = pendingRegistration(ctx, request.args);
    if (!pending.ok) return pending.reply;
    const r = pending.registration;
    const reason = request.args.trim().split(/\s+/).slice(1).join(' ');
    ctx.state.registrations.decide(r.id, 'refused');
    await tellRequester(
      ctx,
      r,
      reply(
        text(
          `Yêu cầu làm đầu mối của ${r.agency} chưa được chấp nhận${reason ? `: ${reason}` : ''}. Bạn liên hệ điều phối viên nếu cần.`,
        ),
      ),
    );
    return reply(text(`Đã từ chối yêu cầu của ${r.name} (${r.agency}).`));
  },
};

/** A registration request is named by its number, an extension request by its task («TN60-05»). */
const namesTask = (args: string): boolean => /^[\p{L}]/u.test(args.trim());

function pendingRegistration(
  ctx: CommandContext,
  args: string,
): { ok: false; reply: Reply } | { ok: true; registration: Registration } {
  const id = Number(args.trim().split(/\s+/)[0]);
  const registration = Number.isInteger(id) ? ctx.state.registrations.get(id) : null;
  if (!registration)
    return { ok: false, reply: reply(text('Không tìm thấy yêu cầu này. Gõ /daumoi để xem các yêu cầu đang chờ.')) };
  if (registration.status !== 'pending') {
    return {
      ok: false,
      reply: reply(text(`Yêu cầu này đã được ${registration.status === 'approved' ? 'duyệt' : 'từ chối'} rồi.`)),
    };
  }
  return { ok: true, registration };
}

async function tellRequester(ctx: CommandContext, r: Registration, message: Reply): Promise<void> {
  if (!ctx.notifier.channels().includes(r.channel)) return;
  try {
    await ctx.notifier.send(r.channel, r.userId, message);
  } catch (error) {
    ctx.logger.warn({ registration: r.id, error: String(error) }, 'Không báo được kết quả đăng ký');
  }
}
