import { describe, expect, it } from 'vitest';
import { findDeadlinePhrase } from '../../src/plans/duty-deadline.js';

// Which of a duty's own words say when it is due.

describe('rule «latest-of-several»: one duty with two steps is due with its last', () => {
  it('takes the later of two steps in one sentence', () => {
    expect(
      findDeadlinePhrase(
        'Sở Nông nghiệp và Môi trường công bố danh mục điểm sạt lở trước ngày 30/6/2026; trình phê duyệt phương án di dời trước ngày 15/7/2026.',
      ),
    ).toBe('Trước ngày 15/7/2026');
    expect(findDeadlinePhrase('Trình trước ngày 12/5/2026; quyết toán trước ngày 30/6/2026')).toBe(
      'Trước ngày 30/6/2026',
    );
    expect(findDeadlinePhrase('Thông báo danh mục trước ngày 30/6/2026, tuyển chọn xong trong Quý IV/2026.')).toBe(
      'Trong Quý IV/2026',
    );
  });

  it('keeps the first when the later one is a report’s, a target’s, or in another sentence', () => {
    // The report is a row of its own.
    expect(
      findDeadlinePhrase(
        'Xây dựng kế hoạch năm 2026, gửi Cơ quan Thường trực trước ngày 28/02/2026; báo cáo kết quả thực hiện về Hội đồng trước ngày 10/11/2026',
      ),
    ).toBe('Trước ngày 28/02/2026');
    // A target the work aims at is no step of it.
    expect(
      findDeadlinePhrase(
        'Lập kế hoạch giải ngân chi tiết, gửi Sở Tài chính trước ngày 15/02/2026; phấn đấu đến hết ngày 31/01/2027 giải ngân 100% kế hoạch vốn.',
      ),
    ).toBe('Trước ngày 15/02/2026');
    expect(
      findDeadlinePhrase(
        'Sở Tư pháp hướng dẫn các xã, hoàn thành trong tháng 5/2026; Trường hợp phải bổ sung hồ sơ, trình Ủy ban nhân dân tỉnh trước ngày 05/6/2026.',
      ),
    ).toBe('Hoàn thành trong tháng 5/2026');
    // Without their year the two cannot be compared: the first stays.
    expect(findDeadlinePhrase('Gửi dự thảo trước ngày 15/3; hoàn thiện trước ngày 30/3.')).toBe('Trước ngày 15/3');
  });
});

describe('rule «dash-and-dot-dates» in a duty’s words', () => {
  it('finds «chậm nhất 15.5.2026» and «trước ngày 15-4-2026», not «trước 1-2 ngày»', () => {
    expect(findDeadlinePhrase('Hoàn thiện hồ sơ, chậm nhất 15.5.2026 trình phê duyệt.')).toBe('Chậm nhất 15.5.2026');
    expect(findDeadlinePhrase('Bàn giao mặt bằng xong trước ngày 15-4-2026.')).toBe('Trước ngày 15-4-2026');
    expect(findDeadlinePhrase('Thông báo cho các hộ trước 1-2 ngày khi thi công.')).toBe('');
  });
});

describe('loose words of a commune’s plan', () => {
  it('reads «xong trong đầu quý III» and a year’s target «phấn đấu … trong năm 2026»', () => {
    expect(findDeadlinePhrase('hướng dẫn nhân dân trồng 120 ha rừng còn lại, xong trong đầu quý III; tiếp tục …')).toBe(
      'Xong trong đầu quý III',
    );
    expect(findDeadlinePhrase('phấn đấu cấp được 200 giấy chứng nhận trong năm 2026.')).toBe('Trong năm 2026');
    // A part of a month with its year, at the end of the clause; not one counted to.
    expect(findDeadlinePhrase('Vận hành thử các cống, bảo đảm sẵn sàng đóng, mở đầu tháng 9/2026.')).toBe(
      'Đầu tháng 9/2026',
    );
    expect(findDeadlinePhrase('Tổng hợp số liệu tính đến cuối tháng 6/2026')).toBe('');
    // A year's work praised is still no deadline.
    expect(findDeadlinePhrase('hoàn thành xuất sắc nhiệm vụ trong năm 2025')).toBe('');
  });
});

describe('the day an event is held, and other days said plainly', () => {
  it('reads «tổ chức … ngày 18/9/2026» («event-day»), not a document’s date', () => {
    expect(findDeadlinePhrase('Hội thi dự kiến tổ chức ngày 18/9/2026 tại Nhà văn hóa xã.')).toBe('Ngày 18/9/2026');
    expect(findDeadlinePhrase('Tổ chức Lễ ra quân vào sáng Chủ nhật, ngày 20/9/2026.')).toBe('Ngày 20/9/2026');
    expect(findDeadlinePhrase('Tổ chức thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2026 của UBND tỉnh.')).toBe('');
  });

  it('reads «xong trong ngày 24/9/2026» and «chậm nhất đến ngày 31/12/2026»', () => {
    expect(findDeadlinePhrase('Kiểm tra, xử lý xong trong ngày 24/9/2026.')).toBe('Xong trong ngày 24/9/2026');
    expect(findDeadlinePhrase('Cấp giấy chứng nhận chậm nhất đến ngày 31/12/2026.')).toBe(
      'Chậm nhất đến ngày 31/12/2026',
    );
  });
});
