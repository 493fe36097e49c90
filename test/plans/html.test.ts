import { describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '../../src/plans/document.js';
import { readPlanFile } from '../../src/plans/extract.js';
import { htmlToBlocks } from '../../src/plans/html-blocks.js';
import { readDocument } from '../../src/plans/read.js';
import { writeTemp } from './helpers.js';

/** Site furniture that must not reach the document. */
const CHROME_WORDS = [
  'Đăng nhập',
  'Trang chủ',
  'Số hiệu',
  'Loại văn bản',
  'Nơi ban hành',
  'Người ký',
  'Tình trạng',
  'Thuộc tính',
  'Lược đồ',
  'Tải về',
  'Văn bản liên quan',
  'Bản quyền',
  'Copyright',
  'Hỗ trợ',
  'Quyết định 1200/QĐ-UBND',
];

/** A plan page as a legal-document website serves it and a browser saves it (site chrome before and after). */
function savedPage(): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Kế hoạch 45/KH-UBND năm 2025 cải cách hành chính tỉnh Cao Bằng - Thư viện văn bản</title>
  <style>.meta td { padding: 2px }</style>
  <script>window.dataLayer = [{ page: 'van-ban' }];</script>
</head>
<body>
<form id="aspnetForm" action="/van-ban/ke-hoach-45" method="post">
<input type="hidden" name="__VIEWSTATE" value="dDwtMTA4NzE">
<header class="site-header">
  <a href="/" class="logo">Thư viện văn bản</a>
  <nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/van-ban">Văn bản mới</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li></ul></nav>
  <div class="user-box"><a href="/login">Đăng nhập</a> | <a href="/register">Đăng ký</a></div>
</header>
<div class="container">
  <div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/van-ban">Văn bản</a> › Kế hoạch 45/KH-UBND</div>
  <h1 class="doc-title">Kế hoạch 45/KH-UBND năm 2025 cải cách hành chính tỉnh Cao Bằng</h1>
  <div class="login-notice">Bạn chưa đăng nhập. Vui lòng đăng nhập để tải văn bản gốc và xem lược đồ.</div>
  <table class="meta">
    <tr><td>Số hiệu:</td><td>45/KH-UBND</td><td>Loại văn bản:</td><td>Kế hoạch</td></tr>
    <tr><td>Nơi ban hành:</td><td>Tỉnh Cao Bằng</td><td>Người ký:</td><td>Nguyễn Văn A</td></tr>
    <tr><td>Ngày ban hành:</td><td>10/11/2025</td><td>Tình trạng:</td><td>Còn hiệu lực</td></tr>
  </table>
  <ul class="tabs"><li>Nội dung</li><li><a href="#tt">Thuộc tính</a></li><li><a href="#ld">Lược đồ</a></li><li><a href="#tv">Tải về</a></li></ul>
  <div class="content1">
    <div id="divContentDoc">
      <table border="0" cellspacing="0" cellpadding="0" width="100%">
        <tr>
          <td width="40%"><p align="center"><b>ỦY BAN NHÂN DÂN<br>TỈNH CAO BẰNG</b></p>
            <p align="center">Số: 45/KH-UBND</p></td>
          <td width="60%"><p align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></p>
            <p align="center"><i>Cao Bằng, ngày 10 tháng 11 năm 2025</i></p></td>
        </tr>
      </table>
      <p align="center"><b>KẾ HOẠCH</b></p>
      <p align="center"><b>Cải cách hành chính tỉnh Cao
        Bằng năm 2025</b></p>
      <p><i>Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ;</i></p>
      <p>Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2025 như sau:</p>
      <p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
      <p>Nâng cao chất lượng phục vụ người dân&nbsp;và doanh nghiệp.</p>
      <p><b>II. NHIỆM VỤ CỤ THỂ</b></p>
      <p>(Chi tiết tại Phụ lục kèm theo)</p>
      <p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
      <p>Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện.</p>
      <table border="0" width="100%">
        <tr><td><p><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT.</p></td>
            <td><p align="center"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b></p><p align="center"><b>Nguyễn Văn A</b></p></td></tr>
      </table>
      <p align="center"><b>PHỤ LỤC</b></p>
      <p align="center"><b>NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025</b><br><i>(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/11/2025 của UBND tỉnh Cao Bằng)</i></p>
      <table border="1" cellspacing="0" cellpadding="0">
        <thead>
          <tr><th>STT</th><th>Nội dung</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời hạn</th></tr>
        </thead>
        <tbody>
          <tr><td colspan="5"><b>I. NHIỆM VỤ CHUNG</b></td></tr>
          <tr><td>1</td><td>Rà soát, đơn giản hóa
            thủ tục hành chính</td><td rowspan="2">Sở Tư pháp</td><td>Các sở, ngành</td><td>Quý I/2025</td></tr>
          <tr><td>2</td><td>Công bố danh mục thủ tục hành chính</td><td>Văn phòng UBND tỉnh</td><td>Tháng 6/2025</td></tr>
          <tr><td colspan="5"><b>II. NHIỆM VỤ CỤ THỂ</b></td></tr>
          <tr><td>1</td><td>Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính</td><td><p>Sở Nội vụ</p><p>Sở Tài chính</p></td><td></td><td>Thường xuyên</td></tr>
        </tbody>
      </table>
    </div>
    <div class="doc-tools"><a href="#">In văn bản</a></div>
    <h3>Văn bản liên quan</h3>
    <ul>
      <li><a href="/van-ban/qd-1200">Quyết định 1200/QĐ-UBND năm 2024 ban hành Kế hoạch cải cách hành chính</a></li>
      <li><a href="/van-ban/kh-12">Kế hoạch 12/KH-UBND năm 2024 kiểm soát thủ tục hành chính</a></li>
    </ul>
  </div>
</div>
<footer>
  <p>Bản quyền © 2025 Thư viện văn bản. Giấy phép số 123/GP-TTĐT.</p>
  <p>Hỗ trợ: 1900 0000 · Copyright by Thư viện văn bản</p>
</footer>
</form>
<script>track('view');</script>
</body>
</html>`;
}

const texts = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.type === 'para' ? [b.text] : b.rows.flat()));

describe('.html plans (a page saved from a legal-document website)', () => {
  it('keeps the document and drops the site around it', async () => {
    const doc = await readDocument(writeTemp('ke-hoach-45.html', savedPage()));
    const all = texts(doc.blocks).join('\n');
    for (const word of CHROME_WORDS) expect(all, word).not.toContain(word);
    expect(all).not.toMatch(/dataLayer|track\(|VIEWSTATE|padding/);
    const paras = doc.blocks.filter((b) => b.type === 'para');
    expect(paras.map((p) => p.text)).toEqual(
      expect.arrayContaining(['KẾ HOẠCH', 'Cải cách hành chính tỉnh Cao Bằng năm 2025', 'III. TỔ CHỨC THỰC HIỆN']),
    );
    // Source line breaks are spaces; <br> is a line; bold and italic paragraphs are marked.
    expect(paras.find((p) => p.text === 'KẾ HOẠCH')?.strong).toBe(true);
    expect(paras.find((p) => p.text.startsWith('Căn cứ Nghị quyết'))?.italic).toBe(true);
    expect(paras.find((p) => p.text.startsWith('Nâng cao chất lượng'))?.text).toBe(
      'Nâng cao chất lượng phục vụ người dân và doanh nghiệp.',
    );
    // The last words of the document are the appendix table, not the site's.
    expect(doc.blocks.at(-1)?.type).toBe('table');
  });

  it('reads the plan head and the tasks of a table with rowspan and colspan', async () => {
    const plan = await readPlanFile(writeTemp('ke-hoach-45.html', savedPage()));
    // The date sits in the header block's table cell, which the metadata reader does not look
    // into yet (the same for .docx); the number is there too and is also in the appendix caption.
    expect(plan.plan).toMatchObject({ number: '45/KH-UBND', key: 'CB45', issuer: 'UBND tỉnh Cao Bằng' });
    expect(plan.plan.title).toMatch(/Cải cách hành chính tỉnh Cao Bằng năm 2025/);
    const fromTable = plan.tasks.filter((t) => t.source.startsWith('Bảng nhiệm vụ') || t.source.startsWith('Phụ lục'));
    expect(fromTable.map((t) => [t.order, t.lead, t.coordinating, t.deadline])).toEqual([
      ['I.1', ['Sở Tư pháp'], ['Các sở, ngành'], '2025-03-31'],
      ['I.2', ['Sở Tư pháp'], ['Văn phòng UBND tỉnh'], '2025-06-30'],
      ['II.1', ['Sở Nội vụ', 'Sở Tài chính'], [], null],
    ]);
    expect(fromTable[0]?.content).toBe('Rà soát, đơn giản hóa thủ tục hành chính');
    expect(fromTable[2]?.deadlineText).toBe('Thường xuyên');
  });

  it('keeps the spans of merged cells in the table grid', async () => {
    const doc = await readDocument(writeTemp('ke-hoach-45.htm', savedPage()));
    const table = doc.blocks.at(-1) as TableBlock;
    expect(table.rows[1]).toEqual(['I. NHIỆM VỤ CHUNG', '', '', '', '']); // colspan: text in the first column
    expect(table.rows[3]).toEqual([
      '2',
      'Công bố danh mục thủ tục hành chính',
      'Sở Tư pháp',
      'Văn phòng UBND tỉnh',
      'Tháng 6/2025',
    ]);
    expect(table.grid?.[1]).toEqual([{ paragraphs: ['I. NHIỆM VỤ CHUNG'], rowSpan: 1, colSpan: 5 }]);
    expect(table.grid?.[2]?.[2]).toEqual({ paragraphs: ['Sở Tư pháp'], rowSpan: 2, colSpan: 1 });
    expect(table.grid?.[3]).toHaveLength(4); // the merged cell is kept once, in the row it starts
    expect(table.grid?.[5]?.[2]?.paragraphs).toEqual(['Sở Nội vụ', 'Sở Tài chính']);
    expect(table.grid?.[5]?.[3]?.paragraphs).toEqual([]);
  });

  it('drops furniture that shares a container with the document: before its head, and from «Văn bản liên quan» on', async () => {
    const page =
      '<body><div class="wrap"><h1>Kế hoạch 5/KH-UBND năm 2025 về chuyển đổi số</h1><p>Lượt xem: 120</p>' +
      '<p align="center"><b>ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN</b></p><p>Số: 5/KH-UBND</p><p><b>KẾ HOẠCH</b></p>' +
      '<p>Chuyển đổi số năm 2025</p><p>1. Sở Khoa học và Công nghệ chủ trì triển khai.</p>' +
      '<h3>Văn bản liên quan</h3><ul><li>Kế hoạch 1/KH-UBND năm 2024</li></ul><p>Lượt tải: 3</p></div></body>';
    const doc = await readDocument(writeTemp('chuyen-doi-so.html', page));
    expect(texts(doc.blocks)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
      'Số: 5/KH-UBND',
      'KẾ HOẠCH',
      'Chuyển đổi số năm 2025',
      '1. Sở Khoa học và Công nghệ chủ trì triển khai.',
    ]);
  });

  it("keeps a short decision and the plan it issues: the first head is the page's document", async () => {
    const page =
      '<body><nav>Trang chủ</nav><div><p>ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN</p><p>Số: 7/QĐ-UBND</p><p>QUYẾT ĐỊNH</p>' +
      '<p>Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số.</p><p>ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN</p>' +
      '<p>KẾ HOẠCH</p><p>Số: 8/KH-UBND</p><p>1. Sở Y tế triển khai.</p></div><footer>Copyright 2025</footer></body>';
    const doc = await readDocument(writeTemp('quyet-dinh.htm', page));
    expect(texts(doc.blocks)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
      'Số: 7/QĐ-UBND',
      'QUYẾT ĐỊNH',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số.',
      'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
      'KẾ HOẠCH',
      'Số: 8/KH-UBND',
      '1. Sở Y tế triển khai.',
    ]);
  });

  it('decodes a page saved in Windows-1258 as its <meta> says', async () => {
    // «KẾ HOẠCH» in Windows-1258: Ê (0xCA) + combining acute (0xEC), A + combining dot below (0xF2).
    const head = Buffer.from(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>K',
      'latin1',
    );
    const word = Buffer.from([0xca, 0xec, 0x20, 0x48, 0x4f, 0x41, 0xf2, 0x43, 0x48]);
    const tail = Buffer.from('</p><p>S\xf4\xec: 7/KH-UBND</p></body></html>', 'latin1');
    const doc = await readDocument(writeTemp('cu.htm', Buffer.concat([head, word, tail])));
    expect(texts(doc.blocks)).toEqual(['KẾ HOẠCH', 'Số: 7/KH-UBND']);
  });

  it('reads UTF-8 bytes as UTF-8 even when the old <meta> still names Windows-1258', async () => {
    const page =
      '<html><head><meta charset="windows-1258"></head><body><p>KẾ HOẠCH</p><p>Số: 7/KH-UBND</p></body></html>';
    const doc = await readDocument(writeTemp('luu-lai.html', Buffer.from(page, 'utf8')));
    expect(texts(doc.blocks)).toEqual(['KẾ HOẠCH', 'Số: 7/KH-UBND']);
  });

  it('refuses a binary file named .html with the usual line', async () => {
    const error: unknown = await readDocument(
      writeTemp('anh.html', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
    ).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^Tệp «anh\.html» không phải văn bản chữ/);
  });
});

describe('tables through the parser', () => {
  it('lays out a two-level header: rowspans repeated, a colspan leaves its other columns blank', () => {
    const html =
      '<table><tr><th rowspan="2">STT</th><th colspan="2">Cơ quan thực hiện</th><th rowspan="2">Thời hạn</th></tr>' +
      '<tr><th>Chủ trì</th><th>Phối hợp</th></tr><tr><td>1</td><td>Sở Y tế</td><td>Sở Tài chính</td><td>Quý I</td></tr></table>';
    const [table] = htmlToBlocks(html) as TableBlock[];
    expect(table?.rows).toEqual([
      ['STT', 'Cơ quan thực hiện', '', 'Thời hạn'],
      ['STT', 'Chủ trì', 'Phối hợp', 'Thời hạn'],
      ['1', 'Sở Y tế', 'Sở Tài chính', 'Quý I'],
    ]);
    expect(table?.grid?.[0]?.map((c) => [c.paragraphs.join('|'), c.rowSpan, c.colSpan])).toEqual([
      ['STT', 2, 1],
      ['Cơ quan thực hiện', 1, 2],
      ['Thời hạn', 2, 1],
    ]);
  });

  it('puts list numbers back, keeps footnote marks and joins cell paragraphs with line breaks', () => {
    const html =
      '<h2><strong>KẾ HOẠCH</strong></h2><ol><li><p>Rà soát &amp; báo cáo<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p></li><li>Tổng hợp</li></ol>' +
      '<table><tr><td><p>Sở Nội vụ</p><p>Sở Tài chính</p></td><td rowspan="2">Quý I</td></tr><tr><td>Sở Y tế<br />Sở Xây dựng</td></tr></table>' +
      '<ol><li id="footnote-1"><p>Báo cáo tháng. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToBlocks(html)).toEqual([
      { type: 'para', text: 'KẾ HOẠCH', level: 2, strong: true, spans: [{ text: 'KẾ HOẠCH', bold: true }] },
      { type: 'para', text: '1. Rà soát & báo cáo<sup>1</sup>' },
      { type: 'para', text: '2. Tổng hợp' },
      {
        type: 'table',
        rows: [
          ['Sở Nội vụ\nSở Tài chính', 'Quý I'],
          ['Sở Y tế\nSở Xây dựng', 'Quý I'],
        ],
        grid: [
          [
            { paragraphs: ['Sở Nội vụ', 'Sở Tài chính'], rowSpan: 1, colSpan: 1 },
            { paragraphs: ['Quý I'], rowSpan: 2, colSpan: 1 },
          ],
          [{ paragraphs: ['Sở Y tế', 'Sở Xây dựng'], rowSpan: 1, colSpan: 1 }],
        ],
      },
      { type: 'para', text: '<sup>1</sup> Báo cáo tháng.' },
    ]);
  });
});
