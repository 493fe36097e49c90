import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// Each new rule has a boundary: text it must leave as it was. These inputs were found by a review
// of the rules added for writers 12–16 (each broke a plan before the rule was narrowed).

const plan = (date: string, title: string, body: string): string =>
  `ỦY BAN NHÂN DÂN\nTỈNH THỬ\n\nSố: 12/KH-UBND\n\nThử, ngày ${date}\n\nKẾ HOẠCH\n\n${title}\n\nIII. TỔ CHỨC THỰC HIỆN\n\n${body}\n`;
const ordinary = (body: string): string => plan('05 tháng 01 năm 2026', 'Về việc thực hiện nhiệm vụ năm 2026', body);
const read = async (name: string, text: string) => (await readPlanFile(writeTemp(name, text))).tasks;

describe('deadline rules keep to their own wording', () => {
  it('reads «COVID-19» as a name, not a D-day mark, in a plan that names no «ngày D»', async () => {
    const tasks = await read(
      'covid.md',
      ordinary('1. Sở Y tế chủ trì tiêm vắc xin phòng COVID-19 cho trẻ em, hoàn thành trong tháng 3/2026.'),
    );
    expect(tasks.map((t) => t.deadline)).toEqual(['2026-03-31']);
  });

  it('takes the duty’s own time before a named day, and never a day already past', async () => {
    const tasks = await read(
      'ngay-sinh.md',
      ordinary(
        '1. Sở Văn hóa, Thể thao và Du lịch tổ chức kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890), hoàn thành trước ngày 15/5/2026.\n\n' +
          '2. Sở Nội vụ tuyên truyền về Ngày thành lập Đảng (03/02/1930).',
      ),
    );
    expect(tasks.map((t) => t.deadline)).toEqual(['2026-05-15', null]);
  });

  it('reads rounds only inside their clause, and only when each round has its date', async () => {
    const tasks = await read(
      'dot.md',
      ordinary(
        '1. Sở Y tế chủ trì tổ chức tiêm chủng đợt 1 trong tháng 3/2026 và đợt 2 cho trẻ chưa tiêm; báo cáo kết quả trước ngày 30/6/2026.\n\n' +
          '2. Sở Tài chính chủ trì giải ngân vốn đợt 1 trước ngày 30/6/2026, đợt 2 theo tiến độ của Bộ Tài chính.',
      ),
    );
    expect(tasks.filter((t) => t.kind === 'task').map((t) => t.deadline)).toEqual(['2026-03-31', '2026-06-30']);
  });

  it('dates a December plan’s bare quarter in the year ahead, but keeps its bare days and June plans as they were', async () => {
    const december = plan(
      '10 tháng 12 năm 2025',
      'Kiểm tra công tác cải cách hành chính năm 2026',
      '1. Sở Nội vụ ban hành kế hoạch kiểm tra trước ngày 25/12.\n\n2. Sở Nội vụ tổ chức kiểm tra các sở; thời gian thực hiện: Quý IV.',
    );
    expect((await read('thang-12.md', december)).map((t) => t.deadline)).toEqual(['2025-12-25', '2026-12-31']);
    const june = plan(
      '15 tháng 6 năm 2025',
      'Tổ chức Đại hội Thể dục thể thao tỉnh năm 2026',
      '1. Sở Văn hóa, Thể thao và Du lịch ban hành Điều lệ Đại hội trước ngày 30/9.',
    );
    expect((await read('thang-6.md', june)).map((t) => t.deadline)).toEqual(['2025-09-30']);
  });
});

describe('name rules keep to their own wording', () => {
  it('keeps «Khu kinh tế mở», «Tỉnh Đoàn», a meeting’s chair and «Bà con» out of the names they do not end', async () => {
    const tasks = await read(
      'ten.md',
      ordinary(
        '1. Ban Quản lý Khu kinh tế mở Chu Lai chủ trì tổ chức rà soát quy hoạch trong tháng 3/2026.\n\n' +
          '2. Tỉnh Đoàn kiểm tra việc tổ chức hoạt động hè cho thanh thiếu niên trong tháng 7/2026.\n\n' +
          '3. Sở Nội vụ chuẩn bị nội dung Hội nghị tổng kết (do Ủy ban nhân dân tỉnh chủ trì) trong tháng 3/2026.\n\n' +
          '4. Đồng chí Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo chung việc tổ chức tập huấn trong tháng 3/2026.\n\n' +
          '5. Bà con nhân dân tham gia vệ sinh môi trường, thực hiện nếp sống văn minh trong tháng 4/2026.',
      ),
    );
    expect(tasks.slice(0, 4).map((t) => [t.lead, t.content.slice(0, 14)])).toEqual([
      [['Ban Quản lý Khu kinh tế mở Chu Lai'], 'Chủ trì tổ chứ'],
      [['Tỉnh Đoàn'], 'Kiểm tra việc '],
      [['Sở Nội vụ'], 'Chuẩn bị nội d'],
      [['Ủy ban nhân dân tỉnh'], 'Chỉ đạo chung '],
    ]);
    // «Bà con nhân dân» (the folk) is nobody the sheet can remind.
    expect(tasks.flatMap((t) => t.lead)).not.toContain('Bà con nhân dân');
  });
});

describe('table rules keep to their own tables', () => {
  it('reads the work, not the inspected firm, when a table has both a «Tên cơ sở» and a «Nội dung» column', async () => {
    const tasks = await read(
      'ten-co-so.md',
      ordinary(
        '| STT | Tên cơ sở được kiểm tra | Nội dung kiểm tra | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|---|\n' +
          '| 1 | Công ty TNHH Minh Anh | Kiểm tra an toàn thực phẩm | Sở Y tế | Tháng 4/2026 |',
      ),
    );
    expect(tasks.map((t) => t.content)).toEqual(['Kiểm tra an toàn thực phẩm']);
  });

  it('reads a copy whose columns are padded to line up, and leaves the signature block out', async () => {
    const text =
      'STT   Nội dung                          Cơ quan chủ trì     Thời gian\n' +
      '1     Tổ chức tập huấn cán bộ y tế      Sở Y tế             Tháng 3/2026\n' +
      '2     Kiểm tra an toàn thực phẩm        Sở Công Thương      Tháng 5/2026\n' +
      'Nơi nhận:                                   KT. CHỦ TỊCH\n' +
      '- Như trên;                                 PHÓ CHỦ TỊCH\n';
    const tasks = await read('can-cot.txt', ordinary(text));
    expect(tasks.map((t) => [t.lead, t.deadline])).toEqual([
      [['Sở Y tế'], '2026-03-31'],
      [['Sở Công Thương'], '2026-05-31'],
    ]);
  });

  it('goes on past a sentence that mentions «các văn bản liên quan»', async () => {
    const body =
      Array.from({ length: 10 }, (_, k) => `Đoạn giới thiệu thứ ${k + 1} của kế hoạch.`).join('\n\n') +
      '\n\nCác văn bản liên quan được gửi kèm Kế hoạch này.\n\n1. Sở Tư pháp chủ trì rà soát văn bản trong tháng 5/2026.';
    expect((await read('van-ban-lien-quan.md', ordinary(body))).map((t) => t.lead)).toEqual([['Sở Tư pháp']]);
  });
});

describe('rule «head-lines-mid-text»: a head’s lines set among the duties are no work', () => {
  it('drops the motto and the place-and-date line, and keeps a duty dated the same way', async () => {
    const tasks = await read(
      'tieu-ngu.md',
      ordinary(
        '1. Sở Nội vụ tổng hợp danh sách trụ sở dôi dư, hoàn thành trước ngày 30 tháng 6 năm 2026.\n\n' +
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nLào Cai, ngày 09 tháng 6 năm 2026\n\n' +
          '2. Sở Tài chính bố trí kinh phí sửa chữa trụ sở làm việc của các xã, phường.',
      ),
    );
    expect(tasks.map((t) => [t.lead[0], t.deadline])).toEqual([
      ['Sở Nội vụ', '2026-06-30'],
      ['Sở Tài chính', null],
    ]);
  });
});

describe('rule «liability-clause»: who answers if things go wrong is no work', () => {
  it('drops «… chịu trách nhiệm trước … nếu để xảy ra …», keeps a duty with a time of its own', async () => {
    const tasks = await read(
      'trach-nhiem.md',
      ordinary(
        '1. Sở Tài chính bố trí kinh phí sửa chữa trụ sở làm việc của các xã, phường.\n\n' +
          '2. Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm trước pháp luật và trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra thiệt hại về người do chủ quan.\n\n' +
          '3. Giám đốc Sở Xây dựng chịu trách nhiệm hoàn thành thẩm định hồ sơ, nếu để chậm phải báo cáo rõ lý do, hoàn thành trước ngày 30/6/2026.',
      ),
    );
    expect(tasks.map((t) => [t.lead[0], t.deadline])).toEqual([
      ['Sở Tài chính', null],
      ['Sở Xây dựng', '2026-06-30'],
    ]);
  });
});
