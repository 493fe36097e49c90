import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// A province's table of tasks with no «Cơ quan chủ trì» column: each row names its doer in its work.

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n\nSố: 96/KH-UBND\n\nĐiện Biên, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\n\n' +
  'Bố trí, ổn định dân cư vùng thiên tai năm 2026\n\nIII. NHIỆM VỤ TRỌNG TÂM\n\n' +
  '| TT | Nội dung nhiệm vụ | Thời hạn hoàn thành |\n| --- | --- | --- |\n';

describe('rule «work-led-table»: the doer is named inside the work cell', () => {
  it('reads «Giao X chủ trì», a body first, «(cơ quan chủ trì)» and «A, B, C: …» as each row’s lead', async () => {
    const text =
      HEAD +
      '| 1 | Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng rà soát danh sách hộ dân trong vùng nguy cơ sạt lở. | Trước ngày 15/4/2026 |\n' +
      '| 2 | Ủy ban nhân dân các xã tổ chức di chuyển khẩn cấp 95 hộ dân ra khỏi vùng nguy hiểm. | Trước ngày 31/5/2026 |\n' +
      '| 3 | Sở Xây dựng phối hợp với Sở Nông nghiệp và Môi trường (cơ quan chủ trì) hướng dẫn thiết kế mẫu nhà ở. | Tháng 4/2026 |\n' +
      '| 4 | Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh: xây dựng phương án huy động lực lượng hỗ trợ Nhân dân tháo dỡ nhà. | Trước ngày 20/4/2026 |\n';
    const plan = await readPlanFile(writeTemp('work-led.md', text));
    expect(plan.tasks.map((t) => [t.lead, t.deadline])).toEqual([
      [['Sở Nông nghiệp và Môi trường'], '2026-04-15'],
      [['Ủy ban nhân dân các xã'], '2026-05-31'],
      [['Sở Nông nghiệp và Môi trường'], '2026-04-30'],
      [['Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh'], '2026-04-20'],
    ]);
    expect(plan.tasks[0]?.coordinating).toEqual(['Sở Xây dựng']);
    expect(plan.tasks[2]?.coordinating).toEqual(['Sở Xây dựng']);
  });

  it('does not read a list of aims whose rows name no one as a task table', async () => {
    const text =
      HEAD +
      '| 1 | Hoàn thành di chuyển 95 hộ dân ra khỏi vùng nguy hiểm. | Trước ngày 31/5/2026 |\n' +
      '| 2 | 100% điểm tái định cư tập trung có hạ tầng thiết yếu. | Năm 2026 |\n' +
      '| 3 | Giao Sở Tài chính chủ trì bố trí kinh phí hỗ trợ làm nhà. | Quý II/2026 |\n';
    const plan = await readPlanFile(writeTemp('aims.md', text));
    expect(plan.tasks.filter((t) => t.source.startsWith('Bảng'))).toEqual([]);
    expect(plan.problems.join('\n')).toMatch(/Bỏ qua bảng «TT \| Nội dung nhiệm vụ \| Thời hạn hoàn thành»/);
  });
});

describe('rule «place-list»: an appendix of places with their investor is no list of tasks', () => {
  it('leaves out «Tên điểm bố trí dân cư | … | Chủ đầu tư | Thời gian thực hiện» and says so', async () => {
    const text =
      HEAD +
      '| 1 | Giao Sở Tài chính chủ trì tham mưu phân bổ vốn cho các điểm bố trí dân cư tại Phụ lục. | Trước ngày 30/4/2026 |\n' +
      '| 2 | Ủy ban nhân dân các xã có dự án lập hồ sơ thiết kế hạ tầng thiết yếu. | Quý II/2026 |\n\n' +
      'PHỤ LỤC\n\n' +
      '| TT | Tên điểm bố trí dân cư | Xã | Số hộ | Chủ đầu tư | Thời gian thực hiện |\n|---|---|---|---|---|---|\n' +
      '| 1 | Điểm tái định cư bản Huổi Lóng | Mường Pồn | 42 | UBND xã Mường Pồn | 2025 - 2026 |\n' +
      '| 2 | Điểm bố trí dân cư bản Nậm Pố | Mường Nhé | 31 | UBND xã Mường Nhé | 2026 |\n' +
      '|  | Cộng |  | 73 |  |  |\n';
    const plan = await readPlanFile(writeTemp('places.md', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([['Sở Tài chính'], ['Ủy ban nhân dân các xã có dự án']]);
    expect(plan.problems.join('\n')).toMatch(
      /Bỏ qua bảng «TT \| Tên điểm bố trí dân cư \| Xã \| Số hộ \| …».*danh mục địa điểm/,
    );
  });

  it('still reads a list of works to do at named places', async () => {
    const text =
      HEAD +
      '| 1 | Giao Sở Xây dựng chủ trì kiểm tra các điểm úng ngập. | Quý II/2026 |\n' +
      '| 2 | Ủy ban nhân dân các phường cải tạo rãnh thoát nước. | Quý III/2026 |\n\n' +
      'PHỤ LỤC\n\n' +
      '| TT | Địa điểm | Nội dung thực hiện | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|---|\n' +
      '| 1 | Phố Nguyễn Khuyến | Cải tạo, bổ sung 06 ga thu nước | UBND phường Văn Miếu | Trước ngày 30/5/2026 |\n' +
      '| 2 | Ngõ 2 phố Tân Mai | Nâng cốt nền ngõ, cải tạo rãnh thoát nước | UBND phường Tương Mai | Trước ngày 15/6/2026 |\n';
    const plan = await readPlanFile(writeTemp('works-at-places.md', text));
    expect(plan.tasks.filter((t) => t.source.startsWith('Phụ lục')).map((t) => t.content)).toEqual([
      'Cải tạo, bổ sung 06 ga thu nước',
      'Nâng cốt nền ngõ, cải tạo rãnh thoát nước',
    ]);
  });
});

describe('rule «duties-in-doer-cell»: the doer cell hands the row out body by body', () => {
  const SO =
    'SỞ XÂY DỰNG\n\nSố: 2156/KH-SXD\n\nAn Giang, ngày 02 tháng 6 năm 2026\n\nKẾ HOẠCH\n\n' +
    'Bảo đảm an toàn giao thông đường thủy mùa nước nổi\n\nIII. NHIỆM VỤ\n\n' +
    '| **STT** | **Nội dung** | **Thời gian** | **Đơn vị thực hiện** |\n|---|---|---|---|\n';

  it('makes one task per line, a request where the plan asks, each led by its body (escapes of a converter read)', async () => {
    const text =
      SO +
      '| 1 | Tuyên truyền quy định về an toàn giao thông đường thủy | Tháng 7 - tháng 11/2026 | ' +
      '\\- Văn phòng Sở: đăng tải tin, bài, khuyến cáo trên Trang thông tin điện tử của Sở;<br>' +
      '\\- Phòng Quản lý vận tải, phương tiện và người lái: in, cấp phát 20.000 tờ rơi cho các bến khách |\n' +
      '| 2 | Bổ sung phao tiêu, biển báo tại các điểm nguy hiểm | Tháng 8/2026 | ' +
      '\\- Phòng Kết cấu hạ tầng giao thông chủ trì, phối hợp với Cảng vụ Đường thủy nội địa rà soát, lắp đặt 42 báo hiệu;<br>' +
      '\\- Đề nghị Công an tỉnh (Phòng Cảnh sát đường thủy) tăng cường tuần tra, kiểm soát phương tiện |\n';
    const plan = await readPlanFile(writeTemp('doer-cell.md', text));
    expect(plan.tasks.map((t) => [t.kind, t.lead, t.deadline])).toEqual([
      ['task', ['Văn phòng Sở'], '2026-11-30'],
      ['task', ['Phòng Quản lý vận tải, phương tiện và người lái'], '2026-11-30'],
      ['task', ['Phòng Kết cấu hạ tầng giao thông'], '2026-08-31'],
      ['request', ['Công an tỉnh'], '2026-08-31'],
    ]);
    expect(plan.tasks[0]?.content).toBe(
      'Tuyên truyền quy định về an toàn giao thông đường thủy: đăng tải tin, bài, khuyến cáo trên Trang thông tin điện tử của Sở',
    );
    expect(plan.tasks[2]?.coordinating).toEqual(['Cảng vụ Đường thủy nội địa']);
  });

  it('reads a doer cell that only lists bodies as the lead and its partners, as before', async () => {
    const text =
      SO +
      '| 1 | Kiểm tra điều kiện an toàn của bến khách ngang sông | Trước ngày 31/7/2026 | ' +
      '\\- Phòng Quản lý vận tải, phương tiện và người lái;<br>\\- Cảng vụ Đường thủy nội địa |\n';
    const plan = await readPlanFile(writeTemp('doer-list.md', text));
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]?.content).toBe('Kiểm tra điều kiện an toàn của bến khách ngang sông');
  });
});

describe('rule «report-table»: a table of reports, who sends each and when', () => {
  it('reads «Loại báo cáo | Cơ quan báo cáo | Nơi nhận | Thời hạn gửi» as report rows, the recipient not a partner', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n\nSố: 2148/QĐ-UBND\n\nĐiện Biên, ngày 26 tháng 10 năm 2026\n\nKẾ HOẠCH\n\n' +
      'Phòng cháy, chữa cháy rừng mùa khô\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Chi cục Kiểm lâm\n\n' +
      // Rule «pointer-to-reports»: the sentence sends to the table; it is no report of its own.
      '- Thực hiện chế độ thông tin, báo cáo theo Phụ lục II kèm theo Kế hoạch này.\n\n' +
      'PHỤ LỤC II\n\nCHẾ ĐỘ THÔNG TIN, BÁO CÁO\n\n' +
      '| **STT** | **Loại báo cáo** | **Cơ quan báo cáo** | **Nơi nhận** | **Thời hạn gửi** |\n| --- | --- | --- | --- | --- |\n' +
      '| 1 | Báo cáo tình hình quản lý, bảo vệ rừng tháng | Các Ban quản lý rừng đặc dụng, rừng phòng hộ | Chi cục Kiểm lâm | Trước ngày 25 hằng tháng |\n' +
      '| 2 | Báo cáo kết quả diễn tập chữa cháy rừng cấp tỉnh | Chi cục Kiểm lâm | Sở Nông nghiệp và Môi trường | Trước ngày 10/02/2027 |\n';
    const plan = await readPlanFile(writeTemp('reports-table.md', text));
    expect(plan.tasks.map((t) => [t.kind, t.lead, t.coordinating, t.deadline])).toEqual([
      ['report', ['Các Ban quản lý rừng đặc dụng, rừng phòng hộ'], [], null],
      ['report', ['Chi cục Kiểm lâm'], [], '2027-02-10'],
    ]);
    expect(plan.tasks[0]?.recurrence).toMatch(/tháng/);
  });
});

describe('rule «group-row-doer»: a group row whose doer cell names a body', () => {
  it('gives it to the rows under it that leave theirs empty; a row with its own doer keeps it', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nPHƯỜNG KIM LONG\n\nSố: 96/KH-UBND\n\nHuế, ngày 10 tháng 5 năm 2026\n\nKẾ HOẠCH\n\n' +
      'Phòng, chống thiên tai năm 2026\n\nIV. PHÂN CÔNG NHIỆM VỤ\n\n' +
      '| TT | Nội dung công việc | Bộ phận chủ trì | Bộ phận phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n' +
      '| **I** | **Công tác phòng ngừa** | **Phòng Kinh tế, Hạ tầng và Đô thị** | | |\n' +
      '| 1 | Rà soát danh sách hộ dân sống ở vùng trũng thấp | | Trưởng các tổ dân phố | Trước 15/6/2026 |\n' +
      '| 2 | Chuẩn bị cơ số thuốc, hóa chất xử lý môi trường | Trạm Y tế phường | Phòng Văn hóa - Xã hội | Trước 31/8/2026 |\n' +
      '| **II** | **Công tác ứng phó** | **Ban Chỉ huy Quân sự phường** | | |\n' +
      '| 3 | Trực ban 24/24 giờ, theo dõi diễn biến thời tiết | Văn phòng HĐND và UBND phường | Công an phường | Khi có tin bão |\n' +
      '| 4 | Tổ chức sơ tán hộ dân ở vùng nguy hiểm | | Công an phường | Khi có lệnh sơ tán |\n';
    const plan = await readPlanFile(writeTemp('group-doer.md', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([
      ['Phòng Kinh tế, Hạ tầng và Đô thị'],
      ['Trạm Y tế phường'],
      ['Văn phòng HĐND và UBND phường'],
      ['Ban Chỉ huy Quân sự phường'],
    ]);
  });
});

describe('rule «group-row-lead» when the group row names its body in the first column', () => {
  it('reads «A | CÔNG TY … |  |» over «Vị trí | Giải pháp xử lý | Thời gian» as the doer of the rows below', async () => {
    const text =
      'VĂN PHÒNG UBND THÀNH PHỐ HÀ NỘI\n\nSố: 412/TB-VP\n\nHà Nội, ngày 08 tháng 5 năm 2026\n\nTHÔNG BÁO\n\n' +
      'Kết luận về chống úng ngập mùa mưa\n\nPHỤ LỤC\n\n' +
      '| **STT** | **Vị trí điểm úng ngập** | **Giải pháp xử lý** | **Thời gian hoàn thành** |\n| --- | --- | --- | --- |\n' +
      '| **A** | **CÔNG TY TNHH MTV THOÁT NƯỚC HÀ NỘI** |  |  |\n' +
      '| 1 | Phố Nguyễn Khuyến, phường Văn Miếu - Quốc Tử Giám | Cải tạo, bổ sung 06 ga thu nước | Trước ngày 25/5/2026 |\n' +
      '| **B** | **ỦY BAN NHÂN DÂN PHƯỜNG HOÀNG MAI** |  |  |\n' +
      '| 2 | Ngõ 2 phố Tân Mai | Nâng cốt nền ngõ, cải tạo rãnh thoát nước dài 180 m | Trước ngày 15/6/2026 |\n';
    const plan = await readPlanFile(writeTemp('group-first-column.md', text));
    expect(plan.tasks.map((t) => [t.content, t.lead, t.deadline])).toEqual([
      ['Cải tạo, bổ sung 06 ga thu nước', ['Công ty TNHH MTV Thoát nước Hà Nội'], '2026-05-25'],
      ['Nâng cốt nền ngõ, cải tạo rãnh thoát nước dài 180 m', ['Ủy ban nhân dân phường Hoàng Mai'], '2026-06-15'],
    ]);
  });
});
