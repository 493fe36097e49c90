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

/**
 * The last day a plan's recurring duties run: a plan "… năm 2024" stops at the end of 2024,
 * so its monthly report is not reminded in 2026. Plans over several years ("giai đoạn
 * 2021 - 2025") or with no year in the title have no end here.
 */
export function planEndDate(plan: Pick<Plan, 'title'>): string | null {
  if (/giai đoạn|\b20\d{2}\s*[-–]\s*20\d{2}\b/iu.test(plan.title)) return null;
  const years = [...plan.title.matchAll(/\bnăm (20\d{2})\b/giu)].map((m) => Number(m[1]));
  return years.length === 1 ? `${years[0]}-12-31` : null;
}
