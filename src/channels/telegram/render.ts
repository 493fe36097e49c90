import type { Reply, ReplyBlock, TaskLine } from '#src/chat/reply.js';
import { bold, escapeHtml, italic, splitEscaped } from './html.js';
import { graphemePrefix } from '#src/domain/text.js';

/** Telegram's limit for one text message. */
export const MESSAGE_LIMIT = 4096;
const LABEL_LIMIT = 60;

/** What a button does, before it is given a token. */
export type ButtonSpec =
  { label: string; kind: 'choice' | 'page'; message: string; short?: boolean } | { label: string; kind: 'noop' };

export interface RenderedMessage {
  /** Telegram HTML, at most MESSAGE_LIMIT characters. */
  html: string;
  /** Inline keyboard rows; only the last message of a reply carries them. */
  buttons: ButtonSpec[][];
}

/**
 * A reply as Telegram messages: headings bold, one compact line per task (ID bold, content,
 * deadline, status, overdue marked), choices as buttons, pages as "◀ Trang 2/5 ▶". Usually
 * one message; a reply too long for one is split between blocks, never inside a tag.
 */
export function renderReply(reply: Reply, limit = MESSAGE_LIMIT): RenderedMessage[] {
  const messages: string[] = [];
  let current = '';
  for (const lines of reply.blocks.map((block) => blockLines(block, limit))) {
    lines.forEach((line, i) => {
      const separator = current === '' ? '' : i === 0 ? '\n\n' : '\n';
      if (current.length + separator.length + line.length > limit) {
        messages.push(current);
        current = line;
      } else current += separator + line;
    });
  }
  if (current !== '' || messages.length === 0) messages.push(current === '' ? '…' : current);
  const buttons = keyboardOf(reply);
  return messages.map((html, i) => ({ html, buttons: i === messages.length - 1 ? buttons : [] }));
}

function blockLines(block: ReplyBlock, limit: number): string[] {
  switch (block.type) {
    case 'heading':
      return splitEscaped(block.text, limit - 7).map(bold);
    case 'text':
      return block.text.split('\n').flatMap((line) => splitEscaped(line, limit).map(escapeHtml));
    case 'tasks':
      if (block.tasks.length === 0) return block.empty === '' ? [] : [bold(block.title), italic(block.empty)];
      return [bold(block.title), ...block.tasks.map((task) => taskHtml(task, limit))];
  }
}

/** "• <b>TN60-05</b> Nội dung — hạn 14/11/2024 ⚠️ quá hạn · Chưa thực hiện" */
export function taskHtml(task: TaskLine, limit = MESSAGE_LIMIT): string {
  const deadline =
    task.deadline === '' ? '' : ` — hạn ${escapeHtml(task.deadline)}${task.overdue ? ' ⚠️ <b>quá hạn</b>' : ''}`;
  const line = `• ${bold(task.id)} ${escapeHtml(task.content)}${deadline} · ${italic(task.status)}`;
  // Contents are shortened by the conversation; a sheet with a runaway cell still fits.
  return line.length <= limit
    ? line
    : `• ${bold(task.id)} ${escapeHtml(splitEscaped(task.content, limit / 2)[0] ?? '')}…`;
}

/** Short choices go two to a row (they fit a phone's width), others one to a row. */
const SHORT_PER_ROW = 2;

function keyboardOf(reply: Reply): ButtonSpec[][] {
  const rows: ButtonSpec[][] = [];
  for (const choice of reply.choices ?? []) {
    const button: ButtonSpec = { label: label(choice.label), kind: 'choice', message: choice.value };
    const last = rows.at(-1);
    const lastShort =
      last !== undefined && last.length < SHORT_PER_ROW && last.every((b) => b.kind === 'choice' && b.short === true);
    if (choice.short && lastShort) last.push({ ...button, short: true });
    else rows.push([choice.short ? { ...button, short: true } : button]);
  }
  const page = reply.page;
  if (page && page.total > 1) {
    rows.push([
      ...(page.previous ? [{ label: '◀', kind: 'page', message: page.previous } as const] : []),
      { label: `Trang ${page.index}/${page.total}`, kind: 'noop' },
      ...(page.next ? [{ label: '▶', kind: 'page', message: page.next } as const] : []),
    ]);
  }
  return rows;
}

function label(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= LABEL_LIMIT ? clean : `${graphemePrefix(clean, LABEL_LIMIT - 1)}…`;
}
