import { readFileSync } from 'node:fs';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { readPlanFile, type ExtractedTask } from '../../src/plans/extract.js';
import { readDocument } from '../../src/plans/read.js';
import { seedPath, writeTemp } from './helpers.js';

/** The tab-separated appendix rows of seed 000, as the Word table of the original would hold them. */
function seedAppendixRows(): string[][] {
  return readFileSync(seedPath('000'), 'utf8')
    .split('\n')
    .filter((line) => line.split('\t').length === 5)
    .map((line) => line.split('\t').map((c) => c.trim()));
}

function textCell(text: string, options: { rowSpan?: number; columnSpan?: number } = {}): TableCell {
  return new TableCell({ ...options, children: text.split('\n').map((line) => new Paragraph(line)) });
}

/** Row 2's deadline cell carries a real Word footnote, as in the original document. */
function deadlineCell(text: string): TableCell {
  const m = text.match(/^(.*?)\s*<sup>(\d+)<\/sup>$/);
  if (!m) return textCell(text);
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun(m[1] ?? ''), new FootnoteReferenceRun(Number(m[2]))] })],
  });
}

async function seedAppendixDocx(): Promise<string> {
  const rows = seedAppendixRows();
  const footnote = readFileSync(seedPath('000'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('<sup>1</sup>'))
    ?.replace('<sup>1</sup>', '')
    .trim();
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph(footnote ?? '')] } },
    sections: [
      {
        children: [
          new Paragraph('ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN'),
          new Paragraph('Số: 60 /KH-UBND'),
          new Paragraph({ text: 'Thái Nguyên, ngày 02 tháng 4 năm 2024', alignment: AlignmentType.RIGHT }),
          new Paragraph({ children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })], heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun({
                text: 'Thực hiện công tác dân vận của các cơ quan nhà nước trên địa bàn tỉnh Thái Nguyên năm 2024',
                bold: true,
              }),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: 'PHỤ LỤC', bold: true })] }),
          new Table({
            rows: rows.map(
              (cells) => new TableRow({ children: cells.map((c, i) => (i === 4 ? deadlineCell(c) : textCell(c))) }),
            ),
          }),
        ],
      },
    ],
  });
  return writeTemp('ke-hoach-60.docx', await Packer.toBuffer(doc));
}

const comparable = (t: ExtractedTask): unknown[] => [
  t.id,
  t.kind,
  t.order,
  t.content,
  t.lead,
  t.coordinating,
  t.deadlineText,
  t.deadline,
  t.recurrence,
];

describe('.docx plans (mammoth HTML: tables stay tables)', () => {
  it('the appendix of seed 000 as a Word table gives the same tasks as the text version', async () => {
    const fromWord = await readPlanFile(await seedAppendixDocx());
    const fromText = await readPlanFile(seedPath('000'));
    expect(fromWord.plan).toMatchObject({
      number: '60/KH-UBND',
      key: 'TN60',
      date: '2024-04-02',
      issuer: 'UBND tỉnh Thái Nguyên',
      title: fromText.plan.title,
    });
    const textTableTasks = fromText.tasks.filter((t) => t.source.startsWith('Phụ lục'));
    expect(textTableTasks).toHaveLength(19);
    expect(fromWord.tasks.map(comparable)).toEqual(textTableTasks.map(comparable));
    expect(fromWord.problems).toEqual([]);
  });

  it('keeps a table as a table block, cells with several paragraphs as one cell', async () => {
    const doc = await readDocument(await seedAppendixDocx());
    const tables = doc.blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    const table = tables[0];
    expect(table?.type === 'table' && table.rows.length).toBe(17);
    expect(doc.blocks.some((b) => b.type === 'para' && b.text.startsWith('<sup>1</sup> Báo cáo tháng'))).toBe(true);
  });

  it('reads group rows spanning all columns, numbering restarting per group, and merged agency cells', async () => {
    const header = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'];
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('KẾ HOẠCH'),
            new Paragraph('Cải cách hành chính tỉnh Cao Bằng năm 2025'),
            new Table({
              rows: [
                new TableRow({ children: header.map((h) => textCell(h)) }),
                new TableRow({ children: [textCell('I. NHIỆM VỤ CHUNG', { columnSpan: 5 })] }),
                new TableRow({
                  children: [
                    textCell('1'),
                    textCell('Rà soát thủ tục hành chính'),
                    textCell('Sở Tư pháp', { rowSpan: 2 }),
                    textCell('Các sở, ngành'),
                    textCell('Quý I/2025'),
                  ],
                }),
                new TableRow({
                  children: [
                    textCell('2'),
                    textCell('Công bố danh mục'),
                    textCell('Văn phòng UBND tỉnh'),
                    textCell('Tháng 6/2025'),
                  ],
                }),
                new TableRow({ children: [textCell('II. NHIỆM VỤ CỤ THỂ', { columnSpan: 5 })] }),
                new TableRow({
                  children: [
                    textCell('1'),
                    textCell('Số hóa hồ sơ'),
                    textCell('Sở Nội vụ\nSở Tài chính'),
                    textCell(''),
                    textCell('Thường xuyên'),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const plan = await readPlanFile(writeTemp('cai-cach.docx', await Packer.toBuffer(doc)));
    expect(plan.plan).toMatchObject({ key: 'CB25', issuer: 'UBND tỉnh Cao Bằng' });
    expect(plan.tasks.map((t) => [t.order, t.lead, t.coordinating, t.deadline, t.source])).toEqual([
      ['I.1', ['Sở Tư pháp'], ['Các sở, ngành'], '2025-03-31', 'Bảng nhiệm vụ, mục I, dòng 1'],
      ['I.2', ['Sở Tư pháp'], ['Văn phòng UBND tỉnh'], '2025-06-30', 'Bảng nhiệm vụ, mục I, dòng 2'],
      ['II.1', ['Sở Nội vụ', 'Sở Tài chính'], [], null, 'Bảng nhiệm vụ, mục II, dòng 1'],
    ]);
    expect(plan.tasks[2]?.deadlineText).toBe('Thường xuyên');
  });
});

/** A minimal one-page PDF whose text is written with the standard Helvetica font. */
function minimalPdf(lines: string[]): Buffer {
  const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 11 Tf 50 800 Td 14 TL ${lines.map((l) => `(${escape(l)}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('.pdf plans (unpdf text)', () => {
  it('reads a hand-written PDF (text without diacritics: the standard font has none)', async () => {
    const path = writeTemp(
      'ke-hoach.pdf',
      minimalPdf([
        'UY BAN NHAN DAN TINH THAI NGUYEN',
        'KE HOACH',
        'Thuc hien cong tac dan van nam 2024',
        'III. TO CHUC THUC HIEN',
        '1. So Noi vu',
        '- Theo doi, don doc viec trien khai Ke hoach nay.',
        '- Tong hop bao cao dinh ky 6 thang (truoc ngay 15/6), 01 nam (truoc ngay 15/12).',
        '2. Cong an tinh',
        'Bao dam an ninh trat tu tren dia ban tinh.',
        'Tren day la Ke hoach.',
      ]),
    );
    const plan = await readPlanFile(path);
    expect(plan.plan).toMatchObject({
      key: 'TN24',
      issuer: 'UBND tỉnh Thái Nguyên',
      title: 'Thuc hien cong tac dan van nam 2024',
    });
    expect(plan.tasks.map((t) => [t.order, t.kind, t.lead, t.deadline])).toEqual([
      ['III.1', 'task', ['So Noi vu'], null],
      ['III.1', 'report', ['So Noi vu'], '2024-06-15'],
      ['III.1', 'report', ['So Noi vu'], '2024-12-15'],
      ['III.2', 'task', ['Cong an tinh'], null],
    ]);
    expect(plan.tasks[1]?.deadlineText).toBe('Truoc ngay 15/6');
  });
});
