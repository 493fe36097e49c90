import { describe, expect, it } from 'vitest';
import { documentNumbers } from '#src/understanding/document-numbers.js';

/** Document numbers written in a report go to the Minh chứng cell (issue #17). */
describe('document numbers in a report', () => {
  it('keeps the kind of document and its date with the number', () => {
    expect(documentNumbers('TN60-12 xong, đã ban hành CV số 123/STP-VP ngày 2/12/2025')).toEqual([
      'CV số 123/STP-VP ngày 2/12/2025',
    ]);
    expect(
      documentNumbers('đã trình theo Quyết định 45/QĐ-UBND, kèm kế hoạch số 60/KH-UBND ngày 02 tháng 4 năm 2024'),
    ).toEqual(['Quyết định 45/QĐ-UBND', 'kế hoạch số 60/KH-UBND ngày 02 tháng 4 năm 2024']);
    expect(documentNumbers('theo Nghị định 09/2019/NĐ-CP; gửi kèm 123/STP-VP')).toEqual([
      'Nghị định 09/2019/NĐ-CP',
      '123/STP-VP',
    ]);
  });

  it('reads none in a task ID, a date, a share or a percentage', () => {
    expect(documentNumbers('TN60-12 đã xong 3/5 đơn vị ngày 2/12/2025, đạt 80%')).toEqual([]);
  });

  it('lists a number written twice once', () => {
    expect(documentNumbers('CV 123/STP-VP và cv 123/stp-vp')).toEqual(['CV 123/STP-VP']);
  });
});
