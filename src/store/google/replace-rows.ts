import { headerRow, quoteTab } from './a1.js';
import type { SheetContext } from './sheet-context.js';
import { columnIndex } from './write-plan.js';

/**
 * replaceRows on the Google Sheet, for tabs the bot owns whole (Tổng hợp): the new rows are
 * written RAW from row 2 (values.update) and whatever stood below them is cleared
 * (values.clear), so the tab is never seen empty in between. The grid grows first when the
 * rows would not fit (values.update does not add rows by itself). All calls are idempotent
 * and retried like the others.
 */
export async function replaceGoogleRows(
  ctx: SheetContext,
  tab: string,
  records: ReadonlyArray<Record<string, string>>,
): Promise<void> {
  const spreadsheetId = ctx.clients.spreadsheetId;
  const properties = (await ctx.spreadsheet('sheets.properties')).sheets
    .map((s) => s.properties)
    .find((p) => p.title === tab);
  if (!properties) throw new Error(`Tab "${tab}" does not exist; run "dondoc sheet init"`);
  const [header] = await ctx.readRanges([headerRow(tab)]);
  const headers = header?.[0] ?? [];
  const values = records.map((record) => {
    const cells = headers.map(() => '');
    for (const [name, value] of Object.entries(record)) {
      const index = columnIndex(headers, name);
      if (index >= 0) cells[index] = value;
    }
    return cells;
  });
  // Header + rows + one spare row, so the clear below always names rows inside the grid.
  const needed = values.length + 2;
  if (properties.gridProperties.rowCount < needed) {
    await ctx.call(() =>
      ctx.clients.sheets.spreadsheets.batchUpdate({
        spreadsheetId,
        requestBody: {
          requests: [
            {
              updateSheetProperties: {
                properties: { sheetId: properties.sheetId, gridProperties: { rowCount: needed } },
                fields: 'gridProperties.rowCount',
              },
            },
          ],
        },
      }),
    );
    ctx.forgetSheets();
  }
  if (values.length > 0) {
    await ctx.call(() =>
      ctx.clients.sheets.spreadsheets.values.update({
        spreadsheetId,
        range: `${quoteTab(tab)}!A2`,
        valueInputOption: 'RAW',
        requestBody: { values },
      }),
    );
  }
  await ctx.call(() =>
    ctx.clients.sheets.spreadsheets.values.clear({ spreadsheetId, range: `${quoteTab(tab)}!A${values.length + 2}:ZZ` }),
  );
}
