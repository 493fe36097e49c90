import type { ChatCommand } from '#src/conversation/command.js';
import { heading, reply, text } from '#src/chat/reply.js';
import { agencyProblemReply } from '#src/conversation/replies.js';
import { tellCoordinators } from '#src/conversation/updates.js';

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
        text('Bạn là điều phối viên, có mọi quyền. Để thêm đầu mối cho một cơ quan, dùng «/daumoi them <cơ quan> telegram:<mã người dùng>»; gõ /daumoi để xem danh sách và các yêu cầu đăng ký.'),
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
    const { registration, isNew } = ctx.state.registrations.request({
      channel: sender.channel,
      userId: sender.id,
      name: sender.name,
      agency: request.agency,
      requestedAt: ctx.clock.now().toISO() ?? '',
    });
    if (!isNew) return reply(text(`Yêu cầu làm đầu mối của ${request.agency} đã được gửi, đang chờ điều phối viên duyệt.`));
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
      ...(told === 0 ? [text('Hiện chưa liên lạc được với điều phối viên qua kênh này; yêu cầu đã được lưu để duyệt sau.')] : []),
    );
  },
};
