import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import type { ExtractedTask } from '../../src/plans/types.js';

// The twelfth session's rules for plans whose work is written as blocks of prose («Hoạt động 1:»,
// «- Đơn vị thực hiện: …», «- Công an xã:» over «+» items), read from writer 39's development
// documents in each of the three formats a coordinator receives.

const PLANS = join(import.meta.dirname, '..', 'fixtures', 'plans', 'new-writers-36');
const plan = (file: string) => readPlanFile(join(PLANS, file));
const task = (tasks: readonly ExtractedTask[], opening: string): ExtractedTask => {
  const found = tasks.find((t) => t.content.startsWith(opening));
  if (!found) throw new Error(`no task opens with «${opening}»`);
  return found;
};

describe('a web page whose blocks are one paragraph broken by <br> («br-is-a-line»)', () => {
  it('reads each «Nội dung N.» block with its lead and partner, as its Word file does', async () => {
    for (const format of ['md', 'docx']) {
      const { tasks } = await plan(`bacninh-215-2026-moi-truong-dau-tu-ban-quan-ly-kcn.${format}`);
      const update = task(tasks, 'Rà soát, cập nhật đầy đủ thông tin dự án đầu tư');
      expect(update.lead).toEqual(['Phòng Quản lý đầu tư']);
      expect(update.coordinating).toEqual(['Văn phòng Ban']);
      expect(update.deadline).toBe('2026-04-30');
    }
  });

  it('asks the trade union («Công đoàn …») and reports each quarter, half year and year', async () => {
    const { tasks } = await plan('bacninh-215-2026-moi-truong-dau-tu-ban-quan-ly-kcn.md');
    const union = task(tasks, 'Tuyên truyền, vận động người lao động');
    expect(union.kind).toBe('request');
    expect(union.lead).toEqual(['Công đoàn các Khu công nghiệp tỉnh']);
    const reports = tasks.filter((t) => t.kind === 'report').map((t) => t.content.split(':')[0]);
    expect(reports).toEqual(expect.arrayContaining(['Báo cáo quý', 'Báo cáo 6 tháng', 'Báo cáo năm']));
  });
});

describe('activities numbered in words, copied out of a PDF viewer («worded-number»)', () => {
  it('starts a block at each «Hoạt động N:» and keeps its title as the content', async () => {
    const { tasks } = await plan('caobang-58-2026-xuc-tien-thuong-mai.md');
    const fairs = task(tasks, 'Tổ chức đoàn doanh nghiệp của tỉnh tham gia hội chợ');
    expect(fairs.lead).toEqual(['Trung tâm Khuyến công và Xúc tiến thương mại']);
    expect(task(tasks, 'Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP').lead).toEqual(['Sở Công Thương']);
    expect(tasks.some((t) => t.content.startsWith('……'))).toBe(false);
  });
});

describe('bodies as «- Body:» bullets over «+» duties («dash-heading»)', () => {
  it('gives each «+» duty to the body above it, and the «Đề nghị» one as a request', async () => {
    const { tasks } = await plan('quangninh-74-2026-thang-hanh-dong-vi-tre-em-xa-tien-yen.docx');
    expect(task(tasks, 'Mở cửa miễn phí sân bóng').lead).toEqual(['Trung tâm Dịch vụ tổng hợp xã']);
    expect(task(tasks, 'Tăng cường kiểm tra các điểm kinh doanh dịch vụ trò chơi').lead).toEqual(['Công an xã']);
    const youth = task(tasks, 'Chỉ đạo Đoàn Thanh niên xã phân công đoàn viên');
    expect(youth.kind).toBe('request');
    expect(youth.lead).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam xã']);
    expect(tasks.some((t) => t.content.startsWith('Triển khai thực hiện Kế hoạch này'))).toBe(false);
  });
});

describe('an event block whose fields come before «Đơn vị chủ trì:» («fields-before-lead»)', () => {
  it('reads the event’s title, time and lead once, and no guest list as work', async () => {
    const { tasks } = await plan('quangninh-38-2026-ky-niem-65-nam-bac-ho-ve-tham-dac-khu-co-to.docx');
    const offering = tasks.filter((t) => t.content.startsWith('Lễ dâng hương, dâng hoa'));
    expect(offering).toHaveLength(1);
    expect(offering[0]!.lead).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu']);
    expect(offering[0]!.deadline).toBe('2026-05-09');
    const photos = task(tasks, 'Trưng bày ảnh tư liệu');
    expect(photos.deadline).toBe('2026-05-10');
    expect(photos.lead).toEqual(['Trung tâm Truyền thông và Văn hóa đặc khu']);
    expect(tasks.some((t) => /^(?:Thành phần|Đại biểu)/u.test(t.content))).toBe(false);
  });
});

describe('a commune’s offices typed short and never defined («office-shorthand»)', () => {
  it('spells out «P.KTHT&ĐT», «CA đặc khu» and «TYT» as the bodies they are', async () => {
    const dir = join(PLANS, '..', 'new-writers-41');
    const island = await readPlanFile(join(dir, 'quangninh-52-2026-phong-chong-thien-tai-dac-khu-van-don.md'));
    expect(task(island.tasks, 'Chủ trì, phối hợp Ban CHQS đặc khu kiểm tra các hồ chứa').lead).toEqual([
      'Phòng Kinh tế, Hạ tầng và Đô thị',
    ]);
    expect(task(island.tasks, 'Bảo đảm an ninh trật tự tại các khu vực sơ tán').lead).toEqual(['Công an đặc khu']);
    const commune = await readPlanFile(join(dir, 'phutho-38-2026-phong-chong-dich-benh-mua-mua-xa-thanh-son.docx'));
    // «Trạm Y tế xã» is how the plan's «Nơi nhận» names it (rule «shorthand-completed»).
    expect(task(commune.tasks, 'Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh').lead).toEqual(['Trạm Y tế xã']);
  });
});
