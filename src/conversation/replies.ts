import type { Parsed } from '#src/understanding/types.js';
import type { CommandContext } from './command.js';
import { reply, text, type Reply } from '#src/chat/reply.js';

/** Replies shared by several commands. */
export function emptySheetReply(): Reply {
  return reply(
    text('Bảng tính chưa có nhiệm vụ nào.'),
    text('Để nhập một kế hoạch, chạy trong thư mục dự án: npx dondoc import <tệp kế hoạch .docx, .pdf, .txt> --yes'),
  );
}

export function unknownReply(): Reply {
  return {
    blocks: [
      text(
        'Xin lỗi, tôi chưa hiểu ý bạn. Bạn có thể hỏi, ví dụ: «nhiệm vụ của Sở Tư pháp», hoặc gõ /trogiup để xem hướng dẫn.',
      ),
    ],
    choices: [
      { label: 'Xem hướng dẫn', value: '/trogiup' },
      { label: 'Nhiệm vụ của Sở Tư pháp', value: 'nhiệm vụ của Sở Tư pháp' },
    ],
  };
}

/**
 * The agency named could not be pinned down: ask with choices (several fit) or offer the
 * closest names (none fits). `slash` is the command the choices send again.
 */
export function agencyProblemReply(ctx: CommandContext, request: Parsed, slash: string): Reply | null {
  if (request.agency !== null || request.agencyText === null) return null;
  const asked = request.agencyText;
  const found = ctx.agencies.resolve(asked);
  if (found.kind === 'ambiguous') {
    return {
      blocks: [text(`«${asked}» có thể là nhiều cơ quan. Bạn muốn hỏi cơ quan nào?`)],
      choices: found.candidates
        .slice(0, 5)
        .map((agency) => ({ label: agency.name, value: `/${slash} ${agency.name}` })),
    };
  }
  const suggestions = found.kind === 'unknown' ? found.suggestions.slice(0, 3) : [];
  if (suggestions.length === 0) {
    return reply(text(`Chưa tìm thấy cơ quan «${asked}» trong danh bạ. Bạn thử gõ tên đầy đủ, ví dụ «Sở Tư pháp».`));
  }
  return {
    blocks: [text(`Chưa tìm thấy cơ quan «${asked}». Có phải bạn muốn hỏi:`)],
    choices: suggestions.map((agency) => ({ label: agency.name, value: `/${slash} ${agency.name}` })),
  };
}

/** The agency a question is about: the one named, else the focal point's own, else none. */
export function agencyOf(ctx: CommandContext, request: Parsed): string | null {
  if (request.agency !== null) return request.agency;
  const role = ctx.message.sender.role;
  return role.kind === 'focal' ? role.agency : null;
}
