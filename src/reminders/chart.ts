import { Resvg } from '@resvg/resvg-js';
import { BUCKET_LABELS, type Bucket } from '#src/domain/buckets.js';
import { formatDate } from '#src/domain/clock.js';
import { shorten } from '#src/domain/text.js';
import { percent, type DigestData } from './digest.js';

/**
 * The digest chart: one stacked bar per lead agency (the four buckets), drawn as SVG and
 * rendered to PNG by resvg with the system's fonts (DejaVu Sans has every Vietnamese letter).
 */
const COLORS: Record<Bucket, string> = {
  done_on_time: '#2e7d32',
  done_late: '#f9a825',
  open_on_time: '#1565c0',
  open_overdue: '#c62828',
};
const ORDER: Bucket[] = ['done_on_time', 'done_late', 'open_on_time', 'open_overdue'];
const BARS = 12;
const WIDTH = 960;
const LABEL_WIDTH = 330;
const ROW = 34;
const TOP = 118;

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What the chart draws: the digest's or the official report's counts at a day. */
export type ChartData = Pick<DigestData, 'today' | 'overall' | 'perAgency'>;

export function digestChartSvg(data: ChartData): string {
  const rows = data.perAgency.slice(0, BARS);
  const height = TOP + Math.max(rows.length, 1) * ROW + 48;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const barWidth = WIDTH - LABEL_WIDTH - 90;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="24" y="38" font-size="22" font-weight="bold" fill="#212121">${escape(`Tình hình thực hiện nhiệm vụ đến ngày ${formatDate(data.today)}`)}</text>`,
    `<text x="24" y="66" font-size="15" fill="#424242">${escape(`Tổng số ${data.overall.total} nhiệm vụ — tỷ lệ quá hạn ${percent(data.overall.overdueRate)}`)}</text>`,
  ];
  let x = 24;
  for (const bucket of ORDER) {
    const label = `${BUCKET_LABELS[bucket]} (${data.overall.counts[bucket]})`;
    parts.push(`<rect x="${x}" y="82" width="14" height="14" fill="${COLORS[bucket]}"/>`);
    parts.push(`<text x="${x + 20}" y="94" font-size="13" fill="#212121">${escape(label)}</text>`);
    x += 20 + label.length * 7.4 + 18;
  }
  rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    parts.push(`<text x="24" y="${y + 19}" font-size="14" fill="#212121">${escape(shorten(row.agency, 40))}</text>`);
    let offset = LABEL_WIDTH;
    for (const bucket of ORDER) {
      const width = (row.counts[bucket] / max) * barWidth;
      if (width > 0)
        parts.push(
          `<rect x="${offset.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="22" fill="${COLORS[bucket]}"/>`,
        );
      offset += width;
    }
    parts.push(
      `<text x="${(offset + 8).toFixed(1)}" y="${y + 20}" font-size="13" fill="#424242">${row.total} (${escape(percent(row.overdueRate))})</text>`,
    );
  });
  if (rows.length === 0)
    parts.push(`<text x="24" y="${TOP + 20}" font-size="14" fill="#616161">Chưa có nhiệm vụ nào.</text>`);
  const more = data.perAgency.length - rows.length;
  if (more > 0) {
    parts.push(
      `<text x="24" y="${height - 18}" font-size="13" fill="#616161">${escape(`… và ${more} cơ quan khác (xem trang Tổng hợp)`)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

export function renderPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return new Uint8Array(resvg.render().asPng());
}

export const digestChartPng = (data: ChartData): Uint8Array => renderPng(digestChartSvg(data));
