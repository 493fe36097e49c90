import { cell } from './a1.js';
import { backoffDelay, isRetryable, sleep, statusOf } from './retry.js';
import type { SheetContext } from './sheet-context.js';

/**
 * Creates a bot-owned tab again (the Nhật ký, deleted by hand) with its header row, so the
 * write that needs it goes through instead of failing on every retry. A tab created
 * meanwhile by someone else (Google answers 400 "already exists") is taken as it is.
 */
export async function recreateTab(ctx: SheetContext, tab: string, headers: readonly string[]): Promise<void> {
  const { sheets, spreadsheetId } = { sheets: ctx.clients.sheets, spreadsheetId: ctx.clients.spreadsheetId };
  for (let attempt = 0; ; attempt++) {
    try {
      await sheets.spreadsheets.batchUpdate({
        spreadsheetId,
        requestBody: {
          requests: [
            {
              addSheet: {
                properties: {
                  title: tab,
                  gridProperties: { rowCount: 1000, columnCount: Math.max(26, headers.length), frozenRowCount: 1 },
                },
              },
            },
          ],
        },
      });
      break;
    } catch (error) {
      if (statusOf(error) === 400) break; // already there
      if (attempt >= ctx.retry.retries || !isRetryable(error)) throw error;
      await sleep(backoffDelay(attempt, ctx.retry));
    }
  }
  ctx.forgetSheets();
  await ctx.call(() =>
    sheets.spreadsheets.values.update({
      spreadsheetId,
      range: cell(tab, 0, 0),
      valueInputOption: 'RAW',
      requestBody: { values: [[...headers]] },
    }),
  );
}
