import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { join } from 'node:path';
import { FIXTURES_DIR, writeTemp } from './helpers.js';

// A Quyết định setting up a working team, as a coordinator gets it: text copied out of a PDF
// viewer (lines broken at the page width, no blank line between paragraphs), the team's duties
// in an article named after the team. Habits met in writer 18's development set.

/** Lines broken at about 80 characters, as a PDF viewer copies them. */
function wrapped(paragraphs: string[]): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    let line = '';
    for (const word of p.split(' ')) {
      if (line !== '' && line.length + word.length + 1 > 80) {
        out.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push(line);
  }
  return out.join('\n');
}

const HEAD = [
  'ỦY BAN NHÂN DÂN                             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH ĐỒNG NAI                               Độc lập - Tự do - Hạnh phúc',
  '',
  'Số: 795/QĐ-UBND                             Đồng Nai, ngày 23 tháng 3 năm 2026',
  'QUYẾT ĐỊNH',
  'Về việc thành lập Tổ công tác rà soát các dự án đầu tư chậm triển khai',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
].join('\n');

const ARTICLES = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 1180/TTr-STC ngày 16 tháng 3 năm 2026.',
  'QUYẾT ĐỊNH:',
  'Điều 1. Thành lập Tổ công tác rà soát, tháo gỡ khó khăn, vướng mắc đối với các dự án đầu tư ngoài ngân sách chậm triển khai trên địa bàn tỉnh (sau đây gọi tắt là Tổ công tác).',
  'Điều 2. Nhiệm vụ của Tổ công tác',
  '1. Rà soát toàn bộ 146 dự án đầu tư ngoài ngân sách đã được chấp thuận chủ trương đầu tư nhưng chậm triển khai; phân loại theo nhóm nguyên nhân; hoàn thành trước ngày 30/5/2026.',
  '2. Tổ chức làm việc với từng nhà đầu tư có dự án chậm tiến độ trên 24 tháng; đề xuất Chủ tịch Ủy ban nhân dân tỉnh biện pháp xử lý theo từng đợt: đợt 1 trước ngày 30/6/2026, đợt 2 trước ngày 30/9/2026.',
  '3. Định kỳ hằng tháng (trước ngày 05 của tháng sau), báo cáo Chủ tịch Ủy ban nhân dân tỉnh tiến độ, kết quả thực hiện.',
  'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.',
];

const TEAM =
  'Tổ công tác rà soát, tháo gỡ khó khăn, vướng mắc đối với các dự án đầu tư ngoài ngân sách chậm triển khai trên địa bàn tỉnh';

/** Blank lines around a page number, as a copied page break leaves them. */
const PAGE_BREAK = ['', '', '', '2', '', '', ''].join('\n');

describe('rule «paragraphs-end-at-blanks»: text copied from a PDF viewer is not markdown', () => {
  it('keeps each article and clause a paragraph of its own, though the lines are wrapped', async () => {
    // Two page breaks: blank lines enough to look like markdown's paragraphs at first sight.
    const pages = [ARTICLES.slice(0, 4), ARTICLES.slice(4, 6), ARTICLES.slice(6)].map(wrapped);
    const plan = await readPlanFile(writeTemp('qd-to-cong-tac.md', `${HEAD}\n${pages.join(`\n${PAGE_BREAK}\n`)}\n`));
    expect(plan.tasks.map((t) => t.lead)).toEqual([[TEAM], [TEAM], [TEAM]]);
    expect(plan.plan.date).toBe('2026-03-23');
    expect(plan.plan.title).toContain('thành lập Tổ công tác');
  });
});

describe('markdown that starts each sentence on a new line is still markdown', () => {
  // A web page converted to markdown by a tool that breaks at the page width and also before each
  // sentence: paragraphs are set apart by single blank lines, and a paragraph is one duty.
  const DUTIES = [
    [
      'Sở Tài chính',
      'tổng hợp danh mục dự án chậm triển khai, đề xuất phương án xử lý theo từng nhóm nguyên nhân cho từng dự án.',
      'Hoàn thành trước ngày 30/5/2026, gửi Ủy ban nhân dân tỉnh để xem xét quyết định.',
    ],
    [
      'Sở Xây dựng',
      'rà soát các dự án chậm cấp giấy phép xây dựng, hướng dẫn nhà đầu tư hoàn thiện hồ sơ theo quy định hiện hành.',
      'Kết quả gửi Sở Tài chính trước ngày 15/5/2026 để tổng hợp chung toàn tỉnh.',
    ],
    [
      'Sở Nông nghiệp và Môi trường',
      'rà soát các dự án chậm giao đất, cho thuê đất, đề xuất thu hồi đất đối với dự án vi phạm kéo dài.',
      'Hoàn thành trong tháng 6/2026 và báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.',
    ],
    [
      'Công an tỉnh',
      'phối hợp kiểm tra các dự án có dấu hiệu vi phạm pháp luật, xử lý nghiêm các trường hợp cố tình trục lợi.',
      'Thực hiện thường xuyên trong suốt quá trình rà soát các dự án chậm triển khai.',
    ],
    [
      'Sở Công Thương',
      'rà soát các dự án thương mại, năng lượng chậm triển khai, làm việc với từng nhà đầu tư để xác định nguyên nhân.',
      'Gửi kết quả về Sở Tài chính trước ngày 20/5/2026 để tổng hợp.',
    ],
    [
      'Sở Văn hóa, Thể thao và Du lịch',
      'rà soát các dự án du lịch, dịch vụ chậm triển khai trên địa bàn tỉnh, đề xuất gia hạn hoặc chấm dứt hoạt động.',
      'Hoàn thành trước ngày 31/5/2026, đồng thời gửi Sở Tài chính để tổng hợp.',
    ],
    [
      'Thuế tỉnh',
      'cung cấp thông tin về tình hình thực hiện nghĩa vụ tài chính của các nhà đầu tư có dự án chậm triển khai.',
      'Gửi thông tin cho Sở Tài chính trước ngày 10/5/2026 theo đề nghị của Sở.',
    ],
    [
      'Ủy ban nhân dân các xã, phường',
      'rà soát tình hình sử dụng đất của các dự án trên địa bàn, kịp thời báo cáo các trường hợp bỏ hoang đất.',
      'Thực hiện thường xuyên và báo cáo khi có yêu cầu của cơ quan có thẩm quyền.',
    ],
  ];
  const sentences = (s: string) => wrapped([s]);
  const body = DUTIES.flatMap(([agency, first, second], i) => [
    `**${i + 1}\\. ${agency}**`,
    '',
    sentences(`${agency} chủ trì ${first}`),
    sentences(second ?? ''),
    '',
  ]);
  const md = [
    '# Kế hoạch rà soát dự án đầu tư chậm triển khai',
    '',
    'Số hiệu: 95/KH-UBND · Loại văn bản: Kế hoạch · Ngày ban hành: 23/3/2026',
    '',
    '* * *',
    '',
    '**ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI**',
    '',
    'Số: 95/KH-UBND',
    '',
    '_Đồng Nai, ngày 23 tháng 3 năm 2026_',
    '',
    '**KẾ HOẠCH**',
    '',
    '**Rà soát, xử lý các dự án đầu tư ngoài ngân sách chậm triển khai**',
    '',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    '',
    sentences('Rà soát toàn bộ các dự án đầu tư ngoài ngân sách đã được chấp thuận chủ trương nhưng chậm triển khai.'),
    sentences('Phân loại theo nhóm nguyên nhân để có giải pháp xử lý dứt điểm, phù hợp với quy định của pháp luật.'),
    sentences(
      'Xác định rõ trách nhiệm của từng cơ quan, đơn vị trong việc rà soát, tham mưu xử lý các dự án chậm triển khai.',
    ),
    '',
    '**II. TỔ CHỨC THỰC HIỆN**',
    '',
    ...body,
  ].join('\n');

  it('keeps a duty of two sentences one task, as blank lines set the paragraphs apart', async () => {
    const plan = await readPlanFile(writeTemp('kh-cau-moi-dong.md', `${md}\n`));
    expect(plan.tasks.filter((t) => t.kind === 'task').map((t) => t.lead[0])).toEqual(DUTIES.map(([a]) => a));
    expect(plan.tasks.find((t) => t.lead[0] === 'Sở Tài chính')?.deadline).toBe('2026-05-30');
  });
});

describe('rule «duties-of-one-body»: an article named after a body hands it the clauses below', () => {
  it('gives every clause of «Điều 2. Nhiệm vụ của Tổ công tác» to the team, none to the signer', async () => {
    const plan = await readPlanFile(writeTemp('qd-nhiem-vu.md', `${HEAD}\n${wrapped(ARTICLES)}\n`));
    // The team is named in full (rule «defined-short-name»), as the plan defines it in Điều 1.
    expect(plan.tasks.map((t) => [t.kind, t.lead, t.deadline])).toEqual([
      ['task', [TEAM], '2026-05-30'],
      ['task', [TEAM], '2026-09-30'],
      ['report', [TEAM], null],
    ]);
    expect(plan.tasks[0]?.source).toBe('Mục Điều 2.1 (Tổ công tác)');
  });

  it('leaves an article about work in general («Nhiệm vụ của các thành viên») to the clauses’ own bodies', async () => {
    const articles = [
      ...ARTICLES.slice(0, 3),
      'Điều 2. Nhiệm vụ cụ thể',
      '1. Rà soát toàn bộ 146 dự án đầu tư ngoài ngân sách đã được chấp thuận chủ trương đầu tư nhưng chậm triển khai.',
      ARTICLES[7] ?? '',
    ];
    const plan = await readPlanFile(writeTemp('qd-chung.md', `${HEAD}\n${wrapped(articles)}\n`));
    expect(plan.tasks.flatMap((t) => t.lead)).not.toContain('Nhiệm vụ cụ thể');
    expect(plan.tasks.flatMap((t) => t.lead)).not.toContain(TEAM);
  });
});

describe('rule «cycle-before-report»: «Định kỳ hằng tháng (…), báo cáo …» is one report', () => {
  it('makes no task of the words that only say when to report', async () => {
    const plan = await readPlanFile(writeTemp('qd-bao-cao.md', `${HEAD}\n${wrapped(ARTICLES)}\n`));
    const monthly = plan.tasks.filter((t) => t.content.includes('Định kỳ hằng tháng'));
    expect(monthly.map((t) => [t.kind, t.recurrence !== ''])).toEqual([['report', true]]);
  });

  it('keeps the work before the report when the clause opens with work, not with a time', async () => {
    const articles = [
      ...ARTICLES.slice(0, 7),
      '3. Đánh giá mức độ chậm trễ của từng nhà đầu tư sau mỗi đợt làm việc, báo cáo Chủ tịch Ủy ban nhân dân tỉnh định kỳ hằng quý.',
      ...ARTICLES.slice(8),
    ];
    const plan = await readPlanFile(writeTemp('qd-danh-gia.md', `${HEAD}\n${wrapped(articles)}\n`));
    const rows = plan.tasks.filter(
      (t) => t.content.includes('Đánh giá mức độ chậm trễ') || t.content.includes('định kỳ hằng quý'),
    );
    expect(rows.map((t) => t.kind)).toEqual(['task', 'report']);
  });
});

describe('rule «defined-short-name»: a team called by its first words is named in full', () => {
  const decision = (name: string, short: string): string =>
    [
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NINH',
      '',
      'Số: 1027/QĐ-UBND',
      '',
      'Quảng Ninh, ngày 14 tháng 4 năm 2026',
      '',
      'QUYẾT ĐỊNH',
      '',
      `Về việc kiện toàn ${name}`,
      '',
      `**Điều 1.** Kiện toàn ${name} (sau đây gọi tắt là ${short}).`,
      '',
      `**Điều 2.** Nhiệm vụ, quyền hạn của ${short}`,
      '',
      '1. Chỉ đạo triển khai kết nối, chia sẻ dữ liệu giữa Trung tâm dữ liệu tỉnh với các cơ sở dữ liệu quốc gia trong Quý III/2026.',
      '',
      '**Điều 3.** Trách nhiệm của Trưởng ban, thành viên Ban và cơ quan thường trực',
      '',
      '1. Các thành viên làm việc theo chế độ kiêm nhiệm, định kỳ hằng quý báo cáo kết quả về cơ quan thường trực.',
      '',
      '2. Sở Tài chính bố trí kinh phí hoạt động trong dự toán chi thường xuyên năm 2026 của Sở Khoa học và Công nghệ.',
      '',
      '**Điều 4.** Quyết định này có hiệu lực kể từ ngày ký.',
      '',
    ].join('\n');

  it('gives «Điều 2. Nhiệm vụ, quyền hạn của Ban Chỉ đạo» to the Ban by its full name', async () => {
    const name = 'Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số';
    const plan = await readPlanFile(writeTemp('qd-bcd.md', decision(name, 'Ban Chỉ đạo')));
    expect(plan.tasks[0]).toMatchObject({ lead: [name], deadline: '2026-09-30' });
    // «Trách nhiệm của …» several bodies: each clause is led by the body it names.
    expect(plan.tasks.at(-1)).toMatchObject({ lead: ['Sở Tài chính'] });
  });

  it('keeps a short name that is not the first words of the name before it', async () => {
    const plan = await readPlanFile(
      writeTemp(
        'qd-viet-tat.md',
        decision('Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', 'Ban Tư vấn'),
      ),
    );
    expect(plan.tasks[0]?.lead).toEqual(['Ban Tư vấn']);
  });
});

describe('rule «duties-of-one-body» in a council’s supervision programme', () => {
  it('gives «Điều 2. Giám sát của Thường trực Hội đồng nhân dân tỉnh» to the standing body', async () => {
    const text = [
      'HỘI ĐỒNG NHÂN DÂN',
      'TỈNH KHÁNH HÒA',
      '',
      'Số: 87/NQ-HĐND',
      '',
      'Khánh Hòa, ngày 10 tháng 12 năm 2026',
      '',
      'NGHỊ QUYẾT',
      '',
      'Về chương trình giám sát năm 2027',
      '',
      'QUYẾT NGHỊ:',
      '',
      '**Điều 2. Giám sát của Thường trực Hội đồng nhân dân tỉnh**',
      '',
      '1. Giám sát chuyên đề việc quản lý, sử dụng trụ sở làm việc dôi dư sau sắp xếp; thời gian giám sát: Quý II/2027.',
      '',
      '2. Tổ chức phiên giải trình tại phiên họp Thường trực Hội đồng nhân dân tỉnh về việc chậm giải ngân vốn đầu tư công.',
      '',
      '**Điều 3. Giám sát của các Ban của Hội đồng nhân dân tỉnh**',
      '',
      'Các Ban giám sát theo chương trình riêng.',
      '',
    ].join('\n');
    const plan = await readPlanFile(writeTemp('nq-giam-sat.md', text));
    expect(plan.tasks.slice(0, 2).map((t) => [t.lead, t.deadline])).toEqual([
      [['Thường trực Hội đồng nhân dân tỉnh'], '2027-06-30'],
      [['Thường trực Hội đồng nhân dân tỉnh'], null],
    ]);
  });
});

describe('a PDF: the next article after a table is no row of it', () => {
  it('reads «Điều 4. Tổ chức thực hiện» of the supervision programme after the Ban table', async () => {
    const path = join(FIXTURES_DIR, 'new-writers-15', 'khanhhoa-87-2026-chuong-trinh-giam-sat-hdnd-2027.pdf');
    const plan = await readPlanFile(path);
    const fromArticle4 = plan.tasks.filter((t) => t.source.startsWith('Mục Điều 4'));
    expect(fromArticle4.map((t) => t.lead[0])).toContain('Các Ban của Hội đồng nhân dân tỉnh');
    expect(fromArticle4.length).toBeGreaterThanOrEqual(6);
  });
});
