import type { Reply, ReplyBlock, TaskLine } from './reply.js';

/**
 * Renders a reply as plain text, for channels without formatting or buttons (the console,
 * Zalo): headings in capitals, one task per line, choices numbered so the user can answer
 * with a number.
 */
export function renderPlain(reply: Reply): string {
  const parts = reply.blocks.map(renderBlock);
  if (reply.page) {
    const hints = [
      ...(reply.page.next ? ['«tiếp» để xem trang sau'] : []),
      ...(reply.page.previous ? ['«trước» để quay lại'] : []),
    ];
    parts.push(`Trang ${reply.page.index}/${reply.page.total}${hints.length > 0 ? ` — gõ ${hints.join(', ')}` : ''}.`);
  }
  if (reply.choices && reply.choices.length > 0) {
    parts.push(reply.choices.map((choice, i) => `${i + 1}. ${choice.label}`).join('\n'));
    const numbers = reply.choices.map((_, i) => String(i + 1));
    const last = numbers.pop();
    parts.push(`(Trả lời ${numbers.length > 0 ? `${numbers.join(', ')} hoặc ${last}` : last} để chọn.)`);
  }
  return parts.filter((part) => part !== '').join('\n\n');
}

function renderBlock(block: ReplyBlock): string {
  switch (block.type) {
    case 'text':
      return block.text;
    case 'heading':
      return block.text.toLocaleUpperCase('vi');
    case 'tasks':
      if (block.tasks.length === 0) return block.empty === '' ? '' : `${block.title}\n  ${block.empty}`;
      return [block.title, ...block.tasks.map(renderTask)].join('\n');
  }
}

export function renderTask(task: TaskLine): string {
  const deadline = task.deadline === '' ? '' : ` | Hạn: ${task.deadline}${task.overdue ? ' (quá hạn)' : ''}`;
  return `• ${task.id}: ${task.content}${deadline} | ${task.status}`;
}
