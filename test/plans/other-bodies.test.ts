import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// Plans issued by bodies that are not a Sở or a UBND — the police, the army, a hospital — and work
// handed to such bodies. Habits met in writer 27's development set (new-writers-24).

const head = (issuer: string, number: string, title: string): string[] => [
  issuer,
  '',
  `Số: ${number}`,
  '',
  'Quảng Trị, ngày 20 tháng 4 năm 2026',
  '',
  'KẾ HOẠCH',
  '',
  title,
  '',
];

const read = async (lines: string[]) => readPlanFile(writeTemp('plan.md', lines.join('\n')));

describe('a police plan names its units by code', () => {
  const POLICE = [
    ...head('CÔNG AN TỈNH QUẢNG TRỊ', '1126/KH-CAT', 'Mở đợt cao điểm tấn công, trấn áp tội phạm về ma túy'),
    'I. NHIỆM VỤ CỦA CÁC ĐƠN VỊ',
    '',
    '1. Phòng Cảnh sát điều tra tội phạm về ma túy (PC04) - đơn vị thường trực của đợt cao điểm:',
    '',
    '- Chủ trì xác lập chuyên án, đấu tranh triệt phá các đường dây mua bán ma túy qua biên giới, hoàn thành trước ngày 30/6/2026.',
    '',
    '2. Phòng Tham mưu (PV01): Theo dõi, đôn đốc các đơn vị triển khai Kế hoạch; tham mưu tổng kết đợt cao điểm trước ngày 05/7/2026.',
    '',
    '3. Trại tạm giam Công an tỉnh: Tăng cường kiểm tra, kiểm soát người, phương tiện ra vào trại trong đợt cao điểm.',
    '',
    '4. Chế độ báo cáo: các đơn vị, Công an các xã, phường, đặc khu báo cáo kết quả về Công an tỉnh (qua PC04) trước ngày 02/7/2026.',
    '',
    'PHỤ LỤC',
    '',
    '| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |',
    '|---|---|---|---|---|',
    '| 1 | Tổ chức mít tinh hưởng ứng Tháng hành động phòng, chống ma túy | PV01 | PC04 | Ngày 26/6/2026 |',
  ];

  it('rule «unit-code»: «PV01» in a table is the Phòng Tham mưu the plan named «(PV01)»', async () => {
    const plan = await read(POLICE);
    const rally = plan.tasks.find((t) => t.content.startsWith('Tổ chức mít tinh'));
    expect(rally?.lead).toEqual(['Phòng Tham mưu']);
    expect(rally?.coordinating).toEqual(['Phòng Cảnh sát điều tra tội phạm về ma túy']);
  });

  it('a unit’s standing role after a dash (« - đơn vị thường trực …») is not its name', async () => {
    const plan = await read(POLICE);
    const raid = plan.tasks.find((t) => t.content.startsWith('Chủ trì xác lập chuyên án'));
    expect(raid?.lead).toEqual(['Phòng Cảnh sát điều tra tội phạm về ma túy']);
  });

  it('«Trại tạm giam» is a body, and «Chế độ báo cáo: các đơn vị, …» names who reports', async () => {
    const plan = await read(POLICE);
    expect(plan.tasks.find((t) => t.content.startsWith('Tăng cường kiểm tra'))?.lead).toEqual([
      'Trại tạm giam Công an tỉnh',
    ]);
    const report = plan.tasks.find((t) => t.deadline === '2026-07-02');
    expect(report?.lead).toEqual(['Các đơn vị', 'Công an các xã, phường, đặc khu']);
  });
});

describe('an army plan', () => {
  const ARMY = [
    ...head('BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN', '86/KH-BCH', 'Huấn luyện dân quân tự vệ năm 2026'),
    'II. TỔ CHỨC THỰC HIỆN',
    '',
    '1. Ban CHQS các xã, phường: Tổ chức huấn luyện dân quân năm thứ nhất, hoàn thành trước ngày 30/8/2026.',
    '',
    '2. Đồng chí Phó Chỉ huy trưởng - Tham mưu trưởng chủ trì kiểm tra công tác chuẩn bị Hội thao trước ngày 10/8/2026.',
    '',
    '3. Các cơ quan, đơn vị:',
    '',
    'a) Trường hợp dân quân vắng huấn luyện có lý do chính đáng thì được bố trí huấn luyện bù trong năm.',
    '',
    'b) Gửi danh sách dân quân tham gia huấn luyện về Phòng Tham mưu trước ngày 15/5/2026.',
    '',
    'Quá trình thực hiện có vướng mắc, các cơ quan, đơn vị báo cáo về Bộ Chỉ huy Quân sự tỉnh (qua Phòng Tham mưu) để chỉ đạo, giải quyết./.',
  ];

  it('«Ban CHQS» is spelled out, and «Đồng chí» is a form of address, not part of the post', async () => {
    const plan = await read(ARMY);
    expect(plan.tasks.find((t) => t.content.startsWith('Tổ chức huấn luyện'))?.lead).toEqual([
      'Ban Chỉ huy Quân sự các xã, phường',
    ]);
    expect(plan.tasks.find((t) => t.deadline === '2026-08-10')?.lead).toEqual(['Phó Chỉ huy trưởng - Tham mưu trưởng']);
  });

  it('rule «condition-rule»: «Trường hợp … thì được bố trí …» says what happens; it hands out nothing', async () => {
    const plan = await read(ARMY);
    expect(plan.tasks.some((t) => t.content.includes('vắng huấn luyện'))).toBe(false);
    expect(plan.tasks.some((t) => t.content.startsWith('Gửi danh sách'))).toBe(true);
  });

  it('the closing «Quá trình thực hiện có vướng mắc, … báo cáo về …» is no task', async () => {
    const plan = await read(ARMY);
    expect(plan.tasks.some((t) => /vướng mắc/u.test(t.content))).toBe(false);
  });
});

describe('a hospital plan hands work to its departments and their heads', () => {
  const HOSPITAL = [
    ...head('BỆNH VIỆN ĐA KHOA TỈNH THANH HÓA', '1985/KH-BVĐK', 'Bảo đảm công tác y tế dịp Tết Đinh Mùi 2027'),
    'I. ĐỘI CẤP CỨU LƯU ĐỘNG',
    '',
    '| STT | Họ và tên | Chức danh, đơn vị | Nhiệm vụ trong Đội |',
    '|---|---|---|---|',
    '| 1 | BSCKI. Hoàng Văn Dũng | Phó Trưởng khoa Cấp cứu | Đội trưởng |',
    '| 2 | BS. Lê Thị Mai | Bác sĩ khoa Cấp cứu | Đội viên |',
    '| 3 | Nguyễn Văn Hùng | Tổ Xe | Lái xe cứu thương |',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '',
    '1. Trách nhiệm của lãnh đạo Bệnh viện và các khoa, phòng:',
    '',
    'a) Đồng chí Phó Giám đốc phụ trách chuyên môn chỉ đạo công tác cấp cứu, điều trị trước ngày 02/02/2027.',
    '',
    'b) Trưởng các khoa, phòng phân công lịch trực, gửi Phòng Kế hoạch tổng hợp trước ngày 20/01/2027.',
    '',
    'c) Phòng Kế hoạch tổng hợp tổng hợp tình hình tiếp nhận, cấp cứu người bệnh trong những ngày nghỉ Tết.',
    '',
    'd) Phòng Công tác xã hội bố trí nhân viên hướng dẫn người bệnh tại khu vực tiếp đón.',
    '',
    '2. Đề nghị Công an phường Hạc Thành bố trí lực lượng tuần tra, bảo đảm an ninh trật tự tại cổng Bệnh viện.',
  ];

  it('rule «member-list»: a «Họ và tên | … | Nhiệm vụ trong Đội» table lists people, not work', async () => {
    const plan = await read(HOSPITAL);
    expect(plan.tasks.some((t) => /^(?:Đội trưởng|Đội viên|Lái xe)/u.test(t.content))).toBe(false);
  });

  it('rule «own-doer-in-section»: each item of «Trách nhiệm của lãnh đạo Bệnh viện và các khoa, phòng» goes to the body it names', async () => {
    const plan = await read(HOSPITAL);
    const leads = plan.tasks.filter((t) => t.order.startsWith('II.1')).map((t) => t.lead.join('; '));
    expect(leads).toEqual([
      'Phó Giám đốc phụ trách chuyên môn',
      'Các khoa, phòng',
      'Phòng Kế hoạch tổng hợp',
      'Phòng Công tác xã hội',
    ]);
  });

  it('«Hạc Thành» is a place: the verb after it still ends the ward police’s name', async () => {
    const plan = await read(HOSPITAL);
    const asked = plan.tasks.find((t) => t.kind === 'request');
    expect(asked?.lead).toEqual(['Công an phường Hạc Thành']);
  });
});

describe('rule «legend-list»: the key under an appendix spells out its short names', () => {
  const LEGEND = [
    ...head('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', '386/KH-UBND', 'Cải cách hành chính năm 2027'),
    'PHỤ LỤC',
    '',
    '| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |',
    '|---|---|---|---|---|',
    '| 1 | Mở rộng danh mục thủ tục hành chính không phụ thuộc địa giới hành chính | TTPVHCC | Các sở, ngành; UBND cấp xã | Quý II/2027 |',
    '| 2 | Rà soát quy trình nội bộ giải quyết thủ tục hành chính | P.NVY | CAT | Quý III/2027 |',
    '',
    '*Ghi chú: Chữ viết tắt trong Phụ lục: TTPVHCC - Trung tâm Phục vụ hành chính công tỉnh; CAT - Công an tỉnh; Các sở, ngành - các sở, ban, ngành cấp tỉnh; UBND cấp xã - Ủy ban nhân dân các xã, phường; P.NVY: Phòng Nghiệp vụ Y.*',
  ];

  it('reads «X - name» and «X: name» entries, and the note itself is no task', async () => {
    const plan = await read(LEGEND);
    expect(plan.tasks.map((t) => [t.lead, t.coordinating])).toEqual([
      [['Trung tâm Phục vụ hành chính công tỉnh'], ['Các sở, ban, ngành cấp tỉnh', 'Ủy ban nhân dân các xã, phường']],
      [['Phòng Nghiệp vụ Y'], ['Công an tỉnh']],
    ]);
  });
});
