import { reply, text } from '#src/chat/reply.js';
import type { ChatCommand, CommandContext } from '#src/conversation/command.js';
import type { ReportFormat } from '#src/conversation/documents.js';

/**
 * The official report as a file: Word or Excel, for the month whose window holds today (the
 * figures /baocao shows) or for a period typed after the format. Telegram receives the file
 * as a document; the console keeps it under DATA_DIR and prints where; Zalo cannot receive
 * files, so it gets the command line to run.
 */
const FORMATS: Record<string, ReportFormat> = { word: 'docx', docx: 'docx', excel: 'xlsx', xlsx: 'xlsx' };

interface Args {
  format: ReportFormat;
  period: string | null;
  agencyText: string;
}

function parseArgs(args: string): Args | null {
  const [first = '', ...rest] = args
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const format = FORMATS[first.toLowerCase()];
  if (!format) return null;
  const period = rest[0] !== undefined && /^\d{4}(?:-\S+)?$/.test(rest[0]) ? rest[0] : null;
  return { format, period, agencyText: (period ? rest.slice(1) : rest).join(' ') };
}

function cliHint(args: Args, agency: string | null, periodKey: string): string {
  const scope = agency ? ` --agency "${agency}"` : '';
  return `npx dondoc report --period ${periodKey} --format ${args.format}${scope}`;
}

function agencyFor(ctx: CommandContext, args: Args): { ok: true; agency: string | null } | { ok: false } {
  if (args.agencyText === '') {
    const role = ctx.message.sender.role;
    return { ok: true, agency: role.kind === 'focal' ? role.agency : null };
  }
  const found = ctx.agencies.resolve(args.agencyText);
  return found.kind === 'match' ? { ok: true, agency: found.agency.name } : { ok: false };
}

export const taibaocao: ChatCommand = {
  name: 'taibaocao',
  aliases: [],
  description: 'Tải báo cáo định kỳ theo mẫu hành chính (Word hoặc Excel)',
  usage: '/taibaocao word|excel [kỳ: 2026-11, 2026-Q4, 2026-H1, 2026-9M, 2026] [tên cơ quan]',
  examples: ['/taibaocao word', '/taibaocao excel 2026-Q4', '/taibaocao word 2026-11 Sở Tư pháp'],
  async handle(ctx, request) {
    const args = parseArgs(request.args);
    if (!args)
      return reply(
        text(
          'Bạn chọn định dạng: «/taibaocao word» (Word) hoặc «/taibaocao excel» (Excel), có thể thêm kỳ, ví dụ «/taibaocao word 2026-Q4».',
        ),
      );
    const scope = agencyFor(ctx, args);
    if (!scope.ok)
      return reply(
        text(`Chưa tìm thấy cơ quan «${args.agencyText}» trong danh bạ. Bạn thử gõ tên đầy đủ, ví dụ «Sở Tư pháp».`),
      );
    const documents = ctx.documents;
    if (!documents)
      return reply(
        text('Bot đang chạy ở đây chưa tạo được tệp báo cáo. Trên máy chạy bot, dùng lệnh «npx dondoc report».'),
      );
    const channel = ctx.message.sender.channel;
    if (channel === 'zalo') {
      const period = args.period ?? 'YYYY-MM';
      return reply(
        text(
          `Zalo chưa gửi được tệp. Điều phối viên tạo báo cáo trên máy chạy bot bằng lệnh: ${cliHint(args, scope.agency, period)} — hoặc bấm «Tải báo cáo» trên Telegram.`,
        ),
      );
    }
    const result = await documents.report({ format: args.format, period: args.period, agency: scope.agency });
    if (!result.ok) return reply(text(result.message));
    if (channel === 'console') {
      const path = await documents.keep(result.file);
      return reply(text(`${result.file.caption ?? ''}\nĐã lưu tệp: ${path}`));
    }
    return { blocks: [text(result.file.caption ?? result.file.name)], files: [result.file] };
  },
};
