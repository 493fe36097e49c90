import type { Logger } from 'pino';
import type { Config } from '#src/config.js';
import { openLocalSheet } from './local/sqlite-sheet.js';
import { localSheetPath } from './open-store.js';
import type { EnsureTabsReport } from './port.js';
import { loadTemplate } from './template.js';
import { SheetCallError } from './sheet-error.js';

/**
 * `dondoc sheet init`: creates the missing tabs and headers of the template (and, on a
 * Google Sheet, its drop-downs, colours and header protection), says in Vietnamese what it
 * did, and never removes or moves anything. Safe to run again.
 */
export async function runSheetInit(config: Config, logger: Logger): Promise<number> {
  const template = loadTemplate();
  if (!config.GOOGLE_SPREADSHEET_ID) {
    const backend = openLocalSheet(localSheetPath(config));
    try {
      const report = await backend.ensureTabs(template);
      print(`Bảng tính cục bộ ${localSheetPath(config)}:`, report, []);
      return 0;
    } finally {
      await backend.close();
    }
  }

  const { openGoogleSheetFromConfig, accessProblem } = await import('./google/from-config.js');
  let backend;
  try {
    backend = openGoogleSheetFromConfig(config);
  } catch (error) {
    process.stderr.write(`${oneLine(error)}\n`);
    return 1;
  }
  try {
    const report = await backend.ensureTabs(template);
    logger.debug({ report }, 'sheet init');
    print(`Bảng tính Google ${config.GOOGLE_SPREADSHEET_ID}:`, report, report.presentation);
    return 0;
  } catch (error) {
    process.stderr.write(
      `${accessProblem(error, backend.clients) ?? `Không thiết lập được bảng tính: ${oneLine(error)}`}\n`,
    );
    return 1;
  } finally {
    await backend.close();
  }
}

function print(title: string, report: EnsureTabsReport, presentation: readonly string[]): void {
  const lines = [title];
  for (const tab of report.createdTabs) lines.push(`- Đã tạo trang «${tab}» với dòng tiêu đề.`);
  for (const [tab, headers] of Object.entries(report.addedColumns)) {
    lines.push(`- Trang «${tab}»: đã thêm ${headers.length} cột ở cuối dòng tiêu đề: ${headers.join(', ')}.`);
  }
  for (const line of presentation) lines.push(`- ${line}`);
  if (lines.length === 1) lines.push('- Đã đủ các trang và cột theo mẫu, không phải thêm gì.');
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Google's failures as their Vietnamese description; our own messages (already Vietnamese) as they are. */
function oneLine(error: unknown): string {
  if (error instanceof SheetCallError) return error.description;
  return (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
}
