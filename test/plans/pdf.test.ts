import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { type PdfRun, pdfPagesToLines, pdfPagesToText } from '../../src/plans/pdf-layout.js';
import { FIXTURES_DIR } from './helpers.js';

const NEW_WRITERS_3_DIR = join(FIXTURES_DIR, 'new-writers-3');

/**
 * PDF plans whose tasks are in a table. The fixture is a Vietnamese plan laid out as Word
 * exports it (see make-table-pdf.mjs): bordered appendix table over two pages, wrapped cells,
 * the header row repeated, a two-column document heading, page numbers.
 */
describe('a Vietnamese plan exported to PDF with its appendix table', () => {
  // The same plan twice: cells left-aligned, and header, numbers, agencies and deadlines centred.
  it.each(['phu-luc-bang.pdf', 'phu-luc-bang-can-giua.pdf'])(
    '%s: reads the heading, and every task with its agencies and deadline from the table',
    async (file) => {
      const plan = await readPlanFile(join(FIXTURES_DIR, file));
      expect(plan.plan).toMatchObject({
        key: 'BK88',
        number: '88/KH-UBND',
        date: '2024-03-20',
        issuer: 'UBND tỉnh Bắc Kạn',
        title: 'Triển khai công tác cải cách hành chính năm 2024',
      });
      expect(plan.tasks.map((t) => [t.order, t.kind, t.lead, t.coordinating, t.deadline])).toEqual([
        ['I.1', 'task', ['Các sở, ban, ngành'], ['Văn phòng UBND tỉnh'], '2024-06-30'],
        ['I.2', 'task', ['Sở Nội vụ'], ['Sở Tư pháp', 'Văn phòng UBND tỉnh'], '2024-09-30'],
        ['I.3', 'task', ['Sở Tư pháp'], ['Các sở, ban, ngành', 'UBND các huyện, thành phố'], '2024-11-15'],
        ['II.1', 'task', ['Sở Thông tin và Truyền thông'], ['Văn phòng UBND tỉnh', 'Công an tỉnh'], '2024-09-30'],
        ['II.2', 'task', ['UBND các huyện, thành phố'], ['Sở Thông tin và Truyền thông'], '2024-12-31'],
        ['II.3', 'report', ['Các sở, ban, ngành', 'UBND các huyện, thành phố'], ['Sở Nội vụ'], null],
      ]);
      // Wrapped cells are whole again, in order, with their diacritics.
      expect(plan.tasks[3]?.content).toBe(
        'Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, kết nối với Cổng Dịch vụ công quốc gia',
      );
      expect(plan.tasks[0]?.deadlineText).toBe('Quý II/2024');
      expect(plan.tasks[5]?.recurrence).toMatch(/^Hằng quý/);
      // The header row repeated on the table's second page is no task.
      expect(plan.tasks.some((t) => /Nội dung nhiệm vụ/.test(t.content))).toBe(false);
    },
  );
});

const run = (text: string, x: number, y: number, width = text.length * 5): PdfRun => ({ text, x, y, width, size: 10 });

describe('PDF text rebuilt from where the words stand', () => {
  it('puts each run in the column it stands in, even when cells almost touch', () => {
    const text = pdfPagesToText([
      [
        run('STT', 50, 700),
        run('Nội dung', 80, 700),
        run('Chủ trì', 200, 700),
        run('Thời hạn', 300, 700),
        run('1', 50, 680),
        run('Một nội dung rất dài', 80, 680, 116),
        run('Sở Y tế', 199, 680),
        run('Quý II', 300, 680),
        run('kéo sang dòng sau', 80, 668),
        run('và Sở', 200, 668),
        run('2', 50, 648),
        run('Việc thứ hai', 80, 648),
        run('Sở Nội vụ', 200, 648),
        run('Tháng 5', 300, 648),
      ],
    ]);
    // "Sở Y tế" stands 3 points after the content ends (less than a wide gap) but at Chủ trì's start.
    expect(text.split('\n').filter((line) => line.includes('\t'))).toEqual([
      'STT\tNội dung\tChủ trì\tThời hạn',
      '1\tMột nội dung rất dài kéo sang dòng sau\tSở Y tế và Sở\tQuý II',
      '2\tViệc thứ hai\tSở Nội vụ\tTháng 5',
    ]);
  });

  it('goes on with a table on the next page, once its repeated header row is left out', () => {
    const header = (y: number) => [run('STT', 50, y), run('Nội dung', 80, y), run('Chủ trì', 200, y)];
    const text = pdfPagesToText([
      [...header(700), run('1', 50, 680), run('Việc một', 80, 680), run('Sở Y tế', 200, 680), run('1', 290, 30)],
      [...header(800), run('2', 50, 780), run('Việc hai', 80, 780), run('Sở Nội vụ', 200, 780), run('2', 290, 30)],
    ]);
    expect(text.split('\n').filter((line) => line.trim() !== '')).toEqual([
      'STT\tNội dung\tChủ trì',
      '1\tViệc một\tSở Y tế',
      '2\tViệc hai\tSở Nội vụ',
    ]);
  });

  it('keeps a group row whose title runs across the columns inside the table («group-row-across»)', () => {
    const text = pdfPagesToText([
      [
        run('STT', 50, 700),
        run('Nội dung', 80, 700),
        run('Chủ trì', 200, 700),
        run('Thời hạn', 300, 700),
        run('1', 50, 680),
        run('Việc một', 80, 680),
        run('Sở Y tế', 200, 680),
        run('2026', 300, 680),
        run('III', 50, 660),
        run('GIẢI PHÁP TRONG CHUYỂN ĐỔI CÔNG NGHỆ TRONG CÁC NGÀNH', 80, 660, 260),
        run('1', 50, 640),
        run('Việc hai', 80, 640),
        run('Sở Nội vụ', 200, 640),
        run('2027', 300, 640),
      ],
    ]);
    expect(text.split('\n').filter((line) => line.trim() !== '')).toEqual([
      'STT\tNội dung\tChủ trì\tThời hạn',
      '1\tViệc một\tSở Y tế\t2026',
      'III\tGIẢI PHÁP TRONG CHUYỂN ĐỔI CÔNG NGHỆ TRONG CÁC NGÀNH\t\t',
      '1\tViệc hai\tSở Nội vụ\t2027',
    ]);
  });

  it('knows the page of every line it gives the text reader', () => {
    const { text, linePages } = pdfPagesToLines([
      [run('Trang một.', 60, 700), run('1', 290, 30)],
      [run('Trang hai.', 60, 700), run('2', 290, 30)],
    ]);
    const lines = text.split('\n');
    expect(linePages).toHaveLength(lines.length);
    expect(lines.map((l, k) => [l, linePages[k]]).filter(([l]) => l !== '')).toEqual([
      ['Trang một.', 1],
      ['Trang hai.', 2],
    ]);
  });

  it('reads a two-column heading column by column, and keeps paragraphs apart by their spacing', () => {
    const text = pdfPagesToText([
      [
        run('ỦY BAN NHÂN DÂN', 60, 800),
        run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 280, 800),
        run('TỈNH BẮC KẠN', 70, 786),
        run('Độc lập - Tự do - Hạnh phúc', 300, 786),
        run('KẾ HOẠCH', 250, 750),
        run('Cải cách hành chính năm 2024', 200, 736),
        run('Thực hiện Quyết định số 12/QĐ-UBND, UBND tỉnh', 60, 710),
        run('ban hành Kế hoạch như sau:', 60, 696),
        run('3', 290, 30),
      ],
    ]);
    expect(text.split('\n\n\n').map((part) => part.trim())).toEqual([
      'ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
      'KẾ HOẠCH\nCải cách hành chính năm 2024',
      'Thực hiện Quyết định số 12/QĐ-UBND, UBND tỉnh\nban hành Kế hoạch như sau:',
    ]);
  });
});

describe('PDF text that only looks like a table', () => {
  it('leaves a line with wide gaps and the paragraph after it as text', () => {
    const text = pdfPagesToText([
      [
        run('Nơi nhận:', 50, 700),
        run('KT. CHỦ TỊCH', 250, 700),
        run('(đã ký)', 400, 700),
        run('Như trên;', 50, 686),
        run('Lưu: VT.', 50, 672),
      ],
    ]);
    expect(text).not.toContain('\t');
    expect(text).toContain('Như trên;\nLưu: VT.');
  });

  it('reads numbered items with a tab in order, far from the heading', () => {
    const lines = [
      run('KẾ HOẠCH', 250, 800),
      run('Tổ chức thực hiện', 230, 786),
      run('x', 60, 772),
      run('y', 60, 758),
      run('z', 60, 744),
      run('w', 60, 730),
    ];
    const text = pdfPagesToText([
      [
        ...lines,
        run('1.', 60, 700),
        run('Sở Tư pháp: chủ trì rà soát văn bản', 90, 700),
        run('2.', 60, 686),
        run('Sở Nội vụ: theo dõi, đôn đốc', 90, 686),
      ],
    ]);
    expect(text.indexOf('1.')).toBeLessThan(text.indexOf('Sở Tư pháp'));
    expect(text.indexOf('Sở Tư pháp')).toBeLessThan(text.indexOf('2.'));
    expect(text.indexOf('2.')).toBeLessThan(text.indexOf('Sở Nội vụ'));
  });
});

describe('rule «indent-starts-paragraph»: paragraphs of a PDF set with a first-line indent', () => {
  // A page of body text: paragraphs open 30 points in; their lines run from 50 to 500.
  const body = (y0: number, texts: Array<[string, 'indent' | 'margin', 'full' | 'short']>): PdfRun[] =>
    texts.map(([text, where, length], k) => {
      const x = where === 'indent' ? 80 : 50;
      return run(text, x, y0 - k * 16, length === 'full' ? 500 - x : 120);
    });
  const filler: Array<[string, 'indent' | 'margin', 'full' | 'short']> = Array.from({ length: 24 }, (_, k) => [
    `Đoạn văn thứ ${k} viết đủ dài để chạy hết dòng`,
    k % 3 === 0 ? 'indent' : 'margin',
    k % 3 === 2 ? 'short' : 'full',
  ]);

  it('joins a line at the margin to the full line above, even after «:» and across a page break', () => {
    const text = pdfPagesToText([
      body(780, [
        ...filler,
        ['c) Thực hiện chi trả cho người hưởng trợ cấp xã hội:', 'indent', 'full'],
        ['Sau khi mở tài khoản, Ủy ban nhân dân xã phối hợp với ngân hàng', 'margin', 'full'],
        ['ký kết hợp đồng chi trả.', 'margin', 'short'],
        ['d) Kiểm tra, giám sát việc thực hiện tại các xã, phường trước, trong và', 'indent', 'full'],
      ]),
      body(780, [
        ['sau đợt thi đua.', 'margin', 'short'],
        ['- Một gạch đầu dòng mới ở lề trái', 'margin', 'short'],
      ]),
    ]);
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toContain(
      'c) Thực hiện chi trả cho người hưởng trợ cấp xã hội: Sau khi mở tài khoản, Ủy ban nhân dân xã phối hợp với ngân hàng ký kết hợp đồng chi trả.',
    );
    expect(lines).toContain('d) Kiểm tra, giám sát việc thực hiện tại các xã, phường trước, trong và sau đợt thi đua.');
    // A list mark at the margin opens its own line.
    expect(lines[lines.length - 1]).toBe('- Một gạch đầu dòng mới ở lề trái');
  });

  it('leaves lines alone in a document with no first-line indent', () => {
    const flat = filler.map(([t]) => [t, 'margin', 'full'] as [string, 'margin', 'full']);
    const text = pdfPagesToText([body(780, [...flat, ['Dòng ở lề', 'margin', 'short']])]);
    expect(text.split('\n').filter((l) => l.trim() !== '')).toHaveLength(flat.length + 1);
  });

  it('rule «full-line-goes-on»: without indents, a full line that stops on «;» goes on with the next', () => {
    const flat = filler.map(([t]) => [t, 'margin', 'full'] as [string, 'margin', 'full']);
    const text = pdfPagesToText([
      body(780, [
        ...flat,
        ['giao Bộ Chỉ huy Quân sự tỉnh chủ trì rà phá bom mìn; Sở Giáo dục và Đào tạo chỉ đạo các', 'margin', 'full'],
        ['trường học lồng ghép giáo dục phòng tránh tai nạn bom mìn vào hoạt động ngoại khóa;', 'margin', 'full'],
        ['Sở Y tế hướng dẫn sơ cứu, cấp cứu nạn nhân bom mìn.', 'margin', 'short'],
        ['Dòng mới sau dấu chấm ở lề', 'margin', 'short'],
      ]),
    ]);
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    // (The line in lower case after «các» is joined by the text reader; the PDF joins the one after «;».)
    expect(lines.some((l) => /ngoại khóa; Sở Y tế hướng dẫn sơ cứu/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('Dòng mới sau dấu chấm ở lề');
  });

  it('rule «hyphen-in-compound»: «… chính trị» / «- xã hội vận động …» is one phrase wrapped, not a list item', async () => {
    const plan = await readPlanFile(join(FIXTURES_DIR, 'new-writers-5', 'phutho-318-2026-tet-trong-cay-binh-ngo.pdf'));
    const request = plan.tasks.find((t) => t.kind === 'request');
    expect(request?.lead).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']);
    expect(request?.content).toMatch(/tổ chức chính trị - xã hội vận động đoàn viên/);
  });

  it('without indents, a short line ends its paragraph unless the next goes on in lower case or a figure', () => {
    const flat = filler.map(([t]) => [t, 'margin', 'full'] as [string, 'margin', 'full']);
    const text = pdfPagesToText([
      body(780, [
        ...flat,
        ['4. Giám sát mối nguy, phòng chống ngộ độc', 'margin', 'short'],
        ['Trung tâm Kiểm soát bệnh tật tỉnh lấy mẫu giám sát mối nguy ô nhiễm thực phẩm tại các chợ', 'margin', 'full'],
        ['đầu mối, hoàn thành trong', 'margin', 'short'],
        ['tháng 01/2026.', 'margin', 'short'],
      ]),
    ]);
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim());
    expect(paragraphs.some((p) => p.endsWith('\n4. Giám sát mối nguy, phòng chống ngộ độc'))).toBe(true);
    expect(
      paragraphs.some((p) => p.startsWith('Trung tâm') && p.includes('đầu mối, hoàn thành trong\ntháng 01/2026.')),
    ).toBe(true);
  });

  it('keeps a real PDF’s clause after «;» in its paragraph (a plan exported with no first-line indent)', async () => {
    const plan = await readPlanFile(join(NEW_WRITERS_3_DIR, 'quangtri-02-2026-quan-ly-vat-lieu-no.pdf'));
    const leads = plan.tasks.map((t) => t.lead.join('; '));
    expect(leads).toContain('Sở Giáo dục và Đào tạo');
    expect(leads).toContain('Sở Y tế');
  });
});

describe('bold in a PDF: titles stay titles, a bold span inside a paragraph does not cut it', () => {
  const bold = (r: PdfRun): PdfRun => ({ ...r, bold: true });
  // 24 lines of body text set with a first-line indent, so the page's margins are known (50–500).
  const filler = Array.from({ length: 24 }, (_, k) =>
    run(`Đoạn văn thứ ${k} viết đủ dài để chạy hết dòng`, k % 3 === 0 ? 80 : 50, 780 - k * 16, k % 3 === 0 ? 420 : 450),
  );
  const y = 780 - 24 * 16;
  const lines = (runs: PdfRun[]): string[] =>
    pdfPagesToText([[...filler, ...runs]])
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.includes('Đoạn văn thứ'));

  it('keeps a full-width bold title apart from the plain text at the margin under it', () => {
    expect(
      lines([
        bold(run('Nhiệm vụ 1: Rà soát, thống kê tổng đàn chó, mèo và lập danh sách hộ nuôi', 50, y, 450)),
        run('Ủy ban nhân dân các xã, phường chỉ đạo trưởng thôn rà soát, thống kê số lượng', 50, y - 16, 450),
        run('chó, mèo, hoàn thành trong Quý I năm 2026.', 50, y - 32, 200),
      ]),
    ).toEqual([
      '**Nhiệm vụ 1: Rà soát, thống kê tổng đàn chó, mèo và lập danh sách hộ nuôi**',
      // The plain paragraph under it is one again (rule «indent-starts-paragraph»).
      'Ủy ban nhân dân các xã, phường chỉ đạo trưởng thôn rà soát, thống kê số lượng chó, mèo, hoàn thành trong Quý I năm 2026.',
    ]);
  });

  it('joins a bold title wrapped over two lines («bold-title-wraps»), but not two titles one under the other', () => {
    expect(
      lines([
        bold(run('II. NHIỆM VỤ VÀ GIẢI PHÁP', 50, y, 150)),
        bold(run('Nhiệm vụ 5: Thông tin, truyền thông về phòng, chống bệnh dại cho người dân', 50, y - 16, 450)),
        bold(run('vùng sâu, vùng xa', 50, y - 32, 90)),
      ]),
    ).toEqual([
      '**II. NHIỆM VỤ VÀ GIẢI PHÁP**',
      '**Nhiệm vụ 5: Thông tin, truyền thông về phòng, chống bệnh dại cho người dân vùng sâu, vùng xa**',
    ]);
  });

  it('keeps its marks balanced when a wrapped bold title ends in bold italic', () => {
    const both = (r: PdfRun): PdfRun => ({ ...r, bold: true, italic: true });
    expect(
      lines([
        { ...bold(run('Nhiệm vụ 5: Thông tin, truyền thông', 50, y, 250)) },
        both(run('(trọng tâm) về', 305, y, 195)),
        bold(run('phòng, chống bệnh dại', 50, y - 16, 120)),
      ]),
    ).toEqual(['**Nhiệm vụ 5: Thông tin, truyền thông** ***(trọng tâm) về*** **phòng, chống bệnh dại**']);
  });

  it('keeps the figures that end a wrapped bold title in the title («… đến hết ngày» / «28/02/2026)»)', () => {
    expect(
      lines([
        bold(run('1. Giai đoạn 1: Tuyên truyền, vận động (từ ngày 01/02/2026 đến hết ngày', 50, y, 450)),
        bold(run('28/02/2026)', 50, y - 16, 60)),
        run('- Phòng Văn hóa - Xã hội tổ chức tuyên truyền trên hệ thống loa truyền thanh.', 50, y - 32, 400),
      ]),
    ).toEqual([
      '**1. Giai đoạn 1: Tuyên truyền, vận động (từ ngày 01/02/2026 đến hết ngày 28/02/2026)**',
      '- Phòng Văn hóa - Xã hội tổ chức tuyên truyền trên hệ thống loa truyền thanh.',
    ]);
  });

  it('keeps a paragraph whole when its bold opening runs past the first line or a bold date ends it («bold-lead-in»)', () => {
    expect(
      lines([
        bold(run('6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố, Hội Liên hiệp', 80, y, 420)),
        bold(run('Phụ nữ thành phố', 50, y - 16, 80)),
        run('phối hợp tuyên truyền, vận động các gia đình đưa trẻ đi tiêm chủng.', 135, y - 16, 300),
        run('- Tổ chức đánh giá kết quả thực hiện; báo cáo UBND tỉnh trước ngày', 80, y - 32, 420),
        bold(run('15/12/2026.', 50, y - 48, 60)),
        run('- Gửi kết quả về Sở Y tế', 80, y - 64, 120),
        bold(run('trong tháng 11/2025.', 50, y - 80, 100)),
      ]),
    ).toEqual([
      // The bold span that goes on over the line break stays one span, in its marks: the text
      // reader takes it as the paragraph's bold opening (ParaBlock.boldLead).
      '**6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố, Hội Liên hiệp Phụ nữ thành phố** phối hợp tuyên truyền, vận động các gia đình đưa trẻ đi tiêm chủng.',
      '- Tổ chức đánh giá kết quả thực hiện; báo cáo UBND tỉnh trước ngày',
      // A line of figures alone is not bold (no letters say so): it is no title, and the text
      // reader joins it to its sentence («… trước ngày» / «15/12/2026.») as any wrapped line.
      '15/12/2026.',
      '- Gửi kết quả về Sở Y tế **trong tháng 11/2025.**',
    ]);
  });

  it('reads bold from the fonts of a real PDF: «Nhiệm vụ N» titles give their tasks', async () => {
    const plan = await readPlanFile(join(NEW_WRITERS_3_DIR, 'daklak-45-2026-phong-chong-benh-dai.pdf'));
    const titled = plan.tasks.filter((t) => /^(Rà soát, thống kê tổng đàn|Giám sát, phát hiện sớm)/.test(t.content));
    // Each title opens its task, and the paragraph under it is that task's text, not a task of its own.
    expect(titled.map((t) => t.content.split(':')[0])).toEqual([
      'Rà soát, thống kê tổng đàn chó, mèo và lập danh sách hộ nuôi',
      'Giám sát, phát hiện sớm và xử lý triệt để ổ dịch dại',
    ]);
    expect(titled[0]?.content).toMatch(/: Chỉ đạo trưởng thôn, buôn, tổ dân phố rà soát/);
  });
});

describe('tables of a PDF exported from Word, the way other offices draw them', () => {
  // Columns at 50 (STT), 80 (content), 200 (lead), 300 (deadline); lines 12 points apart in a cell.
  const row = (y: number, ...cells: Array<[number, string]>): PdfRun[] =>
    cells.map(([x, t]) => run(t, x, y, Math.min(t.length * 4, 95)));

  it('splits «Cơ quan thực hiện» over «Chủ trì | Phối hợp» into two columns («two-row-header»)', () => {
    const text = pdfPagesToText([
      [
        ...row(700, [50, 'STT'], [80, 'Nhiệm vụ'], [200, 'Cơ quan thực hiện'], [330, 'Thời gian'], [400, 'Sản phẩm']),
        ...row(688, [195, 'Chủ trì'], [262, 'Phối hợp']),
        ...row(
          670,
          [50, '1'],
          [80, 'Rà soát hộ kinh doanh'],
          [195, 'Thuế tỉnh'],
          [262, 'UBND các xã,'],
          [330, 'Quý II/2026'],
          [400, 'Danh sách'],
        ),
        ...row(658, [262, 'phường']),
        ...row(
          640,
          [50, '2'],
          [80, 'Đấu giá quyền sử dụng đất'],
          [195, 'Sở Tài chính'],
          [262, 'Sở Xây dựng'],
          [330, 'Năm 2026'],
        ),
      ],
    ]);
    expect(text.split('\n').filter((l) => l.includes('\t'))).toEqual([
      'STT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời gian\tSản phẩm',
      '1\tRà soát hộ kinh doanh\tThuế tỉnh\tUBND các xã, phường\tQuý II/2026\tDanh sách',
      '2\tĐấu giá quyền sử dụng đất\tSở Tài chính\tSở Xây dựng\tNăm 2026\t',
    ]);
  });

  it('drops a header repeated shorter on the next page, its last word off the first row', () => {
    const text = pdfPagesToText([
      [
        ...row(700, [50, 'STT'], [80, 'Nội dung'], [200, 'Chủ trì'], [300, 'Thời gian hoàn']),
        ...row(688, [300, 'thành']),
        ...row(670, [50, '1'], [80, 'Lập danh sách cử tri'], [200, 'Sở Nội vụ'], [300, 'Tháng 02/2026']),
      ],
      [
        ...row(760, [50, 'STT'], [80, 'Nội dung'], [200, 'Chủ trì'], [300, 'Thời gian hoàn']),
        ...row(748, [50, '2'], [80, 'Niêm yết danh sách'], [200, 'UBND các xã'], [300, 'Quý I/2026thành']),
        ...row(736, [80, 'cử tri']),
      ],
    ]);
    expect(text.split('\n').filter((l) => l.includes('\t'))).toEqual([
      'STT\tNội dung\tChủ trì\tThời gian hoàn thành',
      '1\tLập danh sách cử tri\tSở Nội vụ\tTháng 02/2026',
      '2\tNiêm yết danh sách cử tri\tUBND các xã\tQuý I/2026',
    ]);
  });

  it('starts a row where every cell opens with a capital, in a table without numbers («capital-row»)', () => {
    const text = pdfPagesToText([
      [
        ...row(700, [60, 'Thời gian'], [140, 'Nội dung'], [260, 'Đơn vị thực hiện']),
        ...row(684, [50, 'Tháng 02/2026'], [130, 'Phổ biến Kế hoạch, xây'], [250, 'Các phòng, đơn vị']),
        ...row(668, [130, 'dựng kế hoạch chi tiết'], [250, 'thuộc Sở']),
        ...row(652, [50, 'Trước ngày 15'], [130, 'Báo cáo kết quả trong'], [250, 'Các phòng, đơn vị']),
        ...row(636, [50, 'của tháng cuối quý'], [130, 'quý để tổng hợp'], [250, 'thuộc Sở']),
      ],
    ]);
    expect(text.split('\n').filter((l) => l.includes('\t'))).toEqual([
      'Thời gian\tNội dung\tĐơn vị thực hiện',
      'Tháng 02/2026\tPhổ biến Kế hoạch, xây dựng kế hoạch chi tiết\tCác phòng, đơn vị thuộc Sở',
      'Trước ngày 15 của tháng cuối quý\tBáo cáo kết quả trong quý để tổng hợp\tCác phòng, đơn vị thuộc Sở',
    ]);
  });

  it('keeps a row number left-aligned under a centred «STT» in the table', () => {
    const text = pdfPagesToText([
      [
        ...row(700, [57, 'STT'], [120, 'Nội dung'], [220, 'Chủ trì'], [320, 'Thời gian']),
        ...row(680, [50, '1'], [100, 'Lập danh sách cử tri'], [210, 'Sở Nội vụ'], [310, 'Tháng 02/2026']),
        ...row(662, [50, '2'], [100, 'Niêm yết danh sách'], [210, 'UBND các xã'], [310, 'Quý I/2026']),
      ],
    ]);
    expect(text.split('\n').filter((l) => l.includes('\t'))).toEqual([
      'STT\tNội dung\tChủ trì\tThời gian',
      '1\tLập danh sách cử tri\tSở Nội vụ\tTháng 02/2026',
      '2\tNiêm yết danh sách\tUBND các xã\tQuý I/2026',
    ]);
  });

  it('reads a header wrapped inside «ST / T», a letter group row, and ends the table at «Nơi nhận:»', () => {
    const text = pdfPagesToText([
      [
        ...row(700, [50, 'ST'], [80, 'Nội dung công việc'], [200, 'Cơ quan thực'], [300, 'Thời gian']),
        ...row(688, [50, 'T'], [200, 'hiện']),
        ...row(670, [50, 'A'], [80, 'TIÊM BỔ SUNG']),
        ...row(652, [50, '1'], [80, 'Lập danh sách cử tri'], [200, 'UBND các xã,'], [300, 'Tháng 02/2026']),
        ...row(634, [50, '2'], [80, 'Niêm yết danh sách'], [200, 'phường']),
        ...row(610, [200, 'Nơi nhận:']),
        ...row(598, [50, '- Bộ Nội vụ (b/c);']),
      ],
    ]);
    const rows = text.split('\n').filter((l) => l.includes('\t'));
    expect(rows).toEqual([
      'ST T\tNội dung công việc\tCơ quan thực hiện\tThời gian',
      'A\tTIÊM BỔ SUNG\t\t',
      // Rule «spilled-cell»: «phường» beside row 2 ends the merged cell of row 1.
      '1\tLập danh sách cử tri\tUBND các xã, phường\tTháng 02/2026',
      '2\tNiêm yết danh sách\t\t',
    ]);
    expect(text).toContain('Nơi nhận:');
  });

  it('starts a letter group row right under a one-line header', () => {
    const text = pdfPagesToText([
      [
        ...row(700, [50, 'TT'], [80, 'Hoạt động'], [200, 'Chủ trì'], [300, 'Thời gian']),
        ...row(682, [50, 'A'], [80, 'TIÊM CHỦNG']),
        ...row(664, [50, '1'], [80, 'Tổ chức buổi tiêm'], [200, 'UBND các xã'], [300, 'Thường xuyên']),
      ],
    ]);
    expect(text.split('\n').filter((l) => l.includes('\t'))).toEqual([
      'TT\tHoạt động\tChủ trì\tThời gian',
      'A\tTIÊM CHỦNG\t\t',
      '1\tTổ chức buổi tiêm\tUBND các xã\tThường xuyên',
    ]);
  });

  it('reads a two-column «Cơ quan, đơn vị | Nhiệm vụ» table, a row where the agency column takes up text again', () => {
    const text = pdfPagesToText([
      [
        ...row(700, [50, 'Cơ quan, đơn vị'], [200, 'Nhiệm vụ']),
        ...row(688, [50, 'Sở Công Thương'], [200, '- Tham mưu kế hoạch kiểm tra']),
        ...row(676, [50, '(Cơ quan thường'], [200, 'thị trường Tết.']),
        ...row(664, [200, '- Tổng hợp, báo cáo kết quả.']),
        ...row(652, [50, 'Công an tỉnh'], [200, 'Đấu tranh với buôn lậu.']),
      ],
    ]);
    expect(text.split('\n').filter((l) => l.includes('\t'))).toEqual([
      'Cơ quan, đơn vị\tNhiệm vụ',
      'Sở Công Thương (Cơ quan thường\t- Tham mưu kế hoạch kiểm tra thị trường Tết. - Tổng hợp, báo cáo kết quả.',
      'Công an tỉnh\tĐấu tranh với buôn lậu.',
    ]);
  });

  it('mends a date a narrow column broke inside its figures (rule «broken-number»)', () => {
    const text = pdfPagesToText([
      [
        ...row(700, [50, 'STT'], [80, 'Nội dung'], [200, 'Đơn vị'], [300, 'Ghi chú']),
        ...row(688, [50, '1'], [80, 'Gửi hồ sơ đánh giá'], [200, 'Các sở'], [300, 'Trước ngày']),
        ...row(676, [300, '10/12/20']),
        ...row(664, [300, '26']),
        ...row(652, [50, '2'], [80, 'Phấn đấu tỷ lệ 9/10'], [200, 'Sở Nội vụ'], [300, 'Ngày 15/6']),
        ...row(640, [80, '10 xã đạt chuẩn'], [300, '15/12']),
      ],
    ]);
    expect(text.split('\n').filter((l) => l.includes('\t'))).toEqual([
      'STT\tNội dung\tĐơn vị\tGhi chú',
      '1\tGửi hồ sơ đánh giá\tCác sở\tTrước ngày 10/12/2026',
      // Two numbers on two lines of a wide cell stay two.
      '2\tPhấn đấu tỷ lệ 9/10 10 xã đạt chuẩn\tSở Nội vụ\tNgày 15/6 15/12',
    ]);
  });

  it('takes the header repeated on the next page as a header, and the line after it as the end of a row', () => {
    const header = (y: number): PdfRun[] => [
      ...row(y, [50, 'STT'], [80, 'Nội dung'], [200, 'Cơ quan thực'], [300, 'Thời gian']),
      ...row(y - 12, [200, 'hiện']),
    ];
    const text = pdfPagesToText([
      [
        ...header(700),
        ...row(676, [50, '3'], [80, 'In ấn phiếu bầu, tài liệu'], [200, 'Sở Nội vụ'], [300, 'Tháng 02/2026']),
      ],
      [
        ...header(800),
        ...row(776, [80, 'và cấp phát đến các xã']),
        ...row(758, [50, '4'], [80, 'Bảo đảm an ninh'], [200, 'Công an tỉnh']),
      ],
    ]);
    expect(text.split('\n').filter((l) => l.includes('\t'))).toEqual([
      'STT\tNội dung\tCơ quan thực hiện\tThời gian',
      '3\tIn ấn phiếu bầu, tài liệu\tSở Nội vụ\tTháng 02/2026',
      '\tvà cấp phát đến các xã\t\t',
      '4\tBảo đảm an ninh\tCông an tỉnh\t',
    ]);
  });
});

describe('rule «lost-merge»: a PDF table does not say which cells were merged', () => {
  it('joins the lines of a merged cell a PDF spread over its rows («merged-cell-spread»)', async () => {
    const { extractPlan } = await import('../../src/plans/extract.js');
    const rows = [
      ['STT', 'Tên công trình', 'Chủ đầu tư', 'Thời gian hoàn thành'],
      ['1', 'Đập tạm ngăn mặn kênh Cái Cấm', 'Ban Quản lý dự án đầu', 'Trước ngày'],
      ['2', 'Đập tạm ngăn mặn rạch Bàu Môn', 'tư xây dựng các công', '10/01/2026'],
      ['3', 'Nạo vét kênh Trà Cú - Đại An', 'trình nông nghiệp tỉnh', ''],
      ['4', 'Tuyến ống cấp nước liên xã', 'Trung tâm Nước sạch', 'Quý II/2026'],
    ];
    const doc = { blocks: [{ type: 'table' as const, rows, mergesLost: true, page: 3 }] };
    const plan = extractPlan(doc, 'phuong-an.pdf');
    const board = 'Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh';
    expect(plan.tasks.map((t) => [t.lead.join('; '), t.deadline])).toEqual([
      [board, '2026-01-10'],
      [board, '2026-01-10'],
      [board, '2026-01-10'],
      ['Trung tâm Nước sạch', '2026-06-30'],
    ]);
  });

  it('reads a table that opens with its own header row as another table, not the next page of the last', async () => {
    const { extractPlan } = await import('../../src/plans/extract.js');
    const tasks = [
      ['STT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời hạn hoàn thành', 'Sản phẩm'],
      ['1', 'Thống kê đất đai cấp xã', 'UBND các xã, phường', 'Trước ngày 16/01/2026', 'Biểu thống kê'],
    ];
    const contacts = [
      ['ST T', 'Cụm', 'Xã, phường, đặc khu', 'Cán bộ phụ trách', 'Số điện thoại'],
      ['1', 'Cụm I (khu vực Đồng Hới)', 'Phường Đồng Hới', 'Phan Văn Hòa', '0914.225.318'],
    ];
    const doc = {
      blocks: [
        { type: 'table' as const, rows: tasks, mergesLost: true, page: 2 },
        { type: 'table' as const, rows: contacts, mergesLost: true, page: 5 },
      ],
    };
    expect(extractPlan(doc, 'huong-dan.pdf').tasks.map((t) => t.content)).toEqual(['Thống kê đất đai cấp xã']);
  });

  it('carries the agency down to a row left blank under it, drops a subgroup title, and says so', async () => {
    const { extractPlan } = await import('../../src/plans/extract.js');
    const rows = [
      ['TT', 'Hoạt động', 'Chủ trì', 'Thời gian'],
      ['1', 'Chiến dịch tiêm bổ sung vắc xin sởi', '', ''],
      ['1.1', 'Rà soát, lập danh sách trẻ chưa tiêm đủ mũi', 'Trạm Y tế các xã, phường', 'Quý I/2026'],
      ['1.2', 'Tổ chức tiêm bổ sung tại các điểm tiêm lưu động', '', ''],
    ];
    const doc = { blocks: [{ type: 'table' as const, rows, mergesLost: true }] };
    const plan = extractPlan(doc, 'ke-hoach.pdf');
    expect(plan.tasks.map((t) => [t.content.slice(0, 20), t.lead.join('; '), t.deadline])).toEqual([
      ['Rà soát, lập danh sá', 'Trạm Y tế các xã, phường', '2026-03-31'],
      ['Tổ chức tiêm bổ sung', 'Trạm Y tế các xã, phường', '2026-03-31'],
    ]);
    expect(plan.problems.some((p) => /để trống — lấy theo dòng trên \(có thể là ô gộp\)/.test(p))).toBe(true);
  });
});
