import type { ChatCommand } from '#src/conversation/command.js';
import { heading, reply, text } from '#src/chat/reply.js';
import { agencyProblemReply } from '#src/conversation/replies.js';
import { tellCoordinators } from '#src/conversation/updates.js';

/** Requests a person may have waiting at once, and make in 24 hours. */
export const MAX_PENDING = 2;
export const MAX_PER_DAY = 3;

export const dangky: ChatCommand = {
  name: 'dangky',
  aliases: ['dangki'],
  intent: 'register',
  description: 'Đăng ký làm đầu mối của một cơ quan để nhận nhắc việc',
  usage: '/dangky <tên cơ quan>',
  examples: ['/dangky Sở Tư pháp', 'tôi là đầu mối của Sở Tư pháp'],
  async handle(ctx, request) {
    const { sender } = ctx.message;
    if (sender.role.kind === 'coordinator') {
      return reply(
        text(
          'Bạn là điều phối viên, có mọi quyền. Để thêm đầu mối cho một cơ quan, dùng «/daumoi them <cơ quan> telegram:<mã người dùng>»; gõ /daumoi để xem danh sách và các yêu cầu đăng ký.',
        ),
      );
    }
    const problem = agencyProblemReply(ctx, request, 'dangky');
    if (problem) return problem;
    if (request.agency === null) {
      if (sender.role.kind === 'focal') return reply(text(`Bạn đang là đầu mối của ${sender.role.agency}.`));
      return reply(text('Bạn đăng ký làm đầu mối cho cơ quan nào? Ví dụ: «/dangky Sở Tư pháp».'));
    }
    if (sender.role.kind === 'focal' && sender.role.agency === request.agency) {
      return reply(text(`Bạn đã là đầu mối của ${request.agency}.`));
    }
    // A person cannot flood the coordinators: a few requests waiting, a few a day.
    const now = ctx.clock.now();
    const counts = ctx.state.registrations.countOf(sender.channel, sender.id, now.minus({ hours: 24 }).toISO() ?? '');
    const limited =
      counts.pending >= MAX_PENDING
        ? `Bạn đang có ${counts.pending} yêu cầu đăng ký chờ điều phối viên duyệt. Vui lòng chờ các yêu cầu này được duyệt trước khi gửi thêm.`
        : counts.recent >= MAX_PER_DAY
          ? `Bạn đã gửi ${counts.recent} yêu cầu đăng ký trong 24 giờ qua. Vui lòng thử lại vào ngày mai, hoặc liên hệ trực tiếp điều phối viên.`
          : null;
    const alreadyAsked = ctx.state.registrations
      .pending()
      .some((r) => r.channel === sender.channel && r.userId === sender.id && r.agency === request.agency);
    if (limited && !alreadyAsked) {
      ctx.logger.warn(
        {
          who: sender.id,
          channel: sender.channel,
          command: 'dangky',
          why: 'too_many_requests',
          agency: request.agency,
        },
        'Từ chối yêu cầu đăng ký: gửi quá nhiều',
      );
      return reply(text(limited));
    }
    const { registration, isNew } = ctx.state.registrations.request({
      channel: sender.channel,
      userId: sender.id,
      name: sender.name,
      agency: request.agency,
      requestedAt: now.toISO() ?? '',
    });
    if (!isNew)
      return reply(text(`Yêu cầu làm đầu mối của ${request.agency} đã được gửi, đang chờ điều phối viên duyệt.`));
    const told = await tellCoordinators(ctx, {
      blocks: [
        heading('Yêu cầu đăng ký đầu mối'),
        text(`${sender.name} (${sender.channel}: ${sender.id}) xin làm đầu mối của ${request.agency}.`),
      ],
      choices: [
        { label: 'Duyệt', value: `/duyet ${registration.id}` },
        { label: 'Từ chối', value: `/tuchoi ${registration.id}` },
      ],
    });
    return reply(
      text(`Đã gửi yêu cầu làm đầu mối của ${request.agency}. Bạn sẽ nhận được thông báo khi điều phối viên duyệt.`),
      ...(told === 0
        ? [text('Hiện chưa liên lạc được với điều phối viên qua kênh này; yêu cầu đã được lưu để duyệt sau.')]
        : []),
    );
  },
};
