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
