import { fold } from '../../domain/text.js';
import { capitalize, coordinatingIn } from '../agency-list.js';
import type { PlanDocument } from '../document.js';
import { footnoteDefinition, stripMarks } from '../document.js';
import { agencyClauses, orderAfterDecision } from '../agency-clauses.js';
import { applyDeadline, dutyDrafts } from '../duty.js';
import type { DraftTask, LayoutResult, PlanLayout, ReadContext } from '../types.js';
import { isClosingClause, withoutLeadingFormulas } from './closing-clause.js';
import { isQuotedOrders, withoutToldSentences } from '../not-work-clauses.js';
import { PROVINCE_ISSUER } from '../issuer.js';
import { FIELD_LABEL, MIN_DUTY_WORDS, whoDoesIt } from './item-doer.js';
import { leadIn, type LeadIn } from './lead-ins.js';
import { beforeDataTable, beforeTaskTable, NAMED_NUMBER, POINTS_BELOW, ROMAN } from './neighbour-blocks.js';
import { DUTY_SECTION_TITLES, isSignatureLine } from './section-starts.js';
import { periodHeading, titlePeriod } from './title-period.js';

/**
 * Work handed out in the body of a plan, outside any duty section: «a) Ủy ban nhân dân xã,
 * phường huy động nguồn lực, tổ chức …» under «2. Phương án triển khai», «+ Các cơ quan, đơn
 * vị liên quan thu thập thông tin …» under «3. Các bước đánh giá». An item that opens with the
 * body that does it and a duty verb names who does it, which is what makes it a task (and not a
 * goal). Sections that state aims, grounds or results (MỤC ĐÍCH, YÊU CẦU, CĂN CỨ, ĐỐI TƯỢNG,
 * THỰC TRẠNG, KẾT QUẢ …) are not read: there an agency and a verb describe, they do not assign.
 * The plan's own issuer (UBND tỉnh, its Chủ tịch) is never a task's lead.
 */

/** Folded titles of roman sections that describe rather than assign. */
const DESCRIPTIVE_TITLES = [
  'muc dich',
  'muc tieu',
  'yeu cau',
  'can cu',
  'quan diem',
  'doi tuong',
  'pham vi',
  'thuc trang',
  'tinh hinh',
  'ket qua',
  'danh gia ket qua',
  'danh gia chung',
  'su can thiet',
];
const END = /^(?:tren day la|noi nhan|phu luc|\(?co phu luc|kt\.? chu tich|tm\.? uy ban)/;
// «b- BCH QS xã tổ chức …»: a small office letters its items with a hyphen.
const LIST_MARK = /^(?:[-+•]\s*|[a-zđ][)-]\s+|\(\d{1,2}\)\s+|\d{1,2}(?:\.\d{1,2})*[.)]\s+)/u;
// «… Chủ tịch UBND tỉnh chỉ thị:», «… kết luận như sau:», «… yêu cầu các cơ quan triển khai một số
// nội dung sau:» (a Công văn), «… giao nhiệm vụ cụ thể như sau:».
// «QUYẾT NGHỊ:» opens a Nghị quyết's articles.
// «QUYẾT ĐỊNH:» opens a Quyết định's articles («Điều 2. … Giao Công an phường chủ trì …»).
const DIRECTIVE_OPENER = /(?:chỉ thị|yêu cầu|như sau|^quyết nghị|^quyết định)\s*:$/iu;
// Only where the document has no sections: in a plan's MỤC ĐÍCH, «… tập trung vào các nội dung sau:»
// introduces aims.
const LIST_OPENER = /(?:nội dung|nhiệm vụ|việc|công việc|giải pháp) sau(?: đây)?\s*:$/iu;

export const actorItemsLayout: PlanLayout = {
  name: 'actor-items',
  read(doc: PlanDocument, ctx: ReadContext): LayoutResult {
    const drafts = tasksFromActorItems(doc, ctx);
    return { drafts, problems: [], duties: new Set(drafts.map((d) => d.at.block)).size };
  },
};

/** Where the reading stands, block after block. */
interface Reading {
  roman: string;
  /** Inside a section that hands out work (or after a directive's opener). */
  reading: boolean;
  number: string;
  title: string;
  /** The time the nearest title gives the work under it (rule «period-title»), as written. */
  period: string;
  /** Rule «agency-lead-in»: «5. UBND các xã, phường:» hands the bullets under it to those bodies. */
  owner: LeadIn | null;
  /**
   * Under a directive's opener («… yêu cầu:», «… kết luận như sau:») every paragraph is an order,
   * even one addressed to a group («8. Các Ban quản lý rừng phòng hộ … chuẩn bị …»).
   */
  directive: boolean;
  /** Reading a Quyết định's articles, after «QUYẾT ĐỊNH:». */
  decision: boolean;
  /**
   * Rule «plus-under-dash»: the body of the last «-» item that named one («- Phòng Kinh tế chủ trì
   * theo dõi …»); the «+» items under it («+ Báo cáo tình hình sâu bệnh … hằng tuần») are its duties too.
   */
  dashActor?: string[];
}

function tasksFromActorItems(doc: PlanDocument, ctx: ReadContext): DraftTask[] {
  const drafts: DraftTask[] = [];
  const state: Reading = {
    roman: '',
    reading: false,
    number: '',
    title: '',
    period: '',
    owner: null,
    directive: false,
    decision: false,
  };
  let previous: DraftTask[] = [];
  doc.blocks.forEach((block, at) => {
    // A Quyết định's articles end at its signature: the Quy chế after it has clauses, not orders.
    if (block.type === 'table' && state.decision) Object.assign(state, { reading: false, decision: false });
    if (block.type !== 'para') return;
    const text = stripMarks(block.text).trim();
    if (followsSections(state, text)) {
      previous = [];
      return;
    }
    // Rule «opening-order»: a Công văn may open with its first order, before any list: «Thực hiện
    // Công văn số 1462/BYT-BTXH …, Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì, … báo cáo Bộ Y tế trước
    // ngày 25/5/2026.» The order runs from «giao».
    const opening = !state.reading && state.roman === '' && drafts.length === 0 ? OPENING_ORDER.exec(text) : null;
    if (opening) {
      previous = itemDrafts(state, doc, at, capitalize(text.slice(opening[0].length - 'giao '.length)), ctx).map(
        (d) => ({ ...d, order: '', source: 'Đoạn mở đầu' }),
      );
      drafts.push(...previous);
      return;
    }
    if (!state.reading || text === '' || footnoteDefinition(text)) return;
    // Rule «time-after-duty»: «8. Sở Xây dựng: Chỉ đạo cắm biển …» / «Thời gian thực hiện: ngay
    // trong ngày 14/01/2026.» — the time line dates the item above it, where it names no date.
    const time = text.match(TIME_LINE)?.[1];
    if (time !== undefined) {
      for (const d of previous) if (d.kind === 'task' && d.deadlineText === '') applyDeadline(d, time, ctx);
      previous = [];
      return;
    }
    // A time line belongs to the item right above it, never across a heading.
    if (followsTitles(state, text, block.strong === true)) {
      previous = [];
      return;
    }
    // Rule «italic-note»: a paragraph set in italic from end to end («*Ghi chú: Lịch phun … do CDC
    // thông báo …*», «*(Kèm theo …)*») is a note on the text, never a duty.
    if (block.italic === true) {
      previous = [];
      return;
    }
    previous = itemDrafts(state, doc, at, text, ctx);
    drafts.push(...previous);
  });
  return drafts;
}

const OPENING_ORDER =
  /^(?:Thực hiện|Căn cứ|Theo)\s[^;]{10,400}?,\s*(?:Ủy ban nhân dân|UBND|Chủ tịch Ủy ban nhân dân|Chủ tịch UBND)\s+(?:tỉnh|thành phố|xã|phường|đặc khu)(?:\s+\p{Lu}\p{Ll}*){0,3}\s+giao\s+/u;

const TIME_LINE = /^thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*(.+?)[.;]?$/iu;

/** Section headings, the end of the body and a directive's opener: true when the block was one. */
function followsSections(state: Reading, text: string): boolean {
  const folded = fold(text);
  if (END.test(folded) || isSignatureLine(text)) {
    Object.assign(state, { reading: false, owner: null, title: '', period: '' });
    return true;
  }
  const romanHeading = folded.match(ROMAN);
  if (romanHeading && text.length <= 160) {
    // Duty sections are read by agency-sections.ts, with their headings; not here a second time.
    const heading = romanHeading[2] ?? '';
    const reading = ![...DESCRIPTIVE_TITLES, ...DUTY_SECTION_TITLES].some((t) => heading.startsWith(t));
    const roman = (romanHeading[1] ?? '').toUpperCase();
    Object.assign(state, { roman, reading, number: '', title: '', period: '', owner: null, directive: false });
    return true;
  }
  // Rule «directive-body»: a Chỉ thị has no roman sections; its numbered paragraphs after «…
  // Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:» are the work it hands out.
  const opens = DIRECTIVE_OPENER.test(text) || (state.roman === '' && LIST_OPENER.test(text));
  // A long situation paragraph may end on the opener («… Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:» closes
  // a Công điện's account of the storm): the opener is what counts.
  if (!state.reading && opens && (text.length < 600 || DIRECTIVE_OPENER.test(text))) {
    // Only a document without sections (a Chỉ thị, a Công văn, a Thông báo) is all orders.
    Object.assign(state, { reading: true, directive: state.roman === '', decision: /^quyết định\s*:$/iu.test(text) });
    return true;
  }
  return false;
}

/** A title inside a section numbers what follows and assigns nothing itself: true when it was one. */
function followsTitles(state: Reading, text: string, bold: boolean): boolean {
  // A Quy chế's «Điều 12. …» is a section of its own: its clauses are rules, not orders.
  if (/^Điều\s+\d/u.test(text)) state.directive = false;
  // «Nhiệm vụ 1: Rà soát …» numbers its task by name (rule «named-number»).
  const numbered = text.match(/^(\d{1,2}(?:\.\d{1,2})*)[.)]\s+(.+)$/su) ?? text.match(NAMED_NUMBER);
  if (!bold && !(numbered && !/[.;]$/.test(text) && text.length <= 160)) return false;
  state.number = numbered?.[1] ?? state.number;
  // A body's lead-in («5. UBND các xã, phường:») names who does the items below: no title of theirs.
  // A bold lettered one («**a) Sở NN&MT:**») too, numbered under the item above.
  const lettered = numbered ? null : text.match(/^([a-zđ])[)-]\s+(.+:)$/su);
  if (lettered) {
    const owner = leadIn(lettered[2] ?? '', `${state.number}.${lettered[1]}`, bold);
    if (owner) {
      state.owner = { ...owner, letter: true };
      return true;
    }
  }
  const owner = leadIn(numbered?.[2] ?? text, state.number, bold);
  state.owner = owner && { ...owner, title: true };
  state.title = state.owner ? '' : (numbered?.[2] ?? text).replace(/[.:]$/, '');
  state.period = state.title;
  return true;
}

/** One list item or paragraph: the work it hands out, if any. */
function itemDrafts(state: Reading, doc: PlanDocument, at: number, text: string, ctx: ReadContext): DraftTask[] {
  // Rule «decision-article»: after «QUYẾT ĐỊNH:», «Điều 2. Giao Sở Khoa học và Công nghệ là cơ quan
  // thường trực …» is the article's order; its number is no part of the work. Only an article that
  // hands work out («Giao», «Yêu cầu», «Đề nghị»): «Điều 2. Ban Chỉ đạo có nhiệm vụ …» sets a remit.
  const article = state.decision
    ? text.match(/^Điều\s+\d{1,3}\s*[.:]\s*(?=(?:Giao|Yêu cầu|Đề nghị)\s)/u)?.[0]
    : undefined;
  const mark = article ?? text.match(LIST_MARK)?.[0] ?? '';
  const item = withoutLeadingFormulas(text.slice(mark.length));
  const own = mark.match(/^(\d{1,2}(?:\.\d{1,2})*)[.)]/u)?.[1];
  const letter = mark.match(/^([a-zđ])[)-]/u)?.[1];
  // A lead-in's items end at the next item of its own level or above: «b)» after «a) Sở Tài chính:».
  if (
    own !== undefined ||
    (mark === '' && state.owner?.title !== true) ||
    (letter !== undefined && state.owner?.letter === true)
  )
    state.owner = null;
  // Bullets after a numbered paragraph («2. Yêu cầu …» then «- Đề nghị …») go under its number.
  if (own !== undefined) [state.number, state.title, state.period] = [own, '', ''];
  const heading = leadIn(
    item,
    letter ? `${own ?? state.owner?.number ?? state.number}.${letter}` : (own ?? state.number),
  );
  if (heading) {
    state.owner = { ...heading, letter: letter !== undefined };
    return [];
  }
  // A lead-in («… bao gồm:») introduces items; the issuer («UBND tỉnh yêu cầu …») assigns. A
  // duty that ends on «:» before a table («… lấy mẫu theo chỉ tiêu dưới đây:») is itself the work.
  if ((/:$/.test(item) && !beforeDataTable(doc, at)) || PROVINCE_ISSUER.test(item)) return [];
  // Rule «table-lead-in»: «Phòng HCTP&BTTP là đơn vị đầu mối tham mưu thực hiện các nhiệm vụ dưới
  // đây; …» right above the task table hands out the table's rows, which are read there.
  if (POINTS_BELOW.test(item) && beforeTaskTable(doc, at)) return [];
  // «Cơ quan thực hiện: …», «Thời gian: …» are the fields of an inline block, read there; «Khuyến
  // khích các doanh nghiệp …» in the body is a policy of the plan, not work handed to a body.
  if (FIELD_LABEL.test(item) || /^Khuyến khích\s/u.test(item) || isClosingClause(item)) return [];
  // A numbered paragraph («3. Giao Sở Tài chính …») is its own number, not its title's.
  const order = [state.roman, own ?? state.owner?.number ?? state.number, letter ?? '']
    .filter((x) => x !== '')
    .join('.');
  const draft = (kind: 'task' | 'request', lead: string[], content: string, alsoWith: string[] = []): DraftTask[] => {
    const coordinating = [...new Set([...alsoWith, ...coordinatingIn(content)])];
    const base = { kind, order, lead, coordinating, source: `Mục ${order || '?'}` };
    const drafts = dutyDrafts(content, { ...base, at: { block: at, item: 0 } }, ctx);
    const period = titlePeriod(state.period, ctx) || (state.owner?.time ?? '');
    for (const d of drafts)
      if (period !== '' && d.kind !== 'report' && d.deadlineText === '') applyDeadline(d, period, ctx);
    return drafts;
  };
  if (isQuotedOrders(item, ctx.issuer)) return [];
  const ownSentences = withoutToldSentences(item, ctx.issuer, ctx.year);
  if (ownSentences.trim() === '') return [];
  // Rule «clause-per-agency»: «…, giao Sở Công Thương chủ trì …; Công an tỉnh …» is one task each.
  const clauses = agencyClauses(ownSentences);
  if (clauses)
    return clauses.flatMap((c) => draft(/^Đề nghị\s/iu.test(c.text) ? 'request' : 'task', c.agencies, c.text));
  // Rule «decision-then-order» (agency-clauses.ts): «Đồng ý để UBND phường Túc Duyên tổ chức lập …».
  const ordered = orderAfterDecision(item);
  if (ordered) return draft(/^Đề nghị\s/iu.test(item) ? 'request' : 'task', ordered.agencies, ordered.rest);
  const who = whoDoesIt(state, doc, at, item, mark === '' || /^\d/.test(mark), periodHeading(state.title, ctx) !== '');
  const plus = mark.startsWith('+');
  if (!plus) state.dashActor = who && mark.startsWith('-') ? who.agencies : undefined;
  if (!who && plus && state.dashActor && item.split(/\s+/).length >= MIN_DUTY_WORDS)
    return draft('task', state.dashActor, capitalize(item));
  return who ? draft(who.kind, who.agencies, who.content, who.alsoWith) : [];
}
