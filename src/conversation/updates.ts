import { DateTime } from 'luxon';
import { STATUS_LABELS, type TaskStatus } from '#src/domain/status.js';
import type { Task } from '#src/domain/task.js';
import { dateTimeToCell } from '#src/store/cells.js';
import type { TaskChange } from '#src/store/task-store.js';
import type { CommandContext } from './command.js';
import { formatAddress, writableAddress, type Address } from '#src/chat/address.js';
import { heading, reply, text, type Reply } from '#src/chat/reply.js';
import { shorten } from '#src/domain/text.js';
import { appendEvidence, documentLine } from '#src/domain/evidence.js';
import { documentNumbers } from '#src/understanding/document-numbers.js';

/**
 * Writing a focal point's report into the sheet, and what follows: the reply with before and
 * after, an undo that works for 10 minutes, and the coordinators asked to confirm a task
 * reported done.
 */
export const UNDO_MINUTES = 10;

export interface Report {
  status: TaskStatus | null;
  progress: number | null;
  note: string;
}

/** "telegram:123" for the person writing: who may use the actions offered to them. */
export function ownerOf(ctx: CommandContext): string {
  return formatAddress({ channel: ctx.message.sender.channel, chatId: ctx.message.sender.id });
}

export function senderLabel(ctx: CommandContext): string {
  const { sender } = ctx.message;
  return sender.role.kind === 'focal' ? `${sender.name} (${sender.role.agency})` : sender.name;
}

/** Coordinators the bot can message first: numeric Telegram ids and Zalo ids. */
export function coordinatorChats(ctx: CommandContext): Address[] {
  const running = new Set(ctx.notifier.channels());
  return ctx.coordinators.flatMap((entry) => {
    const address = writableAddress(entry);
    return address && running.has(address.channel) ? [address] : [];
  });
}

/** Tells every reachable coordinator; a channel that fails costs a log line, not the update. */
export async function tellCoordinators(ctx: CommandContext, message: Reply): Promise<number> {
  let told = 0;
  for (const { channel, chatId } of coordinatorChats(ctx)) {
    try {
      await ctx.notifier.send(channel, chatId, message);
      told += 1;
    } catch (error) {
      ctx.logger.warn({ channel, error: String(error) }, 'Không gửi được thông báo cho điều phối viên');
    }
  }
  return told;
}

/** A focal point updates the tasks its agency leads, and adds notes to those it supports. */
export function updateRight(ctx: CommandContext, task: Task): 'full' | 'note' | 'none' {
  const role = ctx.message.sender.role;
  if (role.kind === 'coordinator') return 'full';
  if (role.kind !== 'focal') return 'none';
  const canonical = (names: readonly string[]) => names.map((name) => ctx.agencies.canonical(name));
  if (canonical(task.lead).includes(role.agency)) return 'full';
  if (canonical(task.coordinating).includes(role.agency)) return 'note';
  return 'none';
}

export function fieldsFor(task: Task, report: Report, ctx: CommandContext, message: string): TaskChange['fields'] {
  const status: TaskStatus = report.status ?? (report.progress === 100 ? 'done' : 'in_progress');
  const progress = status === 'done' ? 100 : (report.progress ?? task.progress);
  return {
    status,
    progress,
    lastUpdate: report.note !== '' ? report.note : message,
    updatedAt: dateTimeToCell(ctx.clock.now()),
    updatedBy: senderLabel(ctx),
    completedAt: status === 'done' ? (task.completedAt ?? ctx.today) : null,
    // A new report reopens the coordinator's check.
    confirmation: status === 'done' ? '' : task.confirmation,
    ...documentsCell(task, message),
  };
}

/** Document numbers written in the report («CV số 123/STP-VP ngày 2/12/2025») join the Minh chứng cell. */
function documentsCell(task: Task, message: string): Pick<TaskChange['fields'], 'evidence'> {
  const numbers = documentNumbers(message);
  const before = task.evidence ?? '';
  const cell = appendEvidence(before, numbers.map(documentLine));
  return cell === before ? {} : { evidence: cell };
}

const describe = (task: Pick<Task, 'status' | 'progress'>) =>
  `${STATUS_LABELS[task.status]}${task.progress !== null ? ` (${task.progress}%)` : ''}`;

/** Writes the change and answers; `undoable` offers "Hoàn tác" for 10 minutes. */
export async function writeAndReply(
  ctx: CommandContext,
  task: Task,
  fields: TaskChange['fields'],
  /** `summary`: lines said instead of «Trạng thái: … → …» (a change that is not the status). */
  options: { undoable: boolean; title?: string; summary?: string[] },
): Promise<Reply> {
  const now = ctx.clock.now();
  const by = senderLabel(ctx);
  const result = await ctx.store.updateTask({
    id: task.id,
    fields,
    origin: { by, channel: ctx.message.sender.channel, message: ctx.message.text, at: now },
  });
  if (result.status === 'missing')
    return reply(text(`Nhiệm vụ ${task.id} không còn trong bảng tính. Điều phối viên có thể đã xóa dòng này.`));
  if (result.status === 'conflict') return conflictReply(ctx, task, fields, result.actual);
  if (result.status === 'refused') {
    return reply(
      text(`Chưa ghi được cập nhật ${task.id}: ${result.reason}`),
      text(
        'Bot đã báo điều phối viên sửa lại bảng tính. Bạn vui lòng gửi lại cập nhật này sau khi bảng tính được sửa.',
      ),
    );
  }

  const after = result.after;
  const blocks = [
    heading(
      options.title ??
        (result.status === 'queued' && result.delayed ? `Đã ghi nhận cập nhật ${task.id}` : `Đã cập nhật ${task.id}`),
    ),
    text(shorten(task.content, 120)),
    ...(options.summary ?? [`Trạng thái: ${describe(task)} → ${describe(after)}`]).map((line) => text(line)),
  ];
  if (fields.lastUpdate && fields.lastUpdate !== ctx.message.text) blocks.push(text(`Ghi nhận: ${fields.lastUpdate}`));
  // With the Google Sheet down, the update waits in the durable outbox: say so plainly.
  if (result.status === 'queued' && result.delayed) {
    blocks.push(text('Đã ghi nhận, sẽ cập nhật vào bảng tính khi kết nối lại.'));
    ctx.state.waitingWrites.add({
      outboxId: result.outboxId,
      channel: ctx.message.sender.channel,
      chatId: ctx.message.chat.id,
      taskId: task.id,
    });
  } else if (result.status === 'queued') {
    // Answered once durable in the outbox; the sheet takes it in the next round.
    void followUp(ctx, task, fields, result.outboxId);
  }

  if (after.status === 'done' && task.status !== 'done' && ctx.message.sender.role.kind !== 'coordinator') {
    ctx.state.confirmations.wait({
      taskId: task.id,
      channel: ctx.message.sender.channel,
      chatId: ctx.message.chat.id,
      reporter: by,
      reportedAt: now.toISO() ?? '',
    });
    blocks.push(text('Nhiệm vụ chờ điều phối viên xác nhận hoàn thành.'));
    await tellCoordinators(ctx, {
      blocks: [
        heading(`${by} báo hoàn thành ${task.id}`),
        text(shorten(task.content, 200)),
        text(`Báo cáo: ${ctx.message.text}`),
      ],
      choices: [
        { label: 'Xác nhận', value: `/xacnhan ${task.id}` },
        { label: 'Trả lại', value: `/tralai ${task.id}` },
      ],
    });
  }
  if (!options.undoable) return reply(...blocks);
  const previous = Object.fromEntries(Object.keys(fields).map((key) => [key, task[key as keyof Task]]));
  const token = ctx.state.actions.offer(
    'undo',
    ownerOf(ctx),
    { taskId: task.id, previous, applied: fields },
    now.plus({ minutes: UNDO_MINUTES }).toISO() ?? '',
  );
  return { blocks, choices: [{ label: 'Hoàn tác', value: `/hoantac ${token}` }] };
}

/** How long a reply's write is followed before the sheet watch takes over telling the person. */
const FOLLOW_UP_MS = 60_000;

/**
 * A change answered before it reached the sheet: if the sheet refuses it (a coordinator
 * edited the cell meanwhile, the row is gone), the person is told as they would have been
 * at once; if it is still waiting, the sheet watch tells them when it lands.
 */
async function followUp(
  ctx: CommandContext,
  task: Task,
  fields: TaskChange['fields'],
  outboxId: number,
): Promise<void> {
  const where = { channel: ctx.message.sender.channel, chatId: ctx.message.chat.id };
  try {
    const entry = await ctx.store.settled(outboxId, FOLLOW_UP_MS);
    if (!entry) {
      ctx.state.waitingWrites.add({ outboxId, ...where, taskId: task.id });
      return;
    }
    if (entry.status === 'applied' || !ctx.notifier.channels().includes(where.channel)) return;
    const message =
      entry.status === 'conflict'
        ? conflictReply(ctx, task, fields, entry.actual ?? {})
        : reply(
            text(
              `Cập nhật ${task.id} chưa ghi được: nhiệm vụ không còn trong bảng tính. Điều phối viên có thể đã xóa dòng này.`,
            ),
          );
    await ctx.notifier.send(where.channel, where.chatId, message);
  } catch (error) {
    ctx.logger.warn({ key: task.id, error: String(error) }, 'Không theo dõi được cập nhật sau khi trả lời');
  }
}

/** What the user's change says, for the conflict question: the status, else the text it writes (a part's lines). */
function saidIn(fields: TaskChange['fields']): string {
  if (fields.status || fields.progress != null)
    return `${fields.status ? STATUS_LABELS[fields.status] : ''}${fields.progress != null ? ` (${fields.progress}%)` : ''}`;
  return Object.values(fields)
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .map((value) => `«${value.replace(/\n/g, '; ')}»`)
    .join(', ');
}

/** The sheet holds another value than the one the user saw: show both and let them choose. */
function conflictReply(
  ctx: CommandContext,
  task: Task,
  fields: TaskChange['fields'],
  actual: Record<string, string>,
): Reply {
  const token = ctx.state.actions.offer(
    'overwrite',
    ownerOf(ctx),
    { taskId: task.id, fields },
    ctx.clock.now().plus({ minutes: UNDO_MINUTES }).toISO() ?? DateTime.now().toISO() ?? '',
  );
  const lines = Object.entries(actual).map(([header, value]) => `• ${header}: trong bảng tính là «${value}»`);
  return {
    blocks: [
      text(`Trong lúc bạn gửi, bảng tính vừa được sửa ở nhiệm vụ ${task.id}:`),
      text(lines.join('\n')),
      text(`Bạn báo: ${saidIn(fields)}. Giữ giá trị nào?`),
    ],
    choices: [
      { label: 'Ghi giá trị của tôi', value: `/ghide ${token}` },
      { label: 'Giữ giá trị trong bảng', value: `/xem ${task.id}` },
    ],
  };
}
