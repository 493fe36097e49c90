import { DateTime } from 'luxon';
import type { Channel } from '#src/chat/message.js';
import { heading, reply, text, type Choice, type Reply } from '#src/chat/reply.js';
import { formatDate, VN_ZONE } from '#src/domain/clock.js';
import { partOf } from '#src/domain/support-parts.js';
import type { Task } from '#src/domain/task.js';
import { shorten } from '#src/domain/text.js';
import { taskKey } from '#src/store/snapshot.js';
import type { CommandContext } from './command.js';
import { logRefusal } from './refusals.js';
import { focalChatIds } from './roles.js';
import { leads, sameAgency } from './support-parts.js';
import { senderLabel } from './updates.js';

/**
 * «Nhắc phối hợp» (/nhacphoihop <mã>): the lead's focal point, or a coordinator, sends the
 * supporting agencies' focal points a polite request about one task, at most once a day per
 * task (kept in the bot state, so a restart does not allow a second one). Agencies that
 * already reported their part done are not nudged; those with no focal point are named in
 * the answer.
 */
type Ctx = CommandContext;

export function mayNudge(ctx: Ctx, task: Task): boolean {
  const role = ctx.message.sender.role;
  return role.kind === 'coordinator' || (role.kind === 'focal' && leads(ctx, task, role.agency));
}

/** The «Nhắc phối hợp» button of a task, for whoever may press it. */
export function nudgeChoices(ctx: Ctx, task: Task): Choice[] {
  if (task.status === 'done' || task.coordinating.length === 0 || !mayNudge(ctx, task)) return [];
  return [{ label: 'Nhắc phối hợp', value: `/nhacphoihop ${task.id}` }];
}

interface Recipient {
  agency: string;
  channel: Channel;
  chatId: string;
}

interface Targets {
  recipients: Recipient[];
  /** Supporting agencies nobody can be told about: no focal point with a user id. */
  noFocal: string[];
  /** Supporting agencies whose part is reported done. */
  done: string[];
}

/** Who is nudged: each listed agency's focal points, and for a group, its members that have some. */
function targetsOf(ctx: Ctx, task: Task): Targets {
  const targets: Targets = { recipients: [], noFocal: [], done: [] };
  const cell = task.supportProgress ?? '';
  const same = (a: string, b: string) => sameAgency(ctx, a, b);
  const seen = new Set<string>();
  const add = (agency: string): boolean => {
    let found = false;
    for (const channel of ctx.notifier.channels()) {
      for (const chatId of focalChatIds(ctx.snapshot, agency, channel, ctx.agencies)) {
        found = true;
        if (seen.has(`${channel}:${chatId}`)) continue;
        seen.add(`${channel}:${chatId}`);
        targets.recipients.push({ agency, channel, chatId });
      }
    }
    return found;
  };
  for (const name of new Set(task.coordinating.map((n) => ctx.agencies.canonical(n)))) {
    if (leads(ctx, task, name)) continue;
    if (partOf(cell, name, same)?.status === 'done') {
      targets.done.push(name);
      continue;
    }
    if (add(name)) continue;
    // A group («Các sở, ban, ngành»): the members the Cơ quan tab gives focal points.
    const members = ctx.snapshot.agencies
      .map((row) => ctx.agencies.canonical(row.name))
      .filter((member) => ctx.agencies.groupsContaining(member).some((group) => same(group.name, name)))
      .filter((member) => !leads(ctx, task, member) && partOf(cell, member, same)?.status !== 'done');
    const reached = members.filter((member) => add(member));
    if (reached.length === 0) targets.noFocal.push(name);
  }
  return targets;
}

function requestMessage(ctx: Ctx, task: Task, agency: string): Reply {
  const lead = task.lead.join('; ') || 'cơ quan chủ trì';
  const late = task.deadline !== null && task.deadline < ctx.today;
  const deadline = task.deadline
    ? `Hạn xử lý: ${formatDate(task.deadline)}${late ? ' (đã quá hạn)' : ''}.`
    : `Thời hạn: ${task.deadlineText || 'chưa ghi'}.`;
  return {
    blocks: [
      heading(`Đề nghị phối hợp nhiệm vụ ${task.id}`),
      text(
        ctx.message.sender.role.kind === 'coordinator'
          ? `Kính gửi đầu mối ${agency}: điều phối viên theo dõi kế hoạch đề nghị quý cơ quan quan tâm thực hiện phần việc phối hợp của nhiệm vụ ${task.id} (do ${lead} chủ trì):`
          : `Kính gửi đầu mối ${agency}: ${lead} (cơ quan chủ trì) đề nghị quý cơ quan quan tâm thực hiện phần việc phối hợp của nhiệm vụ ${task.id}:`,
      ),
      text(shorten(task.content, 300)),
      text(`${deadline}\nNgười đề nghị: ${senderLabel(ctx)}.`),
      text(
        `Khi xong phần việc của mình, anh/chị báo lại cho bot, ví dụ «${task.id} xong, đã gửi số liệu». Trân trọng cảm ơn!`,
      ),
    ],
    choices: [
      { label: 'Đã xong phần việc', value: `/capnhat ${task.id} phần ${agency} hoàn thành` },
      { label: 'Đang thực hiện', value: `/capnhat ${task.id} phần ${agency} đang thực hiện` },
      { label: `Xem ${task.id}`, value: `/xem ${task.id}` },
    ],
  };
}

const list = (names: readonly string[]) => [...new Set(names)].join(', ');

export async function nudgeSupporters(ctx: Ctx, task: Task): Promise<Reply> {
  if (!mayNudge(ctx, task)) {
    logRefusal(ctx.logger, ctx.message, 'nhacphoihop', 'not_lead', { task: task.id });
    return reply(
      text(
        `Xin lỗi, chỉ đầu mối của ${task.lead.join('; ') || 'cơ quan chủ trì'} (cơ quan chủ trì) và điều phối viên mới nhắc được các cơ quan phối hợp của nhiệm vụ ${task.id}.`,
      ),
    );
  }
  if (task.coordinating.length === 0) return reply(text(`Nhiệm vụ ${task.id} không có cơ quan phối hợp để nhắc.`));
  if (task.status === 'done')
    return reply(text(`Nhiệm vụ ${task.id} đã hoàn thành, không cần nhắc các cơ quan phối hợp nữa.`));
  const targets = targetsOf(ctx, task);
  const doneLine = targets.done.length > 0 ? [text(`Đã báo xong phần việc, không nhắc: ${list(targets.done)}.`)] : [];
  const noFocalLine =
    targets.noFocal.length > 0
      ? [
          text(
            `Chưa có đầu mối nhận tin qua bot: ${list(targets.noFocal)}. Điều phối viên thêm đầu mối ở trang Cơ quan, hoặc cơ quan gửi /dangky <tên cơ quan>; trong lúc chờ, anh/chị liên hệ trực tiếp.`,
          ),
        ]
      : [];
  if (targets.recipients.length === 0) {
    const none =
      targets.noFocal.length === 0
        ? 'mọi cơ quan phối hợp đã báo xong phần việc.'
        : 'chưa cơ quan nào có đầu mối nhận tin qua bot.';
    return reply(text(`Chưa gửi lời nhắc phối hợp nhiệm vụ ${task.id}: ${none}`), ...doneLine, ...noFocalLine);
  }
  const now = ctx.clock.now();
  const claim = ctx.state.supportNudges.claim({
    taskId: taskKey(task.id),
    day: ctx.today,
    sentAt: now.toISO() ?? '',
    by: senderLabel(ctx),
  });
  if (!claim.ok) {
    const at = DateTime.fromISO(claim.earlier.sentAt).setZone(VN_ZONE).toFormat('HH:mm');
    return reply(
      text(
        `Các cơ quan phối hợp của nhiệm vụ ${task.id} đã được nhắc hôm nay lúc ${at} (${claim.earlier.by} gửi). Để các cơ quan không bị làm phiền, mỗi nhiệm vụ chỉ nhắc một lần mỗi ngày; anh/chị có thể nhắc lại từ ngày mai.`,
      ),
    );
  }
  const reached = new Set<string>();
  const failed = new Set<string>();
  for (const recipient of targets.recipients) {
    try {
      await ctx.notifier.send(recipient.channel, recipient.chatId, requestMessage(ctx, task, recipient.agency));
      reached.add(recipient.agency);
    } catch (error) {
      failed.add(recipient.agency);
      ctx.logger.warn(
        { channel: recipient.channel, task: task.id, error: String(error) },
        'Không gửi được lời nhắc phối hợp',
      );
    }
  }
  if (reached.size === 0) {
    ctx.state.supportNudges.release(taskKey(task.id), ctx.today);
    return reply(
      text(`Chưa gửi được lời nhắc phối hợp nhiệm vụ ${task.id} (kênh chat đang lỗi). Anh/chị thử lại sau ít phút.`),
    );
  }
  ctx.logger.info({ task: task.id, agencies: [...reached], by: senderLabel(ctx) }, 'Đã nhắc các cơ quan phối hợp');
  const notReached = [...failed].filter((agency) => !reached.has(agency));
  return reply(
    heading(`Đã nhắc phối hợp nhiệm vụ ${task.id}`),
    text(`Đã gửi lời đề nghị phối hợp tới đầu mối của: ${list([...reached])}.`),
    ...(notReached.length > 0 ? [text(`Chưa gửi được tới: ${list(notReached)} (kênh chat lỗi).`)] : []),
    ...doneLine,
    ...noFocalLine,
  );
}
