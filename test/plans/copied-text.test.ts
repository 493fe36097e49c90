import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import type { ExtractedTask } from '../../src/plans/types.js';

// Plans that reach the coordinator as text copied out of a PDF viewer (writer 53's development set):
// a table copied line by line, its long cells wrapped onto the next lines.

const PLANS = join(import.meta.dirname, '..', 'fixtures', 'plans');
const task = (tasks: readonly ExtractedTask[], opening: string): ExtractedTask => {
  const found = tasks.find((t) => t.content.startsWith(opening));
  if (!found) throw new Error(`no task opens with «${opening}»`);
  return found;
};

describe('a tab-separated table copied line by line («continued-line-row»)', () => {
  it('joins each wrapped line to the row above, cell by cell, and leaves the totals row out', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS, 'new-writers-50', 'camau-45-2026-boi-duong-can-bo-cong-chuc-cap-xa-truong-chinh-tri.md'),
    );
    const classes = tasks.filter((t) => t.source.startsWith('Bảng nhiệm vụ'));
    expect(classes).toHaveLength(7);
    const first = task(tasks, 'Bồi dưỡng kiến thức quản lý nhà nước cho công chức Văn phòng HĐND và UBND xã, phường');
    expect(first.lead).toEqual(['Khoa Nhà nước và pháp luật']);
    expect(first.deadline).toBe('2026-03-20');
    // «Phòng Quản lý» / «đào tạo -» / «Nghiên cứu» / «khoa học»: one name over four lines.
    expect(task(tasks, 'Bồi dưỡng kỹ năng chuyển đổi số').lead).toEqual([
      'Phòng Quản lý đào tạo - Nghiên cứu khoa học',
    ]);
    expect(tasks.some((t) => /^Cộng\b|17\/1\.200/u.test(t.content))).toBe(false);
  });

  it('keeps a Word copy’s line under an empty number as a row of its own (merged cells, not a wrap)', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS, 'new-writers-15', 'hanoi-19-2026-khac-phuc-ket-luan-thanh-tra-phuong-viet-hung.md'),
    );
    const second = task(tasks, 'Buộc tháo dỡ phần xây dựng sai phép');
    expect(second.deadline).toBe('2026-06-30');
  });
});

describe('a space-padded appendix copied across two pages', () => {
  it('reads a header wrapped over two lines, group rows and the header the next page repeats', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS, 'new-writers-50', 'langson-512-2026-chien-dich-binh-dan-hoc-vu-so.md'),
    );
    const rows = tasks.filter((t) => t.source.startsWith('Phụ lục'));
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const radio = task(tasks, 'Xây dựng chuyên mục “Bình dân học vụ số”');
    expect(radio.lead).toEqual(['Báo và Phát thanh, Truyền hình Lạng Sơn']);
    // Row 9 wraps under the repeated header: «Trước ngày» / «30/9/2026».
    const coverage = task(tasks, 'Phủ sóng di động 4G');
    expect(coverage.lead).toEqual(['Sở Khoa học và Công nghệ']);
    expect(coverage.deadline).toBe('2026-09-30');
    expect(tasks.some((t) => /^STT\b|^Nhiệm vụ$/u.test(t.content))).toBe(false);
  });
});

describe('a conclusion’s table of how each project stands', () => {
  it('is left out, with its reason in the preview («status-table» by its column)', async () => {
    for (const format of ['md', 'docx', 'pdf'] as const) {
      const { tasks, problems } = await readPlanFile(
        join(PLANS, 'new-writers-46', `thainguyen-274-2026-ket-luan-nha-o-xa-hoi-vp-ubnd.${format}`),
      );
      expect(tasks.some((t) => t.content.startsWith('Nhà ở xã hội Khu đô thị Yên Bình Green'))).toBe(false);
      expect(problems.some((p) => /Dự án \| Chủ đầu tư.*bảng tình hình thực hiện/u.test(p))).toBe(true);
    }
  });
});

describe('a ward’s blocks copied from a PDF, a decision’s article, a commune’s closing', () => {
  it('joins a definition left open at a line’s end and reads the block over a page number', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS, 'new-writers-50', 'danang-186-2026-phong-chong-thien-tai-mua-mua-bao-phuong-hoi-an.md'),
    );
    // «(sau đây gọi tắt là Phòng» / «KT,HT&ĐT).» («open-bracket-goes-on»), then «Phòng KT,HT&ĐT» everywhere.
    const leads = tasks.slice(0, 3).map((t) => t.lead);
    expect(leads).toEqual([
      ['Phòng Kinh tế, Hạ tầng và Đô thị'],
      ['Phòng Kinh tế, Hạ tầng và Đô thị'],
      ['Phòng Kinh tế, Hạ tầng và Đô thị'],
    ]);
    // «- Thời gian hoàn thành: trong tháng 9/2026.» after the page's number «2».
    expect(tasks[2]?.deadline).toBe('2026-09-30');
  });

  it('reads «Điều 2. Giao Sở Khoa học và Công nghệ …» after «QUYẾT ĐỊNH:» («decision-article»)', async () => {
    const { tasks } = await readPlanFile(
      join(PLANS, 'new-writers-50', 'langson-512-2026-chien-dich-binh-dan-hoc-vu-so.md'),
    );
    const standing = task(tasks, 'Sở Khoa học và Công nghệ là cơ quan thường trực Chiến dịch');
    expect(standing.lead).toEqual(['Sở Khoa học và Công nghệ']);
    // «Căn cứ chức năng, nhiệm vụ, chủ động triển khai các nhiệm vụ được giao tại Phụ lục …» points back.
    expect(tasks.some((t) => /^Căn cứ chức năng, nhiệm vụ, chủ động/u.test(t.content))).toBe(false);
  });
});
