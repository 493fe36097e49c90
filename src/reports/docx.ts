import { Document, ImageRun, Packer, Paragraph, type FileChild } from 'docx';
import { formatDate } from '#src/domain/clock.js';
import { BUCKET_LABELS } from '#src/domain/buckets.js';
import { closingBlock, dataTable, documentHeading, FONT, BODY, para } from './docx-parts.js';
import type { ReportIssuer } from './issuer.js';
import type { ReportModel } from './model.js';
import { windowText } from './period.js';
import { rateText, reportTables, type ReportTable } from './tables.js';

/**
 * The official report as a Word file (Nghị định 30/2020/NĐ-CP, Appendix I): A4, Times New
 * Roman, the heading, the number/place/date line, «BÁO CÁO / Kết quả thực hiện …», the
 * window of Nghị định 09/2019, the figures and tables, the chart and «Nơi nhận».
 */
export interface DocxOptions {
  issuer: ReportIssuer;
  /** The day the report is drawn up (ISO), for the date line. */
  today: string;
  /** The chart as PNG (the digest's chart), with its pixel size. */
  chart?: { png: Uint8Array; width: number; height: number };
}

/** Rows of the overdue list in Word; the Excel file lists them all. */
export const WORD_OVERDUE_ROWS = 200;

export function reportTitle(model: ReportModel): string {
  const scope = model.scope ? ` của ${model.scope}` : '';
  return `Kết quả thực hiện nhiệm vụ theo các kế hoạch${scope} ${model.period.label}`;
}

export function dateLine(place: string, today: string): string {
  const [y, m, d] = today.split('-');
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

const section = (text: string): Paragraph => para(text, { run: { bold: true }, after: 120 });

function windowParagraphs(model: ReportModel): Paragraph[] {
  const stand = model.complete
    ? `Số liệu chốt đến hết ngày ${formatDate(model.cutoff)}.`
    : `Kỳ báo cáo chưa kết thúc: số liệu tạm tính đến ngày ${formatDate(model.cutoff)}.`;
  return [
    para(
      `Kỳ báo cáo ${model.period.label}: thời gian chốt số liệu ${windowText(model.period)} (theo Điều 12 Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định chế độ báo cáo của cơ quan hành chính nhà nước). ${stand}`,
      { indent: true },
    ),
    para(
      'Số liệu tính lũy kế đến ngày chốt, gồm mọi nhiệm vụ của các kế hoạch đã ban hành; nhiệm vụ hoàn thành sau ngày chốt được tính là chưa hoàn thành tại ngày chốt.',
      { indent: true },
    ),
  ];
}

function overallParagraphs(model: ReportModel): Paragraph[] {
  const { overall, inWindow } = model;
  const line = (label: string, value: number) =>
    para(
      `- ${label}: ${value.toLocaleString('vi-VN')} nhiệm vụ${overall.total > 0 ? ` (${rateText(value / overall.total)})` : ''}.`,
      { indent: true, after: 60 },
    );
  return [
    para(`Tổng số nhiệm vụ: ${overall.total.toLocaleString('vi-VN')}, trong đó:`, { indent: true, after: 60 }),
    line(BUCKET_LABELS.done_on_time, overall.counts.done_on_time),
    line(BUCKET_LABELS.done_late, overall.counts.done_late),
    line(BUCKET_LABELS.open_on_time, overall.counts.open_on_time),
    line(BUCKET_LABELS.open_overdue, overall.counts.open_overdue),
    para(
      `Tỷ lệ quá hạn (hoàn thành quá hạn và quá hạn chưa hoàn thành trên tổng số): ${rateText(overall.overdueRate)}.`,
      { indent: true, run: { bold: true } },
    ),
    para(
      `Trong kỳ báo cáo: ${inWindow.doneOnTime + inWindow.doneLate} nhiệm vụ hoàn thành (${inWindow.doneOnTime} đúng hạn, ${inWindow.doneLate} quá hạn); ${inWindow.due} nhiệm vụ có hạn xử lý trong kỳ.`,
      { indent: true },
    ),
    ...(model.extendedCount === null ? [] : [para(extensionSentence(model.extendedCount), { indent: true })]),
  ];
}

/** The buckets are judged against the approved deadline: said wherever they are shown. */
export function extensionSentence(extended: number): string {
  return `Số nhiệm vụ được gia hạn: ${extended.toLocaleString('vi-VN')}. Nhiệm vụ được gia hạn được tính đúng hạn hay quá hạn theo hạn xử lý đã được duyệt gia hạn (hạn ban đầu ghi ở mục VI).`;
}

function tableBlock(table: ReportTable, empty: string, limit?: number): FileChild[] {
  if (table.rows.length === 0) return [para(empty, { indent: true })];
  const shown = limit !== undefined ? table.rows.slice(0, limit) : table.rows;
  const more = table.rows.length - shown.length;
  return [
    dataTable(table, shown),
    para(more > 0 ? `… và ${more.toLocaleString('vi-VN')} nhiệm vụ khác (xem đủ trong tệp Excel cùng kỳ).` : '', {
      after: 160,
    }),
  ];
}

export function reportDocument(model: ReportModel, options: DocxOptions): Document {
  const [overall, perPlan, perAgency, overdue, extended] = reportTables(model);
  const children: FileChild[] = [
    documentHeading(options.issuer, dateLine(options.issuer.place, options.today)),
    para('', { after: 240 }),
    para('BÁO CÁO', { align: 'center', run: { bold: true }, after: 0 }),
    para(reportTitle(model), { align: 'center', run: { bold: true }, after: 360 }),
    section('I. THỜI GIAN VÀ PHẠM VI BÁO CÁO'),
    ...windowParagraphs(model),
    section('II. KẾT QUẢ CHUNG'),
    ...overallParagraphs(model),
    ...(overall ? tableBlock(overall, '') : []),
    section('III. KẾT QUẢ THEO TỪNG KẾ HOẠCH'),
    ...(perPlan ? tableBlock(perPlan, 'Chưa có kế hoạch nào.') : []),
    section('IV. KẾT QUẢ THEO CƠ QUAN CHỦ TRÌ'),
    para('Một nhiệm vụ có nhiều cơ quan chủ trì được tính cho mỗi cơ quan.', { indent: true, run: { italics: true } }),
    ...(perAgency ? tableBlock(perAgency, 'Chưa có nhiệm vụ nào.') : []),
    section('V. NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH'),
    ...(overdue ? tableBlock(overdue, 'Không có nhiệm vụ nào quá hạn tại ngày chốt số liệu.', WORD_OVERDUE_ROWS) : []),
    section('VI. NHIỆM VỤ ĐƯỢC GIA HẠN'),
    ...(model.extensionsTracked
      ? extended
        ? tableBlock(extended, 'Không có nhiệm vụ nào được gia hạn.')
        : []
      : [
          para('Bảng tính chưa theo dõi việc gia hạn (chưa có cột «Số lần gia hạn»): không có số liệu gia hạn.', {
            indent: true,
          }),
        ]),
    ...chartBlock(options.chart),
    para('', { after: 240 }),
    closingBlock(['- UBND tỉnh (để báo cáo);', '- Các cơ quan chủ trì;', '- Lưu: VT.'], 'THỦ TRƯỞNG CƠ QUAN'),
  ];
  return new Document({
    creator: 'Đôn Đốc',
    title: `Báo cáo ${model.period.label}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 851 },
          },
        },
        children,
      },
    ],
  });
}

function chartBlock(chart: DocxOptions['chart']): FileChild[] {
  if (!chart) return [];
  // 16 cm wide at most, keeping the proportions.
  const width = Math.min(605, chart.width);
  const height = Math.round((chart.height * width) / chart.width);
  return [
    section('VII. BIỂU ĐỒ'),
    new Paragraph({ children: [new ImageRun({ type: 'png', data: chart.png, transformation: { width, height } })] }),
    para('Biểu đồ: số nhiệm vụ theo bốn nhóm của từng cơ quan chủ trì (nhiều nhiệm vụ quá hạn nhất trước).', {
      align: 'center',
      run: { italics: true, size: 24 },
    }),
  ];
}

export async function reportDocx(model: ReportModel, options: DocxOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(reportDocument(model, options)));
}
