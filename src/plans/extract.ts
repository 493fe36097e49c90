/**
 * Document → plan metadata + tasks.
 *
 * Where tasks come from, in order of authority:
 * 1. Task tables (the "Phụ lục nhiệm vụ" of seed 000) and inline assignments
 *    ("Đơn vị chủ trì: …; Thời gian thực hiện: …"): each row / block is one task.
 * 2. The per-agency duties under "TỔ CHỨC THỰC HIỆN".
 *
 * When a plan has both (seed 000), the table is the task list and the section duties are
 * set aside, so the sheet never shows the same work twice: the sections restate the
 * table's rows in longer words, and matching prose to rows is too unreliable to keep
 * "only the uncovered ones". Two kinds of section duty are still kept, because a table
 * does not carry them: requests ("Đề nghị Ban Dân vận Tỉnh ủy …", unless the table already
 * gives that body a row), and report duties when the table has no report row. The count of
 * duties set aside is written in `problems` so the coordinator knows where to look.
 *
 * A report duty with several cycles becomes one row per cycle (each with its own deadline);
 * see duty.ts and report-cycles.ts. Numbering: the primary list in document order, then the
 * section duties kept. IDs and the plan key: see ids.ts.
 */
import { fold } from '../domain/text.js';
import { collectFootnotes, type PlanDocument } from './document.js';
import { assignIds, choosePlanKey, type PreviousTask } from './ids.js';
import { tasksFromInlineBlocks } from './inline.js';
import { readMetadata } from './metadata.js';
import { readDocument } from './read.js';
import { tasksFromSections } from './sections.js';
import { tasksFromTables } from './tables.js';
import type { DraftTask, ExtractedPlan, ReadContext } from './types.js';

export type { ExtractedPlan, ExtractedTask } from './types.js';

export interface ExtractOptions {
  /** Keys held by OTHER plans; the new key avoids them. */
  takenKeys?: ReadonlySet<string>;
  /** The key this plan already has in the store (a re-import keeps it). */
  key?: string;
  /** Tasks already stored for this plan: recognised tasks keep their IDs (see ids.ts). */
  previousTasks?: readonly PreviousTask[];
}

export function extractPlan(doc: PlanDocument, sourceFile: string, options: ExtractOptions = {}): ExtractedPlan {
  const meta = readMetadata(doc);
  const ctx: ReadContext = { year: meta.year, footnotes: collectFootnotes(doc), problems: [] };

  const table = tasksFromTables(doc, ctx);
  const inline = tasksFromInlineBlocks(doc, ctx);
  const sectionProblems: string[] = [];
  const sections = tasksFromSections(doc, { ...ctx, problems: sectionProblems });

  const byPosition = (a: DraftTask, b: DraftTask): number => a.at - b.at;
  const primary = [...table.drafts, ...inline].sort(byPosition);
  let drafts: DraftTask[];
  if (primary.length === 0) {
    drafts = sections.drafts.slice().sort(byPosition);
    ctx.problems.push(...sectionProblems);
  } else {
    // The table's rows come first (TN60-01 is row 1), then the section duties kept.
    drafts = [...primary, ...keptFromSections(primary, sections.drafts).sort(byPosition)];
    const kept = new Set(drafts.filter((d) => sections.drafts.includes(d)).map((d) => d.source));
    ctx.problems.push(...sectionProblems.filter((p) => [...kept].some((source) => p.includes(source))));
    const setAside = sections.duties - countDuties(sections.drafts.filter((d) => drafts.includes(d)));
    if (setAside > 0) {
      ctx.problems.push(
        `Đã lấy ${table.found ? 'bảng phụ lục' : 'các mục có «Đơn vị chủ trì»'} làm danh sách nhiệm vụ; ` +
          `${setAside} nhiệm vụ ghi ở phần «Tổ chức thực hiện» không đưa vào để tránh trùng lặp — hãy xem lại nếu cần.`,
      );
    }
  }

  if (drafts.length === 0) {
    ctx.problems.push(
      'Không tìm thấy nhiệm vụ nào: văn bản không có bảng phân công (STT, Nội dung, Cơ quan chủ trì…), ' +
        'không có dòng «Đơn vị chủ trì:» và không có mục «Tổ chức thực hiện» giao việc cho từng cơ quan.',
    );
  }

  const key = options.key ?? choosePlanKey({ ...meta }, options.takenKeys);
  const tasks = assignIds(
    key,
    drafts.map(({ at: _at, ...task }) => task),
    options.previousTasks,
  );
  return {
    plan: { number: meta.number, key, date: meta.date, issuer: meta.issuer, title: meta.title, sourceFile },
    tasks,
    problems: [...meta.problems, ...ctx.problems],
  };
}

/**
 * Section duties kept beside a task table or inline blocks. Rule «restated-duty»: a duty whose
 * words restate a row of the primary list (the sections of 60/KH-UBND repeat the appendix in
 * longer words) is set aside; every other duty is work the table does not carry and is kept.
 * Requests are kept unless the table gives that body a row; report duties unless the table
 * has report rows of its own.
 */
function keptFromSections(primary: DraftTask[], fromSections: DraftTask[]): DraftTask[] {
  const primaryLeads = new Set(primary.flatMap((d) => d.lead.map(fold)));
  const primaryHasReports = primary.some((d) => d.kind === 'report');
  const rows = primary.map((d) => ({ words: contentWords(d.content), leads: new Set(d.lead.map(fold)) }));
  return fromSections.filter((d) => {
    if (d.kind === 'request') return !d.lead.some((l) => primaryLeads.has(fold(l)));
    if (d.kind === 'report') return !primaryHasReports;
    const words = contentWords(d.content);
    const sameLead = (leads: Set<string>): boolean => d.lead.some((l) => leads.has(fold(l)));
    // Same agency and most words in common, or nearly the same words whoever is named.
    return !rows.some((row) => restates(words, row.words, sameLead(row.leads) ? 0.6 : 0.8));
  });
}

/** Folded content words of a task, without the short function words. */
function contentWords(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2),
  );
}

/** Most of the shorter text's words are in the other: one says what the other says. */
function restates(a: Set<string>, b: Set<string>, share: number): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const w of small) if (big.has(w)) shared += 1;
  return shared / small.size >= share;
}

/** Duties (not rows): the report rows of one duty share its position. */
function countDuties(drafts: DraftTask[]): number {
  return new Set(drafts.map((d) => Math.floor(d.at / 1000))).size;
}

/** Reads a plan file and extracts it (readDocument + extractPlan). */
export async function readPlanFile(path: string, options: ExtractOptions = {}): Promise<ExtractedPlan> {
  const doc = await readDocument(path);
  return extractPlan(doc, path.split(/[\\/]/).pop() ?? path, options);
}
