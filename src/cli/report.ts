import { writeFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { createApp } from '#src/app.js';
import type { Config } from '#src/config.js';
import { formatDate, systemClock, type Clock } from '#src/domain/clock.js';
import { buildReport } from '#src/reports/build.js';
import { parseIssuer } from '#src/reports/issuer.js';
import { parsePeriod, PERIOD_HELP, windowText } from '#src/reports/period.js';

/**
 * `dondoc report --period <2026-11|2026-Q4|2026-H1|2026-9M|2026> [--agency A] [--format docx|xlsx]
 * [--out F]`: the official periodic report of the configured sheet, as a Word or Excel file.
 * Exit code 0 when written, 2 on bad usage (a period, format or agency it cannot read).
 */
export interface ReportFlags {
  period?: string;
  agency?: string;
  format?: string;
  out?: string;
}

export async function runReportCommand(
  config: Config,
  logger: Logger,
  flags: ReportFlags,
  clock?: Clock,
): Promise<number> {
  if (!flags.period) {
    process.stderr.write(`Cần --period: ${PERIOD_HELP}. Ví dụ: npx dondoc report --period 2026-11\n`);
    return 2;
  }
  const period = parsePeriod(flags.period);
  if (!period) {
    process.stderr.write(`Kỳ báo cáo «${flags.period}» không hợp lệ: ${PERIOD_HELP}.\n`);
    return 2;
  }
  const format = (flags.format ?? 'docx').toLowerCase();
  if (format !== 'docx' && format !== 'xlsx') {
    process.stderr.write(
      `Định dạng «${flags.format ?? ''}» không hợp lệ: dùng --format docx (Word) hoặc --format xlsx (Excel).\n`,
    );
    return 2;
  }
  const app = await createApp(config, logger, clock ?? systemClock(config.TZ));
  try {
    let agency: string | null = null;
    if (flags.agency) {
      const found = app.agencies().resolve(flags.agency);
      if (found.kind !== 'match') {
        process.stderr.write(
          `Không tìm thấy cơ quan «${flags.agency}» trong danh bạ. Hãy gõ tên đầy đủ, ví dụ «Sở Tư pháp».\n`,
        );
        return 2;
      }
      agency = found.agency.name;
    }
    const today = app.clock.now().toISODate() ?? '';
    const file = await buildReport({
      snapshot: app.store.snapshot(),
      agencies: app.agencies(),
      period,
      today,
      agency,
      format,
      issuer: parseIssuer(config.REPORT_ISSUER),
    });
    const out = flags.out ?? file.name;
    await writeFile(out, file.bytes);
    const { overall } = file.model;
    const stand = file.model.complete ? 'chốt' : 'tạm tính';
    process.stdout.write(
      `Đã ghi ${out}: báo cáo ${period.label} (${windowText(period)}), số liệu ${stand} đến ngày ${formatDate(file.model.cutoff)}, ` +
        `${overall.total} nhiệm vụ, ${overall.counts.open_overdue} quá hạn chưa hoàn thành.\n`,
    );
    if (overall.total === 0)
      process.stderr.write('Lưu ý: bảng tính chưa có nhiệm vụ nào trong phạm vi này; báo cáo để trống.\n');
    return 0;
  } finally {
    await app.close();
  }
}
