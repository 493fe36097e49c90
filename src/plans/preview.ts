import { formatDate } from '../domain/clock.js';
import { shorten } from '../domain/text.js';
import { COMPARED_FIELDS, type ImportDiff } from './reimport.js';
import type { ExtractedPlan, ExtractedTask } from './types.js';

/** A plan as the terminal shows it before import: plan line, one line per task, totals, problems. */

const KIND_TAGS: Record<ExtractedTask['kind'], string> = { task: '', report: '[Báo cáo] ', request: '[Đề nghị] ' };

function pad(text: string, width: number): string {
  const cut = shorten(text, width);
  return cut + ' '.repeat(Math.max(0, width - [...cut].length));
}

/** The deadline as a reader wants it: the date, else the cycle, else the words of the plan. */
export function deadlineLabel(task: Pick<ExtractedTask, 'deadline' | 'recurrence' | 'deadlineText'>): string {
  if (task.deadline) return formatDate(task.deadline);
  return task.recurrence || task.deadlineText || '—';
}

function leadLabel(lead: string[]): string {
  if (lead.length === 0) return '(chưa rõ)';
  return lead.length === 1 ? (lead[0] ?? '') : `${lead[0] ?? ''} (+${lead.length - 1})`;
}

export function formatPreview(extracted: ExtractedPlan, diff?: ImportDiff): string {
  const { plan, problems } = extracted;
  const tasks = diff?.tasks ?? extracted.tasks;
  const lines: string[] = [];
  const number = plan.number ? `số ${plan.number}` : '(không ghi số)';
  const date = plan.date ? ` ngày ${formatDate(plan.date)}` : '';
  lines.push(`Kế hoạch ${number}${date} của ${plan.issuer} — mã ${plan.key}`);
  lines.push(`Tên: ${plan.title ? shorten(plan.title, 160) : '(không rõ)'}`);
  lines.push(`Tệp: ${plan.sourceFile}`);
  lines.push('');

  const added = new Set(diff?.added ?? []);
  const changed = new Map((diff?.changed ?? []).map((c) => [c.task, c.fields]));
  const idWidth = Math.max(4, ...tasks.map((t) => t.id.length));
  if (tasks.length > 0) {
    lines.push(`${diff ? '  ' : ''}${pad('Mã', idWidth)}  ${pad('Chủ trì', 30)}  ${pad('Hạn', 28)}  Nội dung`);
  }
  for (const task of tasks) {
    const mark = !diff ? '' : added.has(task) ? '+ ' : changed.has(task) ? '~ ' : '  ';
    const fields = changed.get(task);
    const note = fields ? ` [khác bản đã lưu: ${fields.map((f) => COMPARED_FIELDS[f]).join(', ')}]` : '';
    lines.push(
      `${mark}${pad(task.id, idWidth)}  ${pad(leadLabel(task.lead), 30)}  ${pad(deadlineLabel(task), 28)}  ` +
        `${KIND_TAGS[task.kind]}${shorten(task.content, 70)}${note}`,
    );
  }

  const count = (kind: ExtractedTask['kind']): number => tasks.filter((t) => t.kind === kind).length;
  lines.push('');
  lines.push(
    `Tổng cộng ${tasks.length} dòng: ${count('task')} nhiệm vụ, ${count('report')} kỳ báo cáo, ${count('request')} đề nghị.`,
  );
  if (diff) {
    lines.push(
      `So với bảng tính: ${diff.added.length} dòng mới, ${diff.changed.length} dòng khác bản đã lưu (giữ nguyên, không ghi đè), ` +
        `${diff.unchanged.length} dòng đã có.` +
        (diff.missing.length > 0
          ? ` ${diff.missing.length} dòng đã lưu không còn trong tệp: ${diff.missing.join(', ')}.`
          : ''),
    );
  }
  if (problems.length > 0) {
    lines.push(`Cần xem lại (${problems.length}):`);
    for (const problem of problems) lines.push(`  • ${problem}`);
  }
  return lines.join('\n');
}
