import type { TaskKind } from '../domain/task.js';
import type { PlanDocument } from './document.js';
import type { EventDays } from '../domain/deadline-reading.js';

/** A plan read from a document, before it is stored. */
export interface ExtractedPlan {
  /** Fits the domain Plan. */
  plan: { number: string; key: string; date: string | null; issuer: string; title: string; sourceFile: string };
  tasks: ExtractedTask[];
  /** Vietnamese, one line each: what could not be read and what was left empty or set aside. */
  problems: string[];
}

export interface ExtractedTask {
  id: string;
  kind: TaskKind;
  /** Number as in the document: "1", "3", "IV.2.a", "I.3" (group I of a table, row 3). */
  order: string;
  content: string;
  /** Agency names as written, one per agency. */
  lead: string[];
  coordinating: string[];
  /** As written ("Tháng 3/2024", "Trước ngày 14 của tháng"), "" if none. */
  deadlineText: string;
  deadline: string | null;
  /** "" or the readable cycle ("Hằng tháng, trước ngày 14"); see domain/deadline.ts. */
  recurrence: string;
  /** The expected output (Sản phẩm / Kết quả dự kiến) when the plan names one, else "". */
  product: string;
  /** Where it came from: "Phụ lục, dòng 5", "Mục IV.3 (Thanh tra tỉnh)". */
  source: string;
}

/** Where a draft stands: its block in the document and its item there (a table row, a duty). */
export interface Position {
  block: number;
  item: number;
}

/** Document order of two positions. */
export const byPosition = (a: Position, b: Position): number => a.block - b.block || a.item - b.item;

/** A task found by one of the layouts, not yet numbered. */
export interface DraftTask extends Omit<ExtractedTask, 'id'> {
  /** Position in the document, to number tasks in reading order; report rows of one duty share it. */
  at: Position;
}

/** What a layout found: drafts, and the lines for the coordinator about what it could not read. */
export interface LayoutResult {
  drafts: DraftTask[];
  problems: string[];
  /** Duties read before report rows were split off (a duty with three cycles is one duty). */
  duties: number;
}

/**
 * One way plans hand out work (an appendix table, agency sections, inline blocks …). A new
 * way is one new file in layouts/ and one line in layouts/index.ts.
 */
export interface PlanLayout {
  name: string;
  read(doc: PlanDocument, ctx: ReadContext): LayoutResult;
}

/** What every layout reader needs to know about the plan. */
export interface ReadContext {
  year: number | null;
  /** The plan's date (ISO) when the heading gives it. */
  planDate?: string | null;
  /** The event day the plan calls «ngày D» (ISO), when it names one (rule «d-day»). */
  dDay?: string | null;
  /** The days an event plan opens and closes («Lễ khai mạc … ngày 15/8/2026»). */
  events?: EventDays;
  /** The year bare periods fall in for a December plan of the year ahead (rule «plan-for-next-year»). */
  periodYear?: number | null;
  /** The weeks a work programme defines: week number → its last day (rule «defined-weeks»). */
  weeks?: ReadonlyMap<number, string>;
  /** Who issued the plan («UBND xã Ea Kar»), to tell its own orders from those it quotes. */
  issuer?: string;
  /** The plan says the first body named in a doer cell leads (rule «first-named-leads»). */
  firstNamedLeads?: boolean;
  footnotes: Map<number, string>;
  problems: string[];
}
