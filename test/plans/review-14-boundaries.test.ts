import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import type { ExtractedTask } from '../../src/plans/types.js';

// A review of the thirteenth session's rules wrote these probes to break them
// (test/fixtures/plans/review-14/README.md says what each aims at). Each test is a failure it proved,
// fixed, and kept; the probes it found sound are in the README.

const DIR = join(import.meta.dirname, '..', 'fixtures', 'plans', 'review-14');
const probe = async (name: string) => (await readPlanFile(join(DIR, name))).tasks;
const task = (tasks: readonly ExtractedTask[], opening: string): ExtractedTask => {
  const found = tasks.find((t) => t.content.startsWith(opening));
  if (!found) throw new Error(`no task opens with «${opening}»`);
  return found;
};

describe('«shorthand-completed» and «level-then-duty» at their edges', () => {
  it('does not complete «TYT» from a group quoted for every level («các Trạm Y tế xã, phường»)', async () => {
    const tasks = await probe('p01-shorthand-ward-quotes-commune-level.md');
    expect(tasks.flatMap((t) => t.lead)).not.toContain('Trạm Y tế xã');
  });

  it('ends an office at its level before «cấp …» and after a name with an apostrophe', async () => {
    const tasks = await probe('p02-level-then-duty-unknown-verbs.md');
    expect(task(tasks, 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh').lead).toEqual([
      'Trung tâm Phục vụ hành chính công xã',
    ]);
    expect(task(tasks, 'Rút ngắn thời gian chờ khám bệnh').lead).toEqual(["Trạm Y tế xã Ia H'Drai"]);
    expect(task(tasks, 'Cấp mã số thuế cho hộ kinh doanh').lead).toEqual(['Thuế cơ sở 4 tỉnh Quảng Ngãi']);
  });

  it('keeps «nhiệm kỳ 2026 - 2031» on the name when a known verb ends it', async () => {
    const tasks = await probe('p03-level-then-duty-lookalikes.md');
    expect(task(tasks, 'Giám sát việc thực hiện chính sách').lead[0]).toMatch(/nhiệm kỳ 2026 - 2031$/u);
  });
});

describe('officials named in prose', () => {
  it('reads «Đồng chí H’Linh Niê, …» and «Bà Nguyễn Thị Hoa, Phó Chủ tịch UBND xã …» as those officials', async () => {
    const tasks = await probe('p04-named-official-and-bare-oversight.md');
    expect(task(tasks, 'Trực tiếp chỉ đạo, kiểm tra việc thực hiện Kế hoạch').lead).toEqual([
      "H'Linh Niê - Phó Chủ tịch UBND xã",
    ]);
    expect(task(tasks, 'Trực tiếp chỉ đạo, kiểm tra việc triển khai Đề án 06').lead).toEqual([
      'Nguyễn Thị Hoa - Phó Chủ tịch UBND xã',
    ]);
    // «… chỉ đạo chung; đồng chí … trực tiếp phụ trách.» hands out no work.
    expect(tasks.some((t) => /^Chỉ đạo chung/u.test(t.content))).toBe(false);
  });
});

describe('«periodic-list», «timed-beside-list» and a report of everyone', () => {
  it('knows a list sent to an office named in full, or «cung cấp»-ed, and not news sent to households', async () => {
    const tasks = await probe('p05-periodic-list-and-khu-vuc.md');
    const reports = tasks.filter((t) => t.kind === 'report').map((t) => t.content);
    expect(reports.some((c) => c.includes('Mỗi tháng gửi Phòng Kinh tế, Hạ tầng và Đô thị phường danh sách'))).toBe(
      true,
    );
    expect(reports.some((c) => c.includes('Hằng tháng cung cấp cho Thuế cơ sở 3'))).toBe(true);
    expect(task(tasks, 'Gửi thông tin về lịch thu thuế').kind).toBe('task');
  });

  it('reads «hằng quý» as a time and leaves an untimed paragraph after a timed one', async () => {
    const tasks = await probe('p06-timed-beside-task-table.md');
    expect(task(tasks, 'Kiểm tra điều kiện an toàn thực phẩm tại các bếp ăn').lead).toEqual(['Trạm Y tế xã']);
    expect(tasks.some((t) => t.lead.includes('Công an xã') && t.content.includes('điểm vui chơi'))).toBe(false);
  });

  it('keeps only the report of «Các cơ quan, đơn vị triển khai … tại Mục II; định kỳ báo cáo …»', async () => {
    const tasks = await probe('p07-report-asked-of-everyone.md');
    expect(tasks.some((t) => t.content.startsWith('Triển khai các nhiệm vụ được giao tại Mục II'))).toBe(false);
  });
});

describe('where a plan ends, and tables that are not work', () => {
  it('ends at a signature table whose «Nơi nhận» is bold italic, and not at a table headed «Nơi nhận hồ sơ»', async () => {
    expect(
      (await probe('p08-liability-and-bold-italic-signature.md')).some((t) => t.content.includes('Văn bản liên quan')),
    ).toBe(false);
    const after = await probe('p09-signature-table-lookalike.md');
    expect(task(after, 'Thông báo lịch tiếp nhận hồ sơ đến từng hộ dân').deadline).toBe('2026-04-05');
  });

  it('leaves out a table under «NGUỒN KINH PHÍ», and not a task table two headings below «KINH PHÍ»', async () => {
    const tasks = await probe('p10-budget-heading-and-column.md');
    expect(tasks.some((t) => t.content.startsWith('Hỗ trợ hộ có trâu, bò phải tiêu hủy'))).toBe(true); // says when
    expect(task(tasks, 'Tổ chức tiêm phòng vắc xin Lở mồm long móng').lead.length).toBeGreaterThan(0);
    expect(tasks.some((t) => /^Mua hóa chất khử trùng|^Hỗ trợ tiền công tiêm phòng/u.test(t.content))).toBe(false);
  });
});

describe('names, times and copied text', () => {
  it('drops a count in brackets, knows «Nhà Văn hoá» and no library in «Thư viện số»', async () => {
    const leads = (await probe('p11-new-body-starts-and-counts.md')).flatMap((t) => t.lead);
    expect(leads).toEqual(expect.arrayContaining(['Bảo tàng tỉnh', 'Nhà Văn hoá Thiếu nhi tỉnh', 'Công an xã']));
    expect(leads.some((l) => /\(0\d|^Thư viện số/u.test(l))).toBe(false);
  });

  it('reads «(01/3 - 10/3 AL)» as a lunar note, and no start day as a due day', async () => {
    const tasks = await probe('p12-lunar-and-one-dated-part.md');
    expect(task(tasks, 'Kiểm tra an toàn thực phẩm các ki ốt').deadline).toBe('2026-04-26');
    expect(task(tasks, 'Duy trì chốt kiểm tra vệ sinh thực phẩm').deadline).toBeNull();
  });

  it('joins a numbered row that wraps in every column, keeps a Symbol «≥», and skips «Biểu số 02:»', async () => {
    const tasks = await probe('p13-space-table-wrap-symbol-bullets-captions.md');
    const culls = task(tasks, 'Tiêu hủy gia súc chết');
    expect(culls.lead).toEqual(['Phòng Kinh tế']);
    expect(culls.content).toContain('theo hướng dẫn của cơ quan thú y');
    expect(task(tasks, 'Vận động các hộ chăn nuôi tiêm phòng bổ sung').content).toContain('≥ 80% tổng đàn');
    expect(tasks.some((t) => t.content.startsWith('Biểu số 02'))).toBe(false);
  });

  it('spells out «Phòng HC - TH», «HC -TH» and «DV - DL» by the key', async () => {
    const leads = (await probe('p14-told-sentences-and-abbreviation-keys.md')).flatMap((t) => t.lead);
    expect(leads).not.toContain('Phòng HC - TH');
    expect(leads).toContain('Trung tâm Dịch vụ - Du lịch Đền Hùng');
  });

  it('leaves out last year’s account in a December plan for the next year', async () => {
    const tasks = await probe('p15-told-sentences-december-plan.md');
    expect(tasks.some((t) => /đã bố trí|^Ban Quản lý đã/u.test(t.content) || t.lead.includes('Ban Quản lý đã'))).toBe(
      false,
    );
  });
});
