import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { runCli } from '../support/cli.js';
import { useTempDirs } from '../support/temp.js';
import { writeTemp } from './helpers.js';

const tempDir = useTempDirs();

// The expected output of a task (Sản phẩm / Kết quả dự kiến) goes to its own column.

const HEAD = `ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH

Số: 77/KH-UBND

Hà Tĩnh, ngày 03 tháng 12 năm 2025

KẾ HOẠCH

Chuyển đổi số năm 2026

`;

describe('the Sản phẩm of a task', () => {
  it('is read from a table column named «Sản phẩm dự kiến»', async () => {
    const text = `${HEAD}PHỤ LỤC

| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm dự kiến |
|---|---|---|---|---|---|
| 1 | Xây dựng kho dữ liệu dùng chung của tỉnh | Sở Khoa học và Công nghệ | Các sở, ban, ngành | Quý II/2026 | Kho dữ liệu được vận hành |
| 2 | Rà soát thủ tục hành chính trực tuyến | Văn phòng UBND tỉnh | Sở Nội vụ | Tháng 6/2026 | Báo cáo rà soát; Quyết định công bố |
| 3 | Tập huấn kỹ năng số cho cán bộ xã | Sở Nội vụ | UBND các xã, phường | Năm 2026 | |
`;
    const plan = await readPlanFile(writeTemp('san-pham.md', text));
    expect(plan.tasks.map((t) => [t.id, t.deadline, t.product])).toEqual([
      ['HT77-01', '2026-06-30', 'Kho dữ liệu được vận hành'],
      ['HT77-02', '2026-06-30', 'Báo cáo rà soát; Quyết định công bố'],
      ['HT77-03', '2026-12-31', ''],
    ]);
  });

  it('is read from an inline «Sản phẩm:» line, and a plan without one leaves it empty', async () => {
    const text = `${HEAD}II. NHIỆM VỤ

1. Xây dựng Cổng thông tin chuyển đổi số của tỉnh.
- Cơ quan chủ trì: Sở Khoa học và Công nghệ.
- Thời gian thực hiện: Quý III/2026.
- Sản phẩm: Cổng thông tin được đưa vào sử dụng.

2. Tổ chức ngày hội chuyển đổi số.
- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Khoa học và Công nghệ.
- Thời gian: Từ ngày 01/10/2026 đến ngày 10/10/2026.
`;
    const plan = await readPlanFile(writeTemp('inline-san-pham.txt', text));
    expect(plan.tasks.map((t) => [t.content, t.lead, t.coordinating, t.deadline, t.product])).toEqual([
      [
        'Xây dựng Cổng thông tin chuyển đổi số của tỉnh.',
        ['Sở Khoa học và Công nghệ'],
        [],
        '2026-09-30',
        'Cổng thông tin được đưa vào sử dụng',
      ],
      [
        'Tổ chức ngày hội chuyển đổi số.',
        ['Sở Văn hóa, Thể thao và Du lịch'],
        ['Sở Khoa học và Công nghệ'],
        '2026-10-10',
        '',
      ],
    ]);
  });

  it('is carried into the row the import writes', async () => {
    const text = `${HEAD}PHỤ LỤC

| STT | Nội dung | Chủ trì | Thời hạn | Sản phẩm |
|---|---|---|---|---|
| 1 | Số hóa hồ sơ lưu trữ | Sở Nội vụ | Năm 2026 | 10.000 hồ sơ số hóa |
`;
    const dataDir = tempDir();
    const json = await runCli(['import', writeTemp('ghi-san-pham.md', text), '--json'], { env: { DATA_DIR: dataDir } });
    expect((JSON.parse(json.stdout) as { tasks: Array<{ product: string }> }).tasks.map((t) => t.product)).toEqual([
      '10.000 hồ sơ số hóa',
    ]);
    const write = await runCli(['import', writeTemp('ghi-san-pham-2.md', text), '--yes'], {
      env: { DATA_DIR: dataDir },
    });
    expect(write.code).toBe(0);
    const sheet = openLocalSheet(join(dataDir, 'dondoc.sqlite'));
    try {
      const [tab] = await sheet.readTabs(['Nhiệm vụ']);
      const header = tab?.headers ?? [];
      const rows = tab?.rows ?? [];
      expect(header).toContain('Sản phẩm');
      expect(rows.map((r) => r[header.indexOf('Sản phẩm')])).toEqual(['10.000 hồ sơ số hóa']);
    } finally {
      await sheet.close();
    }
  });
});
