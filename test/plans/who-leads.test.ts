import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import type { ExtractedTask } from '../../src/plans/types.js';

// Who leads each row, told the many ways offices tell it (writer 51's development set).

const PLANS = join(import.meta.dirname, '..', 'fixtures', 'plans', 'new-writers-48');
const FORMATS = ['md', 'docx', 'pdf'] as const;
const task = (tasks: readonly ExtractedTask[], opening: string): ExtractedTask => {
  const found = tasks.find((t) => t.content.startsWith(opening));
  if (!found) throw new Error(`no task opens with «${opening}»`);
  return found;
};

describe('a lead-in that names who leads the items under it («leads-the-items»)', () => {
  it('gives each bullet to the body that «chủ trì», with the partners the lead-in names', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(join(PLANS, `cantho-58-2026-thu-ngan-sach-ho-kinh-doanh-xa-phong-dien.${format}`));
      const radio = task(tasks, 'Phát thanh trên hệ thống loa truyền thanh các ấp');
      expect(radio.lead).toEqual(['Phòng Văn hóa - Xã hội']);
      expect(radio.coordinating).toEqual(['Thuế cơ sở 3 thành phố Cần Thơ']);
      expect(task(tasks, 'Tổ chức 02 hội nghị đối thoại').deadline).toBe('2026-06-30');
    }
  });

  it('reads «Công an phường (cơ quan thường trực …) chủ trì thực hiện các nội dung sau:» the same way', async () => {
    const { tasks } = await readPlanFile(join(PLANS, 'haiphong-512-2026-phong-chay-nha-o-kinh-doanh-phuong-le-chan.md'));
    expect(task(tasks, 'Tổng kiểm tra an toàn phòng cháy, chữa cháy').lead).toEqual(['Công an phường']);
    expect(task(tasks, 'Tổ chức thực tập phương án chữa cháy').deadline).toBe('2026-12-31');
  });
});

describe('a task table whose group rows say who leads («group-row-lead»)', () => {
  it('gives «C | CÁC NHIỆM VỤ DO VĂN PHÒNG SỞ CHỦ TRÌ» to its rows, the row’s bodies joining', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(join(PLANS, `vinhlong-412-2026-thuc-hanh-tiet-kiem-so-tai-chinh.${format}`));
      const rules = task(tasks, 'Xây dựng, ban hành Quy chế chi tiêu nội bộ năm 2026');
      expect(rules.lead).toEqual(['Văn phòng Sở']);
      expect(rules.coordinating).toContain('Công đoàn cơ sở Sở Tài chính');
      // A row of another group keeps the lead its cell marks.
      expect(task(tasks, 'Thẩm tra quyết toán dự án hoàn thành').lead).toEqual(['Phòng Tài chính đầu tư']);
    }
  });

  it('hands the work on from a Giám đốc who only oversees to the deputy named with her post', async () => {
    const { tasks } = await readPlanFile(join(PLANS, 'vinhlong-412-2026-thuc-hanh-tiet-kiem-so-tai-chinh.md'));
    // «Giám đốc Sở chỉ đạo chung …. Giao Phó Giám đốc Sở Nguyễn Thị Hồng Nhung trực tiếp chỉ đạo …».
    const deputy = task(tasks, 'Trực tiếp chỉ đạo, theo dõi, đôn đốc các phòng, đơn vị');
    expect(deputy.lead).toEqual(['Nguyễn Thị Hồng Nhung - Phó Giám đốc Sở']);
    expect(tasks.some((t) => t.lead.includes('Giám đốc Sở'))).toBe(false);
  });
});

describe('a conclusion that names partners first and marks the lead', () => {
  it('leads with the body marked «(cơ quan chủ trì)» and keeps the partners in the row («marked-lead»)', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(join(PLANS, `lamdong-286-2026-ket-luan-sat-lo-tuyen-deo.${format}`));
      const fund = task(tasks, 'Sở Tài chính, Sở Nông nghiệp và Môi trường phối hợp với Sở Xây dựng (cơ quan chủ trì)');
      expect(fund.lead).toEqual(['Sở Xây dựng']);
      expect(fund.coordinating).toEqual(['Sở Tài chính', 'Sở Nông nghiệp và Môi trường']);
      expect(fund.deadline).toBe('2026-07-10');
    }
  });

  it('leaves out the account, an official’s answerability and the pointer back to assigned work', async () => {
    const { tasks } = await readPlanFile(join(PLANS, 'lamdong-286-2026-ket-luan-sat-lo-tuyen-deo.md'));
    const contents = tasks.map((t) => t.content);
    // «… ghi nhận Sở Xây dựng đã chủ trì rà soát …», «Ban QLDA … đã hoàn thành … trước ngày 31/5/2026» (before
    // the plan's date), «… trực tiếp chỉ đạo và chịu trách nhiệm trước UBND tỉnh về …», «chủ động triển
    // khai nhiệm vụ được giao».
    expect(contents.some((c) => /ghi nhận|đã hoàn thành xử lý|chịu trách nhiệm trước|^Chủ động triển khai/u.test(c))).toBe(
      false,
    );
    expect(task(tasks, 'Vận hành hệ thống quan trắc').lead).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(tasks.find((t) => /Khu Quản lý đường bộ IV/u.test(t.lead.join()))?.kind).toBe('request');
  });
});
