import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { ReportIssuer } from './issuer.js';
import { cellText, type Cell, type ReportTable } from './tables.js';

/**
 * Building blocks of an administrative document under Nghị định 30/2020/NĐ-CP: Times New
 * Roman, the two-column heading (issuing body | national motto), numbered sections,
 * bordered tables with a repeated header row, and the «Nơi nhận» block.
 */
export const FONT = 'Times New Roman';
/** Half-points: 14 pt body, 13 pt tables and heading, 12 and 11 pt for «Nơi nhận». */
export const BODY = 28;
export const SMALL = 26;
/** A4 text width with margins 30 mm left and 15 mm right, in twips. */
export const TEXT_WIDTH = 11906 - 1701 - 851;
const HEADING_OVERHANG = 567;

type Run = Omit<IRunOptions, 'text'>;

export const run = (text: string, options: Run = {}): TextRun =>
  new TextRun({ text, font: FONT, size: BODY, ...options });

export function para(
  text: string | TextRun[],
  options: { align?: 'center' | 'left' | 'justify' | 'right'; run?: Run; after?: number; indent?: boolean } = {},
): Paragraph {
  const align = {
    center: AlignmentType.CENTER,
    left: AlignmentType.LEFT,
    justify: AlignmentType.JUSTIFIED,
    right: AlignmentType.RIGHT,
  }[options.align ?? 'justify'];
  return new Paragraph({
    alignment: align,
    spacing: { after: options.after ?? 120, line: 288 },
    ...(options.indent ? { indent: { firstLine: 567 } } : {}),
    children: typeof text === 'string' ? [run(text, options.run)] : text,
  });
}

const noBorders = TableBorders.NONE;

/** A short rule under a heading line (ND 30: a line under the body and under the motto). */
const ruled = (text: string, size: number): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [run(text, { bold: true, size })],
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: 1100, right: 1100 },
    spacing: { after: 120 },
  });

/** The heading: issuing body and number on the left, motto and place/date on the right. */
export function documentHeading(issuer: ReportIssuer, dateLine: string): Table {
  const left = [
    ...(issuer.parent ? [para(issuer.parent, { align: 'center', run: { size: SMALL }, after: 0 })] : []),
    ruled(issuer.body, SMALL),
    para(`Số:        /BC-${issuer.initials}`, { align: 'center', run: { size: SMALL }, after: 0 }),
  ];
  const right = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center', run: { bold: true, size: 24 }, after: 0 }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: SMALL })],
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      indent: { left: 1150, right: 1150 },
      spacing: { after: 120 },
    }),
    para(dateLine, { align: 'center', run: { italics: true, size: BODY }, after: 0 }),
  ];
  // As printed forms do, the heading reaches 10 mm into the left margin.
  const full = TEXT_WIDTH + HEADING_OVERHANG;
  const widths = [Math.round(full * 0.4), full - Math.round(full * 0.4)];
  return new Table({
    borders: noBorders,
    width: { size: full, type: WidthType.DXA },
    indent: { size: -HEADING_OVERHANG, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ borders: noBorders, width: { size: widths[0] ?? 0, type: WidthType.DXA }, children: left }),
          new TableCell({ borders: noBorders, width: { size: widths[1] ?? 0, type: WidthType.DXA }, children: right }),
        ],
      }),
    ],
  });
}

const cellPara = (text: string, align: 'left' | 'center' | 'right', bold: boolean, size = SMALL): Paragraph =>
  new Paragraph({
    alignment: { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[align],
    children: [run(text, { size, bold })],
  });

/** A bordered table: header row in bold, repeated on every page; numbers to the right. */
export function dataTable(table: ReportTable, rows: Cell[][]): Table {
  const sum = table.columns.reduce((total, c) => total + c.width, 0);
  const widths = table.columns.map((c) => Math.round((TEXT_WIDTH * c.width) / sum));
  const cell = (text: string, i: number, align: 'left' | 'center' | 'right', bold: boolean, size?: number) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [cellPara(text, align, bold, size)],
    });
  // Header cells in 12 pt, so that the narrow count columns break between words only.
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => cell(c.header, i, 'center', true, 24)),
  });
  const body = (cells: Cell[], bold: boolean) =>
    new TableRow({
      cantSplit: true,
      children: table.columns.map((c, i) => {
        const align = c.kind === 'text' ? 'left' : c.kind === 'date' || c.header === 'STT' ? 'center' : 'right';
        return cell(cellText(cells[i] ?? null, c.kind), i, align, bold);
      }),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...rows.map((r) => body(r, false)), ...(table.total ? [body(table.total, true)] : [])],
  });
}

/** «Nơi nhận» on the left, the signer on the right (to sign by hand). */
export function closingBlock(recipients: readonly string[], signer: string): Table {
  const widths = [Math.round(TEXT_WIDTH * 0.5), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.5)];
  const left = [
    new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 24 })] }),
    ...recipients.map((r) => new Paragraph({ children: [run(r, { size: 22 })] })),
  ];
  const right = [
    para(signer, { align: 'center', run: { bold: true }, after: 0 }),
    para('(Ký, ghi rõ họ tên, đóng dấu)', { align: 'center', run: { italics: true, size: SMALL } }),
  ];
  return new Table({
    borders: noBorders,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ borders: noBorders, width: { size: widths[0] ?? 0, type: WidthType.DXA }, children: left }),
          new TableCell({ borders: noBorders, width: { size: widths[1] ?? 0, type: WidthType.DXA }, children: right }),
        ],
      }),
    ],
  });
}
