import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// Meeting conclusions that hand out work sentence by sentence, and task tables with habits seen in
// writers 21, 25 and 29's development sets: status columns, lost merges, two-row headers.

const read = async (lines: string[], name = 'plan.md') => readPlanFile(writeTemp(name, lines.join('\n')));

const NOTICE_HEAD = [
  'VĂN PHÒNG ỦY BAN NHÂN DÂN',
  'TỈNH TUYÊN QUANG',
  '',
  'Số: 412/TB-VP',
  '',
  'Tuyên Quang, ngày 14 tháng 5 năm 2026',
  '',
  'THÔNG BÁO',
  '',
  'Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh về các trường nội trú biên giới',
  '',
  'Sau khi nghe báo cáo, Phó Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:',
  '',
];

describe('a conclusion hands out work sentence by sentence', () => {
  const NOTICE = [
    ...NOTICE_HEAD,
    '1. Về giải phóng mặt bằng: Sở Nông nghiệp và Môi trường hướng dẫn các xã thủ tục thu hồi đất, hoàn thành trong tháng 5/2026. Trường hợp phải chuyển mục đích sử dụng rừng, giao Sở Nông nghiệp và Môi trường chủ trì lập hồ sơ trình Ủy ban nhân dân tỉnh trước ngày 05/6/2026. Trường hợp Nhà máy chậm vận hành, lượng rác tồn đọng dự kiến tăng thêm 20%.',
    '',
    '2. Về tuyển sinh: Sở Giáo dục và Đào tạo chủ trì xây dựng phương án tuyển sinh, trình Ủy ban nhân dân tỉnh trong tháng 9/2026. Sở Dân tộc và Tôn giáo phối hợp tham mưu chính sách hỗ trợ học sinh bán trú.',
    '',
    '3. Giao Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh (sau đây gọi tắt là Ban QLDA dân dụng) hoàn thiện hồ sơ thiết kế trước ngày 30/5/2026.',
    '',
    '4. Ban QLDA dân dụng tăng cường giám sát chất lượng công trình; hằng tuần (vào chiều thứ Sáu) báo cáo tiến độ về Sở Giáo dục và Đào tạo để tổng hợp.',
  ];

  it('rule «sentence-per-body»: two sentences, two bodies, two rows', async () => {
    const plan = await read(NOTICE);
    expect(plan.tasks.filter((t) => t.order === '2').map((t) => t.lead)).toEqual([
      ['Sở Giáo dục và Đào tạo'],
      ['Sở Dân tộc và Tôn giáo'],
    ]);
  });

  it('rule «conditional-order»: «Trường hợp …, giao Sở …» is that Sở’s task, with its condition; a forecast is none', async () => {
    const plan = await read(NOTICE);
    const ordered = plan.tasks.find((t) => t.content.startsWith('Trường hợp phải chuyển'));
    expect(ordered?.lead).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(ordered?.deadline).toBe('2026-06-05');
    expect(plan.tasks.filter((t) => t.content.includes('dự kiến tăng')).map((t) => t.content)).toEqual([]);
  });

  it('a long name defined by a short form with a verb in it («xây dựng») is spelled out', async () => {
    const plan = await read(NOTICE);
    const full = 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh';
    expect(plan.tasks.filter((t) => t.order === '4').every((t) => t.lead[0] === full)).toBe(true);
  });

  it('rule «weekly-before-report»: «hằng tuần (vào chiều thứ Sáu) báo cáo …» is a weekly report', async () => {
    const plan = await read(NOTICE);
    const weekly = plan.tasks.find((t) => t.order === '4' && t.kind === 'report');
    expect(weekly?.recurrence).toMatch(/tuần/u);
  });
});

describe('orders set out in other shapes', () => {
  it('rule «effect-formula»: «Điều 2. Quyết định này có hiệu lực … Giao Công an phường …» hands out its second sentence', async () => {
    const plan = await read([
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG THỦ DẦU MỘT',
      '',
      'Số: 245/QĐ-UBND',
      '',
      'Thủ Dầu Một, ngày 12 tháng 3 năm 2026',
      '',
      'QUYẾT ĐỊNH',
      '',
      'Ban hành Quy chế quản lý camera giám sát an ninh, trật tự',
      '',
      'QUYẾT ĐỊNH:',
      '',
      'Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý camera giám sát an ninh, trật tự.',
      '',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Giao Công an phường chủ trì phổ biến Quy chế này đến các khu phố trước ngày 31/3/2026.',
      '',
      'Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Trưởng Công an phường chịu trách nhiệm thi hành Quyết định này.',
    ]);
    expect(plan.tasks.map((t) => [t.lead, t.deadline])).toEqual([[['Công an phường'], '2026-03-31']]);
  });

  it('a small office’s «b- …» item and a bold lettered lead-in with bullets under it', async () => {
    const plan = await read([
      ...NOTICE_HEAD,
      '2. Nhiệm vụ thời gian tới',
      '',
      '**a) Sở NN&MT:**',
      '',
      '- Chủ trì rà soát danh mục 41 bãi rác tạm tồn lưu, trình Ủy ban nhân dân tỉnh trước ngày 15/5/2026.',
      '',
      '- Tham mưu văn bản kiến nghị Bộ Nông nghiệp và Môi trường, hoàn thành trong tháng 4/2026.',
      '',
      'b- BCH QS xã tổ chức huấn luyện dân quân năm 2026 đúng kế hoạch, xong trước 30/8/2026.',
    ]);
    expect(plan.tasks.map((t) => [t.order, t.lead[0], t.deadline])).toEqual([
      ['2.a', 'Sở NN&MT', '2026-05-15'],
      ['2.a', 'Sở NN&MT', '2026-04-30'],
      ['2.b', 'Ban Chỉ huy Quân sự xã', '2026-08-30'],
    ]);
  });

  it('rule «deputy-in-charge»: the deputy is named by his field, up to the duty’s verb', async () => {
    const plan = await read([
      'THUẾ TỈNH ĐỒNG NAI',
      '',
      'Số: 412/KH-TĐNA',
      '',
      'Đồng Nai, ngày 05 tháng 2 năm 2026',
      '',
      'KẾ HOẠCH',
      '',
      'Quyết toán thuế thu nhập cá nhân năm 2025',
      '',
      'IV. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Đồng chí Phó Trưởng Thuế tỉnh phụ trách lĩnh vực quản lý hộ kinh doanh, cá nhân chủ trì cuộc họp trực tuyến hằng tuần với các Thuế cơ sở đến ngày 15/5/2026.',
    ]);
    expect(plan.tasks[0]?.lead).toEqual(['Phó Trưởng Thuế tỉnh phụ trách lĩnh vực quản lý hộ kinh doanh, cá nhân']);
  });
});

describe('task tables', () => {
  const PLAN_HEAD = [
    'ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN',
    '',
    'Số: 215/KH-UBND',
    '',
    'Hưng Yên, ngày 14 tháng 4 năm 2026',
    '',
    'KẾ HOẠCH',
    '',
    'Xử lý chất thải rắn sinh hoạt',
    '',
  ];

  it('rules «dropped-row» and a state as of a day: done and called-off rows are no work, the rest are', async () => {
    const plan = await read([
      ...PLAN_HEAD,
      'PHỤ LỤC',
      '',
      'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ TẠI THÔNG BÁO SỐ 97/TB-VP',
      '',
      '| STT | Nội dung nhiệm vụ | Cơ quan thực hiện | Thời hạn | Kết quả (đến ngày 08/4/2026) |',
      '|---|---|---|---|---|',
      '| 1 | Ban hành hướng dẫn phân loại rác tại nguồn | Sở Nông nghiệp và Môi trường | Tháng 3/2026 | Đã hoàn thành |',
      '| 2 | Kêu gọi nhà đầu tư dự án điện rác | Sở Tài chính | Tháng 3/2026 | Không tiếp tục thực hiện |',
      '| 3 | Hoàn thành xây dựng bãi chôn lấp | Ban QLDA đầu tư xây dựng tỉnh | 31/3/2026 | Đã dừng thi công do vướng mặt bằng |',
      '| 4 | Lựa chọn đơn vị thu gom rác tại 09 thôn | Ủy ban nhân dân xã Tiền Hải | 31/5/2026 | Chưa hoàn thành |',
    ]);
    expect(plan.tasks.map((t) => t.content)).toEqual([
      'Hoàn thành xây dựng bãi chôn lấp',
      'Lựa chọn đơn vị thu gom rác tại 09 thôn',
    ]);
  });

  it('rule «merged-doer-rows»: rows under a lost merge with their own time are the next duties of the body above', async () => {
    const plan = await read([
      ...PLAN_HEAD,
      '| TT | Đơn vị | Nhiệm vụ | Thời hạn |',
      '|---|---|---|---|',
      '| 1 | Phòng Đào tạo | Chuyển danh sách trúng tuyển cho Phòng Công tác sinh viên | Trước 21/8/2026 |',
      '|  |  | Xếp lớp học phần, thời khóa biểu học kỳ I | Trước 10/9/2026 |',
      '| 2 | Phòng Công tác sinh viên | Tiếp nhận hồ sơ nhập học, phân lớp sinh hoạt cho sinh viên | Trước 29/8/2026 |',
      '|  |  | liên thông dữ liệu với Phòng Đào tạo | |',
    ]);
    expect(plan.tasks.map((t) => [t.lead[0], t.deadline])).toEqual([
      ['Phòng Đào tạo', '2026-08-21'],
      ['Phòng Đào tạo', '2026-09-10'],
      ['Phòng Công tác sinh viên', '2026-08-29'],
    ]);
  });

  it('«Thời gian thực hiện» over «Bắt đầu | Hoàn thành»: the work is due when it ends', async () => {
    const plan = await read([
      ...PLAN_HEAD,
      '| STT | Cơ quan chủ trì | Nội dung nhiệm vụ | Cơ quan phối hợp | Thời gian thực hiện |  | Sản phẩm |',
      '|---|---|---|---|---|---|---|',
      '|  |  |  |  | **Bắt đầu** | **Hoàn thành** |  |',
      '| **A** | **NHIỆM VỤ CHUNG** |  |  |  |  |  |',
      '| 1 | Sở Nông nghiệp và Môi trường | Rà soát quy hoạch không gian biển | Sở Xây dựng | 2026 | 2027 | Báo cáo |',
      '| 2 | Sở Tài chính | Cân đối nguồn vốn cho các dự án hạ tầng ven biển | Sở Xây dựng | Quý III/2026 | Quý II/2027 | Tờ trình |',
    ]);
    expect(plan.tasks.map((t) => t.deadline)).toEqual(['2027-12-31', '2027-06-30']);
  });
});

describe('text copied out of a PDF viewer, and event plans', () => {
  it('rule «page-number-line»: a page’s number standing alone between two lines is not a paragraph', async () => {
    const filler = Array.from(
      { length: 22 },
      (_, k) => `Nội dung tình hình chung dòng thứ ${k + 1} của văn bản được sao chép.`,
    );
    const plan = await read([
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
      'Số: 58/KH-UBND',
      'Quảng Trị, ngày 05 tháng 3 năm 2026',
      'KẾ HOẠCH',
      'Phòng, chống tội phạm năm 2026',
      'I. TÌNH HÌNH',
      ...filler,
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đề nghị Báo và Phát thanh, Truyền hình Quảng Trị mở chuyên mục về phòng, chống tội phạm trong',
      '2',
      'năm 2026.',
      '2. Sở Tư pháp chủ trì phổ biến pháp luật về phòng, chống tội phạm, hoàn thành trước ngày 30/6/2026.',
    ]);
    expect(plan.tasks.some((t) => t.content.trim() === '2')).toBe(false);
    expect(plan.tasks.map((t) => t.kind)).toEqual(['request', 'task']);
  });

  it('rule «event-anchor»: «Trước khai mạc 07 ngày» counts from the opening day the plan states', async () => {
    const plan = await read([
      'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG',
      '',
      'Số: 97/KH-UBND',
      '',
      'Lâm Đồng, ngày 10 tháng 6 năm 2026',
      '',
      'KẾ HOẠCH',
      '',
      'Tổ chức Đại hội Thể dục thể thao tỉnh lần thứ I',
      '',
      'Đại hội tổ chức tại thành phố Đà Lạt. Lễ khai mạc vào 20 giờ 00 ngày 15/8/2026; lễ bế mạc ngày 20/8/2026.',
      '',
      '| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |',
      '|---|---|---|---|---|',
      '| 1 | Tổ chức họp báo giới thiệu Đại hội | Sở Văn hóa, Thể thao và Du lịch | Văn phòng UBND tỉnh | Trước khai mạc 07 ngày |',
      '| 2 | Quyết toán kinh phí tổ chức Đại hội | Sở Tài chính | Sở Văn hóa, Thể thao và Du lịch | Sau bế mạc 30 ngày |',
    ]);
    expect(plan.tasks.map((t) => t.deadline)).toEqual(['2026-08-08', '2026-09-19']);
  });
});
