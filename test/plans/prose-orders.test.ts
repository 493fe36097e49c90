import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// Work written in prose, in haste: a Công điện, a Nghị quyết of a commune council. Habits met in
// writer 21's development set.

const SITUATION =
  'Theo tin của Trung tâm Dự báo khí tượng thủy văn quốc gia, hồi 13 giờ ngày 23/9/2026 vị trí tâm bão số 6 ở khoảng 18,3 độ Vĩ Bắc; 110,2 độ Kinh Đông, sức gió mạnh nhất vùng gần tâm bão mạnh cấp 11, giật cấp 14; dự báo trong 24 đến 36 giờ tới bão di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi được 15-20 km. ' +
  'Đây là cơn bão rất mạnh, di chuyển nhanh, phạm vi ảnh hưởng rộng, kết hợp với triều cường có thể gây nước dâng 0,8-1,2 m tại vùng ven biển; trong hai ngày qua các cấp, các ngành đã chủ động triển khai các biện pháp ứng phó. ' +
  'Thực hiện Công điện số 11/CĐ-TTg ngày 22/9/2026 của Thủ tướng Chính phủ, với mục tiêu cao nhất là bảo đảm an toàn tính mạng của Nhân dân, hạn chế thấp nhất thiệt hại về tài sản, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:';

const TELEGRAM = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH THANH HÓA',
  '',
  'Số: 07/CĐ-UBND',
  '',
  'Thanh Hóa, ngày 23 tháng 9 năm 2026',
  '',
  'CÔNG ĐIỆN',
  '',
  'Về việc tập trung ứng phó khẩn cấp với bão số 6',
  '',
  SITUATION,
  '',
  '1. Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì, phối hợp với Sở Nông nghiệp và Môi trường kêu gọi tàu thuyền vào nơi tránh trú an toàn, hoàn thành trước 17 giờ 00 ngày 24/9/2026.',
  '',
  '2. Báo và Phát thanh, Truyền hình Thanh Hóa tăng thời lượng đưa tin về diễn biến của bão.',
  '',
  '3. Công an tỉnh thiết lập đường dây nóng tiếp nhận thông tin về sự cố do bão gây ra.',
  '',
].join('\n');

describe('a Công điện: its orders follow the account of the storm', () => {
  it('reads the orders after a long paragraph that ends «… yêu cầu:», with its title', async () => {
    const plan = await readPlanFile(writeTemp('cong-dien.md', TELEGRAM));
    expect(plan.plan.title).toBe('Về việc tập trung ứng phó khẩn cấp với bão số 6');
    expect(plan.tasks.map((t) => [t.lead[0], t.deadline])).toEqual([
      ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', '2026-09-24'],
      // «tăng», «thiết lập» end the body's name like any duty verb.
      ['Báo và Phát thanh, Truyền hình Thanh Hóa', null],
      ['Công an tỉnh', null],
    ]);
  });
});

const RESOLUTION = (article1: string, article2: string): string =>
  [
    'HỘI ĐỒNG NHÂN DÂN',
    'XÃ AN LÃO',
    '',
    'Số: 18/NQ-HĐND',
    '',
    'An Lão, ngày 16 tháng 7 năm 2026',
    '',
    'NGHỊ QUYẾT',
    '',
    'Về hoạt động chất vấn và trả lời chất vấn tại kỳ họp thứ ba',
    '',
    'QUYẾT NGHỊ:',
    '',
    '**Điều 1.** Hội đồng nhân dân xã cơ bản đồng tình với nội dung trả lời chất vấn và yêu cầu:',
    '',
    article1,
    '',
    '**Điều 2. Tổ chức thực hiện**',
    '',
    article2,
    '',
  ].join('\n');

describe('rule «order-after-facts»: the order after a topic’s facts', () => {
  it('gives the topic’s paragraph to the body its later sentence names', async () => {
    const text = RESOLUTION(
      '1. Về cấp nước sinh hoạt cho đồng bào vùng cao: Hiện nay toàn xã còn 312 hộ chưa được sử dụng nước sinh hoạt hợp vệ sinh; 04 công trình cấp nước tự chảy bị hư hỏng nhưng chưa được sửa chữa. Ủy ban nhân dân xã chủ trì, phối hợp với Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh kiểm tra, sửa chữa dứt điểm 04 công trình nêu trên, hoàn thành trước ngày 30/10/2026.',
      '1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã tham gia giám sát việc thực hiện Nghị quyết.',
    );
    const plan = await readPlanFile(writeTemp('nq-chat-van.md', text));
    const water = plan.tasks.find((t) => t.lead.includes('Ủy ban nhân dân xã'));
    expect(water).toMatchObject({ deadline: '2026-10-30' });
    expect(water?.content).not.toContain('Hiện nay toàn xã');
  });

  it('leaves a topic whose later sentence tells what was done', async () => {
    const text = RESOLUTION(
      '1. Về cấp nước sinh hoạt cho đồng bào vùng cao: Hiện nay toàn xã còn 312 hộ chưa được sử dụng nước sinh hoạt hợp vệ sinh. Ủy ban nhân dân xã đã sửa chữa 02 công trình cấp nước tự chảy trong năm 2025.',
      '1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã tham gia giám sát việc thực hiện Nghị quyết.',
    );
    const plan = await readPlanFile(writeTemp('nq-da-lam.md', text));
    expect(plan.tasks.flatMap((t) => t.lead)).not.toContain('Ủy ban nhân dân xã');
  });
});

describe('rule «bodies-in-turn»: a paragraph whose sentences name a body each', () => {
  it('hands each body its own part', async () => {
    const text = RESOLUTION(
      '1. Về cấp nước sinh hoạt: Ủy ban nhân dân xã kiểm tra, sửa chữa dứt điểm 04 công trình cấp nước tự chảy.',
      '2. Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết này. Thường trực Hội đồng nhân dân xã có trách nhiệm đưa kết quả thực hiện vào chương trình kỳ họp cuối năm 2026; Ban Kinh tế - Xã hội chủ trì giám sát chuyên đề việc sửa chữa 04 công trình cấp nước, hoàn thành trong tháng 11/2026; Ban Pháp chế theo dõi việc giải quyết hồ sơ đất đai tồn đọng.',
    );
    const plan = await readPlanFile(writeTemp('nq-luot.md', text));
    const leads = plan.tasks.map((t) => t.lead[0]);
    expect(leads).toContain('Ban Kinh tế - Xã hội');
    expect(leads).toContain('Ban Pháp chế');
    expect(plan.tasks.find((t) => t.lead[0] === 'Ban Kinh tế - Xã hội')?.deadline).toBe('2026-11-30');
  });
});

describe('a ward’s Quy chế: rules are not work (rule «rights-and-bans»)', () => {
  const regulation = (clauses: string[]): string =>
    [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG THỦ DẦU MỘT',
      '',
      'Số: 245/QĐ-UBND',
      '',
      'Thủ Dầu Một, ngày 12 tháng 3 năm 2026',
      '',
      'QUY CHẾ',
      '',
      'Quản lý, vận hành hệ thống camera giám sát',
      '',
      '**Điều 5. Trách nhiệm của Công an phường**',
      '',
      ...clauses,
      '',
      'Văn bản liên quan: Luật Bảo vệ dữ liệu cá nhân 2025 · Luật Tổ chức chính quyền địa phương 2025',
      '',
    ].join('\n');

  it('reads the duties and leaves out a right, a ban on anyone, and the site’s list of related texts', async () => {
    const plan = await readPlanFile(
      writeTemp(
        'quy-che.md',
        regulation([
          '1. Chủ trì quản lý, vận hành Phòng giám sát camera, bố trí cán bộ trực 24/24 giờ, hoàn thành trước ngày 30/4/2026.',
          '',
          '2. Được đề xuất Ủy ban nhân dân phường khen thưởng tổ chức, cá nhân có thành tích.',
          '',
          '3. Được giao chủ trì kiểm tra việc kết nối camera của các hộ kinh doanh trong Quý II/2026.',
          '',
          '**Điều 8. Quy định đối với tổ chức, cá nhân**',
          '',
          'Tổ chức, cá nhân quản lý camera đã kết nối không được tự ý thay đổi góc quay, ngắt kết nối.',
        ]),
      ),
    );
    expect(plan.tasks.map((t) => [t.lead[0], t.deadline])).toEqual([
      ['Công an phường', '2026-04-30'],
      // «Được giao» assigns.
      ['Công an phường', '2026-06-30'],
    ]);
  });
});

describe('rule «clause-per-agency» under a topic label', () => {
  it('starts the first clause after «Về …:», not at a comma inside it', async () => {
    const text = RESOLUTION(
      '2. Về hồ sơ, thủ tục đầu tư: Giao Ban Quản lý dự án dân dụng khẩn trương hoàn thiện hồ sơ thiết kế của 03 trường Mèo Vạc, Xín Mần, Đồng Văn, gửi Sở Xây dựng thẩm định trước ngày 30/5/2026; Sở Tài chính tham mưu bố trí đủ vốn năm 2026 cho các dự án trước ngày 15/6/2026.',
      '1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã tham gia giám sát việc thực hiện Nghị quyết.',
    );
    const plan = await readPlanFile(writeTemp('ve-ho-so.md', text));
    const first = plan.tasks.find((t) => t.lead[0] === 'Ban Quản lý dự án dân dụng');
    expect(first?.content.startsWith('Khẩn trương hoàn thiện hồ sơ') || first?.content.startsWith('Ban Quản lý')).toBe(
      true,
    );
    expect(first?.deadline).toBe('2026-05-30');
    expect(plan.tasks.find((t) => t.lead[0] === 'Sở Tài chính')?.deadline).toBe('2026-06-15');
  });
});

describe('rule «office-shorthand»: a commune’s offices typed short and never defined', () => {
  it('reads «P.KT», «CA xã», «BCH QS xã», «Trung tâm PVHCC xã» as the offices they are', async () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'XÃ TRẤN YÊN',
      '',
      'Số: 86/KH-UBND',
      '',
      'Trấn Yên, ngày 22 tháng 6 năm 2026',
      '',
      'KẾ HOẠCH',
      '',
      'Thực hiện nhiệm vụ 6 tháng cuối năm 2026',
      '',
      'II. NHIỆM VỤ TRỌNG TÂM',
      '',
      '1. Kinh tế, quốc phòng, an ninh',
      '',
      '- P.KT chỉ đạo, hướng dẫn các thôn gieo cấy lúa mùa xong trước 15/7.',
      '',
      '- CA xã tăng cường tuần tra đêm, nắm tình hình an ninh trật tự tại các thôn giáp ranh.',
      '',
      '- BCH QS xã tổ chức huấn luyện dân quân năm 2026 đúng kế hoạch.',
      '',
      '- Trung tâm PVHCC xã niêm yết công khai thủ tục hành chính mới.',
      '',
    ].join('\n');
    const plan = await readPlanFile(writeTemp('xa-vot.md', text));
    expect(plan.tasks.map((t) => t.lead[0])).toEqual([
      'Phòng Kinh tế',
      'Công an xã',
      'Ban Chỉ huy Quân sự xã',
      'Trung tâm Phục vụ hành chính công xã',
    ]);
  });
});

describe('a commune’s loose deadlines inside its duties', () => {
  it('reads «xong cuối tháng 10», «vào cuối năm», «trong tuần này», «xong truoc 15/8»', async () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'XÃ TRẤN YÊN',
      '',
      'Số: 86/KH-UBND',
      '',
      'Trấn Yên, ngày 22 tháng 6 năm 2026',
      '',
      'KẾ HOẠCH',
      '',
      'Thực hiện nhiệm vụ 6 tháng cuối năm 2026',
      '',
      'II. NHIỆM VỤ TRỌNG TÂM',
      '',
      '1. Kinh tế',
      '',
      '- Phòng Kinh tế đôn đốc nhà thầu thi công đường liên thôn, xong cuối tháng 10.',
      '',
      '- Phòng Văn hóa - Xã hội tổ chức tổng kết phong trào thi đua của xã vào cuối năm.',
      '',
      '- Công an xã rà soát các hộ tạm trú tại các thôn giáp ranh trong tuần này.',
      '',
      '- Trạm Y tế xã tổ chức tiêm phòng cho trẻ em trong độ tuổi, xong truoc 15/8.',
      '',
    ].join('\n');
    const plan = await readPlanFile(writeTemp('han-long.md', text));
    expect(plan.tasks.map((t) => t.deadline)).toEqual(['2026-10-31', '2026-12-31', '2026-06-28', '2026-08-15']);
  });
});
