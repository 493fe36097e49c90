import { z } from 'zod';
import { ApiError, type FakeSpreadsheet, type FakeTab } from './model.js';

/**
 * spreadsheets.batchUpdate in the fake: the requests sheet init sends, all checked before
 * any is applied (the real call is atomic too), and stored so tests can look at them.
 */
const GridRange = z.object({ sheetId: z.number().default(0) }).passthrough();
const CellData = z.object({
  userEnteredValue: z
    .object({
      stringValue: z.string().optional(),
      formulaValue: z.string().optional(),
      numberValue: z.number().optional(),
    })
    .optional(),
  textFormatRuns: z
    .array(
      z.object({
        startIndex: z.number().default(0),
        format: z
          .object({ link: z.object({ uri: z.string() }).optional() })
          .passthrough()
          .default({}),
      }),
    )
    .optional(),
});
const Request = z.object({
  addSheet: z
    .object({
      properties: z.object({ title: z.string(), gridProperties: z.object({}).passthrough().optional() }).passthrough(),
    })
    .optional(),
  updateDimensionProperties: z
    .object({
      range: z.object({
        sheetId: z.number().default(0),
        dimension: z.enum(['ROWS', 'COLUMNS']),
        startIndex: z.number(),
        endIndex: z.number(),
      }),
      properties: z.object({ pixelSize: z.number().optional() }).passthrough(),
      fields: z.string(),
    })
    .optional(),
  updateSheetProperties: z
    .object({
      properties: z.object({
        sheetId: z.number().default(0),
        title: z.string().optional(),
        gridProperties: z
          .object({
            rowCount: z.number().optional(),
            columnCount: z.number().optional(),
            frozenRowCount: z.number().optional(),
          })
          .optional(),
      }),
      fields: z.string(),
    })
    .optional(),
  setDataValidation: z.object({ range: GridRange, rule: z.object({}).passthrough().optional() }).optional(),
  addConditionalFormatRule: z
    .object({ rule: z.object({ ranges: z.array(GridRange) }).passthrough(), index: z.number().optional() })
    .optional(),
  addProtectedRange: z.object({ protectedRange: z.object({ range: GridRange }).passthrough() }).optional(),
  updateCells: z
    .object({
      start: z.object({
        sheetId: z.number().default(0),
        rowIndex: z.number().default(0),
        columnIndex: z.number().default(0),
      }),
      rows: z.array(z.object({ values: z.array(CellData).default([]) })).default([]),
      fields: z.string(),
    })
    .optional(),
});
const Body = z.object({ requests: z.array(Request).default([]) });

export function applyRequests(sheet: FakeSpreadsheet, body: unknown): { spreadsheetId: string; replies: unknown[] } {
  const parsed = Body.safeParse(body);
  if (!parsed.success)
    throw new ApiError(
      400,
      `Invalid JSON payload received. ${parsed.error.issues[0]?.message ?? ''}`,
      'INVALID_ARGUMENT',
    );
  const byId = (sheetId: number, i: number): FakeTab => {
    const tab = sheet.tabs.find((t) => t.properties.sheetId === sheetId);
    if (!tab) throw new ApiError(400, `Invalid requests[${i}]: No grid with id: ${sheetId}`, 'INVALID_ARGUMENT');
    return tab;
  };
  // Check everything first: a failing request leaves the spreadsheet as it was.
  const titles = new Set(sheet.tabs.map((t) => t.properties.title));
  parsed.data.requests.forEach((r, i) => {
    const kinds = Object.keys(r).filter((k) => r[k as keyof typeof r] !== undefined);
    if (kinds.length !== 1)
      throw new ApiError(400, `Invalid requests[${i}]: exactly one kind of request expected`, 'INVALID_ARGUMENT');
    if (r.addSheet) {
      if (titles.has(r.addSheet.properties.title)) {
        throw new ApiError(
          400,
          `Invalid requests[${i}].addSheet: A sheet with the name "${r.addSheet.properties.title}" already exists. Please enter another name.`,
          'INVALID_ARGUMENT',
        );
      }
      titles.add(r.addSheet.properties.title);
    }
    const sheetId =
      r.updateDimensionProperties?.range.sheetId ??
      r.updateSheetProperties?.properties.sheetId ??
      r.setDataValidation?.range.sheetId ??
      r.addConditionalFormatRule?.rule.ranges[0]?.sheetId ??
      r.addProtectedRange?.protectedRange.range.sheetId ??
      r.updateCells?.start.sheetId;
    if (sheetId !== undefined) byId(sheetId, i);
    // As Google: a run must start inside the cell's text.
    for (const row of r.updateCells?.rows ?? [])
      for (const cell of row.values) {
        const value = cell.userEnteredValue;
        const length = (value?.stringValue ?? value?.formulaValue ?? String(value?.numberValue ?? '')).length;
        if ((cell.textFormatRuns ?? []).some((run) => run.startIndex >= length))
          throw new ApiError(
            400,
            `Invalid requests[${i}].updateCells: text format run index out of range`,
            'INVALID_ARGUMENT',
          );
      }
  });

  const replies: unknown[] = [];
  parsed.data.requests.forEach((r, i) => {
    if (r.addSheet) {
      const grid = z
        .object({ rowCount: z.number(), columnCount: z.number(), frozenRowCount: z.number() })
        .partial()
        .parse(r.addSheet.properties.gridProperties ?? {});
      const tab = sheet.addTab(r.addSheet.properties.title, grid);
      replies.push({ addSheet: { properties: tab.properties } });
      return;
    }
    if (r.updateDimensionProperties) {
      const { range, properties } = r.updateDimensionProperties;
      const tab = byId(range.sheetId, i);
      if (range.dimension === 'COLUMNS' && properties.pixelSize !== undefined) {
        for (let c = range.startIndex; c < range.endIndex; c++) tab.columnWidths.set(c, properties.pixelSize);
      }
    } else if (r.updateSheetProperties) {
      const { properties, fields } = r.updateSheetProperties;
      const tab = byId(properties.sheetId, i);
      const grid = tab.properties.gridProperties;
      for (const field of fields.split(',').map((f) => f.trim())) {
        if (field === 'title' && properties.title) tab.properties.title = properties.title;
        if (field === 'gridProperties.frozenRowCount')
          grid.frozenRowCount = properties.gridProperties?.frozenRowCount ?? 0;
        if (field === 'gridProperties.columnCount')
          grid.columnCount = properties.gridProperties?.columnCount ?? grid.columnCount;
        if (field === 'gridProperties.rowCount') grid.rowCount = properties.gridProperties?.rowCount ?? grid.rowCount;
      }
    } else if (r.setDataValidation) {
      const { range, rule } = r.setDataValidation;
      const tab = byId(range.sheetId, i);
      // A validation replaces whatever was on the same cells.
      tab.validations = tab.validations.filter((v) => JSON.stringify(v.range) !== JSON.stringify(range));
      if (rule) tab.validations.push({ range, rule });
    } else if (r.addConditionalFormatRule) {
      const { rule, index } = r.addConditionalFormatRule;
      const tab = byId(rule.ranges[0]?.sheetId ?? 0, i);
      tab.conditionalFormats.splice(index ?? tab.conditionalFormats.length, 0, rule);
    } else if (r.updateCells) {
      const { start, rows, fields } = r.updateCells;
      const tab = byId(start.sheetId, i);
      const wanted = new Set(fields.split(',').map((f) => f.trim()));
      rows.forEach((row, dr) =>
        row.values.forEach((cell, dc) => {
          const at = { row: start.rowIndex + dr, col: start.columnIndex + dc };
          const value = cell.userEnteredValue;
          if (wanted.has('userEnteredValue')) {
            if (value?.formulaValue !== undefined)
              sheet.setCell(tab, at.row, at.col, value.formulaValue, 'USER_ENTERED');
            else sheet.setCell(tab, at.row, at.col, value?.stringValue ?? String(value?.numberValue ?? ''), 'RAW');
          }
          if (wanted.has('textFormatRuns')) {
            if (cell.textFormatRuns && cell.textFormatRuns.length > 0)
              tab.runs.set(`${at.row},${at.col}`, cell.textFormatRuns);
            else tab.runs.delete(`${at.row},${at.col}`);
          }
        }),
      );
    } else if (r.addProtectedRange) {
      const protectedRange = { ...r.addProtectedRange.protectedRange, protectedRangeId: sheet.newProtectionId() };
      byId(protectedRange.range.sheetId, i).protectedRanges.push(protectedRange);
      replies.push({ addProtectedRange: { protectedRange } });
      return;
    }
    replies.push({});
  });
  sheet.touch();
  return { spreadsheetId: sheet.id, replies };
}
