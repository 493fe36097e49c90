import type { Logger } from 'pino';
import type { Config } from '#src/config.js';
import { fixedClock, formatDate, systemClock } from '#src/domain/clock.js';
import { chatChannels, createApp } from '#src/app.js';
import { runReminderJob, type JobReport } from '#src/reminders/job.js';

/**
 * `dondoc remind [--at <ISO date-time>] [--dry-run] [--json]`: the reminder and digest job
 * once, as if at that instant. What went out is logged, so the same instant twice sends
 * nothing the second time. A dry run sends and logs nothing, and lists the reminders that
 * would go nowhere because the agency has no focal point yet.
 */
export interface RemindFlags {
  at?: string;
  dryRun: boolean;
  json: boolean;
}

export async function runRemindCommand(config: Config, logger: Logger, flags: RemindFlags): Promise<number> {
  let clock;
  try {
    clock = flags.at ? fixedClock(flags.at, config.TZ) : systemClock(config.TZ);
  } catch {
    process.stderr.write(`--at phải là thời điểm ISO, ví dụ 2024-06-17T08:00 (giờ ${config.TZ}).\n`);
    return 2;
  }
  const app = await createApp(config, logger, clock);
  try {
    // Send-only: the channels deliver this run's messages without receiving any.
    if (!flags.dryRun) app.adapters.push(...(await chatChannels(app)));
    const channels = app.notifier.channels().filter((c) => c === 'telegram' || c === 'zalo');
    if (!flags.dryRun && channels.length === 0) {
      process.stderr.write(
        'Không gửi được tin nào: chưa có kênh chat nào chạy (đặt TELEGRAM_BOT_TOKEN hoặc ZALO_BOT_TOKEN). ' +
          'Không ghi gì vào nhật ký nhắc việc. Dùng --dry-run để xem trước các tin sẽ gửi.\n',
      );
      return 1;
    }
    const report = await runReminderJob(app, { at: clock.now(), dryRun: flags.dryRun });
    process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : describe(report));
    return report.messages.some((m) => m.status === 'failed') ? 1 : 0;
  } finally {
    await app.close();
  }
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

function describe(report: JobReport): string {
  const when = `${formatDate(report.today)} ${report.at.slice(11, 16)}`;
  const lines = [
    `Nhắc việc lúc ${when}${report.dryRun ? ' — chạy thử, không gửi và không ghi gì' : ''}.`,
    ...(report.dayOff ? [`Hôm nay là ngày nghỉ (${report.dayOff}): không nhắc việc.`] : []),
  ];
  const label = { sent: 'đã gửi', 'would-send': 'sẽ gửi', skipped: 'bỏ qua', failed: 'lỗi' } as const;
  lines.push(`Tin nhắn: ${report.messages.length}.`);
  for (const m of report.messages) {
    const who = m.agencies.length > 0 ? ` (${m.agencies.join(', ')})` : '';
    lines.push(
      `→ [${label[m.status]}] ${m.kind} tới ${m.recipient}${who}${m.reason ? ` — ${m.reason}` : ''}`,
      indent(m.text),
      '',
    );
  }
  if (report.unreachable.length > 0) {
    lines.push(`Không gửi được vì cơ quan chưa có đầu mối (${report.unreachable.length}):`);
    for (const u of report.unreachable) lines.push(`• ${u.agency}: ${u.taskIds.join(', ')}`);
  }
  if (report.summaryRows !== null) lines.push(`Đã cập nhật trang Tổng hợp (${report.summaryRows} dòng).`);
  return `${lines.join('\n')}\n`;
}
