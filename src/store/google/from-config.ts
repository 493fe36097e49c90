import type { Config } from '#src/config.js';
import { openGoogleSheet, type GoogleSheet, type GoogleSheetOptions } from './google-sheet.js';

export { accessProblem } from './client.js';

/** The Google Sheet named by the configuration (GOOGLE_SPREADSHEET_ID and its credentials). */
export function openGoogleSheetFromConfig(config: Config, overrides: Partial<GoogleSheetOptions> = {}): GoogleSheet {
  const spreadsheetId = config.GOOGLE_SPREADSHEET_ID;
  if (!spreadsheetId) throw new Error('GOOGLE_SPREADSHEET_ID is not set');
  return openGoogleSheet({
    spreadsheetId,
    ...(config.GOOGLE_API_ROOT ? { apiRoot: config.GOOGLE_API_ROOT } : {}),
    ...(config.GOOGLE_API_KEY ? { apiKey: config.GOOGLE_API_KEY } : { keyFile: config.GOOGLE_APPLICATION_CREDENTIALS }),
    ...overrides,
  });
}
