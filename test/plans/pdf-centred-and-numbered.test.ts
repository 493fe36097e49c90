import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { CellSpacing } from '../../src/plans/pdf-table-head.js';
import type { ExtractedTask } from '../../src/plans/types.js';

// The twelfth session's rules: PDFs whose table cells are all centred in their height, and Word's
// automatic numbering drawn as a number, a tab and the text. Each on a real PDF printed by
// LibreOffice from a Word file (review probes and blind writers' development documents).

const PLANS = join(import.meta.dirname, '..', 'fixtures', 'plans');
const plan = (folder: string, file: string) => readPlanFile(join(PLANS, folder, file));
const task = (tasks: readonly ExtractedTask[], opening: string): ExtractedTask => {
  const found = tasks.find((t) => t.content.startsWith(opening));
  if (!found) throw new Error(`no task opens with «${opening}»`);
  return found;
};

describe('a table whose every cell is centred («centred-rows»)', () => {
  it('reads each row whole although its number stands beside its second line', async () => {
    const { tasks } = await plan('review-12', 'd2-tat-ca-can-giua.pdf');
    expect(tasks.map((t) => t.content)).toEqual([
      'Ra quân tổng vệ sinh các tuyến đường chính',
      'Thu gom rác thải tại các khu dân cư, khơi thông cống rãnh thoát nước',
      'Kiểm tra, xử lý vi phạm',
      'Tuyên truyền trên loa truyền thanh phường về giữ gìn vệ sinh môi trường',
    ]);
    expect(tasks.map((t) => t.lead[0])).toEqual(['Phòng Kinh tế', 'Tổ dân phố', 'Công an phường', 'Văn phòng']);
    expect(task(tasks, 'Kiểm tra').deadline).toBe('2026-06-30');
  });

  it('leaves a top-aligned table with a body merged over several duties as it was', async () => {
    const { tasks } = await plan(
      'new-writers-24',
      'danang-1265-2026-tiep-nhan-sinh-vien-khoa-2026-truong-dai-hoc-song-han.pdf',
    );
    expect(task(tasks, 'Xếp lớp học phần').deadlineText).toBe('Trước 10/9/2026');
    expect(task(tasks, 'Chủ trì tiếp nhận hồ sơ nhập học').lead).toEqual(['Phòng Công tác sinh viên']);
    expect(task(tasks, 'Khám sức khỏe đầu khóa').lead).toEqual(['Trạm Y tế']);
  });

  it('reads rows whose number stands between two of their lines, a merged deadline and «như trên» bodies', async () => {
    const { tasks } = await plan('new-writers-32', 'quangngai-27-2026-trong-rung-cay-phan-tan-xa-ba-to.pdf');
    const meeting = task(tasks, 'Tổ chức hội nghị triển khai Kế hoạch, phổ biến chính sách');
    // «như trên» repeats the body above (rule «ditto-cell»), the merged «Trước ngày 10/02/2026» both rows.
    expect(meeting.lead).toEqual(['Phòng Kinh tế']);
    expect(meeting.deadline).toBe('2026-02-10');
    expect(task(tasks, 'Rà soát, thống kê quỹ đất trồng rừng').deadline).toBe('2026-02-10');
    expect(task(tasks, 'Tiếp nhận, cấp phát cây giống').lead).toEqual(['Phòng Kinh tế']);
    expect(tasks.some((t) => /^\p{Ll}/u.test(t.content))).toBe(false);
  });

  it('counts two half lines in a row as one line of a cell', () => {
    const spacing = new CellSpacing();
    for (const gap of [6.9, 6.9, 16.3, 6.9, 6.9, 16.3]) spacing.add(gap, 12, false);
    expect(spacing.smallest).toBeCloseTo(13.8, 1);
  });
});

describe('Word numbering with a tab after the number («number-then-tab»)', () => {
  it('keeps each numbered duty under «Tổ chức thực hiện» whole, after a table that ends a page', async () => {
    const { tasks } = await plan('review-12', 'g1-muc-sau-bang-trang-moi.pdf');
    expect(task(tasks, 'Theo dõi, đôn đốc, tổng hợp kết quả').lead).toEqual(['Văn phòng HĐND và UBND xã']);
    expect(task(tasks, 'Bố trí kinh phí').lead).toEqual(['Phòng Kinh tế']);
    expect(tasks.find((t) => t.content === '1.' || t.content === '2.')).toBeUndefined();
  });
});

describe('a cell naming one body per paragraph («paragraph-in-cell»)', () => {
  it('keeps two bodies apart where the first line ends short of the cell', async () => {
    const { tasks } = await plan('new-writers-32', 'bacninh-86-2026-thang-cong-nhan-ldld-tinh.pdf');
    expect(task(tasks, 'Tổ chức Lễ phát động Tháng Công nhân').lead).toEqual([
      'Ban Tuyên giáo - Nữ công',
      'Công đoàn các Khu công nghiệp tỉnh',
    ]);
  });

  it('keeps a name wrapped in a narrow cell whole («Chi cục» / «Quản lý đất» / «đai»)', async () => {
    const { tasks } = await plan('new-writers-11', 'quangtri-3315-2025-thong-ke-dat-dai.pdf');
    expect(task(tasks, 'Tập huấn nghiệp vụ thống kê đất đai').lead).toEqual(['Chi cục Quản lý đất đai']);
  });
});
