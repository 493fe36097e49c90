import { fold } from '#src/domain/text.js';
import type { ExtensionRequest } from '#src/state/extension-requests.js';
import { cellToDate } from '#src/store/cells.js';
import { taskKey } from '#src/store/snapshot.js';
import { approveRequest, refuseRequest, type Decider, type ExtensionDeps } from './extensions.js';

/**
 * Extension requests decided in the sheet, as a «done» is confirmed there: a coordinator types
 * «Duyệt» (or «Đồng ý», «Duyệt đến 15/8/2024») or «Từ chối: <lý do>» over the bot's words in
 * the Đề nghị gia hạn cell, or types the date asked for in Hạn xử lý. The bot then writes the
 * rest of the approval (Hạn ban đầu, Số lần gia hạn, the cell) and tells the requester.
 */
const REFUSE = /\b(?:tu choi|khong duyet|khong dong y|khong chap thuan|khong dat|khong ok)\b/;
const APPROVE = /\b(?:da duyet|duyet|dong y|chap thuan|ok)\b/;
/** The bot's own «Chờ duyệt», and a coordinator's «chưa duyệt» (not yet): no decision. */
const WAITING = /\b(?:cho duyet|chua duyet|chua dong y|chua chap thuan|dang xem xet)\b/;

export type SheetDecision = { kind: 'approve'; newDate: string } | { kind: 'refuse'; why: string } | null;

/** What the coordinator's words in the cell (or the deadline they typed) decide. */
export function sheetDecision(request: ExtensionRequest, cell: string, deadline: string | null): SheetDecision {
  const typed = cell.trim();
  if (typed !== '' && typed !== request.cell) {
    const folded = fold(typed);
    if (WAITING.test(folded))
      return deadline === request.newDate ? { kind: 'approve', newDate: request.newDate } : null;
    const refuse = REFUSE.exec(folded);
    if (refuse) {
      // The reason is what follows the refusing words («Từ chối: cần xong đúng hạn»).
      const words = typed.split(/\s+/).slice(refuse[0].split(' ').length + wordsBefore(folded, refuse.index));
      const why = words
        .join(' ')
        .replace(/^[\s:,.-]+/, '')
        .trim();
      return { kind: 'refuse', why: why === '' ? 'điều phối viên không duyệt' : why };
    }
    if (APPROVE.test(folded)) {
      const date = /\d{1,2}\/\d{1,2}\/\d{4}/.exec(typed)?.[0];
      const other = date ? cellToDate(date) : null;
      return { kind: 'approve', newDate: other ?? request.newDate };
    }
  }
  if (deadline === request.newDate) return { kind: 'approve', newDate: request.newDate };
  return null;
}

const wordsBefore = (folded: string, index: number): number =>
  folded
    .slice(0, index)
    .split(/\s+/)
    .filter((w) => w !== '').length;

/** Reads the waiting requests against the sheet; returns how many were decided there. */
export async function checkExtensionDecisions(deps: ExtensionDeps): Promise<number> {
  const snapshot = deps.store.snapshot();
  let decided = 0;
  for (const request of deps.state.extensionRequests.pending()) {
    const task = snapshot.byId.get(taskKey(request.taskId));
    if (!task) continue;
    if (task.status === 'done') {
      deps.state.extensionRequests.decide(request.id, 'replaced');
      continue;
    }
    const cell = task.extensionRequest ?? '';
    const decision = sheetDecision(request, cell, task.deadline);
    if (!decision) continue;
    const decider: Decider = { by: 'Điều phối viên (trên bảng tính)', channel: 'sheet', message: cell };
    const done =
      decision.kind === 'approve'
        ? await approveRequest(deps, task, request, decider, decision.newDate)
        : await refuseRequest(deps, task, request, decision.why, decider);
    if (done.ok) decided += 1;
    else deps.logger.warn({ task: task.id, problem: done.problem }, 'Không ghi được quyết định gia hạn từ bảng tính');
  }
  return decided;
}
