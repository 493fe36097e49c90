import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// Rule «role-matrix»: one column per body, each row marks who leads («C») and who takes part («P»);
// rule «legend»: the key under the table spells out the letters of the columns.

const FIXTURE = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'plans',
  'new-writers-7',
  'danang-118-2026-khu-thuong-mai-tu-do',
);
const BQL = 'Ban Quản lý Khu công nghệ cao, các khu công nghiệp và Khu thương mại tự do Đà Nẵng';

describe('a task table with a column per body', () => {
  it('reads «C» as the lead and «P» as taking part, the column names spelled out by the legend', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\n\nSố: 118/KH-UBND\n\nĐà Nẵng, ngày 20 tháng 3 năm 2026\n\nKẾ HOẠCH\n\n' +
      'Triển khai Khu thương mại tự do năm 2026\n\nPHỤ LỤC\n\n' +
      '| TT | Nhiệm vụ | BQL | STC | SXD | CATP | Thời hạn |\n|---|---|---|---|---|---|---|\n' +
      '| 1 | Ban hành Quy chế phối hợp quản lý | C | P | P | | Quý II/2026 |\n' +
      '| 2 | Đầu tư tuyến đường kết nối cảng Liên Chiểu | | P | C | | 2026 - 2027 |\n' +
      '| 3 | Bảo đảm an ninh, trật tự trong Khu | P | | | C | Thường xuyên |\n\n' +
      'Ghi chú: C - cơ quan chủ trì; P - cơ quan phối hợp. BQL: ' +
      BQL +
      '; STC: Sở Tài chính; SXD: Sở Xây dựng; CATP: Công an thành phố.\n';
    const plan = await readPlanFile(writeTemp('ma-tran.md', text));
    expect(plan.tasks.map((t) => [t.lead.join('; '), t.coordinating.join('; '), t.deadline])).toEqual([
      [BQL, 'Sở Tài chính; Sở Xây dựng', '2026-06-30'],
      ['Sở Xây dựng', 'Sở Tài chính', '2027-12-31'],
      ['Công an thành phố', BQL, null],
    ]);
  });

  it('a table of marks with fewer than three body columns is not a matrix', async () => {
    const text =
      'KẾ HOẠCH\n\nThử\n\n| TT | Nhiệm vụ | Có | Không |\n|---|---|---|---|\n| 1 | Rà soát hồ sơ | x | |\n| 2 | Lập danh sách | | x |\n';
    const plan = await readPlanFile(writeTemp('hai-cot.md', text));
    expect(plan.tasks.some((t) => t.lead.includes('Có'))).toBe(false);
  });

  it('a timetable marked by month or round is no matrix of bodies', async () => {
    const text =
      'KẾ HOẠCH\n\nThử\n\n| STT | Nội dung công việc | Tháng 1 | Tháng 2 | Tháng 3 | Đơn vị thực hiện |\n|---|---|---|---|---|---|\n' +
      '| 1 | Rà soát hồ sơ | x | x | | Sở Tư pháp |\n| 2 | Lập danh sách | | x | x | Sở Nội vụ |\n';
    const plan = await readPlanFile(writeTemp('gantt.md', text));
    expect(plan.tasks.map((t) => t.lead)).toEqual([['Sở Tư pháp'], ['Sở Nội vụ']]);
  });

  it.each(['md', 'docx', 'pdf'])('reads the written Đà Nẵng matrix in its .%s', async (format) => {
    const plan = await readPlanFile(`${FIXTURE}.${format}`);
    const row = (start: string) => plan.tasks.find((t) => t.content.startsWith(start));
    // In the PDF the narrow headers wrap inside the letters («BQ» / «L»): still one abbreviation.
    expect(row('Ban hành Quy chế phối hợp')?.lead).toEqual([BQL]);
    expect(row('Tổ chức Hội nghị xúc tiến đầu tư')?.lead).toEqual([BQL, 'Sở Công Thương']);
    expect(row('Xây dựng nền tảng số')?.lead).toEqual(['Sở Khoa học và Công nghệ']);
  });
});
