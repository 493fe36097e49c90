import { exitCodeOf, formatCheck } from '#src/ops/doctor/check.js';
import { runDoctor } from '#src/ops/doctor/run.js';

/** `dondoc doctor`: the checklist on standard output; exit 0 only when no check failed. */
export async function runDoctorCommand(env: Record<string, string | undefined>): Promise<number> {
  process.stdout.write('Kiểm tra cài đặt Đôn Đốc:\n');
  const checks = await runDoctor(env);
  for (const check of checks) process.stdout.write(`${formatCheck(check)}\n`);
  const failed = checks.filter((check) => check.status === 'fail').length;
  const warned = checks.filter((check) => check.status === 'warn').length;
  process.stdout.write(
    failed > 0
      ? `Có ${failed} mục lỗi${warned > 0 ? ` và ${warned} mục cần chú ý` : ''}: sửa theo hướng dẫn ở từng dòng rồi chạy lại «npx dondoc doctor».\n`
      : warned > 0
        ? `Bot chạy được; ${warned} mục cần chú ý ở trên.\n`
        : 'Mọi thứ đều ổn.\n',
  );
  return exitCodeOf(checks);
}
