import { formatDate } from './clock.js';
import { STATUS_LABELS, type TaskStatus } from './status.js';
import { fold } from './text.js';

/**
 * The coordinating agencies' part of a task (issue #17), kept in the bot-owned «Tiến độ phối
 * hợp» cell: one line per supporting agency, «Sở Y tế: Hoàn thành (05/12/2026) — đã gửi số
 * liệu». A later report of the same agency replaces its line; lines the bot cannot read (a
 * coordinator's own words) are kept as they are. The task's own status is never derived
 * from these lines.
 */
export interface SupportPart {
  agency: string;
  status: TaskStatus;
  progress: number | null;
  /** ISO date of the report. */
  date: string;
  note: string;
}

export type SupportLine = { kind: 'part'; part: SupportPart; text: string } | { kind: 'other'; text: string };

/** The longest note kept on a line: the line is a summary, Nhật ký keeps the whole message. */
export const PART_NOTE_MAX = 160;

const statusByLabel = new Map<string, TaskStatus>(
  (Object.entries(STATUS_LABELS) as Array<[TaskStatus, string]>).map(([status, label]) => [fold(label), status]),
);

const LINE = /^(.+?):\s*(.+?)(?:\s+(\d{1,3})\s*%)?\s*\((\d{1,2})\/(\d{1,2})\/(\d{4})\)(?:\s*[—–-]\s*(.*))?$/u;

function parseLine(text: string): SupportLine {
  const m = LINE.exec(text.trim());
  const status = m?.[2] ? statusByLabel.get(fold(m[2])) : undefined;
  if (!m?.[1] || status === undefined) return { kind: 'other', text };
  const progress = m[3] !== undefined ? Math.min(100, Number(m[3])) : null;
  const date = `${m[6]}-${(m[5] ?? '').padStart(2, '0')}-${(m[4] ?? '').padStart(2, '0')}`;
  return { kind: 'part', part: { agency: m[1].trim(), status, progress, date, note: (m[7] ?? '').trim() }, text };
}

/** The cell's lines, each read as an agency's part when it can be. */
export function parseSupportParts(cell: string): SupportLine[] {
  return cell
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map(parseLine);
}

/** One line of the cell: never more than one line, whatever the note held. */
export function formatSupportPart(part: SupportPart): string {
  const progress = part.status === 'in_progress' && part.progress !== null ? ` ${part.progress}%` : '';
  const note = part.note.replace(/\s+/g, ' ').trim();
  return `${part.agency.replace(/[\s:]+/g, ' ').trim()}: ${STATUS_LABELS[part.status]}${progress} (${formatDate(part.date)})${note !== '' ? ` — ${note}` : ''}`;
}

/**
 * The cell with `part` recorded: the line of the same agency (`same` compares names, e.g. by
 * their directory name) is replaced where it stands, else the line is added at the end.
 */
export function withSupportPart(cell: string, part: SupportPart, same: (a: string, b: string) => boolean): string {
  const line = formatSupportPart(part);
  const lines = parseSupportParts(cell);
  let replaced = false;
  const out = lines.flatMap((entry) => {
    if (entry.kind !== 'part' || !same(entry.part.agency, part.agency)) return [entry.text];
    if (replaced) return [];
    replaced = true;
    return [line];
  });
  if (!replaced) out.push(line);
  return out.join('\n');
}

/** The part an agency reported, if its line is in the cell. */
export function partOf(cell: string, agency: string, same: (a: string, b: string) => boolean): SupportPart | null {
  for (const entry of parseSupportParts(cell))
    if (entry.kind === 'part' && same(entry.part.agency, agency)) return entry.part;
  return null;
}
