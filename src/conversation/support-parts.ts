import { heading, reply, text, type Choice, type Reply } from '#src/chat/reply.js';
import { STATUS_LABELS, type TaskStatus } from '#src/domain/status.js';
import {
  formatSupportPart,
  parseSupportParts,
  PART_NOTE_MAX,
  withSupportPart,
  type SupportPart,
} from '#src/domain/support-parts.js';
import type { Task } from '#src/domain/task.js';
import { fold, shorten } from '#src/domain/text.js';
import { taskKey } from '#src/store/snapshot.js';
import type { Parsed } from '#src/understanding/types.js';
import type { CommandContext } from './command.js';
import { focalChatIds } from './roles.js';
import { senderLabel, updateRight, writeAndReply } from './updates.js';

/**
 * The coordinating agencies' part of a task (issue #17). A supporting agency's focal point
 * reports its part («TN60-12 phần Sở Y tế đã xong», or simply «TN60-12 xong»): it goes to the
 * agency's line of the Tiến độ phối hợp cell, Nhật ký has the row, the lead's focal points are
 * told, and the task's status never changes by it. Who may report which part:
 *
 * - a supporting agency's focal point reports its own part; naming another agency's part makes
 *   the bot ask whether it meant its own (its own agency wins, never the named one);
 * - a lead's focal point reporting a supporting agency's part in free text is asked whether it
 *   meant that part or the whole task; the button (or a typed /capnhat … phần …) records it;
 * - a coordinator records any supporting agency's part;
 * - a part of an agency the task does not list is not recorded; anyone else is refused as today.
 */
const WORD: Record<TaskStatus, string> = {
  not_started: 'chưa thực hiện',
  in_progress: 'đang thực hiện',
  blocked: 'vướng mắc',
  done: 'hoàn thành',
};

type Ctx = CommandContext;

export function sameAgency(ctx: Ctx, a: string, b: string): boolean {
  return fold(ctx.agencies.canonical(a)) === fold(ctx.agencies.canonical(b));
}

export function leads(ctx: Ctx, task: Task, agency: string): boolean {
  return task.lead.some((name) => sameAgency(ctx, name, agency));
}

/** Named in Cơ quan phối hợp, or a member of a group named there (as /nhiemvu counts «phối hợp»). */
export function supports(ctx: Ctx, task: Task, agency: string): boolean {
  if (task.coordinating.some((name) => sameAgency(ctx, name, agency))) return true;
  return ctx.agencies
    .groupsContaining(agency)
    .some((group) => task.coordinating.some((name) => sameAgency(ctx, name, group.name)));
}

/** The supporting agencies' lines of /xem: each listed agency's part, or «chưa báo cáo». */
export function supportPartLines(ctx: Ctx, task: Task): string[] {
  const entries = parseSupportParts(task.supportProgress ?? '');
  if (task.coordinating.length === 0 && entries.length === 0) return [];
  const shown = new Set<(typeof entries)[number]>();
  // A group named there («Các sở, ban, ngành») whose members reported is shown by their lines.
  const memberOf = (agency: string, group: string) =>
    ctx.agencies.groupsContaining(agency).some((g) => sameAgency(ctx, g.name, group));
  const lines = task.coordinating.flatMap((name) => {
    const entry = entries.find((e) => e.kind === 'part' && sameAgency(ctx, e.part.agency, name));
    if (entry) {
      shown.add(entry);
      return [`• ${entry.text}`];
    }
    const members = entries.some((e) => e.kind === 'part' && memberOf(e.part.agency, name));
    return members ? [] : [`• ${name}: chưa báo cáo`];
  });
  // Members of a group named there, and what a coordinator wrote in the cell.
  for (const entry of entries) if (!shown.has(entry)) lines.push(`• ${entry.text}`);
  return ['Tiến độ phối hợp:', ...lines];
}

/** The words of a part report worth keeping: its status phrase at the start is said by the line. */
function cleanNote(note: string): string {
  const kept = note
    .replace(/\s+/g, ' ')
    .replace(
      /^(?:(?:đã|da|đang|dang|chưa|chua)\s+)?(?:hoàn thành|hoan thanh|xong|thực hiện|thuc hien|làm|lam|vướng mắc|vuong mac|vướng|vuong)(?:\s+(?:rồi|roi|xong))?(?:\s+\d{1,3}\s*%)?(?:\s+(?:nhé|nhe|ạ|a))?[\s,.;:!-]*/iu,
      '',
    )
    .trim();
  return shorten(kept, PART_NOTE_MAX);
}

const statusOf = (request: Parsed): TaskStatus => request.status ?? (request.progress === 100 ? 'done' : 'in_progress');

/** The slash command that records `agency`'s part: what the buttons send. */
function partCommand(task: Task, agency: string, request: Parsed | null, status?: TaskStatus): string {
  const said = status ?? (request && (request.status !== null || request.progress !== null) ? statusOf(request) : null);
  const progress = request?.progress != null && said === 'in_progress' ? `${request.progress}%` : '';
  const note = request ? cleanNote(request.note) : '';
  return [`/capnhat ${task.id} phần ${agency}`, said ? WORD[said] : '', progress, note]
    .filter((p) => p !== '')
    .join(' ');
}

function taskCommand(task: Task, request: Parsed): string {
  const said = request.status !== null || request.progress !== null ? WORD[statusOf(request)] : '';
  const progress = request.progress !== null ? `${request.progress}%` : '';
  return [`/capnhat ${task.id}`, said, progress, cleanNote(request.note)].filter((p) => p !== '').join(' ');
}

const notRecorded = (task: Task): Choice => ({ label: 'Không ghi', value: `/xem ${task.id}` });

/**
 * The reply when an update reports a supporting agency's part, or null when it is an update of
 * the task itself (or comes from someone with no right, whom the caller refuses as today).
 */
export async function supportPartReply(ctx: Ctx, task: Task, request: Parsed): Promise<Reply | null> {
  const role = ctx.message.sender.role;
  const own = role.kind === 'focal' ? role.agency : null;
  const named = request.part ?? null;
  if (role.kind === 'coordinator' || (own !== null && leads(ctx, task, own))) {
    if (named === null || leads(ctx, task, named)) return null;
    if (!supports(ctx, task, named)) return notListed(task, named, request);
    if (role.kind === 'coordinator' || request.command !== null) return recordOrAsk(ctx, task, named, request);
    return {
      blocks: [
        text(`${task.id}: ${shorten(task.content, 90)}`),
        text(`Anh/chị báo phần việc của ${named} (cơ quan phối hợp), hay báo cả nhiệm vụ ${task.id}?`),
      ],
      choices: [
        { label: `Ghi phần của ${named}`, value: partCommand(task, named, request) },
        { label: 'Cập nhật cả nhiệm vụ', value: taskCommand(task, request) },
        notRecorded(task),
      ],
    };
  }
  if (own === null || !supports(ctx, task, own)) return null;
  if (named !== null && !sameAgency(ctx, named, own)) {
    return {
      blocks: [
        text(
          `Anh/chị là đầu mối của ${own} nên báo được phần việc của ${own} trong ${task.id}; phần của ${named} do đầu mối của ${named} báo.`,
        ),
        text(`Ghi tin này cho phần của ${own}?`),
      ],
      choices: [{ label: `Ghi phần của ${own}`, value: partCommand(task, own, request) }, notRecorded(task)],
    };
  }
  // Words with no status from a directly listed agency stay a note on the task, as before.
  if (request.status === null && request.progress === null && request.note !== '' && updateRight(ctx, task) === 'note')
    return null;
  return recordOrAsk(ctx, task, own, request);
}

function notListed(task: Task, named: string, request: Parsed): Reply {
  const listed =
    task.coordinating.length > 0
      ? `các cơ quan phối hợp là ${task.coordinating.join('; ')}`
      : 'nhiệm vụ không có cơ quan phối hợp';
  return {
    blocks: [
      text(`${named} không có tên trong Cơ quan phối hợp của ${task.id} (${listed}), nên bot chưa ghi phần này.`),
    ],
    choices: [{ label: 'Cập nhật cả nhiệm vụ', value: taskCommand(task, request) }, notRecorded(task)],
  };
}

async function recordOrAsk(ctx: Ctx, task: Task, agency: string, request: Parsed): Promise<Reply> {
  if (request.status === null && request.progress === null) {
    return {
      blocks: [
        text(`${task.id}: ${shorten(task.content, 90)}`),
        text(`Phần việc của ${agency} đang ở trạng thái nào?`),
      ],
      choices: (['in_progress', 'done', 'blocked'] as const).map((status) => ({
        label: STATUS_LABELS[status],
        value: partCommand(task, agency, null, status),
      })),
    };
  }
  if (request.uncertain || request.confirm) {
    return {
      blocks: [
        text(`${task.id}: ${shorten(task.content, 90)}`),
        text(`Anh/chị muốn ghi phần việc của ${agency} là «${STATUS_LABELS[statusOf(request)]}» vào bảng?`),
      ],
      choices: [{ label: 'Ghi', value: partCommand(task, agency, request) }, notRecorded(task)],
    };
  }
  return recordPart(ctx, task, agency, request);
}

async function recordPart(ctx: Ctx, task: Task, agency: string, request: Parsed): Promise<Reply> {
  if (task.supportProgress === undefined) {
    return reply(
      text(
        'Bảng tính chưa có cột «Tiến độ phối hợp» nên bot chưa ghi được phần việc của cơ quan phối hợp. Điều phối viên chạy «npx dondoc sheet init» để thêm cột (không thay đổi gì khác trong bảng), rồi anh/chị gửi lại tin này.',
      ),
    );
  }
  const status = statusOf(request);
  const part: SupportPart = {
    agency,
    status,
    progress: request.progress,
    date: ctx.today,
    note: cleanNote(request.note),
  };
  const line = formatSupportPart(part);
  const cell = withSupportPart(task.supportProgress, part, (a, b) => sameAgency(ctx, a, b));
  const progress = task.progress !== null ? ` (${task.progress}%)` : '';
  const answer = await writeAndReply(
    ctx,
    task,
    { supportProgress: cell },
    {
      undoable: true,
      title: `Đã ghi phần phối hợp của ${agency} — ${task.id}`,
      summary: [
        `Tiến độ phối hợp: ${line}`,
        `Trạng thái của nhiệm vụ không đổi: ${STATUS_LABELS[task.status]}${progress}; cơ quan chủ trì (${task.lead.join('; ') || '—'}) cập nhật khi cả nhiệm vụ xong.`,
      ],
    },
  );
  // Written (or queued) only if the cell now holds the line: a conflict or a missing row did not.
  const now = ctx.store.snapshot().byId.get(taskKey(task.id));
  if (!(now?.supportProgress ?? '').split('\n').includes(line)) return answer;
  const told = await tellLead(ctx, task, agency, line);
  const lead = task.lead.join('; ') || 'cơ quan chủ trì';
  return {
    ...answer,
    blocks: [
      ...answer.blocks,
      text(
        told > 0
          ? `Đã báo cho đầu mối của ${lead}.`
          : `${lead} chưa có đầu mối nhận tin qua bot; phần việc này đã có trong bảng tính để cơ quan chủ trì và điều phối viên theo dõi.`,
      ),
    ],
  };
}

/** Tells the lead's focal points (user ids on the running channels); the number told. */
async function tellLead(ctx: Ctx, task: Task, agency: string, line: string): Promise<number> {
  const message: Reply = {
    blocks: [
      heading(`${agency} báo phần phối hợp nhiệm vụ ${task.id}`),
      text(shorten(task.content, 200)),
      text(`Tiến độ phối hợp: ${line}`),
      text(
        `Người báo: ${senderLabel(ctx)}. Trạng thái của nhiệm vụ vẫn là «${STATUS_LABELS[task.status]}»; anh/chị cập nhật khi cả nhiệm vụ xong.`,
      ),
    ],
    choices: [{ label: `Xem ${task.id}`, value: `/xem ${task.id}` }],
  };
  const sender = `${ctx.message.sender.channel}:${ctx.message.sender.id}`;
  let told = 0;
  const leads = [...new Set(task.lead.map((name) => ctx.agencies.canonical(name)))];
  for (const lead of leads) {
    for (const channel of ctx.notifier.channels()) {
      for (const chatId of focalChatIds(ctx.snapshot, lead, channel, ctx.agencies)) {
        if (`${channel}:${chatId}` === sender) continue;
        try {
          await ctx.notifier.send(channel, chatId, message);
          told += 1;
        } catch (error) {
          ctx.logger.warn({ channel, task: task.id, error: String(error) }, 'Không báo được cơ quan chủ trì');
        }
      }
    }
  }
  return told;
}
