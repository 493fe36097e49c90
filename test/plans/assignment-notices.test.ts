import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { findDeadlinePhrase } from '../../src/plans/duty-deadline.js';
import { writeTemp } from './helpers.js';

// A Ban Chỉ đạo's notice handing out work project by project: a leader directs, a body advises and
// follows the items, and some items name who does them after all. Habits met in writer 23's
// development set.

const NOTICE = [
  'BAN CHỈ ĐẠO CÁC CÔNG TRÌNH, DỰ ÁN TRỌNG ĐIỂM TỈNH PHÚ YÊN',
  '',
  'Số: 05/TB-BCĐ',
  '',
  'Phú Yên, ngày 02 tháng 3 năm 2026',
  '',
  'THÔNG BÁO',
  '',
  'Phân công thành viên Ban Chỉ đạo theo dõi các dự án trọng điểm năm 2026',
  '',
  'II. PHÂN CÔNG ĐỐI VỚI TỪNG DỰ ÁN',
  '',
  '1. Dự án cầu Hùng Vương nối dài',
  '',
  'Đồng chí Trần Văn Nam, Phó Chủ tịch Ủy ban nhân dân tỉnh trực tiếp chỉ đạo; Sở Xây dựng tham mưu, theo dõi, đôn đốc các nội dung sau:',
  '',
  '- Đôn đốc nhà thầu bổ sung máy móc, nhân lực, thi công hoàn thành trụ cầu T5 trong quý 2/2026.',
  '- Hoàn thành bồi thường, bàn giao mặt bằng phần đường dẫn chậm nhất 30.4.2026. Trách nhiệm thực hiện: Ủy ban nhân dân phường Tuy Hòa; Sở Nông nghiệp và Môi trường hỗ trợ xác định giá đất.',
  '- Cấp phép khai thác mỏ cát phục vụ dự án, do Sở Nông nghiệp và Môi trường thực hiện, xong trong tháng 4/2026.',
  '',
  '2. Dự án Bệnh viện Đa khoa tỉnh (cơ sở 2)',
  '',
  'Đồng chí Trưởng ban trực tiếp chỉ đạo. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính tham mưu Ban Chỉ đạo thực hiện:',
  '',
  '- Hoàn thiện hồ sơ mua sắm trang thiết bị, trình thẩm định trước ngày 30/6/2026.',
  '- Hoàn thành lắp đặt hệ thống khí y tế trước khi đưa khối nhà chính vào sử dụng (trước ngày 31/10/2026). Cơ quan chủ trì: Ban Quản lý dự án đầu tư xây dựng tỉnh; cơ quan phối hợp: Sở Y tế.',
  '',
].join('\n');

describe('rule «directs-and-advises»: a leader directs, the body advising him does the items', () => {
  it('hands the items to the body that advises, not to the leader', async () => {
    const plan = await readPlanFile(writeTemp('tb-phan-cong.md', NOTICE));
    const first = plan.tasks.find((t) => t.content.startsWith('Đôn đốc nhà thầu'));
    expect(first?.lead).toEqual(['Sở Xây dựng']);
    const hospital = plan.tasks.find((t) => t.content.startsWith('Hoàn thiện hồ sơ mua sắm'));
    expect([hospital?.lead, hospital?.coordinating]).toEqual([['Sở Y tế'], ['Sở Tài chính']]);
  });
});

describe('rule «own-doer-over-lead-in»: an item that names who does it after all', () => {
  it('gives «Trách nhiệm thực hiện: …» and «…, do X thực hiện» their own doer', async () => {
    const plan = await readPlanFile(writeTemp('tb-phan-cong.md', NOTICE));
    const handover = plan.tasks.find((t) => t.content.startsWith('Hoàn thành bồi thường'));
    expect([handover?.lead, handover?.coordinating, handover?.deadline]).toEqual([
      ['Ủy ban nhân dân phường Tuy Hòa'],
      ['Sở Nông nghiệp và Môi trường'],
      '2026-04-30',
    ]);
    const permit = plan.tasks.find((t) => t.content.startsWith('Cấp phép khai thác'));
    expect([permit?.lead, permit?.deadline]).toEqual([['Sở Nông nghiệp và Môi trường'], '2026-04-30']);
  });

  it('dates an item whose only time is in its own words (rule «time-in-title»)', async () => {
    const plan = await readPlanFile(writeTemp('tb-phan-cong.md', NOTICE));
    const gas = plan.tasks.find((t) => t.content.startsWith('Hoàn thành lắp đặt'));
    expect([gas?.lead, gas?.deadline]).toEqual([['Ban Quản lý dự án đầu tư xây dựng tỉnh'], '2026-10-31']);
  });
});

describe('times written in a duty’s words', () => {
  it('reads a quarter in figures and the year a completion names', () => {
    expect(findDeadlinePhrase('trình Ủy ban nhân dân tỉnh phê duyệt trong quý 2/2026.')).toBe('Trong quý 2/2026');
    expect(
      findDeadlinePhrase('Đẩy nhanh thi công, tích nước một phần và hoàn thành toàn bộ dự án trong năm 2027.'),
    ).toBe('Trong năm 2027');
    // A year that says what is reviewed is no deadline.
    expect(findDeadlinePhrase('Tổ chức tổng kết công tác dân vận trong năm 2025.')).toBe('');
  });
});

// A city's plan whose tasks sit under headings that are periods, each task with its own doer line.
const BY_PERIOD = [
  'ỦY BAN NHÂN DÂN',
  'THÀNH PHỐ HẢI PHÒNG',
  '',
  'Số: 88/KH-UBND',
  '',
  'Hải Phòng, ngày 06 tháng 4 năm 2026',
  '',
  'KẾ HOẠCH',
  '',
  'Triển khai phong trào học tập kỹ năng số năm 2026',
  '',
  'III. NHIỆM VỤ THEO TỪNG GIAI ĐOẠN',
  '',
  '1. Quý II/2026:',
  '',
  'a) Thành lập Ban Chỉ đạo phong trào cấp thành phố và kiện toàn Tổ công nghệ số cộng đồng tại các thôn.',
  '',
  'Cơ quan chủ trì: Sở Khoa học và Công nghệ. Cơ quan phối hợp: Sở Nội vụ.',
  '',
  'b) Tổ chức Lễ phát động phong trào cấp thành phố tại Nhà hát thành phố.',
  '',
  'Cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: Thành Đoàn Hải Phòng.',
  '',
  'Thời gian: trung tuần tháng 5/2026.',
  '',
  '2. Quý III và Quý IV/2026:',
  '',
  'a) Duy trì mô hình hỗ trợ người dân dùng dịch vụ công trực tuyến tại nhà văn hóa thôn. Trách nhiệm thực hiện: Ủy ban nhân dân các xã, phường và Thành Đoàn Hải Phòng.',
  '',
  '3. Quý I/2027:',
  '',
  'Sơ kết một năm triển khai phong trào, biểu dương tập thể, cá nhân tiêu biểu; Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ.',
  '',
  'IV. TỔ CHỨC THỰC HIỆN',
  '',
  'Sở Nội vụ xây dựng kế hoạch triển khai, gửi Sở Khoa học và Công nghệ chậm nhất 15 ngày kể từ ngày Kế hoạch này được ban hành.',
  '',
].join('\n');

describe('rule «period-heading»: work under «1. Quý II/2026:» is due with its period', () => {
  it('dates blocks and items that name no time of their own, and keeps the times they name', async () => {
    const plan = await readPlanFile(writeTemp('kh-theo-giai-doan.md', BY_PERIOD));
    const due = (start: string) => plan.tasks.find((t) => t.content.startsWith(start))?.deadline;
    expect(due('Thành lập Ban Chỉ đạo')).toBe('2026-06-30');
    // «Trung tuần» is the month's middle ten days (rule «part-of-month»).
    expect(due('Tổ chức Lễ phát động')).toBe('2026-05-20');
    expect(due('Duy trì mô hình')).toBe('2026-12-31');
    expect(due('Sơ kết một năm')).toBe('2027-03-31');
  });

  it('gives an item the doer its «Trách nhiệm thực hiện:» names', async () => {
    const plan = await readPlanFile(writeTemp('kh-theo-giai-doan.md', BY_PERIOD));
    expect(plan.tasks.find((t) => t.content.startsWith('Duy trì mô hình'))?.lead).toEqual([
      'Ủy ban nhân dân các xã, phường',
      'Thành Đoàn Hải Phòng',
    ]);
  });
});

describe('«chậm nhất 15 ngày kể từ ngày Kế hoạch này được ban hành» in a duty', () => {
  it('counts from the plan’s date', () => {
    expect(
      findDeadlinePhrase('Xây dựng kế hoạch, gửi Sở Nội vụ chậm nhất 15 ngày kể từ ngày Kế hoạch này được ban hành.'),
    ).toBe('Chậm nhất 15 ngày kể từ ngày Kế hoạch này được ban hành');
  });
});

describe('rule «unnumbered-duties»: a section of plain paragraphs or bullets, each naming its body', () => {
  const plan = (body: string[]): string =>
    [
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG TRỊ',
      '',
      'Số: 19/KH-UBND',
      '',
      'Quảng Trị, ngày 12 tháng 3 năm 2026',
      '',
      'KẾ HOẠCH',
      '',
      'Tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
      '',
      ...body,
      '',
      'Tải về: 19-KH-UBND.pdf',
      '',
    ].join('\n');

  it('reads each paragraph as its body’s duty', async () => {
    const read = await readPlanFile(
      writeTemp(
        'kh-sach.md',
        plan([
          'Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức Ngày Sách tại Thư viện tỉnh, chậm nhất 15 ngày kể từ ngày Kế hoạch này được ban hành.',
          '',
          'Sở Giáo dục và Đào tạo chỉ đạo các trường phát động phong trào đọc sách trong học sinh.',
        ]),
      ),
    );
    expect(read.tasks.map((t) => [t.lead, t.deadline])).toEqual([
      // 15 days from 12/3/2026.
      [['Sở Văn hóa, Thể thao và Du lịch'], '2026-03-27'],
      [['Sở Giáo dục và Đào tạo'], null],
    ]);
  });

  it('reads bullets «- Sở …: …» the same, and takes no site text for a duty', async () => {
    const read = await readPlanFile(
      writeTemp(
        'kh-sach.md',
        plan([
          '- Sở Tài chính: bố trí kinh phí tổ chức các hoạt động theo quy định.',
          '- Thành Đoàn Quảng Trị: tổ chức cuộc thi đọc sách cho đoàn viên, thanh niên.',
        ]),
      ),
    );
    expect(read.tasks.map((t) => t.lead[0])).toEqual(['Sở Tài chính', 'Thành Đoàn Quảng Trị']);
    expect(read.tasks.some((t) => t.content.includes('Tải về'))).toBe(false);
  });
});

describe('rule «answers-to»: a sentence saying to whom a body answers hands out no work', () => {
  it('drops «X chịu trách nhiệm trước Y về …» alone, and keeps it when work follows', async () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'XÃ ĐỨC THỌ',
      '',
      'Số: 27/KH-UBND',
      '',
      'Đức Thọ, ngày 16 tháng 3 năm 2026',
      '',
      'KẾ HOẠCH',
      '',
      'Vận động nhân dân hiến đất mở rộng đường giao thông nông thôn',
      '',
      'IV. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Trưởng các thôn',
      '',
      '- Tổ chức họp dân, vận động các hộ hiến đất, tháo dỡ công trình trong phạm vi mở rộng.',
      '- Trưởng các thôn chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân xã về kết quả vận động ở thôn mình.',
      '',
      '2. Phòng Kinh tế',
      '',
      '- Chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân xã về chất lượng công trình; kiểm tra, nghiệm thu từng tuyến đường.',
      '',
    ].join('\n');
    const plan = await readPlanFile(writeTemp('kh-tra-loi.md', text));
    expect(plan.tasks.map((t) => t.content.slice(0, 30))).toEqual([
      'Tổ chức họp dân, vận động các ',
      'Chịu trách nhiệm trước Chủ tịc',
    ]);
  });
});
