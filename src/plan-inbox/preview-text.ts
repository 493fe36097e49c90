import { formatPreview } from '#src/plans/preview.js';
import type { PlannedImport } from '#src/plans/import-to-store.js';

/**
 * The command line's preview, cut to fit a chat message: the plan lines, the first rows, the
 * totals and the first problems, with a count of what was left out.
 */
export const CHAT_ROWS = 10;
const CHAT_PROBLEMS = 5;

export function chatPreview(planned: PlannedImport): string {
  const lines = formatPreview(planned.extracted, planned.diff).split('\n');
  const totals = lines.findIndex((line) => line.startsWith('Tổng cộng '));
  if (totals < 0) return lines.join('\n');
  // Plan, name, file, blank, then the header of the rows and the rows, a blank line, the totals.
  const head = lines.slice(0, 4);
  const rows = lines.slice(4, totals - 1);
  const shown = rows.slice(0, CHAT_ROWS + 1);
  const moreRows = rows.length - shown.length;
  const tail = lines.slice(totals);
  const problemsAt = tail.findIndex((line) => line.startsWith('Cần xem lại'));
  let rest = tail;
  if (problemsAt >= 0) {
    const problems = tail.slice(problemsAt + 1);
    const extra = problems.length - CHAT_PROBLEMS;
    rest = [
      ...tail.slice(0, problemsAt + 1),
      ...problems.slice(0, CHAT_PROBLEMS),
      ...(extra > 0 ? [`  … và ${extra} điều khác.`] : []),
    ];
  }
  return [...head, ...shown, ...(moreRows > 0 ? [`… và ${moreRows} dòng nữa.`] : []), '', ...rest].join('\n');
}
