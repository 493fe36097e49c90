import { fold } from '#src/domain/text.js';
import { digestChartPng } from '#src/reminders/chart.js';
import type { Snapshot } from '#src/store/snapshot.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { reportDocx } from './docx.js';
import type { ReportIssuer } from './issuer.js';
import { reportModel, type ReportModel } from './model.js';
import type { ReportPeriod } from './period.js';
import { reportXlsx } from './xlsx.js';

/** The official report file in either format, from the sheet's snapshot: what the CLI and /baocao send. */
export type ReportFormat = 'docx' | 'xlsx';

export interface ReportRequest {
  snapshot: Snapshot;
  agencies: AgencyLookup;
  period: ReportPeriod;
  today: string;
  agency?: string | null;
  format: ReportFormat;
  issuer: ReportIssuer;
}

export interface ReportFile {
  name: string;
  bytes: Uint8Array;
  model: ReportModel;
}

/** «bao-cao-2026-11.docx», «bao-cao-2026-Q4-so-tu-phap.xlsx». */
export function reportFileName(period: ReportPeriod, agency: string | null, format: ReportFormat): string {
  const scope = agency
    ? `-${fold(agency)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`
    : '';
  return `bao-cao-${period.key}${scope}.${format}`;
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export async function buildReport(request: ReportRequest): Promise<ReportFile> {
  const model = reportModel(request);
  const name = reportFileName(request.period, model.scope, request.format);
  if (request.format === 'xlsx')
    return { name, model, bytes: await reportXlsx(model, { issuer: request.issuer, today: request.today }) };
  const png = digestChartPng({ today: model.cutoff, overall: model.overall, perAgency: model.perAgency });
  const bytes = await reportDocx(model, {
    issuer: request.issuer,
    today: request.today,
    chart: { png, ...pngSize(png) },
  });
  return { name, model, bytes };
}
