import { existsSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();

describe('npx dondoc report', () => {
  it('refuses a period it cannot read with one Vietnamese line and exit code 2', async () => {
    const dir = tempDir();
    const result = await runCli(['report', '--period', '2026-13'], { env: { DATA_DIR: dir } });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Kỳ báo cáo «2026-13» không hợp lệ: kỳ báo cáo phải có dạng 2026-11 (tháng), 2026-Q4 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng) hoặc 2026 (năm).',
    ]);
    const format = await runCli(['report', '--period', '2026-11', '--format', 'pdf'], { env: { DATA_DIR: dir } });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format docx (Word) hoặc --format xlsx (Excel)');
  });

  it('writes the Word file of a quarter where --out says, with the issuer of REPORT_ISSUER', async () => {
    const dir = tempDir();
    const out = join(dir, 'q4.docx');
    const result = await runCli(['report', '--period', '2026-Q4', '--out', out], {
      env: { DATA_DIR: dir, REPORT_ISSUER: 'UBND TỈNH CAO BẰNG|VĂN PHÒNG UBND TỈNH' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Đã ghi ${out}: báo cáo quý IV năm 2026 (từ ngày 15/09/2026 đến ngày 14/12/2026)`);
    expect(existsSync(out)).toBe(true);
    const text = (await mammoth.extractRawText({ path: out })).value;
    expect(text).toContain('VĂN PHÒNG UBND TỈNH');
    expect(text).toContain('/BC-VPUT');
    expect(text).toContain('Cao Bằng, ngày');
  });
});
