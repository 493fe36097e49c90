import type { Logger } from 'pino';
import type { Config } from '#src/config.js';
import { createApp } from '#src/app.js';
import { formatPreview } from '#src/plans/preview.js';
import { planImport, writeImport, type ImportAttempt } from '#src/plans/import-to-store.js';

export interface ImportFlags {
  yes: boolean;
  json: boolean;
}

/**
 * `dondoc import <files...> [--yes] [--json]`: a preview of each plan, written to the
 * configured sheet with --yes. Exit code 0 when every file was read (and, with --yes,
 * written or already present), 1 when a file could not be used, 2 on bad usage.
 */
export async function runImportCommand(
  config: Config,
  logger: Logger,
  files: string[],
  flags: ImportFlags,
): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('Cần ít nhất một tệp kế hoạch. Ví dụ: npx dondoc import KH-123.docx --yes\n');
    return 2;
  }
  const app = await createApp(config, logger);
  try {
    const attempts: ImportAttempt[] = [];
    for (const file of files) attempts.push(await planImport(app.store, app.agencies(), file));

    if (flags.json) {
      const out = attempts.map((a) =>
        a.ok
          ? {
              file: a.planned.file,
              plan: a.planned.extracted.plan,
              tasks: a.planned.diff.tasks,
              problems: a.planned.extracted.problems,
            }
          : { file: a.file, error: a.error },
      );
      process.stdout.write(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
    }

    let failed = 0;
    for (const attempt of attempts) {
      if (!attempt.ok) {
        failed += 1;
        if (!flags.json) process.stderr.write(`${attempt.file}: ${attempt.error}\n`);
        continue;
      }
      const { planned } = attempt;
      if (planned.extracted.tasks.length === 0) failed += 1;
      if (!flags.json) process.stdout.write(`${formatPreview(planned.extracted, planned.diff)}\n\n`);
      if (!flags.yes || planned.extracted.tasks.length === 0) continue;
      const added = await writeImport(app.store, planned);
      const message =
        added > 0
          ? `Đã ghi ${added} dòng mới của kế hoạch ${planned.extracted.plan.key} vào bảng tính.`
          : `Kế hoạch ${planned.extracted.plan.key} đã có trong bảng tính, không ghi thêm dòng nào.`;
      (flags.json ? process.stderr : process.stdout).write(`${message}\n`);
    }
    if (!flags.yes && !flags.json && attempts.some((a) => a.ok)) {
      process.stdout.write('Đây là bản xem trước. Chạy lại với --yes để ghi vào bảng tính.\n');
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await app.close();
  }
}
