import ExcelJS from 'exceljs';
import { formatDate } from '#src/domain/clock.js';
import type { ReportIssuer } from './issuer.js';
import type { ReportModel } from './model.js';
import { windowText } from './period.js';
import { reportTables, type Cell, type ReportColumn, type ReportTable } from './tables.js';
import { reportTitle } from './docx.js';

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
  const sheet = book.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  sheet.columns = table.columns.map((column) => ({ width: column.width + 2, ...(FORMATS[column.kind] ? { style: { numFmt: FORMATS[column.kind] } } : {}) }));
  const title = sheet.getCell(1, 1);
  title.value = `${table.title} — ${reportTitle(model)}`;
  title.font = { bold: true, size: 13 };
  sheet.getCell(2, 1).value =
    `${options.issuer.body}. Kỳ báo cáo ${model.period.label}: ${windowText(model.period)}; số liệu ${model.complete ? 'chốt' : 'tạm tính'} đến ngày ${formatDate(model.cutoff)}.`;
  if (table.sheet === 'Gia hạn' && !model.extensionsTracked) {
    sheet.getCell(3, 1).value = 'Bảng tính chưa theo dõi việc gia hạn (chưa có cột «Số lần gia hạn»).';
  }
  const header = sheet.getRow(HEADER_ROW);
  header.values = table.columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const row of table.rows) sheet.addRow(table.columns.map((column, i) => value(row[i] ?? null, column)));
  if (table.total) {
    const total = sheet.addRow(table.columns.map((column, i) => value(table.total?.[i] ?? null, column)));
    total.font = { bold: true };
  }
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW + table.rows.length, column: table.columns.length },
  };
  table.columns.forEach((column, i) => {
    if (column.kind === 'text' && column.width >= 28) sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
}

export async function reportXlsx(model: ReportModel, options: XlsxOptions): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Đôn Đốc';
  book.created = new Date(`${options.today}T00:00:00Z`);
  for (const table of reportTables(model)) addSheet(book, table, model, options);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
