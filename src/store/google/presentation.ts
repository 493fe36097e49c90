import type { sheets_v4 } from 'googleapis/build/src/apis/sheets/index.js';
import { STATUS_LABELS } from '#src/domain/status.js';
import type { TemplateColumn } from '../template.js';
import { columnLetter } from './a1.js';

/**
 * The template's presentation as spreadsheets.batchUpdate requests. Ranges are open-ended
 * downwards (no endRowIndex) so rows appended later get the same drop-down and colours.
 */
export type Request = sheets_v4.Schema$Request;

/** How sheet init recognises the header protection it added on an earlier run. */
export const HEADER_PROTECTION = 'Đôn Đốc: dòng tiêu đề (bot tìm cột theo tên tiêu đề)';

export function columnWidth(sheetId: number, index: number, width: number): Request {
  return {
    updateDimensionProperties: {
      range: { sheetId, dimension: 'COLUMNS', startIndex: index, endIndex: index + 1 },
      properties: { pixelSize: width },
      fields: 'pixelSize',
    },
  };
}

export function freezeHeader(sheetId: number): Request {
  return {
    updateSheetProperties: {
      properties: { sheetId, gridProperties: { frozenRowCount: 1 } },
      fields: 'gridProperties.frozenRowCount',
    },
  };
}

export function growColumns(sheetId: number, columnCount: number): Request {
  return {
    updateSheetProperties: {
      properties: { sheetId, gridProperties: { columnCount } },
      fields: 'gridProperties.columnCount',
    },
  };
}

export function dropdown(sheetId: number, index: number, column: TemplateColumn): Request {
  return {
    setDataValidation: {
      range: { sheetId, startRowIndex: 1, startColumnIndex: index, endColumnIndex: index + 1 },
      rule: {
        condition: {
          type: 'ONE_OF_LIST',
          values: (column.dropdown ?? []).map((value) => ({ userEnteredValue: value })),
        },
        showCustomUi: true,
        // Not strict: a coordinator's own wording is reported by the bot, not refused by the sheet.
        strict: false,
      },
    },
  };
}

export function protectHeader(sheetId: number): Request {
  return {
    addProtectedRange: {
      protectedRange: {
        range: { sheetId, startRowIndex: 0, endRowIndex: 1 },
        description: HEADER_PROTECTION,
        warningOnly: true,
      },
    },
  };
}

/**
 * Row colours on the Nhiệm vụ tab. Hạn xử lý holds dd/mm/yyyy text (written RAW), so the
 * formula builds the date itself and also accepts a real date a coordinator typed.
 */
export function taskRowRules(
  deadlineIndex: number,
  statusIndex: number,
): Array<{ formula: string; colour: sheets_v4.Schema$Color }> {
  const d = `$${columnLetter(deadlineIndex)}2`;
  const s = `$${columnLetter(statusIndex)}2`;
  const done = STATUS_LABELS.done;
  return [
    { formula: `=${s}="${done}"`, colour: { red: 0.85, green: 0.94, blue: 0.83 } },
    {
      formula: `=AND(${s}<>"${done}",${d}<>"",IFERROR(IF(ISNUMBER(${d}),${d},DATE(RIGHT(${d},4),MID(${d},4,2),LEFT(${d},2)))<TODAY(),FALSE))`,
      colour: { red: 0.96, green: 0.8, blue: 0.8 },
    },
  ];
}

export function conditionalRule(sheetId: number, formula: string, colour: sheets_v4.Schema$Color): Request {
  return {
    addConditionalFormatRule: {
      index: 0,
      rule: {
        ranges: [{ sheetId, startRowIndex: 1 }],
        booleanRule: {
          condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: formula }] },
          format: { backgroundColor: colour },
        },
      },
    },
  };
}
