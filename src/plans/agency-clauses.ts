import { fold } from '../domain/text.js';
import { capitalize, isBodyName, splitLeadingAgencies, startsWithAgency } from './agency-list.js';
import { afterPost } from './person-posts.js';
import { VERB_RE } from './agency-names.js';
import { stripMarks } from './document.js';
import { splitTopLevel } from './duty.js';
import { STARTS } from './agency-starts.js';
import { actorAfterGround, CONDITION } from './ground-clause.js';
import { DECIDED } from './not-work-clauses.js';
import { PROVINCE_ISSUER } from './issuer.js';

/**
 * Rule «clause-per-agency»: a Chỉ thị hands out work in one paragraph, clause by clause: «Để bảo
 * đảm trật tự dịp Tết, giao Sở Công Thương chủ trì kiểm tra thị trường …; Công an tỉnh đấu tranh
 * với buôn lậu …; Ủy ban nhân dân các xã, phường tuyên truyền …». Each clause that opens with a
 * body (after «giao», «đề nghị», «yêu cầu», or a ground) is that body's task; a clause that names
 * no body goes on with the clause before it, or, before the first body, is a lead-in and left out.
 * Null when fewer than two clauses name a body.
 */
export interface AgencyClause {
  agencies: string[];
  text: string;
}

const ASSIGN = /^(?:và\s+|đồng thời\s+)?(?:giao|Giao|đề nghị|Đề nghị|yêu cầu|Yêu cầu)\s+/u;

export function agencyClauses(paragraph: string, leadIn: string[] = []): AgencyClause[] | null {
  // «2.2. Về hồ sơ, thủ tục đầu tư: Giao Ban QLDA … ; Sở Xây dựng thẩm định …»: the topic names what
  // the clauses are about; the first clause begins after it.
  const text = stripMarks(paragraph).replace(/^Về\s[^:;]{3,160}:\s*(?=\S)/u, '');
  // Sentences split too only where «;» already hands out work: a paragraph of sentences about one
  // piece of work («… phối hợp với ngân hàng mở tài khoản. Ngân hàng hướng dẫn quy trình …») stays one.
  const bySemicolon = topLevelClauses(text, false);
  const handsOut = bySemicolon.filter((c) => clauseActor(c) !== null).length >= 1 && bySemicolon.length >= 2;
  if (!handsOut && !sentencePerBody(text)) return null;
  const clauses = topLevelClauses(text, true);
  if (clauses.length < 2) return null;
  const out: AgencyClause[] = [];
  for (const clause of clauses) {
    const actor = clauseActor(clause);
    // Under a body's own lead-in only another body acting in its own right takes a clause away: not a
    // post or official of it («Chủ tịch UBND cấp xã chịu trách nhiệm …»), nor one it hands the work to
    // («…; giao công chức văn hóa - xã hội theo dõi …»).
    const named = leadIn.length > 0 && actor && !isOtherBody(clause, leadIn) ? null : actor;
    const last = out[out.length - 1];
    // A case with nobody to act in it («Trường hợp Nhà máy chậm vận hành, lượng rác … dự kiến tăng») is
    // a forecast: no part of the work before it.
    // («Trường hợp … có nguy cơ sạt lở, lũ quét, tổ chức di dời ngay …» orders: a piece after a comma
    // opens with a duty's verb.)
    const orders = clause
      .split(',')
      .slice(1)
      .some((piece) => VERB_RE.exec(` ${piece.trim().toLowerCase()}`)?.index === 0);
    const forecast = CONDITION.test(clause) && /\s(?:dự kiến|dự báo|có thể|có nguy cơ|sẽ)\s/u.test(clause) && !orders;
    if (named) out.push(named);
    else if (last && !forecast) last.text = `${last.text.replace(/[.;]$/, '')}; ${clause}`;
    // Rule «section-body-first»: under a body's own heading or lead-in («Các sở, ngành, UBND các phường
    // … báo cáo tiến độ về Sở Xây dựng trước ngày 20 hằng tháng; Sở Xây dựng tổng hợp, báo cáo …»)
    // the clause before the next body is that body's own part.
    else if (leadIn.length > 0 && !forecast) out.push({ agencies: leadIn, text: clause });
    // else: a lead-in before the first body («Tăng cường kiểm tra …; giao Sở Công Thương …»).
  }
  return out.length >= 2 ? out : null;
}

// A post of the section's own body («Chủ tịch UBND cấp xã chịu trách nhiệm …» under «UBND các xã»), or its
// staff handed the work («…; giao công chức văn hóa - xã hội theo dõi …»), is no other body; a post of
// another («…; Giám đốc Sở Y tế chỉ đạo …») or a body handed work («…; giao Sở Nội vụ tổng hợp …») is.
const OWN_POST = /^(?:Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|Thủ trưởng|Trưởng|Công chức|Cán bộ)\s/iu;
const kindOf = (name: string): string =>
  fold(name)
    .replace(/^cac\s+/, '')
    .replace(/\bubnd\b/, 'uy ban nhan dan')
    .split(/[\s,]+/)
    .slice(0, 2)
    .join(' ');
const isOtherBody = (clause: string, leadIn: string[]): boolean => {
  const plain = clause.replace(/^(?:và|đồng thời)\s+/u, '').trim();
  if (ASSIGN.test(plain)) {
    const handed = splitLeadingAgencies(capitalize(plain.replace(ASSIGN, '')));
    return handed !== null && handed.agencies.every((a) => isBodyName(a) && !OWN_POST.test(a));
  }
  if (!OWN_POST.test(plain)) return true;
  const body = afterPost(plain);
  return body !== null && startsWithAgency(body) && !leadIn.some((l) => kindOf(l) === kindOf(body));
};

/**
 * Rule «sentence-per-body»: a conclusion's paragraph gives two bodies a sentence each, «Sở Giáo dục
 * và Đào tạo chủ trì … trình … trong tháng 9/2026. Sở Dân tộc và Tôn giáo phối hợp tham mưu …».
 * Each sentence opens with a different body, so each is that body's work. Sentences about one body's
 * work («Ngân hàng hướng dẫn …» after «… mở tài khoản») open with none or with the same one.
 */
// A bare kind of body («Ngân hàng hướng dẫn …», «Công ty bố trí …», «Bệnh viện lập sổ …») points back
// to a body the sentence before already named; it is not a second body.
const BACK_REFERENCE = /^(?:Nhà trường|Doanh nghiệp|Nhà thầu|Chủ đầu tư|Đơn vị|Cơ quan|Địa phương)$/u;
const isBackReference = (name: string): boolean => BACK_REFERENCE.test(name) || STARTS.includes(name);

function sentencePerBody(text: string): boolean {
  const actors = topLevelClauses(text, true).map((s) => clauseActor(s));
  // The first sentence names its body too: one that names none is the section's own work, and
  // splitting would leave it to nobody («Rà soát … trước ngày 30/6. Sở Tài chính tổng hợp …»).
  if (actors[0] === null || actors[0] === undefined) return false;
  // The issuer promising its own step («Ủy ban nhân dân tỉnh sẽ xem xét, phê duyệt …») is no body's work.
  const named = actors.filter(
    (a): a is AgencyClause =>
      a !== null && !a.agencies.some((name) => isBackReference(name) || PROVINCE_ISSUER.test(name)),
  );
  const bodies = new Set(named.map((a) => a.agencies.join('; ')));
  // A conditional order is work of its own, even for the same body (rule «conditional-order»).
  const conditional = named.slice(1).some((a) => CONDITION.test(a.text));
  return named.length >= 2 && (bodies.size >= 2 || conditional);
}

function clauseActor(clause: string): AgencyClause | null {
  const plain = clause.replace(/^(?:và|đồng thời)\s+/u, '');
  const assigned = plain.replace(ASSIGN, '');
  const named = splitLeadingAgencies(capitalize(assigned));
  if (named && named.agencies.every(isBodyName) && named.rest.split(/\s+/).length >= 3) {
    return { agencies: named.agencies, text: capitalize(assigned) };
  }
  const grounded = actorAfterGround(plain);
  if (!grounded) return null;
  // «Để …, giao Sở Công Thương chủ trì …»: the clause from the body on. A condition stays with its
  // order («Trường hợp phải chuyển mục đích sử dụng rừng, giao Sở …»): the work exists only then.
  if (CONDITION.test(plain)) return { agencies: grounded.agencies, text: plain };
  const at = plain.search(/(?:,\s*)(?:giao\s+)?(?=\p{Lu})/u);
  return {
    agencies: grounded.agencies,
    text: at > 0 ? capitalize(plain.slice(at).replace(/^,\s*(?:giao\s+)?/u, '')) : plain,
  };
}

/** «;» and a sentence's end, outside brackets, split clauses (the separators left out). */
function topLevelClauses(text: string, sentences: boolean): string[] {
  const isBreak = (t: string, i: number): boolean =>
    t[i] === ';' || (sentences && t[i] === '.' && /^\s+\p{Lu}/u.test(t.slice(i + 1, i + 4)));
  const parts = splitTopLevel(text, isBreak);
  return parts
    .map((p, k) => (k < parts.length - 1 || p.endsWith(';') ? p.replace(/[;.]$/, '') : p).trim())
    .filter((p) => p !== '');
}

const DECISION_THEN_ORDER = new RegExp(
  String.raw`^${DECIDED}(?:\s[^;]*?)?(?:,\s*giao\s+|\.\s+Giao\s+|;\s*|\s(?:để|cho)\s+)(\p{Lu}.*)$`,
  'su',
);

/**
 * Rule «decision-then-order»: a conclusion's item that records what was agreed and then hands out
 * the work — «Thống nhất chủ trương điều chỉnh …, giao Sở Xây dựng hướng dẫn …», «Đồng ý đề xuất của
 * Sở Tài chính …; Sở Tài chính hoàn thiện dự thảo …», «Đồng ý để Ủy ban nhân dân phường Túc Duyên tổ
 * chức lập quy hoạch …» — is the work of the body it then names.
 */
export function orderAfterDecision(raw: string): { agencies: string[]; rest: string } | null {
  // (A conclusion's item may name its topic first: «Về đề xuất của …: Thống nhất chủ trương. Giao …».)
  const text = raw.replace(/^Về\s[^:]{3,200}:\s*(?=\p{Lu})/u, '');
  const m = text.match(DECISION_THEN_ORDER);
  const named = m?.[1] ? splitLeadingAgencies(m[1]) : null;
  return named && named.agencies.every(isBodyName) && named.rest.split(/\s+/u).length >= 3 ? named : null;
}
