import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import type { ExtractedTask } from '../../src/plans/types.js';

// The thirteenth session's rules from writer 49's development set: an ordinary month of one
// province's plans (a conclusion on social housing, a ward's decision with its task table).

const PLANS = join(import.meta.dirname, '..', 'fixtures', 'plans', 'new-writers-46');
const FORMATS = ['md', 'docx', 'pdf'] as const;
const task = (tasks: readonly ExtractedTask[], opening: string): ExtractedTask => {
  const found = tasks.find((t) => t.content.startsWith(opening));
  if (!found) throw new Error(`no task opens with «${opening}»`);
  return found;
};

describe('a conclusion whose next tasks stand under each body («next-tasks-by-body»)', () => {
  it('reads «2. Nhiệm vụ trong thời gian tới» over «2.1. Sở Xây dựng» and its a), b), c), in every format', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(join(PLANS, `thainguyen-274-2026-ket-luan-nha-o-xa-hoi-vp-ubnd.${format}`));
      const invite = task(tasks, 'Chủ trì, phối hợp với Sở Tài chính, Ủy ban nhân dân phường Quyết Thắng');
      expect(invite.lead).toEqual(['Sở Xây dựng']);
      expect(invite.deadline).toBe('2026-05-15');
      expect(task(tasks, 'Hướng dẫn các chủ đầu tư công khai thông tin dự án').lead).toEqual(['Sở Xây dựng']);
    }
  });

  it('takes the last body of a list a bracket shortens («…; Thuế tỉnh; Ngân hàng … (sau đây viết tắt là NHCSXH tỉnh)»)', async () => {
    const { tasks } = await readPlanFile(join(PLANS, 'thainguyen-274-2026-ket-luan-nha-o-xa-hoi-vp-ubnd.md'));
    const bank = task(tasks, 'Phối hợp với Sở Xây dựng hướng dẫn người dân, công nhân');
    expect(bank.kind).toBe('request');
    expect(bank.lead).toEqual(['Ngân hàng Chính sách xã hội Chi nhánh tỉnh Thái Nguyên']);
  });
});

describe('a ward’s task table with its own short names', () => {
  it('spells out «Phòng KT,HT&ĐT» and «Văn phòng» as the sentence before the table says', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(
        join(PLANS, `thainguyen-318-2026-tuyen-pho-van-minh-phuong-phan-dinh-phung.${format}`),
      );
      const leads = tasks.flatMap((t) => [...t.lead, ...t.coordinating]);
      expect(leads).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
      expect(leads).toContain('Văn phòng HĐND và UBND phường');
      expect(leads).not.toContain('Phòng KT,HT&ĐT');
    }
  });

  it('keeps a duty over its rounds as one row («duty-then-details») and no pointer back to the table', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS, 'thainguyen-318-2026-tuyen-pho-van-minh-phuong-phan-dinh-phung.md'),
    );
    expect(task(tasks, 'Ra quân lập lại trật tự vỉa hè, lòng đường').lead).toEqual(['Công an phường']);
    expect(tasks.some((t) => /^(?:Đợt 1|Đợt 2|Phát trên hệ thống loa)/u.test(t.content))).toBe(false);
    // «… căn cứ nhiệm vụ được phân công tại Mục III chủ động triển khai thực hiện» («pointer-to-assigned»),
    // and the page's «* * *» after the signature.
    expect(tasks.some((t) => /căn cứ nhiệm vụ được phân công|^\*/u.test(t.content))).toBe(false);
  });
});

describe('a commune’s crop plan copied as text («plus-under-dash»)', () => {
  it('gives the «+» items under «- Phòng Kinh tế chủ trì …» to that office, in every format', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(join(PLANS, `thainguyen-59-2026-san-xuat-vu-mua-xa-phu-binh.${format}`));
      const weekly = tasks.find((t) => t.content.includes('Báo cáo tình hình sâu bệnh và tiến độ gieo cấy'));
      expect(weekly?.kind).toBe('report');
      expect(weekly?.lead).toEqual(['Phòng Kinh tế']);
    }
  });
});

// The fourteenth session's rules, from the same set's misses.

describe('a Sở’s enrolment plan with a key in words under its table', () => {
  it('spells out «Phòng QLCL» from «Ghi chú: Phòng QLCL là Phòng Quản lý chất lượng - Giáo dục thường xuyên»', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(join(PLANS, `thainguyen-1126-2026-tuyen-sinh-lop-10-sgddt.${format}`));
      const board = task(tasks, 'Tham mưu Giám đốc Sở ban hành quyết định thành lập Hội đồng coi thi');
      // «Giáo dục thường xuyên» is a name, not «regularly» (rule «continuing-education»).
      expect(board.lead).toEqual(['Phòng Quản lý chất lượng - Giáo dục thường xuyên']);
    }
  });

  it('gives the report a duty asks through the leader its own row («advise-to-report»)', async () => {
    const { tasks } = await readPlanFile(join(PLANS, 'thainguyen-1126-2026-tuyen-sinh-lop-10-sgddt.md'));
    const report = tasks.find((t) => t.kind === 'report' && t.content.startsWith('Tổng hợp kết quả tuyển sinh'));
    expect(report?.lead).toEqual(['Phòng Giáo dục phổ thông']);
    expect(report?.deadline).toBe('2026-08-10');
    // «… trong các ngày 03 - 04/6/2026»: the last day.
    expect(task(tasks, 'Chỉ đạo Trạm Y tế xã, phường bố trí cán bộ y tế trực').deadline).toBe('2026-06-04');
  });
});

describe('a CDC inspection plan written as blocks', () => {
  it('reads a block whose time names two reports as those two report rows («cycles-in-time-field»)', async () => {
    for (const format of FORMATS) {
      const { tasks } = await readPlanFile(
        join(PLANS, `thainguyen-215-2026-giam-sat-chat-luong-nuoc-sach-cdc.${format}`),
      );
      const reports = tasks.filter((t) => t.content.includes('Tổng hợp, báo cáo kết quả kiểm tra, giám sát'));
      expect(reports.map((t) => [t.kind, t.deadline])).toEqual([
        ['report', '2026-06-20'],
        ['report', '2026-12-10'],
      ]);
    }
  });

  it('reads «gửi kết quả nội kiểm về Trung tâm trước ngày 05 của tháng đầu quý sau» as a quarterly report', async () => {
    const { tasks } = await readPlanFile(join(PLANS, 'thainguyen-215-2026-giam-sat-chat-luong-nuoc-sach-cdc.md'));
    const report = tasks.find((t) => t.kind === 'report' && /nội kiểm/u.test(t.content));
    expect(report?.lead).toEqual(['Các đơn vị cấp nước']);
    expect(report?.recurrence).toMatch(/quý/u);
  });
});

describe('a conclusion that first accounts for the last one', () => {
  it('drops what was done, what was decided and the cited deadline, and splits the report paragraph by body', async () => {
    const { tasks } = await readPlanFile(join(PLANS, 'thainguyen-274-2026-ket-luan-nha-o-xa-hoi-vp-ubnd.md'));
    // «Các nhiệm vụ giao tại Thông báo số 96 …: Sở … đã hoàn thành …», «Thống nhất chủ trương cho phép …».
    expect(tasks.some((t) => /đã hoàn thành|đã ban hành|^Thống nhất chủ trương/u.test(t.content))).toBe(false);
    // «Các sở, ngành, UBND các phường và chủ đầu tư … báo cáo …; Sở Xây dựng tổng hợp, báo cáo …».
    const monthly = tasks.filter((t) => t.kind === 'report' && t.recurrence !== '' && t.source.startsWith('Mục 3'));
    expect(monthly.map((t) => t.lead)).toEqual([
      ['Các sở, ngành', 'Ủy ban nhân dân các phường', 'Chủ đầu tư'],
      ['Sở Xây dựng'],
    ]);
    // «… báo cáo Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 6/2026» (rule «at-the-meeting»).
    const meeting = tasks.find((t) => t.kind === 'report' && /phiên họp thường kỳ/u.test(t.content));
    expect(meeting?.deadline).toBe('2026-06-30');
    // A joint venture is a body («Liên danh Công ty … - Công ty …»).
    expect(task(tasks, 'Hoàn thiện hồ sơ phương án giá bán').lead[0]).toMatch(/^Liên danh Công ty/u);
  });
});
