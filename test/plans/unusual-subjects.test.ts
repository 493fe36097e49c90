import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import type { ExtractedTask } from '../../src/plans/types.js';
import { writeTemp } from './helpers.js';

// The thirteenth session's rules from writer 45's development set: plans on subjects nobody had
// written (a heritage inventory, a foot-and-mouth outbreak, a temple festival), copied as text.

const PLANS = join(import.meta.dirname, '..', 'fixtures', 'plans', 'new-writers-42');
const FORMATS = ['md', 'docx', 'pdf'] as const;
const task = (tasks: readonly ExtractedTask[], opening: string): ExtractedTask => {
  const found = tasks.find((t) => t.content.startsWith(opening));
  if (!found) throw new Error(`no task opens with «${opening}»`);
  return found;
};

describe('a Sở’s heritage inventory: its budget under «V. KINH PHÍ» and the museum’s duties', () => {
  it('leaves out the «Nội dung chi | Đơn vị thực hiện | Kinh phí» table and reads the section after it', async () => {
    for (const format of FORMATS) {
      const plan = await readPlanFile(join(PLANS, `tuyenquang-1126-2026-kiem-ke-di-san-van-hoa-phi-vat-the.${format}`));
      expect(plan.tasks.some((t) => t.content.startsWith('Xây dựng bộ phiếu, sổ tay hướng dẫn'))).toBe(false);
      expect(plan.problems.some((p) => p.includes('bảng dự toán kinh phí'))).toBe(true);
      // «2. Bảo tàng tỉnh» heads its duties as a Phòng would.
      expect(task(plan.tasks, 'Thành lập 04 nhóm kiểm kê').lead).toEqual(['Bảo tàng tỉnh']);
      // «Bảo tàng tỉnh (04 nhóm kiểm kê)» says how many go: the body is the museum.
      expect(task(plan.tasks, 'Tổ chức kiểm kê, lập phiếu di sản').lead).toEqual(['Bảo tàng tỉnh']);
    }
  });

  it('still reads a cost column beside real tasks that say when (rule «budget-table» keeps off)', async () => {
    const text = [
      'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      'Số: 12/KH-SVHTTDL',
      'KẾ HOẠCH',
      'Kiểm kê di sản',
      '| STT | Nội dung | Đơn vị chủ trì | Thời gian | Kinh phí (triệu đồng) |',
      '|---|---|---|---|---|',
      '| 1 | Tập huấn nghiệp vụ kiểm kê | Phòng Quản lý Di sản văn hóa | Tháng 6/2026 | 160 |',
      '| 2 | Số hóa tư liệu kiểm kê | Bảo tàng tỉnh | Quý IV/2026 | 195 |',
    ].join('\n\n');
    const plan = await readPlanFile(writeTemp('kiem-ke.md', text));
    expect(plan.tasks.map((t) => t.lead[0])).toEqual(['Phòng Quản lý Di sản văn hóa', 'Bảo tàng tỉnh']);
  });
});

describe('a commune’s outbreak plan copied out of a PDF viewer («space-table-wrap»)', () => {
  it('reads a spaced table whose cells go on in the next line as rows, not as words after a request', async () => {
    const plan = await readPlanFile(join(PLANS, 'langson-214-2026-khong-che-dich-lo-mom-long-mong-xa-dinh-lap.md'));
    expect(plan.tasks.some((t) => /^Bảng 2|thú y viên 01 đồng chí|Đầu cầu Khe Khoang/u.test(t.content))).toBe(false);
    // The Symbol-font bullets a PDF viewer copies as «\uF0B7» are bullets: no content opens with a space.
    expect(task(plan.tasks, 'Chủ trì, phối hợp với Ban Chỉ huy Quân sự xã duy trì 02 chốt').lead).toEqual([
      'Công an xã',
    ]);
  });
});

describe('a temple festival plan: its setting and its key of short names', () => {
  it('gives no row to last year’s figures or the province’s own orders quoted in the setting («told-sentences»)', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(
        join(PLANS, `phutho-42-2026-phuc-vu-gio-to-hung-vuong-ban-quan-ly-den-hung.${format}`),
      );
      expect(
        tasks.some((t) =>
          /đã bố trí 1\.150 lượt|bảo đảm an ninh, trật tự, an toàn giao thông trong suốt/u.test(t.content),
        ),
      ).toBe(false);
    }
  });

  it('spells out «Phòng HC-TH» in the PDF too, where the key breaks it after its hyphen', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS, 'phutho-42-2026-phuc-vu-gio-to-hung-vuong-ban-quan-ly-den-hung.pdf'),
    );
    const leads = tasks.flatMap((t) => t.lead);
    expect(leads).toContain('Phòng Hành chính - Tổng hợp');
    expect(leads).not.toContain('Phòng HC-TH');
  });
});

describe('a city’s holiday traffic plan and a festival’s first-aid posts', () => {
  it('asks the port authorities by name («Cảng vụ …» opens a body)', async () => {
    const { tasks } = await readPlanFile(join(PLANS, 'haiphong-96-2026-trat-tu-an-toan-giao-thong-nghi-le-30-4.md'));
    const ports = task(tasks, 'Kiểm soát chặt chẽ việc cấp phép rời cảng');
    expect(ports.kind).toBe('request');
    expect(ports.lead).toEqual(['Cảng vụ Hàng hải Hải Phòng', 'Cảng vụ Đường thủy nội địa khu vực I']);
  });

  it('reads «trong các ngày từ 24/4 đến 26/4/2026» as due on the last day', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS, 'phutho-42-2026-phuc-vu-gio-to-hung-vuong-ban-quan-ly-den-hung.md'),
    );
    expect(task(tasks, 'Bố trí 02 điểm sơ cấp cứu').deadline).toBe('2026-04-26');
  });
});

describe('a national park’s fire plan and a statistics office’s survey (writer 31, development)', () => {
  const dir = join(PLANS, '..', 'new-writers-28');

  it('spells out a topic’s short form inside a body’s name and heads a part by «Trưởng các Trạm …:»', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(
        join(dir, `daklak-412-2026-phuong-an-pcccr-vuon-quoc-gia-chu-yang-sin.${format}`),
      );
      const leads = tasks.flatMap((t) => t.lead);
      // «… phòng cháy, chữa cháy rừng (PCCCR) …» («topic-abbreviation»).
      expect(leads).toContain('Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng');
      expect(task(tasks, 'Phân công kiểm lâm viên phụ trách từng tiểu khu').lead).toEqual(['Các Trạm Kiểm lâm']);
    }
  });

  it('names the body before its role («Phòng Thống kê Xã hội là đơn vị đầu mối, có trách nhiệm …»)', async () => {
    const { tasks } = await readPlanFile(join(dir, 'langson-86-2026-dieu-tra-bien-dong-dan-so-thong-ke-tinh.md'));
    expect(tasks.flatMap((t) => t.lead).some((l) => l.includes('là đơn vị đầu mối'))).toBe(false);
  });
});
