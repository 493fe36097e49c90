import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { readWho } from '../../src/plans/who-field.js';
import { writeTemp } from './helpers.js';

describe('a «Cơ quan thực hiện» value that says who leads and who supports', () => {
  it.each([
    ['Sở Nội vụ chủ trì, phối hợp Sở Tư pháp', ['Sở Nội vụ'], ['Sở Tư pháp']],
    ['Sở Nội vụ (chủ trì), phối hợp với Sở Tư pháp', ['Sở Nội vụ'], ['Sở Tư pháp']],
    [
      'Sở Tư pháp (chủ trì); Sở Nội vụ, UBND các xã, phường (phối hợp)',
      ['Sở Tư pháp'],
      ['Sở Nội vụ', 'UBND các xã, phường'],
    ],
    ['Chủ trì: Thanh tra tỉnh; phối hợp: các sở, ngành', ['Thanh tra tỉnh'], ['các sở, ngành']],
    ['Sở Y tế, Sở Tài chính', ['Sở Y tế', 'Sở Tài chính'], []],
    // Rule «marked-lead»: one name marked to lead, the others (unmarked) take part, in any order.
    ['Ủy ban Kiểm tra Tỉnh ủy (chủ trì); Ban Tổ chức Tỉnh ủy', ['Ủy ban Kiểm tra Tỉnh ủy'], ['Ban Tổ chức Tỉnh ủy']],
    ['Ban Tổ chức Tỉnh ủy; Ủy ban Kiểm tra Tỉnh ủy (chủ trì)', ['Ủy ban Kiểm tra Tỉnh ủy'], ['Ban Tổ chức Tỉnh ủy']],
    ['Sở Y tế (chủ trì), Sở Tài chính', ['Sở Y tế'], ['Sở Tài chính']],
  ])('«%s»', (value, lead, coordinating) => {
    expect(readWho(value)).toEqual({ lead, coordinating });
  });

  it('is read the same way in an appendix table', async () => {
    const md =
      'ỦY BAN NHÂN DÂN TỈNH X\n\nSố: 12/KH-UBND\n\nX, ngày 01 tháng 11 năm 2025\n\nKẾ HOẠCH\n\nThử\n\nPHỤ LỤC\n\n' +
      '| STT | Nội dung công việc | Cơ quan thực hiện | Thời gian hoàn thành |\n|---|---|---|---|\n' +
      '| 1 | Rà soát văn bản | Sở Nội vụ chủ trì, phối hợp Sở Tư pháp | Quý IV/2025 |\n' +
      '| 2 | Kiểm tra việc thực hiện | Chủ trì: Thanh tra tỉnh; phối hợp: các sở, ngành | Năm 2026 |\n';
    const plan = await readPlanFile(writeTemp('ai-lam.md', md));
    expect(plan.tasks.map((t) => [t.lead, t.coordinating])).toEqual([
      [['Sở Nội vụ'], ['Sở Tư pháp']],
      [['Thanh tra tỉnh'], ['các sở, ngành']],
    ]);
  });
});
