import { describe, expect, it } from 'vitest';
import { cleanAgencyName, coordinatingIn, splitAgencies, splitLeadingAgencies } from '../../src/plans/agency-list.js';
import { formatPreview } from '../../src/plans/preview.js';
import { readPlanFile } from '../../src/plans/extract.js';
import { seedPath, writeTemp } from './helpers.js';

describe('agency lists', () => {
  it.each([
    ['Các sở, ban, ngành, UBND các huyện, thành phố', ['Các sở, ban, ngành', 'UBND các huyện, thành phố']],
    ['Công an tỉnh; Bộ Chỉ huy quân sự tỉnh', ['Công an tỉnh', 'Bộ Chỉ huy quân sự tỉnh']],
    [
      'Đài Phát thanh - Truyền hình tỉnh; Báo Thái Nguyên; Cổng thông tin điện tử của tỉnh.',
      ['Đài Phát thanh - Truyền hình tỉnh', 'Báo Thái Nguyên', 'Cổng thông tin điện tử của tỉnh'],
    ],
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Sở Kế hoạch và Đầu tư', ['Sở Kế hoạch và Đầu tư']],
    ['UBND cấp huyện, cấp xã', ['UBND cấp huyện, cấp xã']],
    ['Ban Dân vận Tỉnh ủy và Sở Nội vụ', ['Ban Dân vận Tỉnh ủy', 'Sở Nội vụ']],
    ['Sở Nội vụ\nSở Tài chính', ['Sở Nội vụ', 'Sở Tài chính']],
    [
      'Thanh Tra tỉnh, Kho bạc Nhà nước tỉnh, Ngân hàng Nhà nước chi nhánh tỉnh',
      ['Thanh Tra tỉnh', 'Kho bạc Nhà nước tỉnh', 'Ngân hàng Nhà nước chi nhánh tỉnh'],
    ],
    ['', []],
  ])('%s', (text, expected) => {
    expect(splitAgencies(text)).toEqual(expected);
  });

  it('cleans footnote marks, list marks, trailing dots and spaces', () => {
    expect(cleanAgencyName('-  Công an   tỉnh<sup>1</sup>.')).toBe('Công an tỉnh');
    expect(cleanAgencyName('Sở Nội vụ²;')).toBe('Sở Nội vụ');
  });

  it('separates the agencies written before a duty', () => {
    expect(splitLeadingAgencies('Sở Nội vụ thường xuyên theo dõi, đôn đốc.')).toEqual({
      agencies: ['Sở Nội vụ'],
      rest: 'Thường xuyên theo dõi, đôn đốc.',
    });
    expect(splitLeadingAgencies('Tăng cường công tác tuyên truyền.')).toBeNull();
  });

  it('keeps a short heading apart from a dash item that goes on in lower case', async () => {
    const text =
      'KẾ HOẠCH\n\nThử\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n- chủ trì rà soát, sắp xếp các đơn vị sự nghiệp công lập;\n\n' +
      '2. Sở Tư pháp\n- thẩm định các văn bản quy phạm pháp luật của tỉnh.\n';
    const plan = await readPlanFile(writeTemp('gach.txt', text));
    expect(plan.tasks.map((t) => t.lead.join('; '))).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
  });

  it('does not take a field of work or a condition for a body («Phòng, chống …», «Trường hợp …»)', () => {
    expect(splitLeadingAgencies('Phòng, chống tham nhũng, tiêu cực trong hoạt động công vụ.')).toBeNull();
    expect(splitLeadingAgencies('Trường hợp cần điều chỉnh thời gian, cơ quan chủ trì nêu rõ lý do.')).toBeNull();
    // The department of that name is one: «Phòng» then its name.
    expect(splitLeadingAgencies('Phòng Phòng, chống tham nhũng tham mưu Chánh Thanh tra tỉnh.')?.agencies).toEqual([
      'Phòng Phòng, chống tham nhũng',
    ]);
  });

  it('finds named coordinating agencies, not generic ones', () => {
    expect(coordinatingIn('Chủ trì, phối hợp với Ban Dân vận Tỉnh ủy và các cơ quan liên quan kiểm tra')).toEqual([
      'Ban Dân vận Tỉnh ủy',
    ]);
    expect(coordinatingIn('Chủ trì, phối hợp với các sở, ngành tham mưu')).toEqual([]);
  });
});

describe('preview', () => {
  it('shows the plan line, one line per task, totals and problems', async () => {
    const plan = await readPlanFile(seedPath('004'));
    const lines = formatPreview(plan).split('\n');
    expect(lines[0]).toBe('Kế hoạch (không ghi số) của UBND tỉnh Thái Nguyên — mã TN24');
    expect(lines.filter((l) => /^TN24-\d\d /.test(l))).toHaveLength(plan.tasks.length);
    expect(lines.find((l) => l.startsWith('TN24-03'))).toMatch(
      /Hằng năm, trước ngày 10\/12\s+\[Báo cáo\] Báo cáo năm:/,
    );
    expect(lines).toContain('Tổng cộng 36 dòng: 34 nhiệm vụ, 1 kỳ báo cáo, 1 đề nghị.');
    expect(lines).toContain('Cần xem lại (4):');
    expect(lines.filter((l) => /^TN24-/.test(l)).every((l) => l.length < 200)).toBe(true);
    expect(lines[1]?.length).toBeLessThanOrEqual(165);
  });

  it('formats dates as dd/mm/yyyy', async () => {
    const plan = await readPlanFile(seedPath('000'));
    const preview = formatPreview(plan);
    expect(preview).toMatch(/^Kế hoạch số 60\/KH-UBND ngày 02\/04\/2024 của UBND tỉnh Thái Nguyên — mã TN60$/m);
    expect(preview).toMatch(/^TN60-01 +Sở Nội vụ +31\/03\/2024 +Xây dựng kế hoạch/m);
  });
});
