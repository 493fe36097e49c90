import type { EnsureTabsReport } from '../port.js';
import { mapHeaders, type SheetTemplate } from '../template.js';
import { cell, headerRow } from './a1.js';
import type { SheetContext } from './sheet-context.js';
import {
  columnWidth,
  conditionalRule,
  dropdown,
  freezeHeader,
  growColumns,
  HEADER_PROTECTION,
  protectHeader,
  taskRowRules,
  type Request,
} from './presentation.js';
import { AddSheetReplies, type SheetProperties, type SpreadsheetSheets } from './responses.js';
import { backoffDelay, isRetryable, sleep } from './retry.js';

/**
 * `dondoc sheet init` on a Google Sheet. Every step looks first and adds only what is
 * missing, so it is safe to run again and safe to restart after a failed call: nothing is
 * deleted or moved, coordinators' columns stay where they are, new headers go at the end.
 * Column widths are set only for tabs and columns it creates (a coordinator may have
 * resized the others); the drop-downs are set on every run (the bot understands only those
 * values); colour rules and the header protection are added when absent.
 */
export interface GoogleEnsureReport extends EnsureTabsReport {
  /** What else was set up, in Vietnamese, for the person running the command. */
  presentation: string[];
}

export async function ensureGoogleTabs(ctx: SheetContext, template: SheetTemplate): Promise<GoogleEnsureReport> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ensureOnce(ctx, template);
    } catch (error) {
      if (attempt >= ctx.retry.retries || !isRetryable(error)) throw error;
      await sleep(backoffDelay(attempt, ctx.retry));
    } finally {
      ctx.forgetSheets();
    }
  }
}

type SheetMeta = SpreadsheetSheets['sheets'][number];

async function ensureOnce(ctx: SheetContext, template: SheetTemplate): Promise<GoogleEnsureReport> {
  const { sheets } = ctx.clients;
  const spreadsheetId = ctx.clients.spreadsheetId;
  const report: GoogleEnsureReport = { createdTabs: [], addedColumns: {}, presentation: [] };
  const meta = await ctx.spreadsheet('sheets(properties,conditionalFormats,protectedRanges)');
  const byTitle = new Map<string, SheetMeta>(meta.sheets.map((s) => [s.properties.title, s]));

  const missing = template.tabs.filter((tab) => !byTitle.has(tab.name));
  if (missing.length > 0) {
    const response = await sheets.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: {
        requests: missing.map((tab) => ({
          addSheet: {
            properties: {
              title: tab.name,
              gridProperties: { rowCount: 1000, columnCount: Math.max(26, tab.columns.length), frozenRowCount: 1 },
            },
          },
        })),
      },
    });
    for (const reply of AddSheetReplies.parse(response.data).replies) {
      const properties: SheetProperties | undefined = reply.addSheet?.properties;
      if (properties) byTitle.set(properties.title, { properties, conditionalFormats: [], protectedRanges: [] });
    }
    report.createdTabs.push(...missing.map((tab) => tab.name));
  }

  const existing = template.tabs.filter((tab) => !report.createdTabs.includes(tab.name));
  const rows = await ctx.readRanges(existing.map((tab) => headerRow(tab.name)));
  const grow: Request[] = [];
  const headerWrites: Array<{ range: string; values: string[][] }> = [];
  const finalHeaders = new Map<string, string[]>();
  for (const tab of template.tabs) {
    const sheet = byTitle.get(tab.name);
    if (!sheet) continue;
    const index = existing.indexOf(tab);
    const current = index >= 0 ? (rows[index]?.[0] ?? []) : [];
    const found = mapHeaders(tab, current);
    const added = tab.columns.filter((c) => !found.has(c.key)).map((c) => c.header);
    const headers = [...current, ...added];
    finalHeaders.set(tab.name, headers);
    if (added.length === 0) continue;
    if (index >= 0) report.addedColumns[tab.name] = added;
    if (headers.length > sheet.properties.gridProperties.columnCount)
      grow.push(growColumns(sheet.properties.sheetId, headers.length));
    // Only the new header cells are written; the coordinator's own headers are left alone.
    headerWrites.push({ range: cell(tab.name, current.length, 0), values: [added] });
  }
  if (grow.length > 0) await sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: grow } });
  if (headerWrites.length > 0) {
    await sheets.spreadsheets.values.batchUpdate({
      spreadsheetId,
      requestBody: { valueInputOption: 'RAW', data: headerWrites },
    });
  }

  const requests: Request[] = [];
  for (const tab of template.tabs) {
    const sheet = byTitle.get(tab.name);
    const headers = finalHeaders.get(tab.name);
    if (!sheet || !headers) continue;
    const sheetId = sheet.properties.sheetId;
    const positions = mapHeaders(tab, headers);
    const created = report.createdTabs.includes(tab.name);
    const added = report.addedColumns[tab.name] ?? [];
    for (const column of tab.columns) {
      const at = positions.get(column.key);
      if (at === undefined) continue;
      const isNew = created || added.includes(column.header);
      if (isNew) requests.push(columnWidth(sheetId, at, column.width));
      if (column.dropdown) {
        requests.push(dropdown(sheetId, at, column));
        if (isNew) report.presentation.push(`Trang «${tab.name}»: danh sách chọn cho cột «${column.header}».`);
      }
    }
    if (sheet.properties.gridProperties.frozenRowCount === 0) {
      requests.push(freezeHeader(sheetId));
      report.presentation.push(`Trang «${tab.name}»: cố định dòng tiêu đề.`);
    }
    if (!sheet.protectedRanges.some((p) => p.description === HEADER_PROTECTION)) {
      requests.push(protectHeader(sheetId));
      report.presentation.push(`Trang «${tab.name}»: bảo vệ dòng tiêu đề (chỉ cảnh báo khi sửa).`);
    }
    if (tab.key === 'tasks') {
      const deadline = positions.get('deadline');
      const status = positions.get('status');
      if (deadline === undefined || status === undefined) continue;
      const formulas = new Set(
        sheet.conditionalFormats.flatMap((f) => f.booleanRule?.condition.values.map((v) => v.userEnteredValue) ?? []),
      );
      const rules = taskRowRules(deadline, status).filter((rule) => !formulas.has(rule.formula));
      // Added in reverse at index 0 so they end up in the template's order, ahead of the coordinators' own.
      for (const rule of [...rules].reverse()) requests.push(conditionalRule(sheetId, rule.formula, rule.colour));
      if (rules.length > 0)
        report.presentation.push(`Trang «${tab.name}»: tô màu nhiệm vụ quá hạn (đỏ) và đã hoàn thành (xanh).`);
    }
  }
  if (requests.length > 0) await sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests } });
  return report;
}
