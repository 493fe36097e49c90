import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import type { ExtractedTask } from '../../src/plans/types.js';
import { FIXTURES_DIR, writeTemp } from './helpers.js';

// When each row is due, as a coordinator would read it off the page: a time column and the note
// beside it, a table copied out of a PDF viewer with its rows numbered inside the work, a header
// label taller than the others.

const task = (tasks: readonly ExtractedTask[], opening: string): ExtractedTask => {
  const found = tasks.find((t) => t.content.replace(/^\d{1,2}\.\s/, '').startsWith(opening));
  if (!found) throw new Error(`no task opens with «${opening}»`);
  return found;
};

const HEAD = [
  'UBND TỈNH AN BÌNH',
  'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  'Số: 51/KH-SVHTTDL\tAn Bình, ngày 02 tháng 3 năm 2026',
  'KẾ HOẠCH',
  'Tổ chức các hoạt động văn hóa năm 2026',
  'III. NHIỆM VỤ VÀ PHÂN CÔNG',
];

describe('a tab table copied from a PDF viewer, its rows numbered inside the work', () => {
  const text = [
    ...HEAD,
    'Nội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tGhi chú',
    '1. Xây dựng kế hoạch tổ chức Ngày hội văn hóa các dân tộc\tPhòng Quản lý văn hóa\tVăn phòng Sở\tTháng 4/2026\tTrình UBND tỉnh trước ngày 20/4/2026',
    '2. Hướng dẫn các xã rà soát thiết chế văn hóa cơ sở\t\tSở Nội vụ\tQuý II/2026\t-',
    '3. Nhân rộng các mô hình câu lạc bộ văn nghệ quần chúng:\t\tHội Liên hiệp Phụ nữ tỉnh\tNăm 2026',
    '- Duy trì 80 câu lạc bộ hiện có;\t\tUBND các xã, phường',
    '',
    '- Thành lập mới 12 câu lạc bộ ở các xã vùng cao.',
    '2',
    '4. Tổ chức Liên hoan nghệ thuật quần chúng cấp tỉnh\tTrung tâm Văn hóa tỉnh\tPhòng Quản lý văn hóa\tTháng 6/2026\tNgày 26/6/2026',
    '\t\tUBND phường Trung Tâm',
    '5. Cập nhật số liệu thiết chế văn hóa lên cơ sở dữ liệu của Bộ\t\tUBND các xã, phường\tĐịnh kỳ 6 tháng, năm\tSố liệu 6 tháng trước 15/6/2026; số liệu năm trước 15/11/2026',
    '6. Tổ chức Hội thi tuyên truyền lưu động\t\tTỉnh đoàn\tTháng 8/2026\tVòng sơ khảo: tháng 7/2026',
    '',
    'IV. KINH PHÍ',
    'Kinh phí từ nguồn sự nghiệp văn hóa năm 2026.',
  ].join('\n');

  it('keeps one row per number, the lead merged above carried down, each row with its own time', async () => {
    const { tasks } = await readPlanFile(writeTemp('ke-hoach-51.txt', text));
    const second = task(tasks, 'Hướng dẫn các xã rà soát');
    // Rule «numbered-in-the-work»: row 2 is no continuation of row 1, though its lead cell is empty.
    expect(second.lead).toEqual(['Phòng Quản lý văn hóa']);
    expect(second.deadline).toBe('2026-06-30');
    expect(second.deadlineText).toBe('Quý II/2026');
  });

  it('joins a line with no work of its own to the row above (rule «no-work-no-row»)', async () => {
    const { tasks } = await readPlanFile(writeTemp('ke-hoach-51.txt', text));
    const festival = task(tasks, 'Tổ chức Liên hoan nghệ thuật quần chúng');
    expect(festival.lead).toEqual(['Trung tâm Văn hóa tỉnh']);
    expect(festival.coordinating).toEqual(['Phòng Quản lý văn hóa', 'UBND phường Trung Tâm']);
    expect(tasks.some((t) => t.content.startsWith('UBND phường Trung Tâm'))).toBe(false);
  });

  it('reads the bullets of a numbered row, even past a page break, as that row’s (rule «table-goes-on»)', async () => {
    const { tasks } = await readPlanFile(writeTemp('ke-hoach-51.txt', text));
    const clubs = task(tasks, 'Nhân rộng các mô hình câu lạc bộ');
    expect(clubs.lead).toEqual(['Phòng Quản lý văn hóa']);
    expect(clubs.coordinating).toEqual(['Hội Liên hiệp Phụ nữ tỉnh', 'UBND các xã, phường']);
    // The rows after the page break are still the table's: row 6 has its lead carried and its time.
    const contest = task(tasks, 'Tổ chức Hội thi tuyên truyền lưu động');
    expect(contest.lead).toEqual(['Trung tâm Văn hóa tỉnh']);
    expect(contest.deadline).toBe('2026-08-31');
  });

  it('takes the day a note gives inside the time cell’s month or quarter (rule «note-narrows-time»)', async () => {
    const { tasks } = await readPlanFile(writeTemp('ke-hoach-51.txt', text));
    expect(task(tasks, 'Xây dựng kế hoạch tổ chức Ngày hội').deadline).toBe('2026-04-20');
    expect(task(tasks, 'Tổ chức Liên hoan nghệ thuật').deadline).toBe('2026-06-26');
    // A milestone of another step, in another month, leaves the row's own time alone.
    expect(task(tasks, 'Tổ chức Hội thi tuyên truyền').deadlineText).toBe('Tháng 8/2026');
  });

  it('makes a report of each cycle the note dates (rule «note-dates-the-cycles»)', async () => {
    const { tasks } = await readPlanFile(writeTemp('ke-hoach-51.txt', text));
    const reports = tasks.filter((t) => t.kind === 'report' && t.content.includes('Cập nhật số liệu thiết chế'));
    expect(reports.map((r) => r.deadline)).toEqual(['2026-06-15', '2026-11-15']);
    // (Its lead cell is empty: the lead merged over rows 4 and 5 is carried down.)
    expect(reports.every((r) => r.lead.join() === 'Trung tâm Văn hóa tỉnh')).toBe(true);
  });
});

describe('a family-work plan of a Sở (writer 35’s development set), in its three renditions', () => {
  const stem = join(FIXTURES_DIR, 'new-writers-32', 'thanhhoa-214-2026-cong-tac-gia-dinh-svhttdl');

  it('dates the rows by their own time or the note’s day, in the copied text', async () => {
    const { tasks } = await readPlanFile(`${stem}.md`);
    expect(task(tasks, 'Tham mưu Ủy ban nhân dân tỉnh ban hành Kế hoạch').deadline).toBe('2026-04-20');
    expect(task(tasks, 'Hướng dẫn Ủy ban nhân dân các xã, phường kiện toàn').deadline).toBe('2026-06-30');
    expect(task(tasks, 'Biên soạn, in và cấp phát 5.000 tờ gấp').deadline).toBe('2026-05-31');
    expect(task(tasks, 'Kiểm tra việc thực hiện công tác gia đình').deadline).toBe('2026-09-30');
  });

  it('keeps the section’s own report beside the table’s data reports (rule «other-report»)', async () => {
    const { tasks } = await readPlanFile(`${stem}.md`);
    const toProvince = tasks.filter(
      (t) => t.kind === 'report' && /6 tháng đầu năm gửi Ủy ban nhân dân tỉnh/u.test(t.content),
    );
    expect(toProvince).toHaveLength(1);
    expect(toProvince[0]?.deadline).toBe('2026-06-15');
  });

  it('reads the PDF’s «Thời / gian / thực / hiện» header as the time column (rule «tall-header-label»)', async () => {
    const { tasks } = await readPlanFile(`${stem}.pdf`);
    expect(task(tasks, 'Mở chuyên trang, chuyên mục').deadline).toBe('2026-07-31');
    expect(task(tasks, 'Sơ kết 04 năm thi hành Luật').deadline).toBe('2026-12-31');
  });
});

describe('a plan that lists its work in one part and times it in another («schedule-section»)', () => {
  const text = [
    ...HEAD.slice(0, 5),
    'II. NỘI DUNG',
    '1. Thăm hỏi các gia đình chính sách',
    'Sở Nội vụ chủ trì rà soát đối tượng, tổ chức các đoàn đi thăm, tặng quà.',
    '2. Bình ổn thị trường',
    'Sở Công Thương chủ trì triển khai Chương trình bình ổn thị trường các mặt hàng thiết yếu.',
    'Ủy ban nhân dân các phường, xã chủ trì tổ chức phiên chợ Tết tại địa phương.',
    'III. TIẾN ĐỘ THỰC HIỆN',
    '1. Nội dung 1 Mục II: rà soát đối tượng trước ngày 05/12/2026; tổ chức thăm, tặng quà từ ngày 20/01/2027 đến ngày 04/02/2027.',
    '2. Nội dung 2 Mục II: bình ổn thị trường từ ngày 01/12/2026 đến ngày 10/02/2027; các phiên chợ Tết tổ chức ngày 02/02/2027 (15 tháng Chạp).',
    'IV. KINH PHÍ',
    'Kinh phí từ ngân sách năm 2027.',
  ].join('\n');

  it('gives each pointed item the schedule’s time: one row the last step, several rows a clause each', async () => {
    const { tasks } = await readPlanFile(writeTemp('ke-hoach-tet.txt', text));
    const visits = tasks.find((t) => t.lead.join() === 'Sở Nội vụ');
    expect(visits?.deadline).toBe('2027-02-04');
    expect(visits?.source).toContain('Tiến độ thực hiện');
    expect(tasks.find((t) => t.lead.join() === 'Sở Công Thương')?.deadline).toBe('2027-02-10');
    expect(tasks.find((t) => t.content.includes('phiên chợ Tết'))?.deadline).toBe('2027-02-02');
  });

  it('times a province’s Tết plan the same way (writer 57’s development set)', async () => {
    const { tasks } = await readPlanFile(
      join(FIXTURES_DIR, 'new-writers-54', 'tphcm-5186-2026-cham-lo-tet-nguyen-dan-dinh-mui.md'),
    );
    expect(task(tasks, 'Chủ trì trang trí cổ động trực quan').deadline).toBe('2027-01-30');
    expect(tasks.find((t) => t.lead.join() === 'Bộ Tư lệnh Thành phố')?.deadline).toBe('2027-02-06');
  });
});

describe('a time sentence after a list («time-after-list»)', () => {
  it('dates the items above it and is no row of its own', async () => {
    const text = [
      ...HEAD.slice(0, 5),
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Xây dựng',
      '- Hướng dẫn thiết kế mẫu nhà ở tại nơi ở mới.',
      '- Thẩm định thiết kế, dự toán các hạng mục hạ tầng thiết yếu.',
      'Các nội dung trên hoàn thành trước ngày 30/9/2026.',
      '2. Sở Tài chính',
      '- Bố trí kinh phí thực hiện Kế hoạch.',
    ].join('\n');
    const { tasks } = await readPlanFile(writeTemp('ke-hoach-xd.txt', text));
    const building = tasks.filter((t) => t.lead.join() === 'Sở Xây dựng');
    expect(building.map((t) => t.deadline)).toEqual(['2026-09-30', '2026-09-30']);
    expect(tasks.some((t) => t.content.startsWith('Các nội dung trên'))).toBe(false);
    // Another body's item is not timed by it.
    expect(tasks.find((t) => t.lead.join() === 'Sở Tài chính')?.deadline).toBeNull();
  });
});

describe('a «Thời gian …:» line after a Sở’s list of its rooms’ work', () => {
  it('times every item of the list, and not the items of the next part', async () => {
    const { tasks } = await readPlanFile(
      join(FIXTURES_DIR, 'new-writers-54', 'sonla-1245-2026-xay-dung-du-toan-ngan-sach-2027-so-tai-chinh.md'),
    );
    const talks = tasks.filter((t) => /^Thảo luận dự toán/u.test(t.content));
    expect(talks).toHaveLength(2);
    expect(talks.every((t) => t.deadline === '2026-08-07')).toBe(true);
    expect(task(tasks, 'Chủ trì tổng hợp dự toán thu, chi ngân sách địa phương').deadline).not.toBe('2026-08-07');
  });
});

describe('a school’s calendar copied from a PDF viewer, its months merged over several rows', () => {
  it('reads the rows under a merged month («row-under-merge») and their posts whole', async () => {
    const { tasks } = await readPlanFile(
      join(FIXTURES_DIR, 'new-writers-54', 'hanoi-112-2026-nhiem-vu-nam-hoc-truong-thcs-thach-ban.md'),
    );
    const plan = task(tasks, 'Xây dựng Kế hoạch giáo dục nhà trường');
    expect(plan.lead).toEqual(['Phó Hiệu trưởng phụ trách chuyên môn']);
    expect(plan.deadline).toBe('2026-09-30');
    expect(task(tasks, 'Tổ chức Đại hội Liên đội').lead).toEqual(['Tổng phụ trách Đội']);
    // A row whose words hold header words is still a row («Tháng 02/2027 | Tổ chức chương trình …»).
    expect(task(tasks, 'Tổ chức chương trình «Xuân yêu thương»').deadline).toBe('2027-02-28');
    expect(task(tasks, 'Kiểm tra cuối học kỳ II').deadline).toBe('2027-05-31');
  });
});

describe('a school’s own plan: its posts and units do the work', () => {
  const text = [
    'UBND PHƯỜNG LONG BIÊN',
    'TRƯỜNG THCS THẠCH BÀN',
    'Số: 112/KH-THCSTB\tHà Nội, ngày 15 tháng 9 năm 2026',
    'KẾ HOẠCH',
    'Thực hiện nhiệm vụ năm học 2026 - 2027',
    'IV. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN',
    '1. Nâng cao chất lượng dạy học',
    '- Phó Hiệu trưởng phụ trách chuyên môn chỉ đạo các tổ chuyên môn xây dựng kế hoạch dạy học các môn học, hoàn thành trước ngày 25/9/2026.',
    '2. Cơ sở vật chất',
    '- Tổ Văn phòng lập dự toán sửa chữa 04 phòng học khu nhà B, trình Ủy ban nhân dân phường trong Quý IV/2026.',
    '3. Chế độ báo cáo',
    '- Nhà trường báo cáo Ủy ban nhân dân phường kết quả tổng kết năm học trước ngày 05/6.',
  ].join('\n');

  it('reads «Phó Hiệu trưởng phụ trách chuyên môn», «Tổ Văn phòng», «Nhà trường» as who does each row', async () => {
    const { tasks } = await readPlanFile(writeTemp('ke-hoach-truong.txt', text));
    // (An item alone under its heading keeps the heading's words before its own.)
    const having = (words: string): ExtractedTask | undefined => tasks.find((t) => t.content.includes(words));
    expect(having('Chỉ đạo các tổ chuyên môn')?.lead).toEqual(['Phó Hiệu trưởng phụ trách chuyên môn']);
    expect(having('Chỉ đạo các tổ chuyên môn')?.deadline).toBe('2026-09-25');
    expect(having('Lập dự toán sửa chữa')?.lead).toEqual(['Tổ Văn phòng']);
  });

  it('dates a yearly report written without its year when it next comes after the plan (rule «next-occurrence»)', async () => {
    const { tasks } = await readPlanFile(writeTemp('ke-hoach-truong.txt', text));
    const report = tasks.find((t) => t.kind === 'report' && t.lead.join() === 'Nhà trường');
    // Signed on 15/9/2026: 05/6/2026 has passed, the first report is due on 05/6/2027.
    expect(report?.deadline).toBe('2027-06-05');
  });
});
