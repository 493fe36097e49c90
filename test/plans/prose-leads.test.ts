import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import type { ExtractedTask } from '../../src/plans/types.js';
import { FIXTURES_DIR, writeTemp } from './helpers.js';

// Work handed out in prose, with no assignment table (writer 60's development set): who does each
// item is said in its heading's brackets, and a letterhead laid out as a converter's table does not
// swallow the plan.

const having = (tasks: readonly ExtractedTask[], words: string): ExtractedTask => {
  const found = tasks.find((t) => t.content.includes(words));
  if (!found) throw new Error(`no task holds «${words}»`);
  return found;
};

describe('a title or lead-in that names its doer in brackets («bracketed-doer»)', () => {
  const text = [
    'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
    'Số: 312/KH-UBND\tHà Nội, ngày 05 tháng 10 năm 2026',
    'KẾ HOẠCH',
    'Kiểm soát ô nhiễm không khí mùa khô 2026 - 2027',
    'III. NHIỆM VỤ, GIẢI PHÁP',
    '**3. Quan trắc chất lượng không khí (Sở Nông nghiệp và Môi trường)**',
    '- Duy trì vận hành ổn định 83 trạm quan trắc tự động;',
    '- Lắp đặt bổ sung 10 trạm quan trắc, đưa vào vận hành trước ngày 31/01/2027.',
    'Đối với các làng nghề tái chế kim loại (Ủy ban nhân dân các xã có làng nghề thực hiện):',
    '- Rà soát, lập danh sách hộ sản xuất còn sử dụng lò đốt than.',
    '**4. Tuyên truyền (Quý IV/2026)**',
    '- Phát tờ rơi tại các khu dân cư.',
  ].join('\n');

  it('gives the items below to the body in brackets, and a bracket of time to nobody', async () => {
    const { tasks } = await readPlanFile(writeTemp('ke-hoach-312.md', text));
    expect(having(tasks, 'Duy trì vận hành ổn định 83 trạm').lead).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(having(tasks, 'Lắp đặt bổ sung 10 trạm').deadline).toBe('2027-01-31');
    expect(having(tasks, 'lập danh sách hộ sản xuất').lead).toEqual(['Ủy ban nhân dân các xã có làng nghề']);
    expect(tasks.some((t) => t.lead.some((l) => l.includes('Quý IV')))).toBe(false);
  });

  it('reads the items of a city’s air-pollution plan so, in its three renditions', async () => {
    for (const ext of ['md', 'docx', 'pdf']) {
      const { tasks } = await readPlanFile(
        join(FIXTURES_DIR, 'new-writers-57', `hanoi-312-2026-kiem-soat-o-nhiem-khong-khi-mua-kho.${ext}`),
      );
      expect(having(tasks, 'Xây dựng quy trình cảnh báo sớm').lead, ext).toEqual(['Sở Nông nghiệp và Môi trường']);
      expect(having(tasks, 'Xây dựng quy trình cảnh báo sớm').deadline, ext).toBe('2026-11-15');
    }
  });
});

describe('a letterhead laid out as a converter’s table («converter-table-end»)', () => {
  it('ends the table at the blank line after the date, and reads the plan under it', async () => {
    const { tasks, plan } = await readPlanFile(
      join(FIXTURES_DIR, 'new-writers-57', 'tayninh-1482-2026-dien-mat-troi-mai-nha-tu-san-xuat-tu-tieu-thu.md'),
    );
    expect(plan.number).toBe('1482/QĐ-UBND');
    expect(tasks.length).toBeGreaterThanOrEqual(10);
    expect(having(tasks, 'Hướng dẫn các yêu cầu về phòng cháy').lead).toEqual(['Công an tỉnh']);
  });
});

describe('a border guard’s own plan: its posts and boats are the doers', () => {
  it('gives each clause to the unit it opens with, and the items under «(các đồn biên phòng tổ chức)» to them', async () => {
    const { tasks } = await readPlanFile(
      join(FIXTURES_DIR, 'new-writers-57', 'quangninh-2146-2026-xuan-bien-phong-am-long-dan-ban-bdbp-tinh.md'),
    );
    expect(having(tasks, 'tặng 300 suất quà cho ngư dân').lead).toEqual(['Đồn Biên phòng Cô Tô']);
    expect(having(tasks, 'bố trí tàu đưa đoàn công tác').lead).toEqual(['Hải đội Biên phòng 2']);
    expect(having(tasks, 'bố trí tàu đưa đoàn công tác').deadline).toBe('2027-01-25');
    expect(having(tasks, 'Gói, tặng bánh chưng').lead).toEqual(['Các đồn biên phòng']);
  });
});

describe('a Sở’s plan that hands its work to its own rooms', () => {
  it('gives «Giám đốc Sở giao Phòng … chủ trì» to the room («head-hands-on») and no row to a pointer back', async () => {
    const { tasks } = await readPlanFile(
      join(FIXTURES_DIR, 'new-writers-57', 'gialai-486-2026-binh-chon-bo-sung-nguoi-co-uy-tin-sdttg.md'),
    );
    expect(having(tasks, 'thẩm định, tổng hợp danh sách').lead).toEqual(['Phòng Chính sách dân tộc']);
    expect(having(tasks, 'thẩm định, tổng hợp danh sách').deadline).toBe('2026-07-31');
    // «Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao tại Mục III chủ động phối hợp thực hiện Kế hoạch này.»
    expect(tasks.some((t) => /căn cứ nhiệm vụ được giao/iu.test(t.content))).toBe(false);
  });
});

describe('rule «bracketed-doer» with a time: «(X chủ trì, hoàn thành trước ngày …):»', () => {
  it('gives the body and the day to every bullet under the title', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nPHƯỜNG KIM LONG\n\nSố: 96/KH-UBND\n\nHuế, ngày 10 tháng 5 năm 2026\n\nKẾ HOẠCH\n\n' +
      'Phòng, chống thiên tai năm 2026\n\nIII. NHIỆM VỤ TRỌNG TÂM\n\n' +
      '**1. Công tác chuẩn bị trước mùa mưa bão (Ban Chỉ huy Quân sự phường chủ trì, hoàn thành trước ngày 31/8/2026):**\n\n' +
      '- Tập huấn kỹ năng cứu hộ, cứu nạn cho 02 trung đội dân quân cơ động;\n\n' +
      '- Kiểm tra, bảo dưỡng 06 xuồng máy, 120 áo phao, 45 phao tròn cứu sinh.\n';
    const plan = await readPlanFile(writeTemp('bracket-time.md', text));
    expect(plan.tasks.map((t) => [t.lead, t.deadline])).toEqual([
      [['Ban Chỉ huy Quân sự phường'], '2026-08-31'],
      [['Ban Chỉ huy Quân sự phường'], '2026-08-31'],
    ]);
  });
});

describe('rule «closing-order»: the item states the work, its last sentence gives it to a body', () => {
  it('reads «… . Giao X chủ trì, phối hợp với Y thực hiện.» as X leading with Y', async () => {
    const text =
      'HỘI KHUYẾN HỌC TỈNH TUYÊN QUANG\n\nSố: 09/KH-HKH\n\nTuyên Quang, ngày 10 tháng 01 năm 2026\n\nKẾ HOẠCH\n\n' +
      'Hoạt động khuyến học năm 2026\n\nIII. NHIỆM VỤ, HOẠT ĐỘNG TRỌNG TÂM\n\n1. Công tác tuyên truyền\n\n' +
      'a) Tổ chức các hoạt động hưởng ứng Tuần lễ học tập suốt đời năm 2026 từ ngày 01/10 đến ngày 07/10/2026. ' +
      'Giao Ban Tuyên truyền - Học tập cộng đồng chủ trì, phối hợp với Sở Giáo dục và Đào tạo thực hiện.\n\n' +
      'b) Phát hành Bản tin Khuyến học định kỳ hằng quý. Giao Văn phòng Hội thực hiện.\n';
    const plan = await readPlanFile(writeTemp('closing-order.md', text));
    expect(plan.tasks.map((t) => [t.lead, t.coordinating])).toEqual([
      [['Ban Tuyên truyền - Học tập cộng đồng'], ['Sở Giáo dục và Đào tạo']],
      [['Văn phòng Hội'], []],
    ]);
    expect(plan.tasks[0]?.deadline).toBe('2026-10-07');
  });
});

describe('rule «names-after-kind»: «Các Sở: Xây dựng, …», «UBND các phường: Hoàn Kiếm, …:»', () => {
  it('writes each Sở out and reads the wards named after a colon as the lead-in’s body', async () => {
    const text =
      'VĂN PHÒNG UBND THÀNH PHỐ HÀ NỘI\n\nSố: 412/TB-VP\n\nHà Nội, ngày 08 tháng 5 năm 2026\n\nTHÔNG BÁO\n\n' +
      'Kết luận về chống úng ngập\n\n' +
      'Sau khi nghe Sở Xây dựng báo cáo, đồng chí Phó Chủ tịch UBND Thành phố kết luận như sau:\n\n' +
      '**1. Đánh giá chung**\n\nMùa mưa năm 2025 xuất hiện 06 trận mưa lớn.\n\n**2. Nhiệm vụ trọng tâm**\n\n' +
      '**2.3.** Chủ tịch UBND các phường: Hoàn Kiếm, Cửa Nam, Đống Đa:\n\n' +
      '- Chủ động rà soát, xây dựng phương án ứng phó tại từng điểm úng ngập trên địa bàn.\n\n' +
      '**2.4.** Các Sở: Xây dựng, Nông nghiệp và Môi trường theo chức năng, nhiệm vụ tăng cường kiểm tra việc đấu nối thoát nước của các dự án.\n\n' +
      '**2.5.** UBND các xã, phường: Phối hợp kiểm tra các điểm ngập sâu trên địa bàn.\n';
    const plan = await readPlanFile(writeTemp('names-after-kind.md', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([
      ['UBND các phường Hoàn Kiếm, Cửa Nam, Đống Đa'],
      ['Sở Xây dựng', 'Sở Nông nghiệp và Môi trường'],
      ['UBND các xã, phường'],
    ]);
  });
});

describe('rule «bold-request-title»: «**6. Đề nghị X, Y**» over its paragraph, no colon', () => {
  it('asks the bodies of the title, a group of banks too', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\n\nSố: 2147/UBND-VX\n\nCà Mau, ngày 12 tháng 5 năm 2026\n\n' +
      'Để đẩy mạnh chi trả an sinh xã hội không dùng tiền mặt, Ủy ban nhân dân tỉnh có ý kiến như sau:\n\n' +
      '**1. Sở Y tế**\n\na) Chủ trì rà soát, làm sạch dữ liệu đối tượng bảo trợ xã hội, hoàn thành trước ngày 30/6/2026.\n\n' +
      '**2. Đề nghị Bảo hiểm xã hội tỉnh, Bưu điện tỉnh Cà Mau**\n\n' +
      'Phối hợp chặt chẽ với Sở Y tế trong chi trả lương hưu, trợ cấp xã hội qua tài khoản.\n\n' +
      '**3. Đề nghị các ngân hàng thương mại trên địa bàn tỉnh**\n\n' +
      'Miễn, giảm phí mở và duy trì tài khoản cho đối tượng bảo trợ xã hội, người có công.\n';
    const plan = await readPlanFile(writeTemp('bold-request.md', text));
    expect(plan.tasks.map((t) => [t.kind, t.lead])).toEqual([
      ['task', ['Sở Y tế']],
      ['request', ['Bảo hiểm xã hội tỉnh', 'Bưu điện tỉnh Cà Mau']],
      ['request', ['Các ngân hàng thương mại trên địa bàn tỉnh']],
    ]);
  });
});

describe('rule «opening-order»: a Công văn whose opening paragraph gives its first order', () => {
  it('reads «Thực hiện Công văn …, Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì … trước ngày …» as work', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\n\nSố: 2147/UBND-VX\n\nCà Mau, ngày 12 tháng 5 năm 2026\n\n' +
      'Thực hiện Công văn số 1462/BYT-BTXH ngày 28 tháng 4 năm 2026 của Bộ Y tế, Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì, ' +
      'phối hợp với Sở Nội vụ tổng hợp số liệu, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Y tế trước ngày 25/5/2026.\n\n' +
      'Để đẩy mạnh chi trả không dùng tiền mặt, Ủy ban nhân dân tỉnh có ý kiến như sau:\n\n' +
      '**1. Sở Y tế**\n\na) Chủ trì rà soát, làm sạch dữ liệu đối tượng bảo trợ xã hội, hoàn thành trước ngày 30/6/2026.\n';
    const plan = await readPlanFile(writeTemp('opening-order.md', text));
    const opening = plan.tasks.filter((t) => t.source === 'Đoạn mở đầu');
    expect(opening.map((t) => t.kind)).toContain('report');
    expect(opening.every((t) => t.lead.join() === 'Sở Y tế' && t.deadline === '2026-05-25')).toBe(true);
    expect(plan.tasks.at(-1)?.source).toBe('Mục 1.a');
  });
});
