import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ReplyFile } from '#src/chat/reply.js';
import type { DocumentServices } from '#src/conversation/documents.js';
import type { Clock } from '#src/domain/clock.js';
import type { TaskStore } from '#src/store/task-store.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { buildReport } from './build.js';
import { parseIssuer } from './issuer.js';
import { monthPeriodOf, parsePeriod, PERIOD_HELP, windowText } from './period.js';

/**
 * The official report for chat (/baocao's «Tải báo cáo»): built from the current snapshot,
 * for the month whose window holds today unless a period is named, so that its figures are
 * those /baocao just showed.
 */
export interface ReportFilesDeps {
  store: TaskStore;
  agencies: () => AgencyLookup;
  clock: Clock;
  dataDir: string;
  issuer: string | undefined;
}

export const REPORTS_DIR = 'bao-cao';

export function createReportFiles(deps: ReportFilesDeps): Pick<DocumentServices, 'report' | 'keep'> {
  return {
    async report(request) {
      const today = deps.clock.now().toISODate() ?? '';
      const period = request.period === null ? monthPeriodOf(today) : parsePeriod(request.period);
      if (!period) return { ok: false, message: `Kỳ báo cáo «${request.period ?? ''}» không hợp lệ: ${PERIOD_HELP}.` };
      const file = await buildReport({
        snapshot: deps.store.snapshot(),
        agencies: deps.agencies(),
        period,
        today,
        agency: request.agency,
        format: request.format,
        issuer: parseIssuer(deps.issuer),
      });
      const kind = request.format === 'docx' ? 'Word' : 'Excel';
      const stand = file.model.complete ? 'chốt' : 'tạm tính';
      return {
        ok: true,
        periodKey: period.key,
        file: {
          name: file.name,
          bytes: file.bytes,
          caption: `Báo cáo ${period.label} (${kind}), ${windowText(period)}; số liệu ${stand} đến ngày ${file.model.cutoff.split('-').reverse().join('/')}.`,
        },
      };
    },
    async keep(file: ReplyFile) {
      const dir = join(deps.dataDir, REPORTS_DIR);
      await mkdir(dir, { recursive: true });
      const path = join(dir, file.name);
      await writeFile(path, file.bytes);
      return resolve(path);
    },
  };
}
