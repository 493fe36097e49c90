import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan, readPlanFile } from '../../src/plans/extract.js';
import { readDocument } from '../../src/plans/read.js';
import { textToBlocks } from '../../src/plans/text-blocks.js';
import { FIXTURES_DIR, writeTemp } from './helpers.js';

describe('markdown pipe table with groups', () => {
  it('reads groups, restarting numbers, <br> in cells, report cycles and a vague deadline', async () => {
    const plan = await readPlanFile(join(FIXTURES_DIR, 'pipe-table.md'));
    expect(plan.plan).toMatchObject({
      number: '215/KH-UBND',
      key: 'QN215',
      date: '2024-03-15',
      issuer: 'UBND tỉnh Quảng Ninh',
    });
    expect(plan.tasks.map((t) => [t.id, t.kind, t.order, t.deadline])).toEqual([
      ['QN215-01', 'task', 'I.1', '2024-04-30'],
      ['QN215-02', 'report', 'I.2', '2024-06-10'],
      ['QN215-03', 'report', 'I.2', '2024-12-10'],
      ['QN215-04', 'task', 'II.1', '2024-09-30'],
      ['QN215-05', 'task', 'II.2', null],
    ]);
    expect(plan.tasks[0]?.lead).toEqual(['Các sở, ban, ngành', 'UBND các huyện, thị xã, thành phố']);
    expect(plan.tasks[3]).toMatchObject({
      content: 'Nâng cấp Cổng dịch vụ công của tỉnh',
      coordinating: ['Văn phòng UBND tỉnh', 'Công an tỉnh'],
    });
    expect(plan.tasks[4]?.lead).toEqual(['Công an tỉnh']); // footnote mark removed
  });

  it('reports a deadline it cannot read, with its row, and leaves the date empty', async () => {
    const plan = await readPlanFile(join(FIXTURES_DIR, 'pipe-table.md'));
    expect(plan.tasks[4]?.deadlineText).toBe('Theo tiến độ của Bộ');
    expect(plan.problems).toEqual([
      'Không hiểu thời hạn «Theo tiến độ của Bộ» ở Phụ lục, mục II, dòng 2 — để trống Hạn xử lý.',
    ]);
  });
});

describe('one cell per line table', () => {
  it('rebuilds the rows from the header width', async () => {
    const doc = await readDocument(join(FIXTURES_DIR, 'one-cell.txt'));
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' ? table.rows.map((r) => r.length) : []).toEqual([5, 5, 5, 5]);
    const plan = await readPlanFile(join(FIXTURES_DIR, 'one-cell.txt'));
    expect(plan.plan).toMatchObject({
      key: 'LC24',
      issuer: 'UBND tỉnh Lào Cai',
      title: 'Phòng, chống thiên tai năm 2024',
    });
    expect(plan.tasks.map((t) => [t.order, t.lead, t.coordinating, t.deadline])).toEqual([
      ['1', ['Ban Chỉ huy phòng chống thiên tai tỉnh'], ['UBND các huyện, thị xã, thành phố'], '2024-05-31'],
      ['2', ['Bộ Chỉ huy quân sự tỉnh'], ['Sở Nông nghiệp và Phát triển nông thôn', 'Công an tỉnh'], '2024-09-30'],
      ['3', ['Sở Nông nghiệp và Phát triển nông thôn'], ['Các đơn vị quản lý công trình'], '2024-04-30'],
    ]);
    expect(plan.problems).toEqual([]);
  });
});

describe('tab-separated table with a cell broken over two lines', () => {
  it('mends the row and continues the table after a footnote', () => {
    const text = [
      'KẾ HOẠCH',
      'Phát triển du lịch tỉnh Ninh Bình năm 2024',
      '',
      'STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
      '1\tXây dựng bộ nhận diện',
      'thương hiệu du lịch\tSở Du lịch\tSở Thông tin và Truyền thông\tQuý II/2024',
      '2\tTổ chức Festival\tSở Văn hóa và Thể thao\tUBND thành phố Hoa Lư\tTháng 5/2024',
      '',
      '¹ Ghi chú trang.',
      '',
      '3\tBáo cáo kết quả\tSở Du lịch\tCác sở, ngành\tHằng quý, trước ngày 19 của tháng cuối quý',
    ].join('\n');
    const plan = extractPlan({ blocks: textToBlocks(text) }, 'du-lich.txt');
    expect(plan.tasks.map((t) => [t.order, t.kind, t.content, t.deadline, t.recurrence])).toEqual([
      ['1', 'task', 'Xây dựng bộ nhận diện thương hiệu du lịch', '2024-06-30', ''],
      ['2', 'task', 'Tổ chức Festival', '2024-05-31', ''],
      // A cycle in the deadline cell makes the row a report duty.
      ['3', 'report', 'Báo cáo quý: Báo cáo kết quả', null, 'Hằng quý, trước ngày 19 của tháng cuối quý'],
    ]);
    expect(plan.plan.key).toBe('NB24');
  });
});

describe('inline "Đơn vị chủ trì: …" blocks', () => {
  it('reads one-line and one-label-per-line forms; a section duty that adds work is kept beside them', async () => {
    const plan = await readPlanFile(join(FIXTURES_DIR, 'inline.txt'));
    expect(plan.plan).toMatchObject({
      number: '88/KH-UBND',
      key: 'NA88',
      date: '2025-01-10',
      issuer: 'UBND tỉnh Nghệ An',
    });
    expect(
      plan.tasks.map((t) => [t.order, t.kind, t.content, t.lead, t.coordinating, t.deadlineText, t.deadline]),
    ).toEqual([
      [
        '1',
        'task',
        'Rà soát, đơn giản hóa thủ tục hành chính nội bộ.',
        ['Văn phòng UBND tỉnh'],
        ['Các sở, ban, ngành'],
        'Quý I/2025',
        '2025-03-31',
      ],
      [
        '2',
        'task',
        'Tổ chức đánh giá chỉ số hài lòng của người dân (SIPAS).',
        ['Sở Nội vụ'],
        ['Sở Thông tin và Truyền thông', 'Bưu điện tỉnh'],
        'Theo tiến độ của Bộ Nội vụ',
        null,
      ],
      [
        '3',
        'task',
        'Tập huấn kỹ năng cho công chức bộ phận một cửa',
        ['Sở Nội vụ'],
        ['UBND các huyện, thành phố'],
        '30/6/2025',
        '2025-06-30',
      ],
      ['II.1', 'task', 'Theo dõi, đôn đốc việc thực hiện Kế hoạch này.', ['Sở Nội vụ'], [], '', null],
      [
        'II.2',
        'request',
        'Phối hợp giám sát việc thực hiện Kế hoạch.',
        ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
        [],
        '',
        null,
      ],
    ]);
    expect(plan.problems).toContain('Không hiểu thời hạn «Theo tiến độ của Bộ Nội vụ» ở Mục 2 — để trống Hạn xử lý.');
    expect(plan.problems.some((p) => p.includes('không đưa vào'))).toBe(false);
  });
});

describe('per-agency sections: other shapes', () => {
  it('a)/b) items, "Sở …:" inline agency, "Đề nghị" duty, and a section deadline line', async () => {
    const text = [
      'KẾ HOẠCH',
      'Bảo vệ môi trường tỉnh Bắc Ninh năm 2024',
      '',
      'IV. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Sở Tài nguyên và Môi trường',
      '',
      'a) Chủ trì, phối hợp với Sở Xây dựng kiểm tra các khu công nghiệp.',
      '',
      'b) Tổng hợp báo cáo kết quả trước ngày 15/11/2024.',
      '',
      '2. Sở Tài chính; Sở Kế hoạch và Đầu tư',
      '',
      'Bố trí kinh phí thực hiện Kế hoạch.',
      '',
      'Thời gian hoàn thành: Quý I/2024.',
      '',
      '3. UBND các huyện, thị xã, thành phố: tổ chức ra quân làm sạch môi trường.',
      '',
      '- Đề nghị Ủy ban MTTQ tỉnh phối hợp tuyên truyền, vận động Nhân dân.',
      '',
      'Trên đây là Kế hoạch.',
    ].join('\n');
    const plan = extractPlan({ blocks: textToBlocks(text) }, 'moi-truong.txt');
    expect(plan.tasks.map((t) => [t.order, t.kind, t.lead, t.coordinating, t.deadline])).toEqual([
      ['IV.1.a', 'task', ['Sở Tài nguyên và Môi trường'], ['Sở Xây dựng'], null],
      ['IV.1.b', 'task', ['Sở Tài nguyên và Môi trường'], [], '2024-11-15'],
      ['IV.2', 'task', ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư'], [], '2024-03-31'],
      ['IV.3', 'task', ['UBND các huyện, thị xã, thành phố'], [], null],
      ['IV.3', 'request', ['Ủy ban MTTQ tỉnh'], [], null],
    ]);
    expect(plan.tasks[3]?.content).toBe('Tổ chức ra quân làm sạch môi trường.');
    expect(plan.tasks[4]?.content).toBe('Phối hợp tuyên truyền, vận động Nhân dân.');
    expect(plan.tasks[2]?.deadlineText).toBe('Quý I/2024');
  });
});

describe('no recognisable task', () => {
  it('returns no task and one clear problem line instead of throwing', async () => {
    const path = writeTemp(
      'thu-moi.txt',
      'THƯ MỜI\n\nKính mời các đồng chí dự hội nghị tổng kết năm tại hội trường tỉnh.\n',
    );
    const plan = await readPlanFile(path);
    expect(plan.tasks).toEqual([]);
    expect(plan.problems.some((p) => p.startsWith('Không tìm thấy nhiệm vụ nào'))).toBe(true);
    expect(plan.problems.some((p) => p.includes('Không tìm thấy tên kế hoạch'))).toBe(true);
    expect(plan.plan.key).toBe('KH');
  });
});

describe('a two-level table header', () => {
  it('reads «Cơ quan thực hiện» spanning «Chủ trì | Phối hợp», with the row-spanning STT read once', () => {
    const rows = [
      ['STT', 'Nội dung', 'Cơ quan thực hiện', 'Cơ quan thực hiện', 'Thời gian'],
      ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'],
      ['1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý I/2026'],
      ['2', 'Tập huấn cán bộ cấp xã', 'Sở Nội vụ', 'UBND các xã, phường', 'Tháng 6/2026'],
    ];
    const plan = extractPlan(
      {
        blocks: [
          { type: 'para', text: 'Số: 5/KH-UBND' },
          { type: 'para', text: 'KẾ HOẠCH' },
          { type: 'para', text: 'Cải cách' },
          { type: 'table', rows },
        ],
      },
      'hai-tang.docx',
    );
    expect(plan.tasks.map((t) => [t.order, t.lead, t.coordinating, t.deadline])).toEqual([
      ['1', ['Sở Tư pháp'], ['Sở Nội vụ'], '2026-03-31'],
      ['2', ['Sở Nội vụ'], ['UBND các xã, phường'], '2026-06-30'],
    ]);
  });
});

describe('rule «closing-clause»', () => {
  it('the sentence every plan ends with is not a task, with or without its commas', async () => {
    const text = `Số: 9/KH-UBND

Nghệ An, ngày 01 tháng 12 năm 2025

KẾ HOẠCH

Phòng, chống thiên tai năm 2026

IV. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Môi trường

- Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.

- Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan báo cáo Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi trường) để xem xét.

2. Trong quá trình triển khai thực hiện nếu phát sinh vướng mắc các đơn vị phản ánh về Sở Nông nghiệp và Môi trường.
`;
    const plan = await readPlanFile(writeTemp('ket-thuc.txt', text));
    expect(plan.tasks.map((t) => [t.lead, t.content])).toEqual([
      [['Sở Nông nghiệp và Môi trường'], 'Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.'],
    ]);
  });
});
