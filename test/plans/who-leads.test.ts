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
      const { tasks } = await readPlanFile(
        join(PLANS, `cantho-58-2026-thu-ngan-sach-ho-kinh-doanh-xa-phong-dien.${format}`),
      );
      const radio = task(tasks, 'Phát thanh trên hệ thống loa truyền thanh các ấp');
      expect(radio.lead).toEqual(['Phòng Văn hóa - Xã hội']);
      expect(radio.coordinating).toEqual(['Thuế cơ sở 3 thành phố Cần Thơ']);
      expect(task(tasks, 'Tổ chức 02 hội nghị đối thoại').deadline).toBe('2026-06-30');
    }
  });

  it('reads «Công an phường (cơ quan thường trực …) chủ trì thực hiện các nội dung sau:» the same way', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS, 'haiphong-512-2026-phong-chay-nha-o-kinh-doanh-phuong-le-chan.md'),
    );
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
  it('leads with the body marked «(cơ quan chủ trì)» and keeps the partners in the row («partners-first»)', async () => {
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
    expect(
      contents.some((c) => /ghi nhận|đã hoàn thành xử lý|chịu trách nhiệm trước|^Chủ động triển khai/u.test(c)),
    ).toBe(false);
    expect(task(tasks, 'Vận hành hệ thống quan trắc').lead).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(tasks.find((t) => /Khu Quản lý đường bộ IV/u.test(t.lead.join()))?.kind).toBe('request');
  });
});

describe('a road-safety Ban’s plan: a heading that names lead and partner, two report days', () => {
  it('reads «Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh» over its items as who, not work', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(
        join(PLANS, `caobang-38-2026-an-toan-giao-thong-hoc-sinh-ban-atgt.${format}`),
      );
      expect(tasks.some((t) => /^Chủ trì, phối hợp với Công an tỉnh\.?$/u.test(t.content))).toBe(false);
      // «… trước ngày 20/12/2026 và trước ngày 20/5/2027»: a report by each day («report-rounds»).
      const reports = tasks.filter(
        (t) => t.kind === 'report' && t.content.startsWith('Báo cáo kết quả thực hiện về Văn phòng'),
      );
      expect(reports.map((t) => [t.lead, t.deadline])).toEqual([
        [['Sở Giáo dục và Đào tạo'], '2026-12-20'],
        [['Sở Giáo dục và Đào tạo'], '2027-05-20'],
      ]);
    }
  });

  it('marks «… ; Văn phòng Ban An toàn giao thông tỉnh phối hợp» as the partner, and drops the forces in brackets', async () => {
    const { tasks } = await readPlanFile(join(PLANS, 'caobang-38-2026-an-toan-giao-thong-hoc-sinh-ban-atgt.md'));
    expect(tasks.flatMap((t) => t.lead)).not.toContain('Văn phòng Ban An toàn giao thông tỉnh phối hợp');
    expect(tasks.flatMap((t) => t.lead).some((l) => /\(lực lượng/u.test(l))).toBe(false);
  });
});

describe('a ward’s Công văn on fire safety', () => {
  it('gives a bullet to the one body of its heading it names, and drops the closing formula with its liability', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS, 'haiphong-512-2026-phong-chay-nha-o-kinh-doanh-phuong-le-chan.md'),
    );
    // «3. Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công phường:» / «- Phòng Văn hóa - Xã hội phát thanh …».
    expect(task(tasks, 'Phát thanh thông điệp phòng cháy').lead).toEqual(['Phòng Văn hóa - Xã hội']);
    // «Phòng KT, HT&ĐT» typed short, never defined: the ward office.
    expect(task(tasks, 'Phối hợp với Công an phường rà soát').lead).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị']);
    expect(tasks.some((t) => /nghiêm túc triển khai thực hiện/u.test(t.content))).toBe(false);
    // «… báo cáo Chủ tịch UBND phường kết quả thực hiện tại cuộc họp giao ban tháng 12/2026».
    expect(tasks.find((t) => t.kind === 'report' && /cuộc họp giao ban/u.test(t.content))?.deadline).toBe('2026-12-31');
  });
});

// Writer 56's development set: who leads, a second look.
const PLANS_2 = join(import.meta.dirname, '..', 'fixtures', 'plans', 'new-writers-53');

describe('a border guard command’s table copied from a PDF, laid out like the page', () => {
  it('places a cell pushed right by a long one in the column it stands in («pushed-right»)', async () => {
    const { tasks } = await readPlanFile(join(PLANS_2, 'laichau-286-2026-ngay-bien-phong-toan-dan-bdbp-tinh.md'));
    const guide = task(tasks, 'Xây dựng, ban hành hướng dẫn tuyên truyền kỷ niệm');
    expect([guide.lead, guide.coordinating, guide.deadline]).toEqual([
      ['Phòng Chính trị'],
      ['Phòng Tham mưu'],
      '2026-02-05',
    ]);
    // The header the next page repeats is no row.
    expect(tasks.some((t) => t.content === 'Nội dung hoạt động')).toBe(false);
  });
});

describe('a ward’s table in phases, its doers typed short', () => {
  it('dates the rows by the period in their phase’s title and reads «Phối hợp: …» cells beside «Giao X chủ trì …»', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS_2, 'tphcm-186-2026-an-toan-pccc-nha-o-kinh-doanh-phuong-cho-lon.md'),
    );
    // «Giai đoạn 1: Tuyên truyền, rà soát (từ ngày 10/6/2026 đến ngày 10/7/2026)» («titled-group-row»).
    const list = task(tasks, 'Rà soát, lập danh sách nhà ở kết hợp sản xuất');
    expect(list.deadline).toBe('2026-07-10');
    expect(list.lead).toEqual(['Công an phường', 'Ban điều hành các khu phố']);
    // «Phối hợp: BCH QS phường, …» and «Giao Công an phường chủ trì tổ chức …» («lead-in-work-cell»).
    expect(task(tasks, 'Giao Công an phường chủ trì tổ chức 02 buổi diễn tập').lead).toEqual(['Công an phường']);
    // «Phối hợp: …. Chủ trì: CA phường»: the partners end where the lead begins.
    expect(task(tasks, 'Kiểm tra, hướng dẫn 612 hộ kinh doanh').coordinating.join(' ')).not.toMatch(/Chủ trì/u);
    expect(tasks.some((t) => t.content === '')).toBe(false);
  });
});

describe('reports due twice a year', () => {
  it('reads «trước ngày 10/6 và trước ngày 10/12 hằng năm» as two yearly reports', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS_2, 'dongthap-1286-2026-dua-nguoi-lao-dong-di-lam-viec-o-nuoc-ngoai.md'),
    );
    const reports = tasks.filter(
      (t) => t.kind === 'report' && /trước ngày 10\/6 và trước ngày 10\/12 hằng năm/u.test(t.content),
    );
    expect(reports.map((t) => t.deadline)).toEqual(['2026-06-10', '2026-12-10']);
  });
});

describe('a city’s conclusion on its floating market', () => {
  it('reads a named director with a comma in the Sở’s name, a chair who «chỉ đạo:» the items, and a decision that hands work on', async () => {
    const { tasks } = await readPlanFile(join(PLANS_2, 'cantho-512-2026-ket-luan-cho-noi-cai-rang.md'));
    // «Đồng chí Giám đốc Sở Văn hóa, Thể thao và Du lịch Phạm Thị Ngọc Lan trực tiếp chỉ đạo …».
    expect(task(tasks, 'Trực tiếp chỉ đạo xây dựng Đề án').lead).toEqual([
      'Phạm Thị Ngọc Lan - Giám đốc Sở Văn hóa, Thể thao và Du lịch',
    ]);
    // «2.4. Chủ tịch UBND các phường Cái Răng, Hưng Phú, Ninh Kiều chỉ đạo:» over two bullets («directs-the-items»).
    const litter = task(tasks, 'Ra quân thu gom rác thải trên sông Cần Thơ');
    expect(litter.lead.join()).toMatch(/phường Cái Răng/u);
    // «3.1. Về đề xuất …: Thống nhất chủ trương. Giao Sở Tài chính tham mưu …» («decision-then-order»).
    expect(task(tasks, 'Tham mưu bố trí kinh phí từ nguồn dự phòng').lead).toEqual(['Sở Tài chính']);
  });

  it('gives each day of one cycle its report («one-cycle-its-days»)', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS_2, 'dienbien-146-2026-giam-thieu-tao-hon-hon-nhan-can-huyet-thong.md'),
    );
    const halfYear = tasks.filter(
      (t) => t.kind === 'report' && /trước ngày 10\/6\/2026 và trước ngày 10\/11\/2026/u.test(t.content),
    );
    expect(halfYear.map((t) => t.deadline)).toEqual(['2026-06-10', '2026-11-10']);
  });
});
