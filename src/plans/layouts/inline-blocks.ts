import { fold } from '../../domain/text.js';
import { capitalize, splitAgencies } from '../agency-list.js';
import type { PlanDocument } from '../document.js';
import { footnoteDefinition, placeOf, stripMarks } from '../document.js';
import { applyDeadline, deadlineContext, deadlinePhraseIn, type DutyBase, emptyDraft, reportDrafts } from '../duty.js';
import { findReportCycles } from '../report-cycles.js';
import { normalizeDeadline } from '../../domain/deadline.js';
import { titlePeriod } from './title-period.js';
import type { DraftTask, LayoutResult, PlanLayout, ReadContext } from '../types.js';
import { readWho } from '../who-field.js';

/**
 * Tasks assigned inline, after their description:
 *   "2.3. Xây dựng …" then "Đơn vị chủ trì: Sở Nội vụ; Đơn vị phối hợp: …; Thời gian thực hiện: Quý II/2024."
 * The labels may share one paragraph or take one line each ("- Cơ quan chủ trì: …").
 */

type Field = 'lead' | 'coordinating' | 'deadline' | 'product' | 'other';

// («địa điểm», «thành phần», «quy mô»: fields the block does not read, that end the one before.)
const LABEL_SOURCE =
  /(?:^|[;.(]\s*|\s[-–•]\s|^[-+•–]\s*)((?:đơn vị|cơ quan)\s+(?:chủ trì|phối hợp|thực hiện)|chủ trì|phối hợp|thời gian(?:\s+(?:thực hiện|hoàn thành))?|thời hạn(?:\s+hoàn thành)?|tiến độ|sản phẩm(?:\s+(?:dự kiến|đầu ra))?|kết quả(?:\s+dự kiến)?|địa điểm|thành phần(?:\s+tham dự)?|quy mô)\s*:\s*/
    .source;
// A fresh RegExp each time: a shared global one would carry lastIndex from call to call.
const labels = (): RegExp => new RegExp(LABEL_SOURCE, 'giu');

function fieldOf(label: string): Field {
  const f = fold(label);
  if (f.startsWith('san pham') || f.startsWith('ket qua')) return 'product';
  if (f.includes('chu tri') || (f.includes('thuc hien') && !f.startsWith('thoi'))) return 'lead';
  if (f.includes('phoi hop')) return 'coordinating';
  if (f.startsWith('thoi') || f.startsWith('tien do')) return 'deadline';
  return 'other';
}

// «Chủ trì: Phòng Kinh tế; phối hợp: …; thời gian: …» labels as well, without «Cơ quan».
const hasLeadLabel = (text: string): boolean =>
  /(?:đơn vị|cơ quan)\s+(?:chủ trì|thực hiện)\s*:|(?:^|[.;]\s*|^[-+•]\s*)chủ trì\s*:/iu.test(text);
const startsWithLabel = (text: string): boolean => labels().exec(text.replace(/^[-+•]\s*/, ''))?.index === 0;

function readFields(text: string): { before: string; fields: Map<Field, string> } {
  const fields = new Map<Field, string>();
  const matches = [...text.matchAll(labels())];
  const first = matches[0];
  const before = first ? text.slice(0, first.index) : text;
  matches.forEach((m, k) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = matches[k + 1]?.index ?? text.length;
    // «(Cơ quan thực hiện: Phòng Kinh tế; thời gian: trước ngày 25/01/2026)»: the bracket that
    // holds the fields closes after the last one; a bracket of the value itself stays.
    // (A tab stop's dot leader before the value, «Chủ trì:..........Sở Y tế», is no part of it.)
    let value = text.slice(from, to).replace(/^[\s.…-]+|[\s;.,]+$/g, '');
    while (value.endsWith(')') && (value.match(/\(/g) ?? []).length < (value.match(/\)/g) ?? []).length) {
      value = value.slice(0, -1).replace(/[\s;.,]+$/, '');
    }
    const field = fieldOf(m[1] ?? '');
    if (!fields.has(field)) fields.set(field, value);
  });
  return { before, fields };
}

/**
 * An activity's number: «2.3.», «b)», or in words, «Hoạt động 1:», «Nhiệm vụ 1.1.», «Nội dung 3.»
 * (rule «worded-number»: the word is the number's, not the activity's).
 */
const BLOCK_NUMBER =
  /^(?:(?:Hoạt động|Nhiệm vụ|Nội dung|Công việc)\s+(\d{1,2}(?:\.\d{1,2})*)[.:)]?|(\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)])\s+/u;
/** A field line a block may hold that names no body and no time: the place, who attends, the scale. */
const OTHER_FIELD = /^[-+•]?\s*(?:Địa điểm|Thành phần|Quy mô|Hình thức|Đối tượng|Số lượng)(?:\s+[^:]{0,20})?\s*:/u;

const NUMBERED = new RegExp(`${BLOCK_NUMBER.source}\\S`, 'u');

/**
 * The activity the labels belong to: the paragraph just before them, or, when bullets that
 * detail the activity stand between («- Các nội dung hỗ trợ gồm: + … + …»), the numbered or bold
 * heading above those bullets, a few paragraphs up at most.
 */
function descriptionBefore(doc: PlanDocument, at: number): string {
  const labelled = labelledContentBefore(doc, at);
  if (labelled) return labelled;
  let nearest = '';
  let detailing = false;
  for (let k = at - 1, seen = 0; k >= 0 && seen < 12; k -= 1) {
    const prev = doc.blocks[k];
    if (prev?.type !== 'para') break;
    if (footnoteDefinition(prev.text)) continue;
    if (hasLeadLabel(prev.text) || startsWithLabel(prev.text)) break;
    const text = stripMarks(prev.text);
    if (seen === 0) {
      nearest = text;
      // Only «+» sub-items, or a bullet that introduces them («… gồm:»), detail an activity above;
      // a plain «-» bullet is the activity itself.
      detailing = /^\+\s/.test(text) || (/^[-•]\s/.test(text) && /:$/.test(text));
      if (!detailing) return titled(doc.blocks[k - 1], text);
    }
    seen += 1;
    if (!/^[-+•]\s/.test(text)) return NUMBERED.test(text) || prev.strong === true ? text : nearest;
  }
  return nearest;
}

/**
 * Rule «titled-description»: «3. Chiến dịch tư vấn, xét nghiệm HIV lưu động» then a plain paragraph
 * that says what is done («Tổ chức các điểm tư vấn …») then «Chủ trì: …». The activity is the
 * title; the paragraph details it, so the task reads «title: details» (as «labelled-content»).
 * Only a short numbered or bold title without a field of its own, over a paragraph that is no list item.
 */
function titled(above: PlanDocument['blocks'][number] | undefined, text: string): string {
  if (above?.type !== 'para' || NUMBERED.test(text) || /^[-+•]\s/.test(text)) return text;
  const title = stripMarks(above.text).trim();
  const isTitle =
    (NUMBERED.test(title) || above.strong === true) &&
    title.length <= 160 &&
    !/[.:;,]$/.test(title) &&
    !hasLeadLabel(title) &&
    !startsWithLabel(title);
  return isTitle ? `${title}: ${text}` : text;
}

/**
 * Rule «labelled-content»: «1. Phổ biến Luật Việc làm» then «- Nội dung thực hiện: Tổ chức phổ
 * biến …» then «- Cơ quan thực hiện: …». The activity is the numbered or bold title; the labelled
 * paragraph details it, so the task reads «title: details». Without a title, the details alone.
 */
const CONTENT_LABEL = /^[-+•]?\s*nội dung(?:\s+(?:thực hiện|công việc|nhiệm vụ))?\s*:\s*/iu;

function labelledContentBefore(doc: PlanDocument, at: number): string | null {
  const prev = doc.blocks[at - 1];
  if (prev?.type !== 'para') return null;
  const text = stripMarks(prev.text);
  const label = CONTENT_LABEL.exec(text);
  if (!label) return null;
  // (A tab stop's dot leader after the label is no part of the details.)
  const details = text
    .slice(label[0].length)
    .replace(/^[.…\s]+/u, '')
    .trim();
  const above = doc.blocks[at - 2];
  if (above?.type !== 'para') return details;
  const title = stripMarks(above.text);
  const isTitle = title !== '' && (NUMBERED.test(title) || above.strong === true) && !hasLeadLabel(title);
  if (!isTitle) return details;
  return details === '' ? title : `${title.replace(/[.:]$/, '')}: ${details}`;
}

/** Tasks written in the body with their «Cơ quan chủ trì: … Thời gian: …» lines. */
export const inlineBlocksLayout: PlanLayout = {
  name: 'inline-blocks',
  read(doc: PlanDocument, ctx: ReadContext): LayoutResult {
    const problems: string[] = [];
    const drafts = tasksFromInlineBlocks(doc, { ...ctx, problems });
    return { drafts, problems, duties: drafts.length };
  },
};

export function tasksFromInlineBlocks(doc: PlanDocument, ctx: ReadContext): DraftTask[] {
  const drafts: DraftTask[] = [];
  const used = new Set<number>();
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (block?.type !== 'para' || !hasLeadLabel(block.text)) continue;
    // Gather the label lines that belong together, those before «Chủ trì:» too (rule
    // «fields-before-lead»: «- Thời gian: …», «- Địa điểm: …», «- Thành phần: …» then «- Đơn vị chủ
    // trì: …»); a field the block does not read (a place, who attends) is passed over.
    let first = i;
    const earlier: string[] = [];
    // (Only before a block that opens with its label, and never past another block's «Chủ trì:».)
    const opensWithLabel = startsWithLabel(stripMarks(block.text));
    for (let prev = blocks[first - 1]; opensWithLabel && prev?.type === 'para'; prev = blocks[first - 1]) {
      const line = stripMarks(prev.text);
      if (hasLeadLabel(line)) break;
      if (startsWithLabel(line)) earlier.unshift(line.replace(/^[-+•]\s*/, ''));
      else if (!OTHER_FIELD.test(line)) break;
      first -= 1;
    }
    let text = [...earlier, stripMarks(block.text)].join('; ');
    let j = i + 1;
    for (let next = blocks[j]; next?.type === 'para' && startsWithLabel(stripMarks(next.text)); next = blocks[++j]) {
      text += `; ${stripMarks(next.text).replace(/^[-+•]\s*/, '')}`;
    }
    const { before, fields } = readFields(text);
    let description = before
      .replace(/^[-+•]\s*/, '')
      .replace(/\s*\($/, '')
      .trim();
    if (description === '' || startsWithLabel(block.text) || earlier.length > 0) {
      description = descriptionBefore(doc, first);
    }
    const number = description.match(BLOCK_NUMBER);
    const order = number?.[1] ?? number?.[2] ?? '';
    const content = capitalize(description.replace(BLOCK_NUMBER, '').replace(/^[-+•]\s*/, ''));
    const source = order ? `Mục ${order}` : `Văn bản, ${placeOf(doc, i)}`;
    const who = readWho(fields.get('lead') ?? '');
    const lead = who.lead;
    if (content === '') ctx.problems.push(`${source}: có «Đơn vị chủ trì» nhưng không thấy nội dung nhiệm vụ.`);
    const base = {
      kind: 'task' as const,
      order,
      lead,
      coordinating: [...who.coordinating, ...splitAgencies(fields.get('coordinating') ?? '')],
      source,
      at: { block: i, item: 0 },
    };
    // Rule «time-in-title»: a block without a time field may date its work in its own words
    // («Hoàn thành di dời … trước mùa mưa năm 2026 (trước ngày 31/7/2026). Cơ quan chủ trì: …»).
    const time = capitalize(fields.get('deadline') ?? '') || ownTime(content, ctx) || headingPeriod(doc, i, ctx);
    drafts.push(...blockDrafts(base, content, time, capitalize(fields.get('product') ?? ''), ctx));
    for (let k = first; k < j; k += 1) used.add(k);
    i = j - 1;
  }
  if (drafts.length >= 2) drafts.push(...timedOnly(doc, used, ctx));
  return drafts.sort((a, b) => a.at.block - b.at.block);
}

/**
 * One block's rows: its task, or — rule «cycles-in-time-field», as in a table's time cell — one report
 * row per dated cycle its time names («7. Tổng hợp, báo cáo kết quả …» / «Thời gian: Báo cáo 6
 * tháng trước ngày 20/6/2026; báo cáo năm trước ngày 10/12/2026»).
 */
function blockDrafts(base: DutyBase, content: string, time: string, product: string, ctx: ReadContext): DraftTask[] {
  const cycles = findReportCycles(time, ctx.year, ctx.planDate ?? null);
  if (cycles.some((c) => c.deadlineText !== '')) {
    return reportDrafts(cycles, content, base, ctx).map((draft) => ({ ...draft, product }));
  }
  const draft = emptyDraft(base, content);
  applyDeadline(draft, time, ctx);
  draft.product = product;
  return [draft];
}

/**
 * Rule «period-heading» for blocks: under «1. Quý II/2026:» a block that names no time of its own
 * is due with its heading's period (title-period.ts). The nearest numbered heading above counts;
 * a roman section ends the search.
 */
function headingPeriod(doc: PlanDocument, at: number, ctx: ReadContext): string {
  for (let k = at - 1; k >= Math.max(0, at - 30); k -= 1) {
    const block = doc.blocks[k];
    if (block?.type !== 'para') continue;
    const text = stripMarks(block.text).trim();
    // A roman section, or the fields of the block before (a sibling, not a heading), end the search.
    if (/^[IVX]{1,5}[.)]\s/u.test(text) || FIELD_START.test(text)) return '';
    if (/^\d{1,2}(?:\.\d{1,2})*[.)]\s/u.test(text)) return text.length <= 60 ? titlePeriod(text, ctx) : '';
  }
  return '';
}

const FIELD_START = /^(?:[-+•]\s*)?(?:Cơ quan|Đơn vị|Thời gian|Thời hạn|Sản phẩm)[^:]{0,30}:/u;

/** Rule «time-in-title»: the time a block's own words give, unless it dates something long past («… giao đất trước ngày 01/7/2014»). */
function ownTime(content: string, ctx: ReadContext): string {
  const phrase = deadlinePhraseIn(content, ctx);
  if (phrase === '' || !ctx.planDate) return phrase;
  const date = normalizeDeadline(phrase, deadlineContext(ctx)).date;
  return date !== null && date < ctx.planDate ? '' : phrase;
}

/**
 * Rule «timed-without-agency»: in a plan whose activities carry «Cơ quan chủ trì: …», one that
 * gives only its time («6. Tổ chức triển khai thực hiện Chiến lược …» then «Thời gian thực hiện
 * sau khi Chiến lược được ban hành») is still an activity of the plan. It is kept with Cơ quan chủ
 * trì empty and said so, for the coordinator to fill in.
 */
const TIME_LINE = /^[-+•]?\s*(thời (?:gian|hạn)(?:\s+(?:thực hiện|hoàn thành))?)\s*:?\s+(\S.*)$/iu;

function timedOnly(doc: PlanDocument, used: ReadonlySet<number>, ctx: ReadContext): DraftTask[] {
  const drafts: DraftTask[] = [];
  doc.blocks.forEach((block, i) => {
    const title = doc.blocks[i - 1];
    if (block.type !== 'para' || title?.type !== 'para' || used.has(i)) return;
    const time = stripMarks(block.text).match(TIME_LINE);
    const heading = stripMarks(title.text);
    const number = heading.match(/^(\d{1,2}(?:\.\d{1,2})*)[.)]\s+(\S.{5,200})$/u);
    if (!time || !number || /[.;:]$/.test(heading) || hasLeadLabel(heading)) return;
    const order = number[1] ?? '';
    const draft = emptyDraft(
      { kind: 'task', order, lead: [], coordinating: [], source: `Mục ${order}`, at: { block: i, item: 0 } },
      capitalize(number[2] ?? ''),
    );
    applyDeadline(draft, capitalize(`${time[1]} ${time[2]}`.replace(/[.;]$/, '')), ctx);
    ctx.problems.push(`Mục ${order}: không nêu cơ quan thực hiện — để trống Cơ quan chủ trì.`);
    drafts.push(draft);
  });
  return drafts;
}
