import { z } from 'zod';

/**
 * The parts of Google's answers the backend relies on, checked at the boundary: a proxy
 * or an API change must fail loudly here, not as a wrong cell later.
 */
const Cell = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .optional()
  .transform((value) => (value === null || value === undefined ? '' : String(value)));

export const ValueRange = z.object({
  range: z.string().optional(),
  values: z.array(z.array(Cell)).optional(),
});
export const BatchGetResponse = z.object({ valueRanges: z.array(ValueRange).default([]) });

export const DriveFile = z.object({
  version: z.union([z.string(), z.number()]).transform(String),
  modifiedTime: z.string().optional(),
});

const GridRange = z.object({
  sheetId: z.number().optional(),
  startRowIndex: z.number().optional(),
  endRowIndex: z.number().optional(),
  startColumnIndex: z.number().optional(),
  endColumnIndex: z.number().optional(),
});

export const SheetProperties = z.object({
  sheetId: z.number().default(0),
  title: z.string(),
  index: z.number().default(0),
  gridProperties: z
    .object({
      rowCount: z.number().default(1000),
      columnCount: z.number().default(26),
      frozenRowCount: z.number().default(0),
    })
    .default({ rowCount: 1000, columnCount: 26, frozenRowCount: 0 }),
});
export type SheetProperties = z.infer<typeof SheetProperties>;

export const SpreadsheetSheets = z.object({
  sheets: z
    .array(
      z.object({
        properties: SheetProperties,
        conditionalFormats: z
          .array(
            z.object({
              ranges: z.array(GridRange).default([]),
              booleanRule: z
                .object({
                  condition: z.object({
                    type: z.string(),
                    values: z.array(z.object({ userEnteredValue: z.string().optional() })).default([]),
                  }),
                })
                .optional(),
            }),
          )
          .default([]),
        protectedRanges: z
          .array(
            z.object({
              protectedRangeId: z.number().optional(),
              description: z.string().default(''),
              range: GridRange.optional(),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
});
export type SpreadsheetSheets = z.infer<typeof SpreadsheetSheets>;

export const AddSheetReplies = z.object({
  replies: z
    .array(z.object({ addSheet: z.object({ properties: SheetProperties }).optional() }).passthrough())
    .default([]),
});
