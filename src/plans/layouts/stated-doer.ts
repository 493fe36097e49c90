import { splitAgencies } from '../agency-list.js';
import type { Who } from '../who-field.js';

/**
 * Rule «own-doer-over-lead-in»: under a lead-in that hands its items to one body, an item may say
 * who does it after all: «… chậm nhất 15.5.2026. Trách nhiệm thực hiện: Ủy ban nhân dân phường Sông
 * Cầu, Ủy ban nhân dân xã Xuân Lộc; Sở Nông nghiệp và Môi trường hỗ trợ …», «…, do Sở Nông nghiệp và
 * Môi trường thực hiện, xong trong tháng 4/2026», «Cơ quan chủ trì: …; cơ quan phối hợp: …». That
 * doer is the item's; the lead-in's body stays for the items that name none. Null when none is said.
 */
const FIELD =
  /(?:^|[.;]\s+)(?:Trách nhiệm thực hiện|Cơ quan chủ trì|Đơn vị chủ trì|Cơ quan thực hiện|Đơn vị thực hiện)\s*:\s*([^.]+)/u;
// «do» also means «because» («…, do UBND cấp xã thực hiện chưa nghiêm»): the verb must close the
// clause or lead to its time.
const DONE_BY =
  /,\s*do\s+([^,;()]{3,120}?)\s+(?:thực hiện|chủ trì|đảm nhiệm)(?=\s*(?:[,;.]|$|(?:xong|hoàn thành|trong|trước|từ|theo)\s))/u;
/**
 * Rule «closing-order»: «a) Tổ chức các hoạt động hưởng ứng Tuần lễ … . Giao Ban Tuyên truyền - Học
 * tập cộng đồng chủ trì, phối hợp với Sở Giáo dục và Đào tạo thực hiện.» — the item states the work,
 * then its last sentence gives it to a body.
 */
const CLOSING_ORDER =
  /(?:^|[.;]\s+)Giao\s+([^.;]{3,160}?)(?:\s+chủ trì)?(?:,?\s*phối hợp với\s+([^.;]{3,160}?))?\s+(?:tổ chức\s+)?(?:thực hiện|triển khai|đảm nhiệm)\s*\.?\s*$/u;
const HELPERS = /^(?:cơ quan |đơn vị )?(?:phối hợp|hỗ trợ)\s*:\s*/iu;

export function statedDoer(item: string): Who | null {
  const field = item.match(FIELD)?.[1];
  if (field) {
    const [first = '', ...rest] = field.split(/\s*;\s*/u);
    const lead = splitAgencies(first);
    // «…; Sở … hỗ trợ xác định giá đất», «…; cơ quan phối hợp: Sở …»: who helps.
    const coordinating = rest.flatMap((part) =>
      HELPERS.test(part) || /\s(?:phối hợp|hỗ trợ)(?:\s|$)/u.test(part) ? splitAgencies(part.replace(HELPERS, '')) : [],
    );
    return lead.length > 0 ? { lead, coordinating } : null;
  }
  const closing = item.match(CLOSING_ORDER);
  if (closing && closing.index !== undefined && closing.index > 0) {
    const lead = splitAgencies(closing[1] ?? '');
    if (lead.length > 0) return { lead, coordinating: splitAgencies(closing[2] ?? '') };
  }
  const by = item.match(DONE_BY)?.[1];
  const lead = by ? splitAgencies(by) : [];
  return lead.length > 0 ? { lead, coordinating: [] } : null;
}
