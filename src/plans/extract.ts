/**
 * Document → plan metadata + tasks.
 *
 * Each way of handing out work is a layout (layouts/: appendix tables, inline blocks, agency
 * sections); layouts/index.ts says, as data, which of them make the task list (primary) and
 * which only add to it (secondary). Rule «restated-duty»: when a primary layout found tasks, a
 * secondary duty that restates one of them (same agency and most words, or nearly the same
 * words) is set aside so the sheet never shows the same work twice; requests and report duties
 * the list lacks, and work it does not carry, are kept. The count set aside is written in
 * `problems` so the coordinator knows where to look.
 *
 * A report duty with several cycles becomes one row per cycle (each with its own deadline);
 * see duty.ts and report-cycles.ts. Numbering: the primary list in document order, then the
 * section duties kept. IDs and the plan key: see ids.ts.
 */
import { readFirstNamedLeads } from './first-named-leads.js';
import { fold } from '../domain/text.js';
import { collectFootnotes, type PlanDocument } from './document.js';
import { assignIds, choosePlanKey, type PreviousTask } from './ids.js';
import { LAYOUT_PRECEDENCE, type LayoutPrecedence } from './layouts/index.js';
import { definedAbbreviations, expandNames } from './abbreviations.js';
import { spelledByThePlan } from './spelled-short-forms.js';
import { shorthandCompletions } from './office-shorthand.js';
import { readMetadata } from './metadata.js';
import { readDDay, readEventDays, readWeeks } from './d-day.js';
import { readDocument } from './read.js';
import { byPosition, type DraftTask, type ExtractedPlan, type LayoutResult, type ReadContext } from './types.js';
import { timedByListEnd } from './list-time.js';
import { timedBySchedule } from './schedule-section.js';

export type { ExtractedPlan, ExtractedTask } from './types.js';

export interface ExtractOptions {
  /** Keys held by OTHER plans; the new key avoids them. */
  takenKeys?: ReadonlySet<string>;
  /** The key this plan already has in the store (a re-import keeps it). */
  key?: string;
  /** Tasks already stored for this plan: recognised tasks keep their IDs (see ids.ts). */
  previousTasks?: readonly PreviousTask[];
  /** Which layouts make the list (tests may try one alone); the default is layouts/index.ts. */
  layouts?: LayoutPrecedence;
}

const inOrder = (a: DraftTask, b: DraftTask): number => byPosition(a.at, b.at);

export function extractPlan(doc: PlanDocument, sourceFile: string, options: ExtractOptions = {}): ExtractedPlan {
  const meta = readMetadata(doc);
  const ctx: ReadContext = {
    year: meta.year,
    planDate: meta.date,
    periodYear: meta.periodYear,
    issuer: meta.issuer,
    dDay: readDDay(doc),
    events: readEventDays(doc, meta.date),
    weeks: readWeeks(doc, meta.year),
    firstNamedLeads: readFirstNamedLeads(doc),
    footnotes: collectFootnotes(doc),
    problems: [],
  };
  const layouts = options.layouts ?? LAYOUT_PRECEDENCE;

  const primaryResults = layouts.primary.map((layout) => ({ layout, result: layout.read(doc, ctx) }));
  const secondary = mergeResults(layouts.secondary.map((layout) => layout.read(doc, ctx)));
  for (const { result } of primaryResults) ctx.problems.push(...result.problems);
  const primary = primaryResults.flatMap(({ result }) => result.drafts).sort(inOrder);
  let drafts: DraftTask[];
  if (primary.length === 0) {
    drafts = secondary.drafts.slice().sort(inOrder);
    ctx.problems.push(...secondary.problems);
  } else {
    // The list's rows come first (TN60-01 is row 1), then the section duties kept.
    drafts = [...primary, ...keptFromSections(primary, secondary.drafts).sort(inOrder)];
    const kept = new Set(drafts.filter((d) => secondary.drafts.includes(d)).map((d) => d.source));
    ctx.problems.push(...secondary.problems.filter((p) => [...kept].some((source) => p.includes(source))));
    const setAside = secondary.duties - countDuties(secondary.drafts.filter((d) => drafts.includes(d)));
    if (setAside > 0) {
      const byTable = primaryResults.some(
        ({ layout, result }) => layout.name === 'appendix-table' && result.drafts.length > 0,
      );
      ctx.problems.push(
        `Đã lấy ${byTable ? 'bảng phụ lục' : 'các mục có «Đơn vị chủ trì»'} làm danh sách nhiệm vụ; ` +
          `${setAside} nhiệm vụ ghi ở phần «Tổ chức thực hiện» không đưa vào để tránh trùng lặp — hãy xem lại nếu cần.`,
      );
    }
  }

  drafts = timedByListEnd(doc, drafts, ctx);
  timedBySchedule(doc, drafts, ctx);

  if (drafts.length === 0) {
    ctx.problems.push(
      'Không tìm thấy nhiệm vụ nào: văn bản không có bảng phân công (STT, Nội dung, Cơ quan chủ trì…), ' +
        'không có dòng «Đơn vị chủ trì:» và không có mục «Tổ chức thực hiện» giao việc cho từng cơ quan.',
    );
  }

  const abbreviations = definedAbbreviations(doc);
  const named = drafts.flatMap((d) => [...d.lead, ...d.coordinating]).filter((n) => !abbreviations.has(n.trim()));
  for (const [short, full] of spelledByThePlan(doc, named)) abbreviations.set(short, full);
  const completions = shorthandCompletions(doc);
  const key = options.key ?? choosePlanKey({ ...meta, issuer: meta.keyIssuer }, options.takenKeys);
  const tasks = assignIds(
    key,
    drafts.map(({ at: _at, ...task }) =>
      withNamesOnce({
        ...task,
        lead: expandNames(task.lead, abbreviations, completions),
        coordinating: expandNames(task.coordinating, abbreviations, completions),
      }),
    ),
    options.previousTasks,
  );
  return {
    plan: { number: meta.number, key, date: meta.date, issuer: meta.issuer, title: meta.title, sourceFile },
    tasks,
    problems: [...meta.problems, ...ctx.problems],
  };
}

/** Each body once, and a lead body is not also listed as coordinating («X chủ trì, phối hợp X, Y»). */
function withNamesOnce<T extends { lead: string[]; coordinating: string[] }>(task: T): T {
  const seen = new Set<string>();
  const once = (names: string[]): string[] =>
    names.filter((n) => {
      const key = fold(n).replace(/^cac\s+/, '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const lead = once(task.lead);
  return { ...task, lead, coordinating: once(task.coordinating) };
}

/**
 * Section duties kept beside a task table or inline blocks. Rule «restated-duty»: a duty whose
 * words restate a row of the primary list (the sections of 60/KH-UBND repeat the appendix in
 * longer words) is set aside; every other duty is work the table does not carry and is kept.
 * Requests are judged the same way (a body with rows in the table may still be asked for more);
 * report duties are kept unless the same body has report rows in the table.
 */
function keptFromSections(primary: DraftTask[], fromSections: DraftTask[]): DraftTask[] {
  const rows = primary.map((d) => ({
    text: fold(d.content),
    words: contentWords(d.content),
    pairs: contentPairs(d.content),
    leads: new Set(d.lead.map(fold)),
    deadline: d.deadline,
    report: d.kind === 'report',
  }));
  return fromSections.filter((d) => {
    const sameLead = (leads: Set<string>): boolean => d.lead.some((l) => leads.has(fold(l)));
    const words = contentWords(d.content);
    // A body that reports in the table reports there; another body's report is its own. Rule
    // «other-report»: a report whose words are not the table's report (data sent up to a ministry's
    // database beside a review sent to the UBND, both by 15/6) is one more report of that body.
    // So is one of another programme than the plan («… Chương trình khuyến công năm 2026 …»).
    const programme = d.content.match(
      /(?:Chương trình|Đề án|Dự án|Nghị quyết|Chỉ thị)\s+(\p{Ll}+(?:\s+\p{Ll}+)?)/u,
    )?.[1];
    if (d.kind === 'report')
      return !rows.some(
        (row) =>
          row.report &&
          sameLead(row.leads) &&
          restates(words, row.words, 0.5) &&
          (programme === undefined || row.text.includes(fold(programme))),
      );
    const pairs = contentPairs(d.content);
    // Two dates far apart («hoàn thành trong tháng 12/2025» against «từ 01/3 đến 20/3/2026») are
    // two pieces of work, whatever words they share: the plan for it, then the doing.
    const apart = (deadline: string | null): boolean =>
      deadline !== null && d.deadline !== null && Math.abs(Date.parse(deadline) - Date.parse(d.deadline)) > 45 * DAY;
    // Same agency and most words in common, or nearly the same words whoever is named. For other
    // bodies a short row inside a long duty is not enough: half the duty's words must be the row's
    // too («Xây dựng các văn bản quy phạm pháp luật …» by the sở is not «Tổ chức kiểm tra việc thi
    // hành … các văn bản quy phạm pháp luật …» by Sở Nội vụ).
    return !rows.some(
      (row) =>
        !apart(row.deadline) &&
        // With the same agency, the words must also be words, not syllables met by chance
        // («Họp Ban Chỉ đạo triển khai nhiệm vụ năm 2026» is not «… dịch bệnh truyền nhiễm … năm 2026»).
        (sameLead(row.leads)
          ? restates(words, row.words, 0.6) && restates(pairs, row.pairs, 0.4)
          : restates(words, row.words, 0.8, 0.5)),
    );
  });
}

const DAY = 24 * 60 * 60 * 1000;

/** Folded content syllables of a task, without the short function words. */
function contentWords(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2),
  );
}

/**
 * The same text as pairs of syllables: a Vietnamese word is mostly two, and single syllables meet
 * by chance («nhiễm» of «truyền nhiễm» and «nhiệm» of «nhiệm vụ» both fold to «nhiem»).
 */
function contentPairs(text: string): Set<string> {
  const syllables = fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  const pairs = new Set<string>();
  for (let i = 1; i < syllables.length; i++) {
    const [a, b] = [syllables[i - 1]!, syllables[i]!];
    if (a.length > 2 || b.length > 2) pairs.add(`${a} ${b}`);
  }
  return pairs;
}

/**
 * Most of the shorter text's words are in the other: one says what the other says. A very short
 * text must also share a quarter of the longer one's words: a six-word row («Sơ kết 6 tháng
 * công tác dân vận») is inside many long duties without restating any of them.
 */
function restates(a: Set<string>, b: Set<string>, share: number, ofLonger = 0): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const w of small) if (big.has(w)) shared += 1;
  const floor = Math.max(ofLonger, small.size >= 8 ? 0 : 0.25);
  return shared / small.size >= share && shared / big.size >= floor;
}

/** Duties (not rows): the report rows of one duty share its position. */
function countDuties(drafts: DraftTask[]): number {
  return new Set(drafts.map((d) => `${d.at.block}:${d.at.item}`)).size;
}

/** Secondary results together; a paragraph already read by an earlier layout is not read again. */
function mergeResults(results: LayoutResult[]): LayoutResult {
  const read = new Set<number>();
  const drafts: DraftTask[] = [];
  for (const r of results) {
    const blocks = new Set(r.drafts.map((d) => d.at.block));
    drafts.push(...r.drafts.filter((d) => !read.has(d.at.block)));
    for (const b of blocks) read.add(b);
  }
  return {
    drafts,
    problems: results.flatMap((r) => r.problems),
    duties: results.reduce((n, r) => n + r.duties, 0),
  };
}

/** Reads a plan file and extracts it (readDocument + extractPlan). */
export async function readPlanFile(path: string, options: ExtractOptions = {}): Promise<ExtractedPlan> {
  const doc = await readDocument(path);
  return extractPlan(doc, path.split(/[\\/]/).pop() ?? path, options);
}
