import { capitalize, isBodyName, splitAgencies, splitLeadingAgencies, startsWithAgency } from '../agency-list.js';
import { orderAfterDecision } from '../agency-clauses.js';
import { actorAfterGround } from '../ground-clause.js';
import { isBareOversight } from '../not-work-clauses.js';

/**
 * Who a numbered paragraph of a duty section names as its doer, and its duty (agency-sections.ts):
 * the bodies it opens with, or the one a sentence hands the work to («Giao …», after a ground, after a
 * decision), or the one an overseer hands it on to.
 */
export function headingActors(body: string, boldLead?: string): { agencies: string[]; rest: string } | null {
  return handedOn(
    splitLeadingAgencies(body, undefined, boldLead) ?? agenciesInSentence(body) ?? orderAfterDecision(body),
  );
}

/**
 * Agencies named inside a duty sentence rather than before it: «Giao Công an tỉnh chủ trì, …»,
 * «Căn cứ Kế hoạch này, các sở, ban, ngành … xây dựng kế hoạch …». The whole sentence stays the duty.
 */
function agenciesInSentence(text: string): { agencies: string[]; rest: string } | null {
  const giao = text.match(/^(?:Giao|Yêu cầu|Đề nghị)\s+(.+)$/su);
  // «Căn cứ …, các sở …», «Định kỳ trước ngày 22 hằng tháng, các sở, ban, ngành báo cáo …»: the body
  // after a ground or a moment (rule «actor-after-ground»).
  const grounded = giao ? null : actorAfterGround(text);
  if (grounded) return { agencies: grounded.agencies, rest: text };
  const candidate = giao?.[1];
  if (!candidate) return null;
  const named = splitLeadingAgencies(capitalize(candidate));
  if (!named) return null;
  return { agencies: named.agencies, rest: text };
}

/**
 * Rule «oversight-then-assignment»: «1. Giám đốc Sở chỉ đạo chung việc thực hiện Kế hoạch. Giao Phó
 * Giám đốc Sở Nguyễn Thị Hồng Nhung trực tiếp chỉ đạo, theo dõi …; chủ trì họp sơ kết …» — the first
 * body only oversees; the work is the one it hands it to.
 */
function handedOn(inline: { agencies: string[]; rest: string } | null): { agencies: string[]; rest: string } | null {
  const m = inline?.rest.match(/^([^.;]{3,120}[.;])\s+Giao\s+(\S.*)$/su);
  if (!inline || !m?.[1] || !m[2] || !isBareOversight(m[1])) return inline;
  const next = splitLeadingAgencies(m[2]);
  return next && next.agencies.every(isBodyName) ? next : inline;
}

/**
 * Rule «directs-unit»: «Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản thực
 * hiện các nội dung sau:» hands the duties to the department and the unit it directs; both answer
 * for them, so both lead.
 */
export function directedUnit(rest: string): string[] {
  const m = rest.match(/^(?:Chỉ đạo|chỉ đạo|Giao|giao)\s+(.{4,120}?)\s+(?:tổ chức thực hiện|thực hiện|triển khai)\s/u);
  const unit = m?.[1]?.trim() ?? '';
  return unit !== '' && startsWithAgency(unit) && !/^các\s/iu.test(unit) ? splitAgencies(unit) : [];
}
