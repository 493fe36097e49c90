import { tasksOfAgency } from '#src/conversation/agency-tasks.js';
import { pageOfSections, splitPageArgument, TASKS_PER_PAGE, type TaskSection } from '#src/conversation/paging.js';
import type { ChatCommand, CommandContext } from '#src/conversation/command.js';
import { heading, reply, text, type Reply, type ReplyBlock } from '#src/conversation/reply.js';
import { emptySheetReply } from '#src/conversation/replies.js';

export const nhiemvu: ChatCommand = {
  name: 'nhiemvu',
  aliases: ['nv', 'nhiemvucua'],
  description: 'Xem nhiệm vụ của một cơ quan: chủ trì, phối hợp và nhiệm vụ chung của nhóm',
  usage: '/nhiemvu <tên cơ quan>',
  examples: ['nhiệm vụ của Sở Tư pháp', '/nhiemvu STP'],
  handle(ctx, args) {
    if (ctx.snapshot.tasks.length === 0) return emptySheetReply();
    const { rest: asked, page } = splitPageArgument(args);
    if (asked === '') {
      const role = ctx.message.sender.role;
      if (role.kind === 'focal') return answerFor(ctx, role.agency, page);
      return reply(text('Bạn muốn xem nhiệm vụ của cơ quan nào? Ví dụ: «/nhiemvu Sở Tư pháp» hoặc «nhiệm vụ của Sở Y tế».'));
    }
    const found = ctx.agencies.resolve(asked);
    if (found.kind === 'match') return answerFor(ctx, found.agency.name, page);
    if (found.kind === 'ambiguous') {
      return {
        blocks: [text(`«${asked}» có thể là nhiều cơ quan. Bạn muốn xem cơ quan nào?`)],
        choices: found.candidates.slice(0, 5).map((agency) => ({ label: agency.name, value: `/nhiemvu ${agency.name}` })),
      };
    }
    const suggestions = found.suggestions.slice(0, 3);
    return {
      blocks: [
        text(
          suggestions.length > 0
            ? `Chưa tìm thấy cơ quan «${asked}». Có phải bạn muốn hỏi:`
            : `Chưa tìm thấy cơ quan «${asked}» trong danh bạ. Bạn thử gõ tên đầy đủ, ví dụ «Sở Tư pháp».`,
        ),
      ],
      ...(suggestions.length > 0
        ? { choices: suggestions.map((agency) => ({ label: agency.name, value: `/nhiemvu ${agency.name}` })) }
        : {}),
    };
  },
};

function answerFor(ctx: CommandContext, agency: string, pageIndex: number): Reply {
  const today = ctx.clock.now().toISODate() ?? '';
  const found = tasksOfAgency(ctx.snapshot, ctx.agencies, agency, today);
  const blocks: ReplyBlock[] = [heading(`Nhiệm vụ của ${agency}`)];
  const successor = ctx.agencies.successorOf(agency);
  if (successor) blocks.push(text(`Lưu ý: từ năm 2025, công việc của ${agency} do ${successor.name} đảm nhận.`));
  const total = found.lead.length + found.coordinating.length + found.viaGroups.reduce((n, g) => n + g.tasks.length, 0);
  if (total === 0) {
    blocks.push(text(`Hiện chưa có nhiệm vụ nào giao cho ${agency} trong các kế hoạch đã nhập.`));
    return reply(...blocks);
  }
  const sections: TaskSection[] = [
    { title: `Chủ trì (${found.lead.length})`, tasks: found.lead, empty: 'Không có nhiệm vụ chủ trì.' },
    { title: `Phối hợp (${found.coordinating.length})`, tasks: found.coordinating, empty: 'Không có nhiệm vụ phối hợp.' },
    ...found.viaGroups.map(({ group, tasks }) => ({ title: `Giao chung cho «${group}» (${tasks.length})`, tasks, empty: '' })),
  ];
  const paged = pageOfSections(sections, pageIndex, TASKS_PER_PAGE[ctx.message.sender.channel], today);
  const command = `/nhiemvu ${agency}`;
  return {
    blocks: [...blocks, ...paged.blocks],
    ...(paged.total > 1
      ? {
          page: {
            index: paged.index,
            total: paged.total,
            ...(paged.index < paged.total ? { next: `${command} trang ${paged.index + 1}` } : {}),
            ...(paged.index > 1 ? { previous: `${command} trang ${paged.index - 1}` } : {}),
          },
        }
      : {}),
  };
}
