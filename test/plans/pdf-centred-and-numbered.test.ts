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

describe('a table copied out of a PDF viewer with two spaces between cells («space-table»)', () => {
  it('reads each row, an empty merged lead taken from the row above', async () => {
    const { tasks } = await plan('new-writers-34', 'daklak-86-2026-hoi-thi-luat-pccc-phuong-buon-ma-thuot.md');
    const rules = task(tasks, 'Xây dựng thể lệ, bộ câu hỏi và đáp án Hội thi');
    expect(rules.lead).toEqual(['Công an phường']);
    expect(rules.deadline).toBe('2026-05-20');
    expect(task(tasks, 'Thành lập đội thi, gửi phiếu đăng ký').lead).toEqual(['Trưởng các tổ dân phố']);
    expect(task(tasks, 'Tổ chức vòng sơ khảo').coordinating).toEqual(['Ban Giám khảo', 'Trưởng các tổ dân phố']);
  });
});

describe('activities written as blocks with dot leaders, copied out of a PDF viewer', () => {
  const file = 'hatinh-2415-2026-thang-hanh-dong-phong-chong-hiv-aids';

  it('reads «Chủ trì:..........X» as the lead and keeps each field line apart («FIELD_LINE», dot leaders)', async () => {
    const { tasks } = await plan('new-writers-34', `${file}.md`);
    const meeting = task(tasks, 'Lễ mít tinh hưởng ứng Tháng hành động');
    expect(meeting.lead).toEqual(['Trung tâm Kiểm soát bệnh tật']);
    expect(meeting.coordinating).toEqual(['Trung tâm Y tế khu vực Hồng Lĩnh', 'Ủy ban nhân dân phường Bắc Hồng Lĩnh']);
  });

  it('takes the numbered title with the paragraph under it («titled-description»)', async () => {
    const { tasks } = await plan('new-writers-34', `${file}.docx`);
    const media = task(
      tasks,
      'Truyền thông trên các phương tiện thông tin đại chúng và mạng xã hội: Xây dựng tin, bài',
    );
    expect(media.lead).toEqual(['Trung tâm Kiểm soát bệnh tật']);
    expect(media.deadline).toBe('2026-12-10');
  });

  it('ends a short heading line before its text («would-have-fit») and reads the bodies of a «Đề nghị» list', async () => {
    const { tasks } = await plan('new-writers-34', `${file}.md`);
    expect(task(tasks, 'Treo băng rôn, khẩu hiệu').lead).toEqual([
      'Bệnh viện Đa khoa tỉnh',
      'các bệnh viện tuyến tỉnh',
    ]);
    expect(task(tasks, 'Dành thời lượng phù hợp').lead).toEqual(['Báo và Phát thanh, Truyền hình Hà Tĩnh']);
    expect(task(tasks, 'Bố trí địa điểm, huy động người dân').lead).toEqual(['Ủy ban nhân dân các xã, phường']);
  });

  it('hands nothing out in a contact block or the closing «đề nghị … phối hợp triển khai thực hiện»', async () => {
    const { tasks } = await plan('new-writers-34', `${file}.docx`);
    expect(tasks.filter((t) => /^(?:Đơn vị|Địa chỉ|Điện thoại|Thư điện tử):/u.test(t.content))).toEqual([]);
    expect(tasks.some((t) => t.content.includes('phối hợp triển khai thực hiện./.'))).toBe(false);
    expect(tasks).toHaveLength(15);
  });
});

describe('a judgment office’s plan: officers and heads of its branches as doers, two reviews by day', () => {
  const file = 'gialai-412-2026-cao-diem-thi-hanh-an-dan-su.docx';

  it('reads «Chấp hành viên …» and «Trưởng các Phòng … trực tiếp chỉ đạo …» as the ones who act', async () => {
    const { tasks } = await plan('new-writers-34', file);
    expect(task(tasks, 'Tổ chức thi hành dứt điểm các việc có điều kiện').lead).toEqual(['Chấp hành viên']);
    const backlog = task(tasks, 'Trực tiếp chỉ đạo giải quyết 248 việc tồn đọng');
    expect(backlog.lead).toEqual(['Các Phòng Thi hành án dân sự khu vực']);
    expect(backlog.deadline).toBe('2026-08-31');
  });

  it('gives «sơ kết … trước ngày 10/7/2026 và tổng kết trước ngày 10/10/2026» two reports («review-days»)', async () => {
    const { tasks } = await plan('new-writers-34', file);
    const reviews = tasks.filter((t) => t.kind === 'report' && t.content.includes('sơ kết đợt cao điểm'));
    expect(reviews.map((t) => t.deadline).sort()).toEqual(['2026-07-10', '2026-10-10']);
  });
});

describe('review-13 probes: the centred-table rules stay off what they do not fit', () => {
  it('keeps two rounds under one merged, centred number apart, each with its month', async () => {
    const { tasks } = await plan('review-13', 'a1-stt-giua-gop-hai-dong.pdf');
    expect(task(tasks, 'Tổ chức chiến dịch diệt lăng quăng, bọ gậy đợt 1').deadline).toBe('2026-05-31');
    expect(task(tasks, 'Tổ chức chiến dịch diệt lăng quăng, bọ gậy đợt 2').deadline).toBe('2026-09-30');
  });

  it('never ends a row inside the next one (a one-line row above a row of three)', async () => {
    const { tasks } = await plan('review-13', 'a4-dong-khong-so.pdf');
    expect(tasks.some((t) => /^\p{Ll}/u.test(t.content))).toBe(false);
    expect(task(tasks, 'Tuyên truyền trên hệ thống loa truyền thanh xã').lead).toEqual([
      'Trung tâm Dịch vụ tổng hợp xã',
    ]);
  });

  it('reads on after a row whose number finds no mirror (an empty last paragraph)', async () => {
    const { tasks } = await plan('review-13', 'a3-doan-trong-dong-2.pdf');
    expect(tasks).toHaveLength(5);
    expect(task(tasks, 'Ra quân xử lý lấn chiếm vỉa hè').lead).toEqual(['Công an phường']);
  });

  it('keeps «Ủy ban MTTQ Việt Nam xã» whole where the cell wrapped before the capitals', async () => {
    const { tasks } = await plan('review-13', 'b1-ten-viet-tat-dau-dong.pdf');
    expect(task(tasks, 'Tuyên truyền phòng, chống đuối nước').coordinating).toContain('Ủy ban MTTQ Việt Nam xã');
  });

  it('reads a cell listing its bodies with dashes as two bodies, a name wrapped at its dash as one', async () => {
    const { tasks } = await plan('review-13', 'b2-chu-tri-phoi-hop-mot-o.pdf');
    expect(task(tasks, 'Giám sát, cảnh báo nguy cơ ô nhiễm thực phẩm').lead).toEqual([
      'Sở Y tế',
      'Sở Giáo dục và Đào tạo',
    ]);
    const prizes = await plan('new-writers-11', 'tphcm-58-2026-rac-thai-nhua-dac-khu-con-dao.pdf');
    expect(task(prizes.tasks, 'Tổng kết, trao thưởng các tập thể').lead).toEqual(['Phòng Văn hóa - Xã hội']);
  });

  it('leaves Word’s «a.» list markers to the text reader, as before', async () => {
    const { tasks } = await plan('review-13', 'c1-muc-chu-a-cham.pdf');
    expect(tasks).toHaveLength(3);
    expect(tasks.some((t) => t.content.endsWith(': a'))).toBe(false);
  });
});
