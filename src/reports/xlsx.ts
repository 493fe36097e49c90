import ExcelJS from 'exceljs';
import { formatDate } from '#src/domain/clock.js';
import type { ReportIssuer } from './issuer.js';
import type { ReportModel } from './model.js';
import { windowText } from './period.js';
import { reportTables, type Cell, type ReportColumn, type ReportTable } from './tables.js';
import { extensionSentence, reportTitle } from './docx.js';

/**
 * The official report as an Excel workbook: the same tables as the Word file, one sheet each,
 * with real numbers, real dates and rates as percentages; a title block, then a frozen header
 * row with an auto-filter, and column widths set.
 */
export interface XlsxOptions {
  issuer: ReportIssuer;
  today: string;
}

/** Rows above each table's header: title, window, blank. */
export const HEADER_ROW = 4;

const FORMATS: Record<ReportColumn['kind'], string | undefined> = {
  text: undefined,
  count: '#,##0',
  rate: '0.0%',
  date: 'dd/mm/yyyy',
};

function value(cell: Cell, column: ReportColumn): ExcelJS.CellValue {
  if (cell === null) return null;
  if (column.kind === 'date' && typeof cell === 'string') {
    const [y, m, d] = cell.split('-').map(Number);
    return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  }
  return cell;
}

function addSheet(book: ExcelJS.Workbook, table: ReportTable, model: ReportModel, options: XlsxOptions): void {
  const sheet = book.addWorksheet(table.sheet.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    // Printed on A4 landscape, as wide as the page, the header row on every page.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  sheet.columns = table.columns.map((column) => ({
    width: column.width + 2,
    ...(FORMATS[column.kind] ? { style: { numFmt: FORMATS[column.kind] } } : {}),
  }));
  const title = sheet.getCell(1, 1);
  title.value = `${table.title} — ${reportTitle(model)}`;
  title.font = { bold: true, size: 13 };
  sheet.getCell(2, 1).value =
    `${options.issuer.body}. Kỳ báo cáo ${model.period.label}: ${windowText(model.period)}; số liệu ${model.complete ? 'chốt' : 'tạm tính'} đến ngày ${formatDate(model.cutoff)}.`;
  if (table.sheet === 'Gia hạn' && !model.extensionsTracked) {
    sheet.getCell(3, 1).value = 'Bảng tính chưa theo dõi việc gia hạn (chưa có cột «Số lần gia hạn»).';
  } else if ((table.sheet === 'Gia hạn' || table.sheet === 'Tổng hợp') && model.extendedCount !== null) {
    // The buckets are judged against the approved deadline: said where they are counted.
    sheet.getCell(3, 1).value = extensionSentence(model.extendedCount);
  }
  const header = sheet.getRow(HEADER_ROW);
  header.values = table.columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.height = 45;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  // Long texts wrap inside their column; the row is made tall enough for them, since
  // spreadsheet programs do not all size rows written by a library.
  const wrapped = table.columns.flatMap((column, i) => (column.kind === 'text' && column.width >= 28 ? [i] : []));
  const addRow = (cells: Cell[]) => {
    const row = sheet.addRow(table.columns.map((column, i) => value(cells[i] ?? null, column)));
    row.alignment = { vertical: 'top' };
    let lines = 1;
    for (const i of wrapped) {
      row.getCell(i + 1).alignment = { wrapText: true, vertical: 'top' };
      const width = table.columns[i]?.width ?? 1;
      lines = Math.max(lines, Math.ceil(String(cells[i] ?? '').length / (width * 1.05)));
    }
    if (lines > 1) row.height = 15 * lines;
    return row;
  };
  for (const row of table.rows) addRow(row);
  if (table.total) addRow(table.total).font = { bold: true };
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW + table.rows.length, column: table.columns.length },
  };
}

export async function reportXlsx(model: ReportModel, options: XlsxOptions): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Đôn Đốc';
  book.created = new Date(`${options.today}T00:00:00Z`);
  for (const table of reportTables(model)) addSheet(book, table, model, options);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
