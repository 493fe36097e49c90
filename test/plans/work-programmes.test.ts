import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// A Sở's quarterly work programme as a coordinator gets it from a converter that sets every table
// row apart by a blank line, its tasks grouped by month, the short names stated in a sentence.
// Habits met in writer 23's development set.

const cells = (...c: string[]): string => c.join('\n|\n');

const PROGRAMME = [
  '| UBND TỈNH BÌNH PHƯỚC | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |',
  '|---|---|',
  '| **SỞ XÂY DỰNG** | **Độc lập - Tự do - Hạnh phúc** |',
  '| Số: 21/CTr-SXD | *Bình Phước, ngày 25 tháng 3 năm 2026* |',
  '',
  '**CHƯƠNG TRÌNH CÔNG TÁC**',
  '',
  '**Quý II năm 2026 của Sở Xây dựng**',
  '',
  '**II. NỘI DUNG CÔNG TÁC**',
  '',
  'Nhiệm vụ không ghi thời gian thì hoàn thành trong tháng được bố trí. Trung tâm Quy hoạch xây dựng tỉnh viết tắt là TTQHXD; Phòng Quản lý nhà và thị trường bất động sản viết tắt là Phòng QLN.',
  '',
  cells('**STT**', '**Nội dung công việc**', '**Đơn vị chủ trì**', '**Đơn vị phối hợp**', '**Thời gian**'),
  '',
  '---|---|---|---|---',
  '',
  `${cells('**I**', '**Tháng 4 năm 2026**', '', '', '')}\n|`,
  '',
  cells(
    '1',
    'Rà soát quy hoạch chung đô thị Đồng Xoài, đề xuất điều chỉnh cục bộ',
    'TTQHXD',
    'Phòng Quy hoạch - Kiến trúc',
    'Trước 20/4',
  ),
  '',
  cells('2', 'Tổng hợp tình hình thị trường bất động sản Quý I năm 2026', 'Phòng QLN', 'Các xã, phường', ''),
  '',
  `${cells('**II**', '**Tháng 5 năm 2026**', '', '', '')}\n|`,
  '',
  cells(
    '3',
    'Kiểm tra công tác quản lý chất lượng công trình tại các dự án trọng điểm',
    'Phòng Quản lý xây dựng',
    'TTQHXD',
    '11/5 - 22/5/2026',
  ),
  '',
  cells(
    '4',
    'Hướng dẫn các xã, phường lập kế hoạch phát triển nhà ở năm 2027',
    'Phòng QLN',
    'Ủy ban nhân dân các xã, phường',
    '',
  ),
  '',
  '**III. TỔ CHỨC THỰC HIỆN**',
  '',
  'Văn phòng Sở theo dõi, đôn đốc việc thực hiện Chương trình này.',
  '',
].join('\n');

describe('a converter that sets table rows apart by blank lines (rule «blank-separated-rows»)', () => {
  it('reads every row under its header, group rows apart', async () => {
    const plan = await readPlanFile(writeTemp('ctr-quy-ii.md', PROGRAMME));
    const rows = plan.tasks.filter((t) => t.source.startsWith('Bảng'));
    expect(rows.map((t) => t.content.slice(0, 24))).toEqual([
      'Rà soát quy hoạch chung ',
      'Tổng hợp tình hình thị t',
      'Kiểm tra công tác quản l',
      'Hướng dẫn các xã, phường',
    ]);
  });

  it('dates a row with an empty time cell by its group’s month, not by the row above (rule «group-period»)', async () => {
    const plan = await readPlanFile(writeTemp('ctr-quy-ii.md', PROGRAMME));
    const rows = plan.tasks.filter((t) => t.source.startsWith('Bảng'));
    expect(rows.map((t) => t.deadline)).toEqual(['2026-04-20', '2026-04-30', '2026-05-22', '2026-05-31']);
  });

  it('names the bodies a sentence shortens «X viết tắt là Y» in full (rule «stated-abbreviation»)', async () => {
    const plan = await readPlanFile(writeTemp('ctr-quy-ii.md', PROGRAMME));
    const rows = plan.tasks.filter((t) => t.source.startsWith('Bảng'));
    expect(rows.map((t) => t.lead[0])).toEqual([
      'Trung tâm Quy hoạch xây dựng tỉnh',
      'Phòng Quản lý nhà và thị trường bất động sản',
      'Phòng Quản lý xây dựng',
      'Phòng Quản lý nhà và thị trường bất động sản',
    ]);
    expect(rows[2]?.coordinating).toEqual(['Trung tâm Quy hoạch xây dựng tỉnh']);
  });
});

describe('rule «first-named-leads»: a plan that says its first-named body leads', () => {
  const plan = (note: string): string =>
    [
      'ỦY BAN NHÂN DÂN',
      'XÃ ĐỨC THỌ',
      '',
      'Số: 27/KH-UBND',
      '',
      'Đức Thọ, ngày 16 tháng 3 năm 2026',
      '',
      'KẾ HOẠCH',
      '',
      'Vận động nhân dân hiến đất mở rộng đường giao thông nông thôn năm 2026',
      '',
      'II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN',
      '',
      note,
      '',
      '| TT | Nội dung | Đơn vị thực hiện | Thời gian |',
      '|---|---|---|---|',
      '| 1 | Tổ chức hội nghị triển khai kế hoạch đến các thôn | Văn phòng HĐND và UBND xã; Phòng Kinh tế | Tháng 3/2026 |',
      '| 2 | Đo đạc, cắm mốc phần đất hiến của các hộ | Phòng Kinh tế; Trưởng các thôn | Tháng 5/2026 |',
      '| 3 | Tuyên truyền trên hệ thống loa truyền thanh | Trung tâm Văn hóa - Thông tin xã | Tháng 4/2026 |',
      '',
    ].join('\n');

  it('gives the first body of a doer cell the lead and the others a part', async () => {
    const read = await readPlanFile(
      writeTemp('kh-hien-dat.md', plan('(Đơn vị, bộ phận nêu đầu tiên tại cột «Đơn vị thực hiện» là đơn vị chủ trì)')),
    );
    expect(read.tasks.map((t) => [t.lead, t.coordinating])).toEqual([
      [['Văn phòng HĐND và UBND xã'], ['Phòng Kinh tế']],
      [['Phòng Kinh tế'], ['Trưởng các thôn']],
      [['Trung tâm Văn hóa - Thông tin xã'], []],
    ]);
  });

  it('lets every body of the cell lead when the plan says nothing of the kind', async () => {
    const read = await readPlanFile(writeTemp('kh-hien-dat.md', plan('Các đơn vị triển khai theo bảng dưới đây.')));
    expect(read.tasks[0]?.lead).toEqual(['Văn phòng HĐND và UBND xã', 'Phòng Kinh tế']);
  });
});
