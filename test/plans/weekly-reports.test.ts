import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// Rule «weekly»: a duty that reports every week keeps its weekday as a cycle the reminders read.

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 736/KH-UBND\n\nLạng Sơn, ngày 10 tháng 12 năm 2025\n\nKẾ HOẠCH\n\n' +
  'Bảo đảm thông quan hàng hóa dịp Tết Nguyên đán Bính Ngọ\n\nIII. TỔ CHỨC THỰC HIỆN\n\n';

describe('weekly report duties', () => {
  it('«báo cáo … hằng tuần (thứ Sáu)» is a report row due every Friday', async () => {
    const text =
      HEAD +
      '1. Sở Công Thương\n\n' +
      '- Theo dõi tình hình xuất nhập khẩu qua các cửa khẩu, kịp thời đề xuất giải pháp tháo gỡ vướng mắc.\n\n' +
      '- Tổng hợp tình hình thông quan, báo cáo Ủy ban nhân dân tỉnh hằng tuần (thứ Sáu).\n\n' +
      '2. Sở Y tế\n\n' +
      '- Kiểm tra an toàn thực phẩm tại các chợ đầu mối; báo cáo kết quả về Ban Chỉ đạo trước 16 giờ thứ Năm hằng tuần.\n';
    const plan = await readPlanFile(writeTemp('hang-tuan.txt', text));
    expect(plan.tasks.map((t) => [t.kind, t.lead.join('; '), t.deadlineText, t.recurrence, t.deadline])).toEqual([
      ['task', 'Sở Công Thương', '', '', null],
      ['report', 'Sở Công Thương', 'Thứ Sáu', 'Hằng tuần, thứ Sáu', null],
      ['task', 'Sở Y tế', '', '', null],
      ['report', 'Sở Y tế', 'Trước 16 giờ thứ Năm', 'Hằng tuần, thứ Năm', null],
    ]);
  });

  it('a «Thời gian» cell «Thứ Hai hằng tuần» in a table is a weekly cycle too', async () => {
    const text =
      HEAD +
      '| STT | Nội dung | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n' +
      '| 1 | Giao ban trực tuyến tình hình thông quan với các cửa khẩu | Sở Công Thương | Thứ Hai hằng tuần |\n' +
      '| 2 | Rà soát kho bãi tại cửa khẩu Hữu Nghị | Ban Quản lý Khu kinh tế | Trước 31/12/2025 |\n';
    const plan = await readPlanFile(writeTemp('hang-tuan.md', text));
    expect(plan.tasks.map((t) => [t.lead.join('; '), t.recurrence, t.deadline])).toEqual([
      ['Sở Công Thương', 'Hằng tuần, thứ Hai', null],
      ['Ban Quản lý Khu kinh tế', '', '2025-12-31'],
    ]);
  });

  it('rule «compile-and-report»: gathering the figures and reporting them is one report row', async () => {
    const text =
      HEAD +
      '1. Chi cục Thủy lợi\n\n' +
      '- Cập nhật số liệu mực nước, dung tích các hồ chứa thủy lợi lớn, báo cáo Giám đốc Sở định kỳ hằng tuần.\n\n' +
      '- Theo dõi, đôn đốc các xã triển khai phương án chống hạn, báo cáo Ủy ban nhân dân tỉnh định kỳ hằng tháng.\n';
    const plan = await readPlanFile(writeTemp('tong-hop.txt', text));
    expect(plan.tasks.map((t) => [t.kind, t.content.slice(0, 30), t.recurrence])).toEqual([
      ['report', 'Cập nhật số liệu mực nước, dun', 'Định kỳ hằng tuần'],
      // A real duty before «, báo cáo» stays a task of its own (rule «duty-then-report»).
      ['task', 'Theo dõi, đôn đốc các xã triển', ''],
      ['report', 'Báo cáo Ủy ban nhân dân tỉnh đ', 'Định kỳ hằng tháng'],
    ]);
  });

  it('a dated report clause beside a weekly cycle is a row of its own', async () => {
    const text =
      HEAD +
      '1. Ủy ban nhân dân các xã, phường\n\n' +
      '- Báo cáo tiến độ công tác bầu cử định kỳ hằng tuần (thứ Sáu) và báo cáo kết quả về Sở Nội vụ trước ngày 20/3/2026.\n';
    const plan = await readPlanFile(writeTemp('hai-bao-cao.txt', text));
    expect(plan.tasks.map((t) => [t.kind, t.recurrence, t.deadline])).toEqual([
      ['report', 'Hằng tuần, thứ Sáu', null],
      ['report', '', '2026-03-20'],
    ]);
    // A duty that only reports reads as a whole in each of its rows.
    expect(plan.tasks[1]?.content).toMatch(/^Báo cáo tiến độ công tác bầu cử .* trước ngày 20\/3\/2026\.$/);
  });

  it('a daily report keeps its hour; a later report due at an event is a row of its own («event-report»)', async () => {
    const text =
      HEAD +
      '1. Sở Nông nghiệp và Môi trường\n\n' +
      '- Tổng hợp tình hình, thiệt hại, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước 16 giờ 00 hằng ngày và báo cáo tổng hợp khi kết thúc đợt rét.\n\n' +
      '2. Sở Y tế\n\n' +
      '- Tổng hợp tình hình dịch bệnh, báo cáo Trưởng ban định kỳ hằng tháng (trước ngày 25) và báo cáo đột xuất khi có dịch xảy ra.\n';
    const plan = await readPlanFile(writeTemp('hang-ngay.txt', text));
    expect(plan.tasks.map((t) => [t.kind, t.lead.join('; '), t.deadlineText, t.recurrence])).toEqual([
      ['report', 'Sở Nông nghiệp và Môi trường', 'Trước 16 giờ 00 hằng ngày', 'Hằng ngày'],
      ['report', 'Sở Nông nghiệp và Môi trường', 'Khi kết thúc đợt rét', ''],
      // «báo cáo đột xuất» has no schedule: no row of its own.
      ['report', 'Sở Y tế', 'Trước ngày 25', 'Hằng tháng, trước ngày 25'],
    ]);
  });

  it('«sơ kết 6 tháng (trước …) và tổng kết năm (trước …)» name their cycles as «báo cáo» would', async () => {
    const text =
      HEAD +
      '1. Ủy ban Kiểm tra Tỉnh ủy\n\n' +
      '- Tổng hợp kết quả thực hiện Chương trình, báo cáo Ban Thường vụ Tỉnh ủy sơ kết 6 tháng (trước ngày 10/6/2026) và tổng kết năm (trước ngày 05/12/2026).\n\n' +
      '- Báo cáo tổng kết năm 2026 trước ngày 15/12/2026.\n';
    const plan = await readPlanFile(writeTemp('so-ket.txt', text));
    expect(plan.tasks.map((t) => [t.kind, t.deadline])).toEqual([
      ['report', '2026-06-10'],
      ['report', '2026-12-05'],
      // Read both as a yearly cycle and as a review of the year: one row.
      ['report', '2026-12-15'],
    ]);
  });

  it('rule «condition-sentence»: «Trường hợp …» after a report says how to report, no duty of its own', async () => {
    const text =
      HEAD +
      '1. Các sở, ban, ngành\n\n' +
      '- Định kỳ trước ngày 22 hằng tháng, báo cáo tiến độ chuẩn bị các nội dung trình, gửi Văn phòng Ủy ban nhân dân tỉnh. ' +
      'Trường hợp cần điều chỉnh thời gian trình, cơ quan chủ trì phải nêu rõ lý do trong báo cáo.\n';
    const plan = await readPlanFile(writeTemp('truong-hop.txt', text));
    expect(plan.tasks.map((t) => [t.kind, t.recurrence])).toEqual([['report', 'Hằng tháng, trước ngày 22']]);
    expect(plan.tasks[0]?.content).toMatch(/Trường hợp cần điều chỉnh/);
  });

  it('a day or a weekday before any «báo cáo» is the work’s rhythm, not a report’s («… hằng ngày …, báo cáo …»)', async () => {
    const text =
      HEAD +
      '1. Sở Y tế\n\n' +
      '- Chủ trì theo dõi hằng ngày tình hình dịch bệnh trên địa bàn, kịp thời báo cáo Ủy ban nhân dân tỉnh.\n\n' +
      '- Họp giao ban vào sáng thứ Hai hằng tuần với các đơn vị, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.\n\n' +
      '- Định kỳ hằng tuần, báo cáo Ủy ban nhân dân tỉnh tình hình dịch bệnh; báo cáo Sở Y tế khi có yêu cầu.\n';
    const plan = await readPlanFile(writeTemp('nhip.txt', text));
    expect(plan.tasks.map((t) => [t.kind, t.recurrence])).toEqual([
      ['task', ''],
      ['task', ''],
      ['report', 'Định kỳ hằng tuần'],
    ]);
  });
});
