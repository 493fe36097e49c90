import { z } from 'zod';

/** A plan ("Kế hoạch") issued by a provincial People's Committee. */
export const Plan = z.object({
  /** Number as written, e.g. "60/KH-UBND"; empty when the document does not show it. */
  number: z.string(),
  /** Short typeable key used as the prefix of task IDs, e.g. "TN60". */
  key: z.string().min(1),
  /** Issue date, ISO "YYYY-MM-DD", or null when not found. */
  date: z.string().nullable(),
  title: z.string(),
  issuer: z.string(),
  sourceFile: z.string(),
});
export type Plan = z.infer<typeof Plan>;
