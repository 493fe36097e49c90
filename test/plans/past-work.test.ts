import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { isQuotedOrders } from '../../src/plans/not-work-clauses.js';
import { writeTemp } from './helpers.js';

// A Thông báo kết luận that first tells how an earlier notice's tasks stand, then hands out new
// work, with the earlier tasks' status in an appendix. Habits met in writer 25's development set.

const NOTICE = [
  'VĂN PHÒNG ỦY BAN NHÂN DÂN',
  'TỈNH NINH BÌNH',
  '',
  'Số: 180/TB-VP',
  '',
  'Ninh Bình, ngày 10 tháng 4 năm 2026',
  '',
  'THÔNG BÁO',
  '',
  'Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh về xử lý nước thải làng nghề',
  '',
  'Ngày 06/4/2026, Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về xử lý nước thải làng nghề. Sau khi nghe báo cáo, Phó Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:',
  '',
  '1. Tình hình thực hiện Thông báo số 52/TB-VP ngày 12/02/2026',
  '',
  'Cụ thể: Sở Nông nghiệp và Môi trường đã ban hành hướng dẫn thu gom nước thải làng nghề (Văn bản số 830/SNNMT ngày 10/3/2026).',
  '',
  'Sở Xây dựng chưa hoàn thành thẩm định thiết kế trạm xử lý nước thải làng nghề Ninh Vân.',
  '',
  '2. Nhiệm vụ thời gian tới',
  '',
  'a) Sở Xây dựng khẩn trương hoàn thành thẩm định thiết kế trạm xử lý nước thải làng nghề Ninh Vân, trình phê duyệt trước ngày 15/5/2026.',
  '',
  'b) Ủy ban nhân dân xã Ninh Vân chưa thu gom được nước thải của các hộ sản xuất, đề nghị khẩn trương hoàn thành trước ngày 30/6/2026.',
  '',
  'PHỤ LỤC',
  '',
  'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ TẠI THÔNG BÁO SỐ 52/TB-VP NGÀY 12/02/2026',
  '',
  '(Kèm theo Thông báo số 180/TB-VP ngày 10/4/2026 của Văn phòng Ủy ban nhân dân tỉnh)',
  '',
  '| STT | Nội dung nhiệm vụ | Cơ quan thực hiện | Thời hạn | Kết quả (đến ngày 05/4/2026) |',
  '|---|---|---|---|---|',
  '| 1 | Ban hành hướng dẫn thu gom nước thải làng nghề | Sở Nông nghiệp và Môi trường | Tháng 3/2026 | Đã hoàn thành |',
  '| 2 | Thẩm định thiết kế trạm xử lý nước thải làng nghề Ninh Vân | Sở Xây dựng | Trước 31/3/2026 | Chưa hoàn thành |',
  '',
].join('\n');

describe('rule «past-result»: what bodies did or have not done is told, not handed out', () => {
  it('reads the new work only, and keeps a status that goes on to an order', async () => {
    const plan = await readPlanFile(writeTemp('tb-ket-luan.md', NOTICE));
    expect(plan.tasks.map((t) => [t.lead[0], t.deadline])).toEqual([
      ['Sở Xây dựng', '2026-05-15'],
      ['Ủy ban nhân dân xã Ninh Vân', '2026-06-30'],
    ]);
    // «đã» ends the body's name: no «Sở Nông nghiệp và Môi trường đã» anywhere.
    expect(plan.tasks.flatMap((t) => t.lead).some((n) => /\sđã$/u.test(n))).toBe(false);
  });
});

describe('rule «status-table» under an appendix’s «(Kèm theo …)» line', () => {
  it('leaves out the earlier tasks’ status table and says so', async () => {
    const plan = await readPlanFile(writeTemp('tb-ket-luan.md', NOTICE));
    expect(plan.tasks.some((t) => t.content.startsWith('Ban hành hướng dẫn thu gom'))).toBe(false);
    expect(plan.problems.some((p) => p.includes('bảng tình hình thực hiện'))).toBe(true);
  });
});

describe('rule «quoted-orders»: the orders a higher document gave are quoted, not handed out', () => {
  const plan = (opener: string): string =>
    [
      'ỦY BAN NHÂN DÂN',
      'XÃ EA KAR',
      '',
      'Số: 72/KH-UBND',
      '',
      'Ea Kar, ngày 20 tháng 6 năm 2026',
      '',
      'KẾ HOẠCH',
      '',
      'Phát triển người tham gia bảo hiểm xã hội tự nguyện 6 tháng cuối năm 2026',
      '',
      'III. NHIỆM VỤ',
      '',
      `${opener} Sở Y tế chỉ đạo các trạm y tế xã bảo đảm điều kiện khám, chữa bệnh bảo hiểm y tế; Sở Tài chính tham mưu bố trí ngân sách tỉnh hỗ trợ mức đóng, hoàn thành trước ngày 15/7/2026.`,
      '',
    ].join('\n');

  it('reads none of a province plan’s orders quoted in a commune’s plan', async () => {
    const read = await readPlanFile(
      writeTemp(
        'kh-xa.md',
        plan(
          'Tại Kế hoạch số 186/KH-UBND ngày 02/3/2026, Ủy ban nhân dân tỉnh giao Bảo hiểm xã hội tỉnh chủ trì tổ chức đối thoại chính sách;',
        ),
      ),
    );
    expect(read.tasks).toEqual([]);
  });

  it('keeps the plan’s own orders after it cites what it carries out', () => {
    const own =
      'Thực hiện Kế hoạch số 186/KH-UBND ngày 02/3/2026 của Ủy ban nhân dân tỉnh, UBND xã Ea Kar giao Phòng Văn hóa - Xã hội tổng hợp danh sách.';
    expect(isQuotedOrders(own, 'UBND xã Ea Kar')).toBe(false);
    // «Chủ tịch UBND tỉnh» is the province itself, and a comma inside the cited title does not hide who orders.
    expect(
      isQuotedOrders(
        'Thực hiện Kế hoạch số 12/KH-UBND về phòng, chống dịch bệnh, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở thực hiện.',
        'UBND tỉnh Đồng Tháp',
      ),
    ).toBe(false);
    const quoted =
      'Thực hiện Chỉ thị số 11/CT-TTg ngày 05/4/2026, Thủ tướng Chính phủ yêu cầu các Bộ, ngành rà soát các điểm nguy cơ.';
    expect(isQuotedOrders(quoted, 'UBND tỉnh Đồng Tháp')).toBe(true);
  });
});
