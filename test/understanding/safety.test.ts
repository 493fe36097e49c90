import { describe, expect, it } from 'vitest';
import { fold } from '../../src/domain/text.js';
import { notAReport } from '../../src/understanding/safety.js';

// The checks that make the bot ask before writing, read on folded text as the understanding does.
const check = (text: string): string | null => notAReport(fold(text), text);

describe('checks that make the bot ask before writing an update', () => {
  it.each([
    ['Hôm qua đồng chí Phó Giám đốc nói TN60-01 đã trình rồi', 'hearsay'],
    ['sếp bảo là KH24-03 xong rồi', 'hearsay'],
    ['Trưởng phòng cho biết GL24-11 đang làm', 'hearsay'],
    ['Kế hoạch là tháng 8 bắt đầu triển khai CB15-06', 'plan-for-later'],
    ['tháng sau mới bắt đầu làm TN60-14', 'plan-for-later'],
    ['mục tiêu là hoàn thành CB15-04 trước 2/9', 'plan-for-later'],
  ])('«%s» → %s', (text, id) => {
    expect(check(text)).toBe(id);
  });

  it.each([
    'TN60-05 đã hoàn thành, đã ban hành văn bản',
    'Sở Tư pháp báo cáo: KH24-03 đang làm 60%',
    'GL24-11 vướng vì chưa có vốn',
  ])('a report of now passes: «%s»', (text) => {
    expect(check(text)).toBeNull();
  });
});
