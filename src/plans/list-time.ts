import type { PlanDocument } from './document.js';
import { applyDeadline, deadlinePhraseIn } from './duty-deadline.js';
import type { DraftTask, ReadContext } from './types.js';

/**
 * Rule «time-after-list»: a sentence after a list that times all of it («Các nội dung trên hoàn
 * thành trước ngày 30/9/2026.», «Thời gian thảo luận: từ ngày 27/7 đến ngày 07/8/2026.») is no
 * work of its own: each item of the list just above it that says no time takes that time. The
 * sentence's own row, if a layout made one, is dropped.
 */
const COVERS_THE_LIST =
  /^(?:(?:Các|Những|Toàn bộ(?: các)?)\s+(?:nội dung|nhiệm vụ|công việc|việc|hoạt động|phần việc)\s+(?:nêu\s+)?trên(?:\s+(?:phải|cần|đều))?\s+(?:hoàn thành|thực hiện|xong|triển khai|tổ chức)\b|Thời gian(?:\s+\p{Ll}+){0,2}\s*:)/u;
const LIST_ITEM = /^(?:[-–+•]\s|[a-zđ][).]\s)/u;

export function timedByListEnd(doc: PlanDocument, drafts: DraftTask[], ctx: ReadContext): DraftTask[] {
  const dropped = new Set<number>();
  doc.blocks.forEach((block, b) => {
    if (block.type !== 'para' || !COVERS_THE_LIST.test(block.text.trim())) return;
    const first = block.text.split(/(?<=\.)\s+(?=\p{Lu})/u)[0] ?? block.text;
    const time = deadlinePhraseIn(first, ctx);
    if (time === '') return;
    const listBlocks = new Set<number>();
    for (let j = b - 1; j >= 0; j -= 1) {
      const above = doc.blocks[j];
      if (above?.type !== 'para' || !LIST_ITEM.test(above.text.trim())) break;
      listBlocks.add(j);
    }
    const items = drafts.filter((d) => listBlocks.has(d.at.block) && d.kind === 'task');
    if (items.length === 0) return;
    for (const item of items) if (item.deadlineText === '') applyDeadline(item, time, ctx);
    dropped.add(b);
  });
  return drafts.filter((d) => !(dropped.has(d.at.block) && COVERS_THE_LIST.test(d.content.trim())));
}
